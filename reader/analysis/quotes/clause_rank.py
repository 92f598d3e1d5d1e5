"""Where a name or pronoun stands in its clause (``rank``): heading a main clause,
governed, reporting, asked; and what a finite verb looks like (``FINITE``)."""

from __future__ import annotations

import re

from reader.analysis.quotes.demonyms import describes_person
from reader.lexicon import SAY_VERBS, words

# A preposition or conjunction before a name: it does not head a clause ("with Biden").
GOVERNING = words(
    "in at on of for with from to by about than like around near outside inside into onto"
    " over under through across behind beyond toward towards against among between during"
    " despite without within upon via per amid and or nor"
)
# Words between a subject and its verb: "Ann Lee has also said", "Bo Park will later go".
BEFORE_VERB = r"(?:(?:also|later|then|now|has|have|had|is|would|will)\s+)*"
GOVERNED = re.compile(rf"\b(?:{'|'.join(sorted(GOVERNING))})\s+$")
_APPOSITIVE = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:,[^,_;:]{2,160},)?")
_WORD_BEFORE = re.compile(r"([a-z]+)[\s,]*$")
EMBEDDING = frozenset(
    [
        "because",
        "when",
        "while",
        "although",
        "though",
        "since",
        "until",
        "after",
        "before",
        "as",
        "who",
        "which",
        "where",
        "so",
        "than",
    ]
)
_REPORTED = frozenset(["that", "if", "whether", "unless"])  # a reported or imagined clause
_ASKING = frozenset(["asked", "asks", "pressed", "questioned"])
_QUESTION = re.compile(r"\s+(?:whether|if|how|why|what|when|where|who|which|about)\b")


def rank(masked: str, start: int, end: int, pronoun: bool = False) -> int:
    """0 when the name (or pronoun) at ``start:end`` heads a main clause: a verb follows it,
    perhaps after an appositive ("Benford, 58, who lives in Ames, says …"), and no
    preposition, say-verb or subordinating word comes before it; 2 when it heads a
    reported or imagined clause ("said that Ross …", "in the event that Ross wins");
    -1 when asked a question ("asked Ross whether …"): the one who answers next, or when
    reporting the sentence ("According to Ross, …", "…, Ross argues."); ``OWNER`` when
    it owns a noun inside its sentence ("cheered Ross’s words"); else 1."""
    if _ACCORDING.search(masked, max(0, start - 16), start):
        return -1  # "According to Voss, …": the one who reports the sentence
    if masked.startswith(("’", "'"), end) and not pronoun and not _opens(masked, start):
        return OWNER  # "the crowd cheered Hale’s words"
    if not pronoun and _qualifies(masked, start, end):
        return OWNER  # "the Bellamy administration cut …": Bellamy qualifies a noun
    if GOVERNED.search(masked, max(0, start - 12), start) or masked.startswith(("’", "'"), end):
        return 1
    before = _WORD_BEFORE.search(masked, max(0, start - 20), start)
    word = before.group(1) if before else ""
    if word in _ASKING and _QUESTION.match(masked, end):
        return -1
    if _reports(masked, start, end):
        return -1
    if word in _REPORTED or (word in SAY_VERBS and word != "state"):  # not "state Sen. Moll"
        return 2
    if word in EMBEDDING:
        return 1
    if pronoun:
        return 0
    if verb_follows(masked, end):
        return 0
    return 0 if _names_subject(masked, start, end) else 1


# The noun phrase opening a sentence and a comma, before a name: "Her neighbour, " Ann Lee;
# names may sit inside it: "The head of Brackwater Academy, " Aldous Pike; a name may own
# it: "Kelderby Water’s operations director, " Ines Marl (the owner heads no clause).
_OPENING_PHRASE = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:(?i:the|a|an|his|her|their|its|our|my)|(?:[A-Z][\w\-]*\s+){0,3}"
    r"[A-Z][\w\-]*[’']s?)\s+[a-z][A-Za-z\-’' ]{1,60},\s+$"
)


def verb_follows(masked: str, end: int) -> bool:
    """A finite verb follows ``end``, perhaps after an appositive: "…, 58, who lives in
    Ames, says"."""
    gap = _APPOSITIVE.match(masked, end)
    return _VERB_AFTER.match(masked, gap.end() if gap else end) is not None


def _names_subject(masked: str, start: int, end: int) -> bool:
    """A name set off by commas right after the noun phrase opening its sentence heads the
    clause with it: "Her neighbour, Ann Lee, agreed."."""
    if not masked.startswith(",", end):
        return False
    return bool(
        _OPENING_PHRASE.search(masked, max(0, start - 72), start)
        and _VERB_AFTER.match(masked, end + 1)
    )


_DETERMINER = re.compile(r"\b(?:[Tt]he|an?|An?)\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_NO_NOUN = GOVERNING | EMBEDDING | _REPORTED  # "a Jo Hale from …", "the Jo Hale who …"


def _qualifies(masked: str, start: int, end: int) -> bool:
    """A name between "the" (or "a") and a noun only qualifies the noun, as an owner does
    ("the Bellamy administration", "a Holloway report"); "The Thorpes have …" heads."""
    run = masked[start:end]
    if not (run.startswith("The ") or _DETERMINER.search(masked, max(0, start - 5), start)):
        return False  # most names: no "the" or "a" before them, asked first
    after = _WORD_AFTER.match(masked, end)  # a noun after, not a preposition, conjunction
    if after is None or _VERB_AFTER.match(masked, end):  # or relative
        return False
    # "an Orlando Republican who …": a description, no name, whatever word follows
    return after.group(1) not in _NO_NOUN or describes_person(run.split()[-1])


_ACCORDING = re.compile(r"\b[Aa]ccording to\s+$")
OWNER = 3  # the rank of a name that owns a noun inside its sentence
# The rank of a person described, not heard ("A judge in Harlow ruled that Ana Ruiz …",
# "A doctor who treated Omar Reyes …", "a friend of his mother, Diana,"): the antecedent
# only when the sentence names no one else who fits, and never in the pronoun's own
# sentence (as a reported clause's subject).
DESCRIBED = 2


def _opens(masked: str, start: int) -> bool:
    """``start`` opens its sentence ("Hale’s aide said …")."""
    before = masked[max(0, start - 4) : start].rstrip(" “‘\"'")
    return not before.strip() or before[-1] in ".!?"


_SAYS_LAST = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\s*(?:[.!?]|$)")


def _reports(masked: str, start: int, end: int) -> bool:
    """A name whose say-verb ends the sentence reports it: "…, Voss argues."."""
    says = _SAYS_LAST.match(masked, end)
    return bool(says and says.group(1) in SAY_VERBS)


# A finite verb: "warned", "says", "has", "took", a negated one: "wouldn’t", "can’t".
FINITE = (
    r"(?:(?:is|was|are|were|has|had|have|did|does|do|would|could|should|ca|wo|must|need)n[’']t"
    r"|[a-z]{2,}ed|[a-z]{2,}[^s’'\W]s|has|had|have|is|was|are|were|will|would|did|does|can"
    r"|could|may|might|must|should|said|told|wrote|spoke|took|made|gave|went|came|got|saw|knew"
    r"|thought|felt|left|met|kept|led|held|sat|stood|put|let|began|won|lost|ran|sent|set"
    r"|brought|bought|became|found|heard|meant|paid|understood|wore|drew|grew|threw|chose|rose"
    r"|fell|shook|struck|spent|sold|built|broke|caught|fought|hung|taught|tore|woke|swore"
    r"|hid|bent|blew|flew|froze|knelt|slid|spun|swung|wept)\b"
)
# A name heading a clause: "Hill warned", "Hill, 58, says", "Hill also took", "Hill has".
_VERB_AFTER = re.compile(
    rf"\s+(?:(?:also|then|later|now|never|not|still|just|only|often|once)\s+)*{FINITE}"
)
