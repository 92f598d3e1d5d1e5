"""Who does the saying: what the subject finders share (``subjects_before``: "Hill, a
researcher at …, said"; ``subjects_after``: "said Hill, a researcher at …";
``sentence_subjects``: "Ames …, saying …"): the subject found, the pronouns, the name
and determiner patterns, and whether a verb follows. They work on quote-masked text."""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.quotes.clause_rank import FINITE
from reader.analysis.quotes.names import NAME_RUN, PAREN
from reader.lexicon import PERSON_NOUNS, SAY_VERBS, TITLE_WORDS, words
from reader.lexicon import PRONOUNS as _PRONOUN_GENDERS
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)  # the subject patterns took ~17 ms to compile at each start

_CASED = [w.upper() if w == "i" else w for w in _PRONOUN_GENDERS]  # he … I, we
_CASED += [w.capitalize() for w in _CASED if w != "I"]  # He … We
PRON = f"(?:{'|'.join(_CASED)})"
PRONOUNS = frozenset(_CASED)
NAME = rf"(?<![\w’'\-.])(?:{NAME_RUN.pattern})(?:{PAREN.pattern})?"
DET = (
    r"(?:the|a|an|this|that|another|one|two|three|four|several|some|many|its|his|her|their"
    r"|The|A|An|This|That|Another|One|Two|Three|Several|Some|Many|Its|His|Her|Their)"
)
PREPOSITIONS = words(
    "in on at of for with about from to by than like against into over after before"
)


@dataclass(slots=True)
class Subject:
    phrase: str  # as written: "Hill", "he", "the statement"
    start: int  # offset of the phrase in the text searched
    role: str | None = None  # an appositive: "a researcher at the Harbour Institute"


FINITE_WORD = _COMPILED.compile(FINITE)
_NEXT_WORD = _COMPILED.compile(r"\s*([a-z]+)\b")


def verb_at(text: str, pos: int) -> bool:
    """The next word is a verb for sure: a say-verb or a past ("Manning said", "Boreing
    wrote", "Fleming quit"), not a word in -s that may be a plural ("Holding signs")."""
    m = _NEXT_WORD.match(text, pos)
    if m is None:
        return False
    word = m.group(1)
    return word in SAY_VERBS or (FINITE_WORD.fullmatch(word) is not None and not word.endswith("s"))


_ROLE_ENDING = _COMPILED.compile(r"[a-z]{2,}(?:ist|er|or|ian|ant|man|woman|person)")
_NOT_ROLES = words("after over under other ever never later together rather either neither")
_NOT_ROLES |= words("whether however further")
# Title words that qualify a role but name no one: "Minority Leader", "Press Secretary".
_QUALIFIERS = words("acting affairs agriculture commerce defense democratic education energy")
_QUALIFIERS |= words("executive first foreign former general gop health homeland house")
_QUALIFIERS |= words("independent interim interior labor majority minority national")
_QUALIFIERS |= words("presidential press security senate senior state transportation")
_QUALIFIERS |= words("treasury veterans vice prime miss us uk u.s. u.n.")


def role_noun(word: str) -> bool:
    """A lowercase word that names someone by their role: "reporter", "moderator",
    "journalist", "senator", "spokeswoman", "aide" ("with reporter Colm Brady": Brady is
    governed; "A spokeswoman for Acme declined …"); not "minority" nor "press"."""
    if word in _NOT_ROLES or word in _QUALIFIERS:
        return False
    return word in TITLE_WORDS or word in PERSON_NOUNS or bool(_ROLE_ENDING.fullmatch(word))
