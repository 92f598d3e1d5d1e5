"""The full names an article introduced, by word: which of them a surname or a lone
given name may stand for. Each word's list is sifted once an article, when first asked:
a long article asks it for every quote that a surname or a "he" ends in, and sifting
every introduction again each time made its attribution grow with the square of its
length."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.analysis.quotes.name_runs import key
from reader.analysis.quotes.names import Mention, core_tokens
from reader.analysis.quotes.people import Position
from reader.analysis.quotes.short_forms import owns

Named = list[tuple[Position, str]]  # (where introduced, full name), in the order read


class Persons:
    """The introductions of the full names one word may stand for, in the order read,
    and each name's places among them (introductions come in text order, as
    ``People.intros`` holds them): where a name was last introduced before a
    place is a bisection, not a walk through every introduction before it."""

    def __init__(self, named: Named) -> None:
        self.at = [p for p, _ in named]
        self.places: dict[str, list[int]] = {}  # each name's, in the order first read
        for k, (_, name) in enumerate(named):
            self.places.setdefault(name, []).append(k)

    def last(self, name: str, pos: Position) -> int:
        """The place of ``name``'s last introduction at or before ``pos`` (-1: none)."""
        places = self.places[name]
        j = bisect_left(places, bisect_right(self.at, pos)) - 1
        return places[j] if j >= 0 else -1


class NameIndex:
    """The introductions of one article (``People.intros``), looked up by word."""

    def __init__(self, intros: list[tuple[Position, Mention]]) -> None:
        self.by_token: dict[str, Named] = {}
        self.titles: dict[str, set[str]] = {}  # the title words each person is given
        for pos, mention in intros:
            for token in mention.name.split():
                self.by_token.setdefault(token, []).append((pos, mention.name))
            if mention.role and mention.kind == "person":
                words = {key(t) for t in mention.role.split()}
                self.titles.setdefault(mention.name, set()).update(words)
        self.kinds = {m.name: m.kind for _, m in intros}
        self._at: dict[tuple[str, int], Persons] = {}
        self._ending: dict[str, Named] = {}
        self._owners: dict[str, str | None] = {}

    def persons_at(self, token: str, index: int) -> Persons:
        """The introductions of persons' full names whose ``index``-th word (suffixes
        aside) is ``token``: "Hill" at -1 finds "Ada Hill" and "Bo Hill Jr."."""
        found = self._at.get((token, index))
        if found is None:
            found = self._at[token, index] = Persons(
                [
                    (p, n)
                    for p, n in self.by_token.get(token, [])
                    if core_tokens(n)[index] == token and self.kinds[n] == "person" and " " in n
                ]
            )
        return found

    def persons_ending(self, name: str) -> Named:
        """Each introduction of a person's name that ends in ``name`` after more words
        ("Ruiz y Montalvo": "Elena Ruiz y Montalvo")."""
        found = self._ending.get(name)
        if found is None:
            tail = " " + name
            found = self._ending[name] = [
                (p, n)
                for p, n in self.by_token.get(name.rsplit(maxsplit=1)[-1], [])
                if n.endswith(tail) and self.kinds[n] == "person"
            ]
        return found

    def owner(self, short: str) -> str | None:
        """The one person's full name the article introduced that ``short`` can be a
        short form of (``short_forms.owns``); None when none or two can."""
        if short in self._owners:
            return self._owners[short]
        tokens = short.split()
        names = {n for t in tokens for _, n in self.by_token.get(t, [])}
        names = {n for n in names if self.kinds[n] == "person" and " " in n}
        fits = [n for n in names if owns(tokens, n, self.titles.get(n, set()))]
        found = self._owners[short] = fits[0] if len(fits) == 1 else None
        return found
