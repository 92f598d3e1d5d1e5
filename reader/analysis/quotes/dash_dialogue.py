"""Dialogue written with a dash instead of quotation marks: a paragraph opens with "— "
and the speech runs to the comma, question or exclamation mark before its say-verb
("— And if it rains? asked a picker.", "— Then we get wet, he said."). ``as_quotes``
rewrites such a paragraph to “…”, one character for one, so offsets do not move; a
paragraph with no say-verb after its speech in its first sentence (a list item opened
by a dash, "— Two buses, said to cost …", "— Fees rise. Ann Lee, who …, said …") is
left as it is."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.lexicon import PRONOUNS, SAY_VERBS

_DASHES = "—–―"
_OPENING = re.compile(rf"\s*[{_DASHES}] (?=[^\W\d_])")
_SAYS = re.compile(r"([,?!]) ([a-z]+)(?: ([a-z]+))?")
# A participle's phrase, no speaker after it: "— Two buses, said to cost a million",
# "— Bin rounds, confirmed on Monday", "— Soup of the day, added last week"
_NO_SPEECH = frozenset(
    ["to", "on", "in", "at", "by", "for", "from", "about", "after", "before", "during",
     "since", "until", "with", "last", "next", "this", "earlier", "later", "as", "that"]
)  # fmt: skip
_SENTENCE_END = re.compile(r"[.;:] +(?=\S)")  # the speech ends within its first sentence


def in_use(texts: Iterable[str]) -> bool:
    """Some paragraph opens with a dash (the rewrite is tried only then)."""
    return any(text.lstrip().startswith(tuple(_DASHES)) for text in texts)


def as_quotes(text: str) -> str:
    """The paragraph with its dash-opened speech in “…” (unchanged when it is none)."""
    opening = _OPENING.match(text)
    if opening is None or "“" in text or '"' in text:
        return text
    end = _SENTENCE_END.search(text, opening.end())
    for says in _SAYS.finditer(text, opening.end(), end.start() if end else len(text)):
        first, second = says.group(2), says.group(3)
        if (first in SAY_VERBS and second not in _NO_SPEECH) or (
            first in PRONOUNS and second in SAY_VERBS
        ):
            dash = opening.end() - 2
            chars = list(text)
            chars[dash : dash + 2] = [" ", "“"]
            chars[says.start(1)] = "”"
            return "".join(chars)
    return text
