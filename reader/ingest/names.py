"""People's names as pages print them in bylines: "Ann Lee", "T. V. Ramirez", "Ursula von
der Leyen", "Martin Luther King Jr.", "LAURA ONE-TWO" (made "Laura One-Two"). Outlets
("Business Insider"), roles ("Staff Writer") and section names are not names; a name
alone on a line, with nothing to mark it as a byline, must open with a known first
name or an initial."""

from __future__ import annotations

import re
import unicodedata

from reader.ingest.text_shape import ends_sentence
from reader.lexicon import FEMALE_NAMES, MALE_NAMES, NAME_PARTICLES, NAME_SUFFIXES, ORG_WORDS

# A name's word: a letter of any script, then letters, apostrophes and hyphens, no digit
# ("Lee", "Петров", "O'Neil"), perhaps after a particle glued to it ("al-Sayed",
# "d'Amato"); or initials ("T.", "J.R.")
_GLUED = re.compile(r"^(?:al|el|ad|ar|as|d|l)['’-](?=[^\W\d_])")
_CAPITALISED = re.compile(r"^[^\W\d_](?:[^\W\d_]|['’-])*\.?$|^(?:[A-Z]\.){1,3}$")
_INITIAL = re.compile(r"^[A-Z]\.?$|^(?:[A-Z]\.){2,3}$")
ROLE = re.compile(
    r"\b(?:Staff|Senior|Chief|Contributing|Special|Correspondent|Reporter|Writer|Editor"
    r"|Columnist|Technologist|Director|Fellow|Analyst|Producer|Project|Desk|Bureau|News"
    r"|Press|Times|Post|Journal|Institute|University|Team|Edition|Magazine|Insider|Online"
    r"|Media|Contributor|Author|Admin|Guest|Leader|Herald|Tribune|Gazette|Chronicle|Daily"
    r"|Observer|Telegraph|Courier|Sentinel|Examiner|Inquirer|Globe|Bulletin|Dispatch)\b",
    re.IGNORECASE,
)
CREDENTIALS = frozenset(
    ["phd", "ph.d.", "md", "m.d.", "ms", "msc", "ma", "mba", "mph", "rn", "rdn", "rd", "esq",
     "dds", "do", "jd", "llm", "bsc", "ba"]
)  # fmt: skip
_FIRST_NAMES = FEMALE_NAMES | MALE_NAMES
_FUNCTION_WORDS = frozenset(
    ["the", "a", "an", "as", "in", "on", "of", "for", "with", "to", "at", "by", "and", "or",
     "if", "why", "how", "what", "when", "who", "where", "this", "that", "these", "those",
     "it", "its", "is", "are", "was", "were", "be", "not", "no", "our", "your", "their", "my",
     "his", "her", "we", "you", "they", "from", "into", "over", "under", "after", "before"]
)  # fmt: skip
_SHORT_NAME_WORD = 2  # letters of a last name word that English also uses ("An", "My")
MAX_TOKENS = 5  # words of a name, its particles and suffix ("Ursula von der Leyen")


def _capitalised(token: str) -> bool:
    """A word of a name: its first letter, past a glued particle, is a capital."""
    return _CAPITALISED.match(token) is not None and _GLUED.sub("", token)[:1].isupper()


def known_first_name(token: str) -> bool:
    """A known first name, or a hyphenated one of known parts ("Anne-Marie"), its
    accents aside ("José" is the list's "jose")."""
    token = token.lower().rstrip(".")
    if not token.isascii():
        token = "".join(c for c in unicodedata.normalize("NFKD", token) if c.isascii())
    return all(part in _FIRST_NAMES for part in token.split("-"))


def _suffix(token: str) -> bool:
    return token.lower().rstrip(".") in NAME_SUFFIXES


def ends_sentence_not_name(text: str) -> bool:
    """The text ends a sentence, not a name's abbreviation ("Carl Dorsey Jr.", "Ann K."):
    its full stop closes a suffix or an initial."""
    tokens = text.split()
    if tokens and text.endswith(".") and (_suffix(tokens[-1]) or _INITIAL.match(tokens[-1])):
        return False
    return ends_sentence(text)


def person_name(text: str, known_first: bool = False, initial_last: bool = False) -> str | None:
    """``text`` as a person's name, in the case a reader expects, or None.

    ``known_first``: the first word must be a known first name or an initial;
    ``initial_last``: a byline may end a name with an initial ("Orin K"), or with a short
    word that is a function word in English after two name words ("Nguyen Van An").
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= MAX_TOKENS or ends_sentence(text.rstrip(".")) or ROLE.search(text):
        return None
    while len(tokens) > 2 and _suffix(tokens[-1]):
        tokens = tokens[:-1]
    if not all(_capitalised(t) or t in NAME_PARTICLES for t in tokens):
        return None
    if tokens[0] in NAME_PARTICLES or tokens[-1] in NAME_PARTICLES:
        return None  # "von der Leyen" needs its first name; "Das", "Van" capitalised are names
    if _INITIAL.match(tokens[-1]) and not initial_last:
        return None
    if any(t.lower() in _FUNCTION_WORDS for t in tokens[: -1 if initial_last else None]):
        return None  # "As Debt Rises", "The Harbour": no one's name
    if tokens[-1].lower() in _FUNCTION_WORDS and not _short_last(tokens):
        return None
    if known_first and not (known_first_name(tokens[0]) or _INITIAL.match(tokens[0])):
        return None
    return _cased(text.strip())


_OUTLET_WORDS = 5  # "The Harbour Valley Evening News"


def _names_an_outlet(words: list[str]) -> bool:
    """Capitalised words that name an outlet or a role: at most _OUTLET_WORDS, the last
    a role's or an organisation's word ("Harbour Daily", "Argus Leader")."""
    return (
        0 < len(words) <= _OUTLET_WORDS
        and all(_capitalised(t) for t in words)
        and (ROLE.fullmatch(words[-1]) is not None or words[-1].lower() in ORG_WORDS)
    )


def before_outlet(text: str, known_first: bool = False) -> str | None:
    """The name that opens ``text`` when an outlet's name follows it ("Bo Park Harbour
    Daily", "Tom J. Hale Eastholm Argus Leader"): a first name, its initials
    and particles, and one word more; the words after it must name an outlet or a role,
    in capitalised words ending with one of ROLE's ("Leader", "Daily")."""
    tokens = text.split()
    k = 1
    while k < len(tokens) - 1 and (_INITIAL.match(tokens[k]) or tokens[k] in NAME_PARTICLES):
        k += 1
    if not _names_an_outlet(tokens[k + 1 :]):
        return None  # "Ella Stone Wins Harbour Daily Award" is a headline
    return person_name(" ".join(tokens[: k + 1]), known_first)


def _short_last(tokens: list[str]) -> bool:
    """A function word of English that ends a name in a byline ("Nguyen Van An", "Tran
    Thi My"): short, capitalised, after two capitalised words that are neither
    particles nor initials ("Ann In", "Lee Ann K. To" stay no names)."""
    last, before = tokens[-1], tokens[-3:-1]
    return (
        len(last) <= _SHORT_NAME_WORD
        and last[:1].isupper()
        and len(before) == 2
        and all(t not in NAME_PARTICLES and not _INITIAL.match(t) for t in before)
    )


def _cased(name: str) -> str:
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


_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|AND|&|und|et|y|e)\s+")


def organisation(text: str, names: list[str]) -> str | None:
    """Two "names" joined by "and" that are one organisation's name ("HARBOUR PORTS AND
    WATERWAYS AUTHORITY"): neither opens with a known first name, and the text is in
    capitals or ends with an organisation's word."""
    if len(names) != 2 or any(known_first_name(name.split()[0]) for name in names):
        return None
    text = text.strip()
    last = text.split()[-1].lower() if text else ""
    if not (text.isupper() or last in ORG_WORDS):
        return None
    return re.sub(r"\bAnd\b", "and", _cased(text))


def names_in(text: str, known_first: bool = False) -> list[str] | None:
    """The people a list of names gives ("Ann Lee, Bo Park and Cy Ode"), without the
    credentials after them ("Grant Tolley, PhD"); None when one part is no name."""
    parts = [p for p in _LIST.split(text.strip(" ,;")) if p]
    names = []
    for part in parts:
        if part.lower().replace(" ", "") in CREDENTIALS:
            continue
        name = person_name(part, known_first)
        if name is None:
            return None
        names.append(name)
    return names or None


TRAILING_ROLE = re.compile(
    r"(?:[\s,]+(?:Staff|Senior|Special|Contributing|Political|National|Chief|Washington)?\s*"
    r"(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor|Updated|Published))+$",
    re.IGNORECASE,
)


def author_name(name: str) -> str | None:
    """A person's name as a byline gives it, or None: "Ada Moss Staff Writer" is
    Ada Moss; "CNN", "The Russian", "defense ministries" are not people's names."""
    name = TRAILING_ROLE.sub("", name.strip()).strip(" ,;")
    tokens = name.split()
    if not 2 <= len(tokens) <= 5 or tokens[0].lower() in ("the", "a", "an"):
        return None
    if not all(_name_word(t) for t in tokens) or ROLE.search(name):
        return None
    return name


_AGENCY_TAIL = re.compile(
    r"[\s,]+(?:The\s+)?(?:Associated Press|AP|Reuters|AFP|Bloomberg|UPI|PTI|"
    r"Staff Writer|Staff|Correspondent)\s*$",
    re.IGNORECASE,
)


def _outlet(piece: str, names: str) -> bool:
    """The last comma piece of a byline as an outlet: in capitals after names that are
    not ("Ann Lee, ABC TODAY"), or capitalised words ending in an organisation's word
    whose first word opens no person's name ("Harbour Daily", "The Gull Gazette"; not
    "Ann White")."""
    words = piece.split()
    if words and len(words) <= _OUTLET_WORDS and piece.isupper() and not names.isupper():
        return True
    return _names_an_outlet(words) and words[0].lower() not in _FIRST_NAMES


def _capitals_tail(text: str) -> int:
    """Where the words in capitals that end names in mixed case begin ("Ann Lee WXYZ
    NEWS"); len(text) when there are none. A suffix ("King III") is part of the name."""
    words = text.split()
    kept = len(words)
    while kept > 1 and words[kept - 1].isupper() and len(words[kept - 1]) > 1:
        if words[kept - 1].lower().rstrip(".") in NAME_SUFFIXES:
            break
        kept -= 1
    if kept == len(words) or not any(c.islower() for c in " ".join(words[:kept])):
        return len(text)
    return text.rindex(words[kept])


def without_outlet(text: str) -> str:
    """A byline's names without the agency or outlet after them ("Ann Lee, Reuters",
    "Ann Lee and Bo Park, Harbour Daily", "Bo Park, ABC", "Bo Park WXYZ NEWS")."""
    text = _AGENCY_TAIL.sub("", text)
    names, comma, last = text.rpartition(",")
    if comma and names.strip() and _outlet(last.strip(), names):
        return names
    return text[: _capitals_tail(text)].rstrip()


_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w.'’À-ÿ-]*|and|&)$")


def _name_word(token: str) -> bool:
    return _NAME_WORD.match(token) is not None or token.lower() in NAME_PARTICLES


def name_list(text: str) -> list[str] | None:
    """Names alone on a line, a byline without "By" ("Ann Lee and Bo Park, AP")."""
    text = without_outlet(text.strip())
    if not text or ends_sentence(text) or len(text) > 100:
        return None
    parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", text) if p]
    if not parts or len(parts) > 5:
        return None
    for part in parts:
        tokens = part.split()
        if not 2 <= len(tokens) <= 4 or not all(_name_word(t) for t in tokens):
            return None
    return parts
