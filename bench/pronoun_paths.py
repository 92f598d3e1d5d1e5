"""Which rule gave each pronoun quote of the dev split its speaker, and how often it is right.

usage: .venv/bin/python bench/pronoun_paths.py [--fold F ...] [--show PATH] [--n N]

A trace, kept out of the product: ``Cast.pronoun`` and the antecedent search are wrapped
so that every quote records the path its speaker came by: the antecedent search (which
event of which sentence: a name heading a clause, one merely mentioned, one reporting the
sentence, a speaker, a chained pronoun; in the pronoun's own sentence, its paragraph or
how many paragraphs back), or a fallback (the last speaker whose gender fits, the last
person named, the organisation for "it"/"they", the writer for "I"), or no pronoun at all
(a named cue, an inherited speaker). Each gold pronoun quote of the first 300 dev
articles (hand-resolved truth) is counted right or wrong under its path, per dev fold,
so that a rule whose gain sits in one fold shows. ``--show PATH`` prints those quotes.
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from misses import SCORER, _hit, context
from score_quotes import FOLDS, gold_rows, parsed

from reader.analysis.quotes import antecedents, attribution, pronoun_speakers

_trace: dict[str, Any] = {"item": None, "path": None, "paths": {}}


def _wrap() -> None:
    real_found = attribution.Found
    real_speaker_of = attribution.speaker_of
    real_pronoun = pronoun_speakers.pronoun
    real_in_sentence = antecedents._in_sentence
    real_resolve = antecedents.resolve
    real_mentioned = pronoun_speakers._mentioned
    real_body = pronoun_speakers._recent_body

    def found(*args: Any, **kw: Any) -> Any:
        item = real_found(*args, **kw)
        _trace["item"] = item
        return item

    def speaker_of(cast: Any, phrase: str, pos: Any) -> Any:
        _trace["path"] = None
        out = real_speaker_of(cast, phrase, pos)
        item = _trace["item"]
        if out[0] and item is not None:
            key = (item.view.block.id, item.span.start)
            _trace["paths"][key] = _trace["path"] or f"named cue ({out[1]})"
        return out

    def in_sentence(
        cast: Any, sentence: Any, word: str, want: str, pos: Any, depth: int, other: Any
    ) -> Any:
        found = real_in_sentence(cast, sentence, word, want, pos, depth, other)
        if found is not None and depth == 0 and _trace["path"] is None:
            _trace["path"] = _describe(cast, sentence, want, pos, found)
        return found

    def pronoun(cast: Any, word: str, pos: Any) -> Any:
        _trace["path"] = None
        name = real_pronoun(cast, word, pos)
        if name and _trace["path"] is None:
            _trace["path"] = f"fallback: last speaker ({word.lower()})"
        return name

    def mentioned(cast: Any, want: str, pos: Any) -> Any:
        name = real_mentioned(cast, want, pos)
        if name:
            _trace["path"] = "fallback: last named of that sex"
        return name

    def body(cast: Any, pos: Any) -> Any:
        name = real_body(cast, pos)
        if name:
            _trace["path"] = "it/they: recent organisation"
        return name

    attribution.Found = found  # type: ignore[misc,assignment]
    attribution.speaker_of = speaker_of
    pronoun_speakers.pronoun = pronoun
    pronoun_speakers._mentioned = mentioned
    pronoun_speakers._recent_body = body
    antecedents._in_sentence = in_sentence
    del real_resolve


def _describe(cast: Any, sentence: Any, want: str, pos: Any, name: str) -> str:
    """Which event of ``sentence`` gave ``name``: its kind and rank, and how far back."""
    own = antecedents.sentence_of(cast, pos)
    where = (
        "own sentence"
        if sentence == own
        else "same paragraph"
        if sentence[0] == pos[0]
        else f"{pos[0] - sentence[0]} paragraph(s) back"
    )
    events = list(cast.events.get(sentence, [])) + cast.spoken.get(sentence, [])
    kinds = sorted({(kind, rank) for _, rank, kind, text in events if _fits(cast, text, name)})
    label = ",".join(f"{k}{r}" for k, r in kinds) or "pronoun chain"
    return f"antecedent {label} in {where}"


def _fits(cast: Any, text: str, name: str) -> bool:
    if not text:
        return not name  # an unnamed person ("A spokesman said …")
    return text == name or text in name.split() or name.endswith(" " + text.split()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fold", type=int, nargs="+", choices=range(len(FOLDS)))
    ap.add_argument("--show", help="print the quotes of paths holding this text")
    ap.add_argument("--n", type=int, default=20)
    args = ap.parse_args()
    _wrap()
    rows = gold_rows("dev", 300)
    folds = args.fold if args.fold is not None else range(len(FOLDS))
    rows = [row for row in rows if row["index"] % (len(FOLDS) + 1) in folds]
    tally: dict[str, Counter[str]] = {}
    shown = 0
    for row in rows:
        _trace["paths"] = {}
        article = parsed(row)
        pred = [q for q in article.quotes if q.kind != "scare"]
        gold = row["quotes"]
        used: set[int] = set()
        for g in gold:
            hit = _hit(g["text"], pred, used)
            if not (hit and g["source_kind"] == "pronoun" and g.get("hand")):
                continue
            path = _trace["paths"].get((hit.block, hit.start), "no speaker / inherited")
            right = SCORER.same_person(g["hand"], hit.speaker)
            fold = f"f{row['index'] % (len(FOLDS) + 1)}"
            tally.setdefault(path, Counter())[fold + ("+" if right else "-")] += 1
            if args.show and args.show in path and shown < args.n:
                shown += 1
                mark = "ok " if right else "BAD"
                print(f"{mark} [{row['index']}] {path}: truth={g['hand']!r} pred={hit.speaker!r}")
                print("    " + context(row["text"], g["text"], 300) + "\n")
    print(f"{'path':<62} " + " ".join(f"f{k}+/-  " for k in folds))
    for path, c in sorted(tally.items(), key=lambda kv: -sum(kv[1].values())):
        cells = " ".join(f"{c[f'f{k}+']:3d}/{c[f'f{k}-']:<3d}" for k in folds)
        print(f"{path:<62} {cells}")


if __name__ == "__main__":
    main()
