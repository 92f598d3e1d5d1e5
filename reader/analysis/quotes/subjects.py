"""Who does the saying: the noun phrase before a say-verb ("Hill, a researcher at …,
said"), after an inverted one ("said Hill, a researcher at …") or at the head of the
sentence ("Ames …, saying …"). Works on quote-masked text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.quotes.names import NAME_RUN, PAREN, looks_like_name
from reader.analysis.quotes.people import FINITE
from reader.lexicon import ADVERBS, ORG_WORDS, PLACES, SAY_VERBS, STATEMENT_NOUNS, words
from reader.lexicon import PRONOUNS as _PRONOUN_GENDERS
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)  # its patterns took ~17 ms to compile at each start

_CASED = [w.upper() if w == "i" else w for w in _PRONOUN_GENDERS]  # he … I, we
_CASED += [w.capitalize() for w in _CASED if w != "I"]  # He … We
_PRON = f"(?:{'|'.join(_CASED)})"
PRONOUNS = frozenset(_CASED)
_NAME = rf"(?<![\w’'\-.])(?:{NAME_RUN.pattern})(?:{PAREN.pattern})?"
_APPOS_START = r"(?:[a-z0-9]|(?:A|An|The)\s|[A-Z][\w.\-’']*\s+(?:[A-Z][\w.\-’']*\s+)?[a-z])"
_DET = (
    r"(?:the|a|an|this|that|another|one|two|three|four|several|some|many|its|his|her|their"
    r"|The|A|An|This|That|Another|One|Two|Three|Several|Some|Many|Its|His|Her|Their)"
)
_LAST_WORD = _COMPILED.compile(r"(?:^|\s)([A-Za-z]+)\s*$")
_BEFORE_PRON = _COMPILED.compile(rf"(?:^|[\s,(])({_PRON})\s*$")
_PARTY_TAG = r",\s+[RDI]-[A-Z][A-Za-z.]{0,12},"  # "Mitch Connell, R-Ky., said"
_BEFORE_NAME = _COMPILED.compile(rf"({_NAME})(?:{_PARTY_TAG})?\s*$")
_BEFORE_WHO = _COMPILED.compile(rf"({_NAME}),\s+who\s*$")
# "Hill, a researcher at …, said"; "Hill — a researcher at … — said".
_BEFORE_APPOS = _COMPILED.compile(
    rf"({_NAME})(?:,\s+({_APPOS_START}[^_;:]*?),|\s*[—–]\s*({_APPOS_START}[^_;:—–]*?)\s*[—–])\s*$"
)
# "her chief of staff, Rob Anand, said": the name after the description.
# "Rep. Ann Fogg’s chief of staff, Joe Pilsner, told": the description opens with an owner.
_OWNER = r"(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*[’']s?"
_DESCRIBED_NAME = _COMPILED.compile(
    rf"(?:^|[\s,])((?:{_DET}|{_OWNER})\s[^_;:,]{{2,80}}),\s+({_NAME}),\s*$"
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
    rf"(?:^|\s)({_DET}(?:\s+{_NOT_IN_NOUN_PHRASE}[\w\-’'.&]+){{1,6}})\s*$"
)
_BEFORE_PLURAL = _COMPILED.compile(r"(?:^|\s)([a-z]{3,}s)\s*$")
# A capitalised word before a plural noun: "Western states", "Senate aides" (a group).
_BEFORE_GROUP = _COMPILED.compile(r"(?:^|[\s(])(([A-Z][\w\-]*)\s+[a-z]{3,}s)\s*$")
_DET_AFTER = (
    rf"{_DET}(?:\s+[A-Za-z][\w\-’'&.]*){{0,4}}?\s+[a-z][\w\-’']*"
    r"(?=[,.;]|\s+(?:of|for|at|in|who|on|from|with)\b|$)"
)
# "said Harbour State University professor Ray Dunn": role words, then the name.
_AFTER_NAMED = _COMPILED.compile(
    rf"\s+((?:(?!who\b|in\b|at\b|on\b|of\b|to\b)[A-Za-z][\w\-’']*\.?\s+){{0,6}}?{_NAME})"
    r"(?=\s*(?:[,;:“”\"]|\.(?:\s|$)|\s+(?:who|in|at|on|during|after|when|while|to|and)\b|$))"
)
_AFTER = _COMPILED.compile(rf"\s+(?:({_PRON})\b|({_NAME})|({_DET_AFTER}))")
_AFTER_ROLE = _COMPILED.compile(
    r",\s+([^_;.]{3,200}?(?:\.[^\s_;.][^_;.]*?)*)(?:[.;]\s|[.;]?$|,\s+(?:who|said|according))"
)
_ARTICLES = words("the a an")
_PREPOSITIONS = words(
    "in on at of for with about from to by than like against into over after before"
)


@dataclass(slots=True)
class Subject:
    phrase: str  # as written: "Hill", "he", "the statement"
    start: int  # offset of the phrase in the text searched
    role: str | None = None  # an appositive: "a researcher at the Harbour Institute"


def _strip_adverbs(text: str) -> str:
    while m := _LAST_WORD.search(text):
        if m.group(1).lower() not in ADVERBS:
            break
        text = text[: m.start(1)]
    return text


# "in Burlington, Vermont,": the state of a place a preposition governs, governed too.
_PLACE_BEFORE = _COMPILED.compile(
    r"\b(?:in|at|from|of|near|to)\s+(?:[A-Z][\w.\-’']*\s+){0,3}[A-Z][\w.\-’']*,\s*$"
)


def _governed(left: str, name: str) -> bool:
    """The text ``left`` ends where a preposition governs ``name``, which follows it."""
    prev = _LAST_WORD.search(left)
    if prev and prev.group(1).lower() in _ARTICLES:  # "writing at the Ledger"
        prev = _LAST_WORD.search(left, 0, prev.start(1))
    if prev:
        return prev.group(1).lower() in _PREPOSITIONS
    place = PAREN.sub("", name).lower() in PLACES  # "in Philadelphia, Canova wrote"
    return place and bool(_PLACE_BEFORE.search(left[-80:]))


def _ungoverned(pattern: re.Pattern[str], left: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``left`` that no preposition governs."""
    pos = 0
    while m := pattern.search(left, pos):
        if not _governed(left[: m.start()], m.group(1)):
            return m
        pos = m.start() + 1
    return None


def before(text: str, end: int, floor: int) -> Subject | None:
    """The subject ending just before ``end`` (a verb's start), not reaching before ``floor``."""
    left = _strip_adverbs(text[floor:end])
    if m := _BEFORE_PRON.search(left):
        return Subject(m.group(1), floor + m.start(1))
    verb_next = _verb_at(text, end)  # "Manning said", not "Citing:"
    if (m := _ungoverned(_BEFORE_NAME, left)) and looks_like_name(m.group(1), verb_next):
        return Subject(m.group(1), floor + m.start(1))
    if (m := _ungoverned(_BEFORE_WHO, left)) and looks_like_name(m.group(1)):
        return Subject(m.group(1), floor + m.start(1))  # "Ada Hale, who called"
    pp = _TRAILING_PHRASE.search(left)
    named = before(left, pp.start(), 0) if pp else None
    if named and (named.phrase in PRONOUNS or named.phrase[:1].isupper()):
        return Subject(named.phrase, floor + named.start, named.role)  # "Voss at the time"
    if (m := _DESCRIBED_NAME.search(left)) and looks_like_name(m.group(2)):
        return Subject(m.group(2), floor + m.start(2), m.group(1).strip())
    if (m := _ungoverned(_BEFORE_APPOS, left)) and looks_like_name(m.group(1)):
        return Subject(m.group(1), floor + m.start(1), (m.group(2) or m.group(3)).strip())
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


# When or where, between a subject and its verb: "Voss at the time said".
_TRAILING_PHRASE = _COMPILED.compile(
    r"\s+(?:at|on|in|during|last|earlier|later|this)\s+(?:(?:the|a|an)\s+)?[\w’'\-]+"
    r"(?:\s+[a-z][\w’'\-]*)?\s*$"
)
_SENTENCE_STOP = _COMPILED.compile(r".*[a-z]{2}[.!?]\s+(?=[A-Z])")  # the last full stop in a phrase


def after(text: str, pos: int, limit: int) -> Subject | None:
    """The subject of an inverted say-verb ending at ``pos``: "said Hill, a researcher …"."""
    if named := _AFTER_NAMED.match(text, pos, limit):
        phrase = named.group(1)
        role = None
        if r := _AFTER_ROLE.match(text, named.end(1), limit):
            role = r.group(1).strip()
        bare = PAREN.sub("", phrase)  # "Howard Dean (D)"
        if looks_like_name(phrase) and bare.split()[-1][:1].isupper():
            return Subject(phrase, named.start(1), role)
    m = _AFTER.match(text, pos, limit)
    if not m:
        return None
    phrase = m.group(1) or m.group(2) or m.group(3)
    if m.group(2) and not looks_like_name(phrase):
        return None
    role = None
    if m.group(2) and (r := _AFTER_ROLE.match(text, m.end(), limit)):
        role = r.group(1).strip()
    return Subject(phrase, m.start(m.lastindex or 1), role)


_AT = _COMPILED.compile(rf"({_PRON})\b|((?:(?:an?|the)\s+(?:[a-z]+\s+){{1,2}})?{_NAME})")


def name_or_pronoun_at(text: str, pos: int, limit: int) -> Subject | None:
    """A name or pronoun starting exactly at ``pos``, perhaps described: "an angry Hollande"."""
    m = _AT.match(text, pos, limit)
    if not m or (m.group(2) and not looks_like_name(m.group(2))):
        return None
    return Subject(m.group(1) or m.group(2), pos)


_MODIFIER = _COMPILED.compile(  # a preposition, perhaps with a determiner: what follows is governed
    rf"\b(?:{'|'.join(sorted(_PREPOSITIONS))})\s+(?:(?:a|an|the|his|her|their|its)\s+)?$",
    re.IGNORECASE,
)
_HEAD = _COMPILED.compile(rf"\b({_PRON})\b|({_NAME})")


_FOLLOWED_BY_VERB = _COMPILED.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,[^,_]{3,160},)?\s+(?!(?:by|of|in|on|at|for|with|from|to)\b)[a-z]"
)


def sentence_subject(text: str, start: int, end: int) -> Subject | None:
    """The first name or pronoun of a sentence that no preposition governs; one that a
    verb follows beats one set off by commas ("In Redmoor, Oregon, Tate went …")."""
    first: Subject | None = None
    opener = _SUBORDINATE.match(text, start, end)
    clause_end = text.find(",", start, end) if opener else -1
    for m in _HEAD.finditer(text, start, end):
        phrase = m.group(1) or m.group(2)
        if m.start() < clause_end:
            continue  # "When Wallace left, Marsh …": a name in the opening clause
        if _MODIFIER.search(text, max(start, m.start() - 40), m.start()):
            continue  # "In a KTV interview, Pike …": "KTV" modifies a governed noun
        if m.group(2) and not looks_like_name(phrase, _verb_at(text, m.end())):
            continue
        owned = _OWNED_BEFORE.search(text, max(start, m.start() - 4), m.start())
        noun = _BODY_AFTER.match(text, m.end(), end)
        if owned and noun and not _FINITE.fullmatch(noun.group(1)):
            continue  # "Lee’s Idaho port manager": a word of what Lee owns
        adjective = " " not in phrase and phrase.lower().endswith(_ADJECTIVE_ENDINGS)
        adjective = adjective or phrase.lower() in PLACES  # "Ohio party chair Ann Lee"
        if adjective and (r := _ROLE_WORDS.match(text, m.end(), end)):
            role = r.group(1)
            if role not in _NOT_ROLE and not _FINITE.fullmatch(role):
                continue  # "Liberal council candidate Ines Ruiz …"
        subject = Subject(phrase, m.start())
        at = m.end()
        body = _BODY_AFTER.match(text, at, end)
        the = m.start() - 4 if text[max(start, m.start() - 4) : m.start()] == "the " else -1
        the = m.start() if phrase.startswith("The ") else the
        if body and the >= 0 and _heads(phrase, body.group(1)):
            subject = Subject(text[the : body.end()], the)  # "the Cruz campaign"
            at = body.end()
        if _FOLLOWED_BY_VERB.match(text, at, end):
            return subject
        if first and _ROLE_THEN.match(text, first.start, m.start()) and text[at : at + 1] == ",":
            return subject  # "Lee’s port manager, Joe Brandt, contacted …": the role named
        first = first or subject
    return first


_BODY_AFTER = _COMPILED.compile(r"\s+([a-z]+)\b")
_OWNED_BEFORE = _COMPILED.compile(r"\w[’']s?\s+$")
_ROLE_THEN = _COMPILED.compile(r"[^,]*[’']s?\s[^,]*\b[a-z]+,\s+$")  # "Lee’s … manager, "
_FINITE = _COMPILED.compile(FINITE)
_NEXT_WORD = _COMPILED.compile(r"\s*([a-z]+)\b")


def _verb_at(text: str, pos: int) -> bool:
    """The next word is a verb for sure: a say-verb or a past ("Manning said", "Boreing
    wrote", "Fleming quit"), not a word in -s that may be a plural ("Holding signs")."""
    m = _NEXT_WORD.match(text, pos)
    if m is None:
        return False
    word = m.group(1)
    return word in SAY_VERBS or (_FINITE.fullmatch(word) is not None and not word.endswith("s"))


def _heads(name: str, word: str) -> bool:
    """The word after "the Cruz" or "the Florida" heads the phrase: "the Cruz campaign",
    "the Florida senator" (a place names no one); not a verb."""
    if word in ORG_WORDS:
        return True
    place = name.removeprefix("The ").lower() in PLACES
    return place and not (word in _NOT_ROLE or _FINITE.fullmatch(word))


# A sentence opening with a clause of its own: "When the mill closed in 1998, Marsh …".
_SUBORDINATE = _COMPILED.compile(
    r"\s*(?:When|If|After|Because|While|Although|Though|Since|Before|Until|Once|Unless"
    r"|Whereas)\s"
)
# A capitalised adjective, lowercase role words, then a name: "Liberal council
# candidate Ines Ruiz".
_ADJECTIVE_ENDINGS = ("ic", "an", "al", "ive", "ist", "ish", "ese", "ian", "ent")
_ROLE_WORDS = _COMPILED.compile(r"\s+([a-z][\w\-’']*)(?:\s+[a-z][\w\-’']*){0,3}\s+(?=[A-Z])")
_NOT_ROLE = _PREPOSITIONS | words("and or but who which that also then later during")
