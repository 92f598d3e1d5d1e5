"""The subject before a say-verb: a name or pronoun ("Hill said"), a name with an
appositive ("Hill, a researcher at …, said"), a described name ("her chief of staff,
Rob Anand, said") or a noun phrase ("the statement said"). Works on quote-masked text."""

from __future__ import annotations

from reader.analysis.quotes import subject_gaps
from reader.analysis.quotes.demonyms import describes_person
from reader.analysis.quotes.governed_names import clause_after, ungoverned
from reader.analysis.quotes.names import looks_like_name, parse_mention
from reader.analysis.quotes.subjects import (
    DET,
    NAME,
    PRON,
    PRONOUNS,
    Subject,
    verb_at,
)
from reader.lexicon import ORG_WORDS, SAY_VERBS, STATEMENT_NOUNS, words
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)

# An appositive's first words (not a conjunction: "the Beacon, and later …, Ines Maro,").
_APPOS_START = (
    r"(?!(?:and|or|but|nor)\s)"
    r"(?:[a-z0-9]|(?:A|An|The)\s|[A-Z][\w.\-’']*\s+(?:[A-Z][\w.\-’']*\s+)?[a-z])"
)
_BEFORE_PRON = _COMPILED.compile(rf"(?:^|[\s,(])({PRON})\s*$")
_PARTY_TAG = r",\s+[RDI]-[A-Z][A-Za-z.]{0,12},"  # "Mitch Connell, R-Ky., said"
_BEFORE_NAME = _COMPILED.compile(rf"({NAME})(?:{_PARTY_TAG})?\s*$")
_BEFORE_WHO = _COMPILED.compile(rf"({NAME}),\s+who\s*$")
# "Lena Park of the Vell Courier wrote": the person, not the outlet she writes for.
_PERSON_OF_THE = _COMPILED.compile(
    rf"({NAME})\s+of\s+the\s+(?:[A-Z][\w.\-’'&]*\s+){{0,5}}[A-Z][\w.\-’'&]*\s*$"
)
# "Friends of the Marsh said": a body whose name holds "of the".
_BODY_OF_THE = _COMPILED.compile(
    r"(?<![\w’'\-.])([A-Z][\w\-’']*\s+of\s+the\s+(?:[A-Z][\w.\-’'&]*\s+){0,4}[A-Z][\w.\-’'&]*)\s*$"
)
# "Hill, a researcher at …, said"; "Hill, wearing “Hill for Mayor” pins, said";
# "Hill — a researcher at … — said".
_BEFORE_APPOS = _COMPILED.compile(
    rf"({NAME})(?:,\s+({_APPOS_START}[^;:]*?),|\s*[—–]\s*({_APPOS_START}[^_;:—–]*?)\s*[—–])\s*$"
)
# "her chief of staff, Rob Anand, said": the name after the description.
# "Rep. Ann Fogg’s chief of staff, Joe Pilsner, told": the description opens with an owner.
_OWNER = r"(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*[’']s?"
_DESCRIBED_NAME = _COMPILED.compile(
    rf"(?:^|[\s,])((?:{DET}|{_OWNER})\s[^_;:,]{{2,80}}),\s+({NAME}),\s*$"
)
# "Powell’s office", "Ted Crane’s campaign lawyers": a body, its staff or its words.
_BEFORE_OWNED = _COMPILED.compile(
    rf"(?:^|[\s,(])({_OWNER}(?:\s+[a-z][\w\-]*){{0,2}}\s+([a-z]+))\s*$"
)
OWNED_HEADS = (
    ORG_WORDS
    | STATEMENT_NOUNS
    | words("lawyers attorneys aides advisers advisors allies staff team spokesman spokeswoman")
    | words("spokesperson representatives")
)
_NOT_IN_NOUN_PHRASE = (
    r"(?!(?:but|and|or|had|has|have|did|does|do|not|was|were|is|are|would|will|could|should"
    r"|can|may|might|must|been|be|that|who|which)\b)"
)  # "the eventual nominee but did not": a clause, not a subject
_BEFORE_DET = _COMPILED.compile(
    rf"(?:^|\s)({DET}(?:\s+{_NOT_IN_NOUN_PHRASE}[\w\-’'.&]+){{1,6}})\s*$"
)
# An appositive closing before the verb, after a described subject: ", who asked not to
# be named,", ", speaking on condition of anonymity,", ", a lawyer for the city,".
_APPOS_AFTER_DET = _COMPILED.compile(
    r",\s+((?:who|whom|whose|[a-z]{3,}ing|an?|the)\s(?:[^_;:.!?,]|\.(?!\s))+),\s*$"
)
_BEFORE_PLURAL = _COMPILED.compile(r"(?:^|\s)([a-z]{3,}s)\s*$")
# A capitalised word before a plural noun: "Western states", "Senate aides" (a group).
_BEFORE_DESCRIBED = _COMPILED.compile(r"(?:^|\s)([Tt]he\s+([A-Z][a-z]+))\s*$")  # "the Texan"
_BEFORE_GROUP = _COMPILED.compile(r"(?:^|[\s(])(([A-Z][\w\-]*)\s+[a-z]{3,}s)\s*$")


def _a_person(run: str) -> bool:
    """A person's full or titled name ("Lena Park", "Dr. Park"), not a body ("Department",
    "Friends")."""
    mention = parse_mention(run)
    return bool(mention and mention.kind == "person" and (" " in mention.name or mention.role))


def before(text: str, end: int, floor: int) -> Subject | None:
    """The subject ending just before ``end`` (a verb's start), not reaching before ``floor``."""
    left = subject_gaps.strip(text[floor:end])
    if m := _BEFORE_PRON.search(left):
        return Subject(m.group(1), floor + m.start(1))
    verb_next = verb_at(text, end)  # "Manning said", not "Citing:"
    if (m := ungoverned(_PERSON_OF_THE, left)) and _a_person(m.group(1)):
        return Subject(m.group(1), floor + m.start(1))  # not "Ledger" of "the Ledger"
    body = (m := _BODY_OF_THE.search(left)) and parse_mention(m.group(1))
    if m and body and body.kind == "organisation":
        return Subject(m.group(1), floor + m.start(1))  # not "the Marsh"
    if (m := _BEFORE_DESCRIBED.search(left)) and describes_person(m.group(2)):
        return Subject(m.group(1), floor + m.start(1))  # "the Dutchman": no name
    m = ungoverned(_BEFORE_NAME, left) or (clause_after(_BEFORE_NAME, left) if verb_next else None)
    if m and looks_like_name(m.group(1), verb_next):
        return Subject(m.group(1), floor + m.start(1))
    if (m := ungoverned(_BEFORE_WHO, left)) and looks_like_name(m.group(1)):
        return Subject(m.group(1), floor + m.start(1))  # "Ada Hale, who called"
    pp = subject_gaps.TRAILING_PHRASE.search(left)
    named = before(left, pp.start(), 0) if pp else None
    if named and (named.phrase in PRONOUNS or named.phrase[:1].isupper()):
        return Subject(named.phrase, floor + named.start, named.role)  # "Voss at the time"
    if (m := _DESCRIBED_NAME.search(left)) and looks_like_name(m.group(2)):
        return Subject(m.group(2), floor + m.start(2), m.group(1).strip())
    if (m := ungoverned(_BEFORE_APPOS, left)) and looks_like_name(m.group(1)):
        role = (m.group(2) or m.group(3)).strip()
        if subject_gaps.reporting_aside(role):
            return None  # "The Gazette, Pike said, called …": Pike speaks
        return Subject(m.group(1), floor + m.start(1), None if "_" in role else role)
    if (m := _APPOS_AFTER_DET.search(left)) and (
        d := ungoverned(_BEFORE_DET, left[: m.start()])
    ):  # "An Oslo official, speaking on condition of anonymity, said"
        return Subject(d.group(1), floor + d.start(1), m.group(1).strip())
    if (m := _BEFORE_OWNED.search(left)) and m.group(2) in OWNED_HEADS:
        return Subject(m.group(1), floor + m.start(1))  # "Powell’s office", "Cruz’s lawyers"
    for pattern in (_BEFORE_DET, _BEFORE_GROUP, _BEFORE_PLURAL):
        m = pattern.search(left)
        if m and (stop := _SENTENCE_STOP.search(m.group(1))):
            return before(text, end, floor + m.start(1) + stop.end())  # "a blog. The actress"
        if pattern is _BEFORE_GROUP:  # right before the verb: "Western states call"
            verb_next = text[end : end + 1].islower()  # not "Wallnau continues: “…”"
            if m and verb_next and looks_like_name(m.group(2)):
                return Subject(m.group(1), floor + m.start(1))
        elif m and not any(w in SAY_VERBS for w in m.group(1).split()[1:]):
            return Subject(m.group(1), floor + m.start(1))  # not "the council posted on X"
    return None


_SENTENCE_STOP = _COMPILED.compile(r".*[a-z]{2}[.!?]\s+(?=[A-Z])")  # the last full stop in a phrase
