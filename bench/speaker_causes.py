"""Why the dev quotes no speaker option gets right are missed, counted per dev fold.

    .venv/bin/python bench/speaker_causes.py            # the table
    .venv/bin/python bench/speaker_causes.py --show N   # and N cases of each cause
    .venv/bin/python bench/speaker_causes.py --links    # where a description's link fails

A named gold quote (PolNeAR dev, known speaker) that reader finds but none of whose
options (bench/fit_speakers.py: its cues that resolve, the last speaker, no one) gives
the gold speaker. Each cue finder's cue is recorded with what resolution made of it,
and the case is sorted by the first cause that fits:

- gold: an outlet or a document ("…, reports the Post", "the memo says");
- gold: a description or a group ("the Florida senator", "many reporters"), which
  reader may resolve right to the person the scorer's name test does not see;
- resolved wrong: some cue's subject holds a word of the gold speaker's name, but its
  resolution does not (a role or an organisation glued on, cut, a nested speaker);
- a description: a lower-case subject ("the senator") that resolves to no one or to
  someone else;
- a pronoun resolved to someone else;
- not found in the sentence: the gold speaker's name is in the quote's sentence (or the
  one around it) and no cue holds it;
- not found nearby: the name is in the paragraph or the one before;
- elsewhere: the name is not near the quote.
Held-out articles (index % 5 == 4) are never read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from fit_speakers import RULE  # noqa: E402
from misses import _RELAY  # noqa: E402
from score_quotes import FOLDS, gold_rows, paired, parsed, scorer  # noqa: E402

from reader.analysis.quotes import attribution, quote_cues, speaker_choice  # noqa: E402
from reader.analysis.quotes.resolve import speaker_of  # noqa: E402
from reader.analysis.quotes.speaker_options import Option, Setting  # noqa: E402
from reader.analysis.quotes.speakers import Cast  # noqa: E402
from reader.lexicon import words  # noqa: E402

SC = scorer()
Cues = dict[tuple[str, int], list[tuple[str, str, str | None]]]
Options = dict[tuple[str, int], list[str | None]]


def record(row: dict[str, Any]) -> tuple[list[dict[str, Any]], Cues, Options]:
    """The article's quotes as the scorer sees them, every cue of each with what it
    resolved to, and each quote's options."""
    cues: Cues = {}
    options: Options = {}
    of_quote, pick = quote_cues.of_quote, speaker_choice.pick
    state: dict[str, Any] = {}

    def listed(views: Any, view: Any, k: int, start: int) -> Iterator[Any]:
        state["found"] = list(of_quote(views, view, k, start))
        return iter(state["found"])

    def keep(opts: list[Option], setting: Setting, cast: Cast) -> Option:
        key = (setting.view.block.id, setting.span.start)
        cues[key] = [
            (c.subject.phrase, c.verb, speaker_of(cast, c.subject.phrase, (at, c.subject.start))[0])
            for c, at in state.get("found", [])
        ]
        options[key] = [o.name for o in opts]
        return pick(opts, setting, cast)

    attribution.quote_cues.of_quote = listed  # type: ignore[assignment]
    speaker_choice.pick = keep  # type: ignore[assignment]
    try:
        with speaker_choice.using(RULE):
            article = parsed(row)
    finally:
        attribution.quote_cues.of_quote = of_quote  # type: ignore[assignment]
        speaker_choice.pick = pick  # type: ignore[assignment]
    found = [
        {"text": q.text, "key": (q.block, q.start), "speaker": q.speaker}
        for q in article.quotes
        if q.kind != "scare"
    ]
    return found, cues, options


def named_pairs(
    row: dict[str, Any], found: list[dict[str, Any]]
) -> Iterator[tuple[dict[str, Any], Any]]:
    """Each named gold quote with a known speaker and the quote the scorer pairs it with."""
    used: set[int] = set()
    for g in row["quotes"]:
        hit = paired(SC, g["text"], found, used)
        if hit is not None and g["source_kind"] == "named" and g["source"]:
            yield g, found[hit]


def tokens(name: str) -> set[str]:
    return set(SC.name_tokens(name))


def cause(gold: str, cues: list[tuple[str, str, str | None]], near: tuple[str, str]) -> str:
    want = tokens(gold)
    words = {w.strip(".,’'\"“”").lower() for w in gold.split()}
    if words & _RELAY:
        return "gold: an outlet or a document"
    first = gold.split()[0] if gold.split() else ""
    head = re.split(r",|\s(?:of|on|in|for|like|at)\s", gold)[0].split()[-1:] or [""]
    plural = head[0].islower() and head[0].endswith("s") and not head[0].endswith("ss")
    if first[:1].islower() or first.lower() in _DESCRIBING or plural:
        return "gold: a description or a group"  # "Senate aides", "Proponents of the bill"
    for phrase, _, _ in cues:
        if want & tokens(phrase):
            return "cue found, resolved wrong"
    for phrase, _, _ in cues:
        if phrase[:1].islower() and phrase.lower() not in PRONOUN_WORDS:
            return "a description, not linked"
    if any(p.lower() in PRONOUN_WORDS for p, _, _ in cues):
        return "a pronoun, someone else"
    sentence, paragraph = near
    if want & tokens(sentence):
        return "not found: in the sentence"
    if want & tokens(paragraph):
        return "not found: in the paragraph or the one before"
    return "not found: not near"


_DESCRIBING = words("the a an his her their its some many another other these those one several")
PRONOUN_WORDS = frozenset(["he", "she", "it", "they", "i", "we", "you"])


def link(gold: str, cause_: str, cues: list[tuple[str, str, str | None]]) -> str | None:
    """Where the link of a description fails (``--links``): a group; the description no
    cue holds (not read as a speaker); a cue holds it and resolves to no one (the person
    was introduced in a form the link does not read) or to a person (the scorer cannot
    tell whether right); a name gold whose description cue resolves to no one or to
    someone else."""
    described = [
        (p, r)
        for p, _, r in cues
        if (p[:1].islower() or p.split()[0].lower() in _DESCRIBING)
        and p.lower() not in PRONOUN_WORDS
    ]
    if cause_ == "a description, not linked":
        return "name gold, description cue: " + ("no one" if described[0][1] is None else "else")
    if cause_ != "gold: a description or a group":
        return None
    head = re.split(r",|\s(?:of|on|in|for|like|at|who)\s", gold)[0].split()[-1:] or [""]
    if head[0].endswith("s") and not head[0].endswith(("ss", "’s")):
        return "description gold: a group"
    want = {w.strip(".,’'\"“”").lower() for w in gold.split()} - _DESCRIBING
    held = [r for p, r in described if want & {w.lower() for w in p.split()}]
    if not held:
        return "description gold: no cue holds it"
    if held[0] is None or held[0][:1].islower() or held[0].split()[0].lower() in _DESCRIBING:
        return "description gold: cue resolves to no one"  # or stays the description
    return "description gold: cue resolves to a person"


def around(text: str, needle: str) -> tuple[str, str]:
    """The quote's sentence-ish window (200 characters either side) and its paragraph
    with the one before."""
    at = max(text.find(needle[:40]), 0)
    sentence = text[max(0, at - 160) : at + len(needle) + 120]
    start = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, at)))
    end = text.find("\n\n", at + len(needle))
    return sentence, text[max(0, start) : end if end > 0 else len(text)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=0, help="cases shown of each cause")
    ap.add_argument("--links", action="store_true", help="where a description's link fails")
    ap.add_argument("--fold", type=int, nargs="+", help="only these dev folds")
    args = ap.parse_args()
    table: dict[str, Counter[str]] = defaultdict(Counter)
    shown: dict[str, list[str]] = defaultdict(list)
    headline = 0
    for row in gold_rows("dev"):
        fold = FOLDS[row["index"] % 5]
        if args.fold is not None and row["index"] % 5 not in args.fold:
            continue
        found, cues, options = record(row)
        for g, quote in named_pairs(row, found):
            key = quote["key"]
            names = options.get(key, [quote["speaker"]])  # a headline's: the body quote's
            if any(SC.speaker_ok(g["source"], n) for n in names):
                headline += key not in options
                continue
            text = row["text"]
            near = around(text, g["text"])
            c = cause(g["source"], cues.get(key, []), near)
            if args.links:
                c = link(g["source"], c, cues.get(key, [])) or "other causes"
            table[c][fold] += 1
            shown[c].append(
                f"[{row['index']}] gold={g['source']!r} options={names}"
                f"\n   cues={cues.get(key, [])}\n   {near[0]!r}"
            )
    print(f"right, paired with a headline quote that repeats it: {headline}")
    total: Counter[str] = Counter()
    print(f"{'cause':<48}" + "".join(f"{f:>7}" for f in FOLDS) + "    all")
    for c, per in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        total.update(per)
        print(f"{c:<48}" + "".join(f"{per[f]:7d}" for f in FOLDS) + f"{sum(per.values()):7d}")
    print(
        f"{'in all':<48}" + "".join(f"{total[f]:7d}" for f in FOLDS) + f"{sum(total.values()):7d}"
    )
    for c, cases in shown.items():
        for case in cases[: args.show]:
            print(f"\n{c}: {case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
