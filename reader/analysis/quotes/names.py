"""Reading a mention ("US Secretary of State Antony Blinken", "Rep. Hank Johnson (D-Ga.)",
"the Russian Foreign Ministry") as a name, a kind, a role and a gender hint."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader.analysis.quotes.lexicon import (
    ABBREVIATIONS,
    COMMON_CAPS,
    FEMALE_NAMES,
    MALE_NAMES,
    ORG_WORDS,
    TITLE_GENDERS,
    TITLE_WORDS,
)

_ABBREVIATED = "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
# A capitalised word: an abbreviation or an initial with its full stop ("Sen.", "U.S.",
# "W."), else a word without one (a sentence's last full stop is not part of a name) and
# without a possessive ("Trump’s" is "Trump"), apostrophes inside names kept ("O’Malley").
_CAP = rf"(?:(?=[A-Z])(?i:{_ABBREVIATED})\.|[A-Z]\.|[A-Z](?:[\w\-]|[’'](?=[A-Z])|\.(?=[A-Za-z]))*)"
_PARTICLES = frozenset(
    "de van von der den du da di la le bin ibn al el dos das del della ter ten".split()
)  # inside a name: "Ursula von der Leyen", "Marine Le Pen"
_JOIN = rf"(?:\s+(?:(?:of|for|&|{'|'.join(sorted(_PARTICLES))})\s+){{1,2}}|\s+)"
NAME_RUN = re.compile(rf"{_CAP}(?:{_JOIN}{_CAP})*")
PAREN = re.compile(r"\s*\([^()]{1,40}\)")
_CONNECTORS = {"of", "for", "&"} | _PARTICLES
_FEMALE_ENDINGS = ("a", "ie", "elle", "ette", "ine", "lyn", "een")
_ADVERB_ENDINGS = (
    "ally",
    "fully",
    "ily",
    "ely",
    "ously",
    "tly",
    "dly",
    "kly",
    "nly",
    "ply",
    "bly",
    "wly",
    "rly",
)
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


@dataclass(slots=True, frozen=True)
class Mention:
    name: str  # the name without titles: "Antony Blinken", "Russian Foreign Ministry"
    kind: str  # "person" or "organisation"
    role: str | None = None  # the titles before the name: "US Secretary of State"
    gender: str | None = None  # "m", "f" or None


def key(token: str) -> str:
    return token.lower().rstrip(".")


def clean_tokens(run: str) -> list[str]:
    """Tokens of a capitalised run, without possessives and sentence-final full stops."""
    tokens = run.split()
    out: list[str] = []
    for tok in tokens:
        tok = re.sub(r"[’']s?$", "", tok)
        keep = key(tok) in ABBREVIATIONS | TITLE_WORDS | _SUFFIXES or "." in tok[:-1]
        if tok.endswith(".") and not keep and len(tok) > 2:
            tok = tok[:-1]
        if tok:
            out.append(tok)
    return out


def is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def gender_of_first(first: str, guess: bool = True) -> str | None:
    """From the lexicon, else from endings that are mostly women's ("-a", "-ie", "-elle")."""
    low = first.lower()
    if low in FEMALE_NAMES:
        return "f"
    if low in MALE_NAMES:
        return "m"
    if guess and len(low) > 2 and low.isalpha() and low.endswith(_FEMALE_ENDINGS):
        return "f"
    return None


def _before_place(tokens: list[str]) -> list[str]:
    """Cut "Lee Zeldin of New York" after the name; keep "Secretary of State …"."""
    for i, tok in enumerate(tokens[1:], 1):
        prev = key(tokens[i - 1])
        if tok in {"of", "for"} and prev not in TITLE_WORDS and prev not in ORG_WORDS:
            return tokens[:i]
    return tokens


# Capitalised words that say what someone is, not who: "Pastor", "Registrar",
# "Superintendent", "Selectwoman", "Investigative Correspondent".
_ROLE_SHAPED = re.compile(
    r"[A-Z][a-z]+(?:er|or|ar|ent|ant|ist|man|woman|men|ess|ary|ian|ive|ee|ain|iff|eon)"
)


def _stops_name(tok: str) -> bool:
    k = key(tok)
    return (
        k in TITLE_WORDS or k in COMMON_CAPS or k in ORG_WORDS or k in _CONNECTORS
        or not tok[:1].isupper()
    )  # fmt: skip


def personal_name(tokens: list[str]) -> list[str]:
    """The person's own name at the end of a capitalised run: after its titles, role words
    and organisation ("Pastor Kevin Swanson", "Northern Virginia Urban League Scott"),
    with particles and suffixes ("Ursula von der Leyen", "Martin Luther King Jr.")."""
    name: list[str] = []
    for i in range(len(tokens) - 1, -1, -1):
        tok, k = tokens[i], key(tokens[i])
        if k in _SUFFIXES and not name:
            name.insert(0, tok)
        elif name and all(key(t) in _SUFFIXES for t in name) and tok[:1].isupper():
            name.insert(0, tok)  # a surname before "Jr.", even "King"
        elif k in _PARTICLES and name and _has_first(tokens[:i]):
            name.insert(0, tok)
        elif _stops_name(tok):
            break
        else:
            name.insert(0, tok)
    core = [t for t in name if key(t) not in _SUFFIXES]
    if len(core) < 2:
        return name
    for i, tok in enumerate(core[:-1][-4:]):
        first = len(core[:-1][:-4]) + i
        if (len(tok) == 2 and tok.endswith(".")) or gender_of_first(tok, guess=False):
            return name[first:]  # from the first name (or initial) on
    cut = 0
    while len(core) - cut > 2 and _ROLE_SHAPED.fullmatch(core[cut]):
        cut += 1
    return name[cut:]


def _has_first(before: list[str]) -> bool:
    """A capitalised name word comes before the particles ending ``before``."""
    for tok in reversed(before):
        if key(tok) in _PARTICLES:
            continue
        return tok[:1].isupper() and not _stops_name(tok)
    return False


@lru_cache(maxsize=4096)
def parse_mention(phrase: str) -> Mention | None:
    """A name from a capitalised phrase, or None when nothing name-like is left."""
    role_parts = [p.strip(" ()") for p in PAREN.findall(phrase)]
    phrase = PAREN.sub("", phrase).strip(" ,")
    tokens = _before_place(clean_tokens(phrase))
    while tokens and key(tokens[0]) in COMMON_CAPS:
        tokens = tokens[1:]
    if not tokens:
        return None
    last = key(tokens[-1])
    acronym = is_acronym(tokens[-1]) and last not in TITLE_WORDS and last not in _SUFFIXES
    if last in ORG_WORDS or acronym:
        return Mention(" ".join(tokens), "organisation")
    name = personal_name(tokens)
    if not name:
        return None
    prefix = tokens[: len(tokens) - len(name)]
    titles = {TITLE_GENDERS.get(key(t)) for t in prefix}
    gender = gender_of_first(name[0]) if len(name) > 1 else None
    if "f" in titles:
        gender = "f"
    elif "m" in titles:
        gender = "m"
    role = " ".join(prefix + [f"({p})" for p in role_parts]) or None
    return Mention(" ".join(name), "person", role, gender)


@lru_cache(maxsize=8192)
def looks_like_name(run: str) -> bool:
    """A capitalised run that can name someone: not a lone function word or date."""
    tokens = clean_tokens(run)
    if len(tokens) == 1 and tokens[0].endswith("ing"):
        return False  # "Speaking in his real voice, …"
    low = tokens[0].lower() if len(tokens) == 1 else ""
    if low.endswith(_ADVERB_ENDINGS) and low not in FEMALE_NAMES and low not in MALE_NAMES:
        return False  # "Finally, …", "Clearly …"; not "Kelly", "Scully", "Emily", "Beverly"
    return bool(tokens) and not all(key(t) in COMMON_CAPS for t in tokens)
