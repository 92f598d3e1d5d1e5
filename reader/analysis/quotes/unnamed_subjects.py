"""A sentence whose subject is someone the article does not name ("A spokesman for
Harlow Mills said …", "An aide, who asked not to be named, said …"): a later "he" or
"she" is that person, not someone named before them. Who they speak for, when the
sentence names it ("for Harlow Mills"), is the speaker, as in a quote's own cue ("“…,”
said a spokesman for Harlow Mills"); else no one."""

from __future__ import annotations

from reader.analysis.quotes.name_runs import NAME_RUN
from reader.analysis.quotes.subjects import role_noun
from reader.lexicon import (
    PERSON_GENDERS,
    PERSON_NOUNS,
    SAY_BASES,
    SAY_VERBS,
    TITLE_GENDERS,
    TITLE_WORDS,
)
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)

# "A spokeswoman for the Harlow Port Authority", "An aide to the senator", "Another
# official": one unnamed person, then perhaps a lowercase aside between commas (a name
# there names them: "A spokeswoman for the board, Ida Moss, said"), then a say-verb,
# not its base form ("A chief reason …").
_WORD = r"[a-z][\w\-’']*"
# The words that tie a noun to what follows it: "a spokeswoman for the board".
_LINKS = ("for", "at", "of", "with", "from", "to")
_HEAD_ENDS = frozenset(_LINKS) | {"in", "on", "who", "near"}  # "a man in a scarf"
# The words that bring in someone new: "a resident", "one shopper", "another aide".
_INDEFINITE = ("a", "an", "another", "one")
_OPENERS = "|".join(w.capitalize() for w in _INDEFINITE)
_UNNAMED = _COMPILED.compile(
    rf"[\s“‘\"]*(?:{_OPENERS})\s+(?:{_WORD}\s+){{0,3}}?({_WORD})"
    rf"(?:\s+(?:{'|'.join(_LINKS)})\s+(?:the\s+)?"
    rf"(?:({NAME_RUN.pattern})|(?:{_WORD}\s+){{0,2}}?{_WORD}))?"
    r"(?:,\s+[a-z][^,_]{1,120},)?\s+(?:[a-z]+ly\s+)?"
    rf"({'|'.join(sorted(SAY_VERBS - SAY_BASES, key=lambda v: (-len(v), v)))})\b"
)

# Or described, whatever the verb: "A retired teacher who …", "Outside, a mother of three
# who …", "A girl of about twelve stood …": one unnamed person heading the sentence (after
# an opening phrase and its comma, perhaps), the noun tied to what follows it, and named
# in no apposition ("A spokeswoman for the board, Ida Moss, …" is Ida Moss).
_OPENING = rf"[A-Z][\w’']*(?:\s+{_WORD}){{0,4}},\s+(?:{'|'.join(_INDEFINITE)})"
_DESCRIBED = _COMPILED.compile(
    rf"[\s“‘\"]*(?:{_OPENERS}|{_OPENING})\s+(?:{_WORD}\s+){{0,3}}?({_WORD})"
    rf"\s+(?:{'|'.join(sorted(_HEAD_ENDS))})\s(?![^,.]{{0,80}},\s+[A-Z])"
)

# (offset, who they speak for or "", sex or None, whether the sentence has them speak)
Unnamed = tuple[int, str, str | None, bool]


def unnamed_subjects(masked: str, starts: list[int]) -> list[Unnamed]:
    """The sentences of one block (quotes masked) whose subject is an unnamed person
    who says something."""
    out: list[Unnamed] = []
    for start in starts:
        m = _UNNAMED.match(masked, start) or _DESCRIBED.match(masked, start)
        if m and _person(m.group(1)):
            said = m.re is _UNNAMED
            out.append((m.start(1), (m.group(2) if said else "") or "", _sex(m.group(1)), said))
    return out


def someone_new(phrase: str, verb: str) -> bool:
    """A say-verb's subject that brings in one person the article has not named ("one
    shopper", "a man in a scarf", "one of two witnesses"; not "a short film"): what
    they say is theirs, not a name's the sentence before holds."""
    words = phrase.split()
    if len(words) < 2 or words[0] not in _INDEFINITE or verb not in SAY_VERBS:
        return False
    rest = words[2:] if words[1] == "of" else words[1:]  # "one of the aides"
    cut = next((i for i, w in enumerate(rest) if w in _HEAD_ENDS), len(rest))
    head = rest[:cut][-1:] or rest[-1:]
    return bool(head) and any(_person(w) or role_noun(w) for w in _singulars(head[0]))


def _singulars(noun: str) -> tuple[str, ...]:
    """The word and the singulars it may be the plural of: "witnesses", "aides"."""
    return (noun, noun.removesuffix("s"), noun.removesuffix("es"))


def _person(noun: str) -> bool:
    """One person: "aide", "spokeswoman", "senator"; not "report", "tweet", "jury"."""
    titled = noun in TITLE_WORDS and noun not in _SHARES  # "Majority Leader", not "A majority"
    return titled or noun in PERSON_NOUNS or noun.endswith(("man", "person"))


_SHARES = frozenset(["majority", "minority"])


def _sex(noun: str) -> str | None:
    if sex := PERSON_GENDERS.get(noun) or TITLE_GENDERS.get(noun):
        return sex
    if noun.endswith("woman"):
        return "f"
    return "m" if noun.endswith("man") else None
