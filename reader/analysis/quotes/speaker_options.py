"""The speakers one quote may have (``Option``) and the form of each, as the numbers the
learned ranker weighs (``features``): where its cue is, what kind of words its subject
is, whether the person spoke before. Form only: no word of an article is a feature."""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from reader.analysis.quotes import quote_views, sentences
from reader.analysis.quotes.cue_words import Cue
from reader.analysis.quotes.names import Mention
from reader.analysis.quotes.quote_spans import Span
from reader.analysis.quotes.speakers import Cast
from reader.lexicon import PRONOUNS, SAY_VERBS


@dataclass(slots=True)
class Option:
    name: str | None
    kind: str = "person"
    mention: Mention | None = None
    cue: Cue | None = None  # None: the last quote's speaker, or no speaker
    at: int = 0  # the block the cue was read in
    rank: int = 0  # its place in quote_cues' order, the likeliest first
    inherited: bool = False
    rule: bool = False  # the hand rule's choice: the first cue that resolves


@dataclass(slots=True)
class Setting:
    """The quote the options are for, and what came before it."""

    view: quote_views.View
    span: Span
    k: int  # the quote's place in its block
    previous: str | None  # the speaker of the last quote
    follows: bool  # after a quote in its paragraph, or opening one soon after a quote
    cued: bool  # some cue found, resolved or not
    resolved: bool  # some cue resolves to someone


FEATURES = (
    "rule", "inherited", "none", "rank", "other_block", "before", "distance",
    "same_sentence", "adjacent", "say_verb", "according", "he_she", "it_they", "i_we",
    "organisation", "description", "full_name", "surname", "gender_agrees",
    "gender_unknown", "spoke_before", "previous", "introduced", "new_in_narration",
    "inherit_follows", "inherit_unresolved", "inherit_no_cue", "inherit_opens",
    "inherit_same_block", "inherit_long",
)  # fmt: skip


def features(option: Option, setting: Setting, cast: Cast) -> list[float]:
    """The option's features, in the order of ``FEATURES``."""
    f = dict.fromkeys(FEATURES, 0.0)
    f["rule"] = float(option.rule)
    if option.inherited:
        inner = setting.view.block.text[setting.span.start : setting.span.end]
        f["inherited"] = 1.0
        f["inherit_follows"] = float(setting.follows)
        f["inherit_unresolved"] = float(setting.cued and not setting.resolved)
        f["inherit_no_cue"] = float(not setting.cued)
        f["inherit_opens"] = float(setting.span.opens_block)
        f["inherit_same_block"] = float(setting.k > 0)
        f["inherit_long"] = float(len(inner.split()) >= 15)
    elif option.cue is None or option.name is None:
        f["none"] = 1.0
    else:
        _cue(f, option, option.cue, setting)
        _subject(f, option, option.cue.subject.phrase, cast)
        _history(f, option.name, setting, cast)
    return [f[name] for name in FEATURES]


def _cue(f: dict[str, float], option: Option, cue: Cue, setting: Setting) -> None:
    view, span = setting.view, setting.span
    opening = span.start - 1
    f["rank"] = min(option.rank, 3) / 3
    f["adjacent"] = float(cue.adjacent)
    f["say_verb"] = float(cue.verb in SAY_VERBS)
    f["according"] = float(cue.verb == "according to")
    where = cue.subject.start
    if option.at != view.index:
        f["other_block"], f["before"], f["distance"] = 1.0, float(option.at < view.index), 1.0
        return
    f["before"] = float(where < opening)
    low, high = sorted((where, opening if where < opening else span.end))
    gap = len(view.masked[low:high].split())
    f["distance"] = math.log1p(min(gap, 60)) / math.log(61)
    here = sentences.sentence_of(view.starts, opening)[0]
    f["same_sentence"] = float(sentences.sentence_of(view.starts, where)[0] == here)


def _subject(f: dict[str, float], option: Option, phrase: str, cast: Cast) -> None:
    low = phrase.lower()
    if low in ("he", "she"):
        f["he_she"] = 1.0
        sex = cast.gender(option.name or "")
        f["gender_agrees"] = float(sex == PRONOUNS[low])
        f["gender_unknown"] = float(sex is None)
    elif low in ("it", "they"):
        f["it_they"] = 1.0
    elif low in ("i", "we"):
        f["i_we"] = 1.0
    elif option.kind == "organisation":
        f["organisation"] = 1.0
    elif phrase[:1].islower():
        f["description"] = 1.0
    elif " " in (option.mention.name if option.mention else phrase):
        f["full_name"] = 1.0
    else:
        f["surname"] = 1.0


def _history(f: dict[str, float], name: str, setting: Setting, cast: Cast) -> None:
    spoke = name in cast.speakers
    f["spoke_before"] = float(spoke)
    f["previous"] = float(name == setting.previous)
    index, opening = setting.view.index, setting.span.start - 1
    mentions = cast.people.mentions
    low = bisect.bisect_left(mentions, (index - 1, 0), key=lambda m: m[0])
    high = bisect.bisect_left(mentions, (index, opening), key=lambda m: m[0])
    last = name.split()[-1]
    named = any(last in run.split() for _, run, _ in mentions[low:high])
    f["introduced"] = float(named)
    f["new_in_narration"] = float(named and not spoke)
