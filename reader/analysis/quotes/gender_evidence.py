"""What the article's own words say of a person's sex, which beats the first-name lists
("Sen. Lindsey Marr faulted his colleague"): a possessive "his" or a "himself" or
"herself" in the clause a full name heads, with no other name, person or quote between.
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


def own_pronoun(masked: str, end: int) -> str | None:
    """ "m" or "f" when the clause after a name ending at ``end`` refers back to it."""
    m = _OWN.match(masked, end)
    return _SEX[m.group(1)] if m else None
