"""Turning mentions into speakers: surnames to the full name the article introduced, and
the speaker index itself (whom a pronoun stands for: ``pronoun_speakers``)."""

from __future__ import annotations

import bisect

from reader.analysis.quotes import antecedents
from reader.analysis.quotes.name_index import NameIndex
from reader.analysis.quotes.names import Mention, gender_of_first, parse_mention
from reader.analysis.quotes.people import People, Position
from reader.lexicon import NAME_PARTICLES
from reader.model.document import Speaker


class Cast:
    """The people and organisations of one article, and who has spoken so far."""

    def __init__(
        self,
        people: People,
        authors: list[str] | None = None,
        headline: list[Mention] | None = None,
    ) -> None:
        self.people = people
        self.authors = authors or []  # who "I" is in an opinion piece
        self.names = NameIndex(people.intros)
        self.kinds = self.names.kinds
        self.speakers: dict[str, Speaker] = {}
        self.timeline: list[tuple[Position, str]] = []  # who spoke where, in order
        self.heard: list[tuple[Position, str]] = []  # the timeline's organisations alone
        self.events = antecedents.events_by_sentence(self)
        self.spoken: dict[tuple[int, int], list[antecedents.Event]] = {}  # who spoke, by sentence
        self.headline = headline or []  # the people the headline names
        self.newcomers: list[tuple[Position, str]] = []  # "“…,” a shopkeeper said": unnamed
        # Who the article has said died, and where it first says so: not "he said" after.
        self.dead: dict[str, Position] = {}
        for pos, run in people.dead:
            if who := parse_mention(run):
                self.dead.setdefault(self.canonical(who, pos), pos)

    def canonical(self, mention: Mention, pos: Position) -> str:
        """The full name a mention stands for, as the article introduced it."""
        name = mention.name
        # "Ruiz y Montalvo": the "Elena Ruiz y Montalvo" named before; "Ann Cole", "Cllr
        # Lingard": "Ann B. Cole", "Petra Lingard"
        whole = " " in name and mention.kind == "person"
        if whole and (full := self._ending(name, pos) or self.names.owner(name)):
            return full
        if name in self.kinds:
            return name
        if mention.kind == "organisation":
            longer = [n for n in self.people.orgs if n.endswith(" " + name)]
            return longer[0] if len(longer) == 1 else name
        if " " in name:
            return name
        sex = mention.gender  # "Mr Sand" of "Ann and Bo Sand": Bo
        found = self._introduced(name, -1, pos, sex) or self._introduced(name, 0, pos, sex)
        found = found or self._owner(name, sex)  # "Ferrer": "Lucía Ferrer Albán"
        if found is None and sex and len(self.people.titled.get(name, ())) > 1 and mention.role:
            return f"{mention.role.split()[-1]} {name}"  # "Mr. Khan" and "Mrs. Khan"
        return found or name

    def _owner(self, name: str, sex: str | None) -> str | None:
        """The one full name that can own the word ``name``, unless the mention's title
        gives the other sex than its first name ("Mr Rose" is not "Anna Rose Tilling")."""
        full = self.names.owner(name)
        listed = full and gender_of_first(full.split()[0], guess=False)
        return None if sex and listed and listed != sex else full

    def _ending(self, name: str, pos: Position) -> str | None:
        """The last person named before ``pos`` whose full name ends in ``name`` after
        given names, one of them listed or a particle among them ("Debbie Wasserman
        Schultz", "María del Carmen Ibarra Solís", "Dafydd ap Rhys Tudor"; not "Rival
        Hillary Clinton")."""
        longer = [n for p, n in self.names.persons_ending(name) if p < pos]
        given = longer[-1].removesuffix(" " + name).split() if longer else []
        listed = any(gender_of_first(g, guess=False) for g in given)
        particle = any(g in NAME_PARTICLES for g in given)  # "Inés de la Paz", "Iolo ap"
        return longer[-1] if listed or particle else None

    def died(self, name: str, pos: Position) -> bool:
        """The article said before ``pos`` that ``name`` died."""
        return name in self.dead and self.dead[name] < pos

    def nameless(self, name: str) -> bool:
        """A lone capitalised word the article writes only opening a sentence ("People
        should …", "Audiences can …"): no one "he" or "she" can be. (A surname of a full
        name the article gives is that full name by then: ``canonical``.)"""
        return " " not in name and name not in self.people.inside

    def _introduced(
        self, token: str, index: int, pos: Position, sex: str | None = None
    ) -> str | None:
        """The full name with ``token`` at ``index`` (of the sex ``sex`` when given): the
        last before ``pos``, else the first."""
        persons = self.names.persons_at(token, index)
        fitting = list(persons.places)  # the names, in the order first introduced
        if sex:  # that sex, else one of no known sex, else anyone
            sexes = {n: self.gender(n) for n in fitting}
            same = [n for n in fitting if sexes[n] == sex]
            fitting = same or [n for n in fitting if sexes[n] is None] or fitting
        last = {n: persons.last(n, pos) for n in fitting}
        before = [n for n in fitting if last[n] >= 0]
        spoken = [n for n in before if n in self.speakers]
        if spoken and len(before) > 1:  # "Bozell says": the Bozell quoted, not his father
            return max(spoken, key=last.__getitem__)  # named since
        if before:
            return max(before, key=last.__getitem__)
        return fitting[0] if fitting else None

    def gender(self, name: str) -> str | None:
        """What the article's own words say (``gender_evidence``), else a title, the text
        ("Hill said she") or the first name."""
        if told := self._told(name):
            return told
        if g := self.people.genders.get(name):
            return g
        if (titled := parse_mention(name)) and titled.name != name and titled.gender:
            return titled.gender  # "Mrs. Khan"
        speaker = self.speakers.get(name)
        for alias in speaker.aliases if speaker else []:
            if g := self.people.genders.get(alias):
                return g
        tokens = name.split()
        return gender_of_first(tokens[0], guess=False) if len(tokens) > 1 else None

    def _told(self, name: str) -> str | None:
        """The one sex the text gives the full name ``name``."""
        sexes = self.people.told.get(name, set())
        return next(iter(sexes)) if len(sexes) == 1 else None

    def speak(
        self,
        name: str,
        kind: str,
        alias: str,
        role: str | None,
        pos: Position,
        heard: bool = True,
        cued: str | None = None,
    ) -> None:
        """Record that ``name`` spoke at ``pos`` (as ``alias``); one not ``heard`` (who
        put a question to the sentence's subject) leaves "he" and "she" to the subject;
        ``cued``, the sex of the pronoun that gave the quote to them ("“…,” he said")."""
        speaker = self.speakers.get(name)
        if speaker is None:
            kind = "organisation" if self.gender(name) == "n" else self.kinds.get(name, kind)
            speaker = Speaker(id="", name=name, kind=kind)
            speaker.description = self.people.roles.get(name)
            self.speakers[name] = speaker
        if alias and alias != name and alias not in speaker.aliases:
            speaker.aliases.append(alias)
        if role and not speaker.description:
            speaker.description = role
        if not heard:
            return
        bisect.insort(self.timeline, (pos, name))
        if self.kinds.get(name) == "organisation":
            bisect.insort(self.heard, (pos, name))
        where = antecedents.sentence_of(self, pos)
        spoke = antecedents.SPOKE.get(cued, "speaker")
        self.spoken.setdefault(where, []).append((pos[1], -1, spoke, name))
