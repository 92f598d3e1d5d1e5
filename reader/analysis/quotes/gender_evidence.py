"""What the article's own words say of a person's sex, which beats the first-name lists
("Sen. Lindsey Marr faulted his colleague"): a possessive "his" or a "himself" or
"herself" in the clause a full name heads, with no other name, person or quote between;
"its" right after the name's verb makes it no one's "he" or "she" but an "it"; a plural
verb or an "its" further on in its clause says it may be a body (``body_agreement``).
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


# "Harwood Athletic have sacked …", "Tarn Harriers, the oldest club in the dale, have
# cancelled …": a name that agrees with a plural verb is many, not one person (a "their"
# after it is no evidence: "Ada Lee told staff their jobs were safe"); "Quenby Motors has
# stopped selling its van": an "its" in the clause the name heads makes it one body.
_PLURAL = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,[^.!?;:_“”\"]{3,120}?,)?\s+(?:[a-z]+ly\s+)?"
    r"(?:have|are|were)\b"
)
_ITS_CLAUSE = re.compile(r"(?:(?!\b(?:him|her|his|them|their)\b)[^.!?;:A-Z_“”\"]){1,80}?\bits\b")


def body_agreement(masked: str, start: int, end: int) -> str | None:
    """ "p" when the name at ``start:end`` takes a plural verb ("have", "are", "were")
    and is not the second of two names joined by "and" ("Ann Lee and Bo Sand have …");
    "n" when an "its" follows it in its clause, no other person between."""
    joined = masked[max(0, start - 5) : start].endswith(("and ", "& "))
    if not joined and _PLURAL.match(masked, end):
        return "p"
    return "n" if _ITS_CLAUSE.match(masked, end) else None
