"""People's names as pages print them in bylines: "Ann Lee", "T. V. Ramirez", "Ursula von
der Leyen", "Martin Luther King Jr.", "LAURA ONE-TWO" (made "Laura One-Two"). Outlets
("Business Insider"), roles ("Staff Writer") and section names are not names; a name
alone on a line, with nothing to mark it as a byline, must open with a known first
name or an initial. The outlet after a byline's names is name_outlets.py's, lists of
names name_lists.py's."""

from __future__ import annotations

import re

from reader.ingest.months import WEEKDAYS
from reader.ingest.text_shape import ends_sentence
from reader.lexicon import (
    FIRST_NAMES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    TITLE_GENDERS,
    plain_letters,
)

# A name's word: a letter of any script, then letters, apostrophes and hyphens, no digit
# ("Lee", "Петров", "O'Neil"), perhaps after a particle glued to it ("al-Sayed",
# "d'Amato"); or initials ("T.", "J.R.")
_GLUED = re.compile(r"^(?:al|el|ad|ar|as|d|l)['’-](?=[^\W\d_])")
_CAPITALISED = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-])*\.?$|^(?:[A-Z]\.){1,3}$")
INITIAL = re.compile(r"^[A-Z]\.?$|^(?:[A-Z]\.){2,3}$")
ROLE = re.compile(
    r"\b(?:Staff|Senior|Chief|Contributing|Special|Correspondent|Reporter|Writer|Editor"
    r"|Columnist|Technologist|Director|Fellow|Analyst|Producer|Project|Desk|Bureau|News"
    r"|Press|Times|Post|Journal|Institute|University|Team|Edition|Magazine|Insider|Online"
    r"|Media|Contributor|Author|Admin|Guest|Leader|Herald|Tribune|Gazette|Chronicle|Daily"
    r"|Observer|Telegraph|Courier|Sentinel|Examiner|Inquirer|Globe|Bulletin|Dispatch)s?\b",
    re.IGNORECASE,
)
CREDENTIALS = frozenset(
    ["phd", "ph.d.", "md", "m.d.", "ms", "msc", "ma", "mba", "mph", "rn", "rdn", "rd", "esq",
     "dds", "do", "jd", "llm", "bsc", "ba"]
)  # fmt: skip
_FUNCTION_WORDS = frozenset(
    ["the", "a", "an", "as", "in", "on", "of", "for", "with", "to", "at", "by", "and", "or",
     "if", "why", "how", "what", "when", "who", "where", "this", "that", "these", "those",
     "it", "its", "is", "are", "was", "were", "be", "not", "no", "our", "your", "their", "my",
     "his", "her", "we", "you", "they", "me", "us", "from", "into", "over", "under", "after",
     "before", "all"]
)  # fmt: skip
_DATE_WORDS = frozenset(WEEKDAYS) | {"published", "updated", "posted", "modified", "today"}
_SHORT_NAME_WORD = 2  # letters of a last name word that English also uses ("An", "My")
MAX_TOKENS = 5  # words of a name, its particles and suffix ("Ursula von der Leyen")
# A title before a name ("Dr. Ann Lee", "Sir Ian Moss"): the person's name is what a
# reader searches for; the lexicon's titles that tell a sex ("sir", "mrs") too
_TITLES = frozenset(["dr", "dra", "prof", "professor", "rev", *TITLE_GENDERS])


def capitalised(token: str) -> bool:
    """A word of a name: its first letter, past a glued particle, is a capital."""
    return _CAPITALISED.match(token) is not None and _GLUED.sub("", token)[:1].isupper()


def known_first_name(token: str) -> bool:
    """A known first name, or a hyphenated one of known parts ("Anne-Marie"), its
    accents aside ("José" is the list's "jose")."""
    token = plain_letters(token.lower().rstrip("."))
    return all(part in FIRST_NAMES for part in token.split("-"))


def _suffix(token: str) -> bool:
    return token.lower().rstrip(".") in NAME_SUFFIXES


def ends_sentence_not_name(text: str) -> bool:
    """The text ends a sentence, not a name's abbreviation ("Carl Dorsey Jr.", "Ann K."):
    its full stop closes a suffix or an initial."""
    tokens = text.split()
    if tokens and text.endswith(".") and (_suffix(tokens[-1]) or INITIAL.match(tokens[-1])):
        return False
    return ends_sentence(text)


def person_name(text: str, known_first: bool = False, initial_last: bool = False) -> str | None:
    """``text`` as a person's name, in the case a reader expects, without a title before
    it ("Dr. Ann Lee" is "Ann Lee"), or None.

    ``known_first``: the first word must be a known first name or an initial;
    ``initial_last``: a byline may end a name with an initial ("Orin K"), or with a short
    word that is a function word in English after two name words ("Nguyen Van An").
    """
    tokens = text.split()
    if len(tokens) > 2 and tokens[0].lower().rstrip(".") in _TITLES:
        text, tokens = text.split(None, 1)[1], tokens[1:]
    if not 2 <= len(tokens) <= MAX_TOKENS or ends_sentence(text.rstrip(".")) or ROLE.search(text):
        return None
    while len(tokens) > 2 and _suffix(tokens[-1]):
        tokens = tokens[:-1]
    if not all(capitalised(t) or t in NAME_PARTICLES for t in tokens):
        return None
    if tokens[0] in NAME_PARTICLES or tokens[-1] in NAME_PARTICLES:
        return None  # "von der Leyen" needs its first name; "Das", "Van" capitalised are names
    if INITIAL.match(tokens[-1]) and not initial_last:
        return None
    if any(t.lower() in _FUNCTION_WORDS for t in tokens[: -1 if initial_last else None]):
        return None  # "As Debt Rises", "The Harbour": no one's name
    if tokens[-1].lower() in _FUNCTION_WORDS and not _short_last(tokens):
        return None
    if known_first and not (known_first_name(tokens[0]) or INITIAL.match(tokens[0])):
        return None
    if any(t.lower().rstrip(".,") in _DATE_WORDS for t in tokens):
        return None  # "Published Monday": a date line's words
    return cased(" ".join(text.split()))  # one space between words: "Ann\xa0 Lee" is "Ann Lee"


def _short_last(tokens: list[str]) -> bool:
    """A function word of English that ends a name in a byline ("Nguyen Van An", "Tran
    Thi My"): short, capitalised, after two capitalised words that are neither
    particles nor initials ("Ann In", "Lee Ann K. To" stay no names)."""
    last, before = tokens[-1], tokens[-3:-1]
    return (
        len(last) <= _SHORT_NAME_WORD
        and last[:1].isupper()
        and len(before) == 2
        and all(t not in NAME_PARTICLES and not INITIAL.match(t) for t in before)
    )


def cased(name: str) -> str:
    """A name printed in capitals, in the case of a name ("LAURA ONE-TWO" is
    "Laura One-Two"; initials and short capitals stay)."""
    if not name.isupper():
        return name
    parts = []
    for part in name.split():
        if len(part) == 1 or part.endswith("."):
            parts.append(part)
        else:
            parts.append("-".join(p.capitalize() for p in part.split("-")))
    return " ".join(parts)
