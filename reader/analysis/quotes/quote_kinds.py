"""Telling speech from scare quotes and quoted titles: a word or two with no say-verb in
reach ("near abroad"), or a capitalised title ("Morning Joe"), is not anyone's quote."""

from __future__ import annotations

import re

from reader.lexicon import words

SMALL_WORDS = words(
    "a an the of and or in on at to for with by from as is"
)  # not capitalised in a title
# Words before a title: "titled “…”", a work watched or performed ("the band played “…”").
TITLE_LEADS = words(
    "on in at titled entitled named dubbed about of from called watching watched reading"
    " starring played performed recited screened staged"
)
# Words that say a title is a work's: "the show “…”", "“…” star", "“…” hats".
_WORKS = words(
    "show shows program programme series film movie book books novel song songs album play"
    " podcast column segment broadcast magazine newspaper documentary episode reboot sitcom"
    " blockbuster hit star stars host hosts hat hats sign signs banner banners slogan logo"
    " channel network tv television radio festival award awards"
)
_WORD = re.compile(r"[\w’'\-]+")
SPOKEN_END = re.compile(r"[?!]\W*$|^\W*\w+[.,]\W*$")  # "Blacklisted?", "Never."


def is_title(text: str) -> bool:
    """Every content word capitalised: "Sean Hannity Show", "Girls, Girls, Girls"."""
    words = _WORD.findall(text)
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(content) and len(words) <= 8 and all(w[0].isupper() for w in content)


_POSSESSIVE = re.compile(r"\w[’']s?$")


def names_a_work(text: str, lead: list[str], trail: str) -> bool:
    """A title-cased quote named as a work, a show or a slogan: after an owner ("ABC’s
    “This Week,”") or a word that introduces one ("the show", "star of"), or before a
    word that says what it is ("“Broad City” star", "“Cake Boss” hats")."""
    if not is_title(text):
        return False
    last = lead[-1] if lead else ""
    if _POSSESSIVE.search(last) or last.lower() in TITLE_LEADS:
        return True
    near = {w.lower().strip(",.;:") for w in lead} | {trail.lower().strip(",.;:")}
    return bool(near & _WORKS)


_SO_CALLED = re.compile(r"\bso[\s-]called$", re.IGNORECASE)


def kind_of(
    text: str,
    cue_adjacent: bool,
    cue_in_sentence: bool,
    inherited: bool,
    lead: list[str] | None = None,
    trail: str = "",
) -> str:
    """``"direct"`` for speech, ``"scare"`` for scare quotes and quoted titles.

    ``lead`` is the words before the opening mark, ``trail`` the word after the closing
    one: a title named as a work ("appeared on ABC’s “Morning Coffee Hour,”", "“Broad
    City” star") is named, not quoted, whatever the sentence says. A quote in a sentence
    that attributes it to someone is theirs, however short ("Trump called them “fools”")."""
    lead = lead or [""]
    words = len(text.split())
    if _SO_CALLED.search(" ".join(lead[-2:])):
        return "scare"  # "the so-called ‘heritage fund’": a name held at a distance
    title = is_title(text)
    if words <= 8 and names_a_work(text, lead, trail):
        return "scare"
    if cue_adjacent and not (title and words <= 3 and not SPOKEN_END.search(text)):
        return "direct"  # "‘No,’ she said": a word closed by its comma, then the cue
    if title and words <= 4 and not cue_in_sentence and not SPOKEN_END.search(text):
        return "scare"  # "“Game of Thrones” and “Veep”": titles, not more of the last speaker's
    if words >= 6 or inherited:
        return "direct"
    if title and (lead[-1].lower() in TITLE_LEADS or not cue_in_sentence):
        return "scare"
    return "direct" if cue_in_sentence else "scare"
