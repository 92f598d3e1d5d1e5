"""What may stand between a subject and its say-verb, and is skipped to find the subject:
adverbs ("Hill also said"), a linking word set off by commas ("Hill, however, said"),
when or where ("Voss at the time said"); and a reporting clause set off by commas, which
is no appositive ("The Gazette, Pike said, called …": Pike speaks). Works on
quote-masked text."""

from __future__ import annotations

from reader.analysis.quotes.subjects import NAME, PRON
from reader.lexicon import ADVERBS, SAY_VERBS
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)

LAST_WORD = _COMPILED.compile(r"(?:^|\s)([A-Za-z]+)\s*$")


def strip(text: str) -> str:
    """Without the adverbs before the verb ("Hill also said"), nor a linking word set off
    by commas ("Hill, however, said", "Voss’s campaign, for example, said")."""
    text = _ASIDE.sub("", text)
    while m := LAST_WORD.search(text):
        if m.group(1).lower() not in ADVERBS:
            break
        text = text[: m.start(1)]
    return text


_ASIDE = _COMPILED.compile(
    r",\s+(?:however|meanwhile|too|though|instead|likewise|moreover|nonetheless|nevertheless"
    r"|in turn|in fact|of course|for example|for instance|by contrast|in contrast),\s*$"
)
# A reporting clause set off by commas is no appositive: "The Gazette, Pike said, called
# the ruling …" (Pike speaks).
_REPORTING_ASIDE = _COMPILED.compile(rf"(?:{NAME}|{PRON})\s+(?:[a-z]+ly\s+)?([a-z]+)")


def reporting_aside(phrase: str) -> bool:
    """``phrase``, set off by commas after a name, is a reporting clause: "Pike said"."""
    aside = _REPORTING_ASIDE.fullmatch(phrase)
    return bool(aside and aside.group(1) in SAY_VERBS)


# When or where, between a subject and its verb: "Voss at the time said", "Voss in her
# opening speech called".
TRAILING_PHRASE = _COMPILED.compile(
    r"\s+(?:at|on|in|during|last|earlier|later|this)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"[\w’'\-]+(?:\s+[a-z][\w’'\-]*){0,2}\s*$"
)
