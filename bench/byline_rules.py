"""Which rule gave each dev page's authors, and how precise each rule is.

    .venv/bin/python bench/byline_rules.py [--drop] [--pages]

Each dev page of ../shared/realpages (bench/realpages.py's split: the held-out fifth is
never read) is parsed from its text copy with the author rules traced: the place that
asked (the header between headline and body, above the headline, the body's opening,
the signature at the end, the broad fallback) and the return statements, innermost
first, that handed the names up (function:line). Nothing in reader/ changes: the trace
wraps the places' calls (bench only). Prints per rule (tag): pages right (the scorer's
set of names), wrong (truth has authors, these are not they), invented (truth has none),
and right/wrong per dev fold 0-3.

--drop also reads the pages each rule answered once more with that rule answering
nothing (a later rule, the broad fallback, may answer instead), and prints the rule's
value per fold: the authors F1 summed over the fold's pages with the rule, minus without
it; and its leave-one-fold-out value (dropped.__doc__). A rule whose value is positive on
one fold only, or on none, was written for the pages of that fold and names wrong people
on unseen pages.
--pages lists each dev page's tag and verdict.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

from realpages import FOLDER, fold_of, scorer, split

from reader.ingest import article as article_module
from reader.ingest import article_header
from reader.sources import load_document

_MODULES = ("bylines", "unmarked_bylines", "author_places", "byline_signatures", "byline_broad")
_RULES = {  # the functions whose return statements are rules
    "byline_names", "unmarked_byline", "signed_at_end", "signed_under", "byline_above",
    "opening_byline", "broad_authors", "site_owner", "boxed", "lone_name",
    "names_beside_date", "after_date_names", "leading_names",
}  # fmt: skip
_PLACES = {  # module -> the place's functions it calls
    article_module: ("byline_above", "opening_byline", "signed_at_end", "broad_authors"),
    article_header: ("byline_names", "unmarked_byline"),
}


class Trace:
    """The tags of one page's calls that gave names, and the tags told to answer nothing."""

    def __init__(self, dropped: frozenset[str] = frozenset()) -> None:
        self.found: list[tuple[str, list[str]]] = []  # (tag, names) in the order given
        self.dropped = dropped

    def wrap(self, place: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def traced(*args: Any, **kwargs: Any) -> Any:
            returns: list[tuple[str, int, Any]] = []

            def profile(frame: FrameType, event: str, arg: Any) -> None:
                code = frame.f_code
                ours = code.co_name in _RULES and Path(code.co_filename).stem in _MODULES
                if event == "return" and arg and ours:
                    returns.append((code.co_name, frame.f_lineno, arg))

            sys.setprofile(profile)
            try:
                result = function(*args, **kwargs)
            finally:
                sys.setprofile(None)
            if not result:
                return result
            chain = [f"{name}:{line}" for name, line, value in returns if value == result]
            tag = f"{place} " + " < ".join(chain)
            if tag in self.dropped:
                return [] if isinstance(result, list) else None
            self.found.append((tag, list(result)))
            return result

        return traced


def read(page: str, dropped: frozenset[str] = frozenset()) -> tuple[list[str], str]:
    """The page's authors and the tag of the rule that gave the first of them."""
    trace = Trace(dropped)
    saved = {(m, name): getattr(m, name) for m, names in _PLACES.items() for name in names}
    try:
        for (module, name), function in saved.items():
            place = "header" if module is article_header else name
            setattr(module, name, trace.wrap(place, function))
        authors = load_document(str(FOLDER / "txt" / f"{page}.txt")).article.authors
    finally:
        for (module, name), function in saved.items():
            setattr(module, name, function)
    if not authors:
        return [], "none"
    tag = next((t for t, names in trace.found if authors[0] in names), "other")
    return authors, tag


def verdict(score_mod: Any, want: list[str], got: list[str]) -> str:
    if not want:
        return "invented" if got else "blank"
    if not got:
        return "missed"
    return "right" if score_mod.name_set(want) == score_mod.name_set(got) else "wrong"


def f1(score_mod: Any, truth: dict[str, Any], got: list[str]) -> float:
    if not truth.get("authors"):
        return 0.0
    return float(score_mod.score_page(truth, {"title": None, "body": "", "authors": got,
                                              "date": None})["authors_f1"])  # fmt: skip


def dropped(
    score_mod: Any,
    truth: dict[str, Any],
    folds: dict[str, int],
    rows: dict[str, tuple[list[str], str, str]],
    tally: dict[str, dict[str, int]],
) -> None:
    """Each rule's value per fold (authors F1 with it minus without it, over the pages it
    answered), and its leave-one-fold-out value: on each fold, the rule counts only when
    the other three folds show it right somewhere and its value there is positive (would
    it have been written, and kept, from them?)."""
    print("\n| rule dropped | value per fold 0-3 | sum | leave-one-fold-out | wrong+invented |")
    print("|---|---|---|---|---|")
    for tag, counts in sorted(tally.items(), key=lambda item: -sum(item[1].values())):
        if tag in ("none", "other"):
            continue
        value = [0.0] * 4
        for page, (got, page_tag, _) in rows.items():
            if page_tag == tag:
                without, _ = read(page, frozenset({tag}))
                gain = f1(score_mod, truth[page], got) - f1(score_mod, truth[page], without)
                value[folds[page]] += gain
        lofo = sum(
            value[f]
            for f in range(4)
            if sum(value[g] for g in range(4) if g != f) > 0
            and any(counts[f"right{g}"] for g in range(4) if g != f)
        )
        cells = " ".join(f"{v:+.2f}" for v in value)
        print(f"| {tag} | {cells} | {sum(value):+.2f} | {lofo:+.2f} |"
              f" {counts['wrong']}+{counts['invented']} |")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--drop", action="store_true", help="each wrong-naming rule dropped")
    parser.add_argument("--pages", action="store_true", help="each dev page's tag")
    args = parser.parse_args()
    score_mod = scorer()
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    for page, item in truth.items():
        item["id"] = page
    folds = fold_of(list(truth))
    dev = split(list(truth))[0]
    rows = {}
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for page in dev:
        got, tag = read(page)
        said = verdict(score_mod, truth[page].get("authors") or [], got)
        rows[page] = (got, tag, said)
        tally[tag][said] += 1
        tally[tag][f"{said}{folds[page]}"] += 1
        if args.pages:
            want = truth[page].get("authors")
            print(f"{page} f{folds[page]} {said:8} {tag}  {got} want {want}")
    print("| rule (place, returns innermost first) | right | wrong | invented |"
          " right/wrong per fold |")  # fmt: skip
    print("|---|---|---|---|---|")
    for tag, counts in sorted(tally.items(), key=lambda item: -sum(item[1].values())):
        if tag == "none":
            continue
        per_fold = " ".join(f"{counts[f'right{f}']}/{counts[f'wrong{f}']}" for f in range(4))
        print(f"| {tag} | {counts['right']} | {counts['wrong']} | {counts['invented']} |"
              f" {per_fold} |")  # fmt: skip
    none = tally["none"]
    print(f"\nno rule: {none['missed']} pages with truth authors, {none['blank']} without")
    if args.drop:
        dropped(score_mod, truth, folds, rows, tally)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
