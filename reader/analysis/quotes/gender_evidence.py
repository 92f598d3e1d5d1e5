"""What the article's own words say of a person's sex, which beats the first-name lists
("Sen. Lindsey Marr faulted his colleague"): a possessive "his" or a "himself" or
"herself" in the clause a full name heads, with no other name, person or quote between;
"its" right after the name's verb makes it no one's "he" or "she" but an "it".
("Hill said she …" is no evidence: that "she" is often someone else; nor is "Ames will
need his votes", where "his" is the rival's.)"""

from __future__ import annotations

import re

# From a name's end: no sentence end, capital (another name), quote or other person
# ("congratulated him on his win") before the word.
_OWN = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:(?!\b(?:him|her|them|their|its)\b)[^.!?;:A-Z_“”\"]){0,120}?"
    r"\b(his|himself|herself)\b"
)
_SEX = {"his": "m", "himself": "m", "herself": "f"}
# "Harlow Mills closed its plant", "Acme quietly raised its prices": a body, an "it".
_ITS = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\s+(?:its|itself)\b")


def own_pronoun(masked: str, end: int) -> str | None:
    """ "m" or "f" when the clause after a name ending at ``end`` refers back to it; "n"
    when the name's verb is followed by "its" (a company, a body: "it said")."""
    if _ITS.match(masked, end):
        return "n"
    m = _OWN.match(masked, end)
    return _SEX[m.group(1)] if m else None
