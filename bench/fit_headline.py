"""Fit the headline feature weights (reader/ingest/headline_weights.py) on real pages.

    .venv/bin/python bench/fit_headline.py            # cross-validate, fit, print
    .venv/bin/python bench/fit_headline.py --write    # and write headline_weights.py

Pages: the dev part of ../shared/realpages (its held-out fifth is never read: see
bench/realpages.py), the 19 pages of ../shared/corpus, the reference article, the
project's fixtures and demo. A page's candidate lines are the ones the parser weighs
(headline.candidates); its headline is every candidate whose text is the truth's title
(realpages, fixtures) or the headline line the tests name (corpus, reference).

The model: a line's score is the weighted sum of its features; a page's lines compete
in a softmax, and the fit maximises the log-probability of the headline lines (L2
penalty), each weight kept on the side of zero its feature says (FEATURE_SIGNS: a
byline under a line counts for it, a menu between it and the body against). Prints
the share of realpages dev pages whose top line is a headline line,
in-sample and cross-validated by realpages' dev folds (fit on three of the four dev
folds plus the other pages, scored on the fold left out, which the fit never saw:
the same folds as `bench/realpages.py --per-fold`). ``--generated N`` adds N pages of
each dev family of bench/text_pages_generated.py to the other pages.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import softmax_fit  # noqa: E402
from realpages import FOLDER, fold_of, split  # noqa: E402
from softmax_fit import Sample, right  # noqa: E402

from reader.ingest.body import main_body  # noqa: E402
from reader.ingest.body_edges import past_byline  # noqa: E402
from reader.ingest.comment_layouts import find_comments  # noqa: E402
from reader.ingest.headline import candidates  # noqa: E402
from reader.ingest.headline_candidates import eligible  # noqa: E402
from reader.ingest.headline_features import FEATURE_SIGNS, FEATURES, features  # noqa: E402
from reader.ingest.headline_page import Page  # noqa: E402
from reader.ingest.headline_weights import WEIGHTS  # noqa: E402
from reader.ingest.lines import forget_lines, to_lines  # noqa: E402
from reader.ingest.source import from_bytes  # noqa: E402
from reader.ingest.teaser_lists import Shapes  # noqa: E402

SHARED = ROOT.parent / "shared"
L2 = 0.003  # penalty on the squared weights, per page
STEPS = 400
RATE = 2.0

WHAT = """The weights of the headline features (headline_features.FEATURES), fitted on real
pages by bench/fit_headline.py"""
SIGNS = [FEATURE_SIGNS[name] for name in FEATURES]


def norm(text: str) -> str:
    """The realpages scorer's normalisation of titles."""
    text = unicodedata.normalize("NFKC", text or "").casefold().replace("’", "'")
    return re.sub(r"\W+", " ", text.replace("‘", "'")).strip()


def sample(text: str, is_headline: object) -> Sample | None:
    """Candidates of a page's text; ``is_headline(index, line)`` marks the gold ones."""
    forget_lines()
    lines = to_lines(from_bytes(text.encode("utf-8"), "page.txt").text)
    spans = find_comments(lines)
    lines = lines[: spans[0].start] if spans else lines
    shapes = Shapes(lines)
    body = main_body(lines, shapes)
    start, end = body if body else (len(lines), len(lines) - 1)
    start = past_byline(lines, start, end, shapes)
    span = candidates(lines, start)
    page = Page(lines, start, end, shapes)
    found = [i for i in span if eligible(lines, i, start)]
    rows = [features(page, i, span) for i in found]
    gold = [bool(is_headline(i, lines[i])) for i in found]  # type: ignore[operator]
    return (rows, gold) if any(gold) else None


def realpages(ids: list[str], truth: dict[str, dict[str, object]]) -> dict[str, Sample | None]:
    found = {}
    for page in ids:
        item = truth[page]
        titles = {norm(str(t)) for t in [item["title"], *list(item.get("title_alts") or [])]}  # type: ignore[arg-type]
        text = (FOLDER / "txt" / f"{page}.txt").read_text(encoding="utf-8")
        found[page] = sample(text, lambda i, line, t=titles: norm(line.text) in t)
    return found


def own_pages() -> list[Sample]:
    """The corpus, the reference article, the fixtures and the demo."""
    from test_corpus_titles import HEADLINE_LINE  # the tests name each page's headline line
    from test_fixtures import test_headline_and_comment_count as fixtures

    pages: list[Sample | None] = []
    for name, number in HEADLINE_LINE.items():
        text = (SHARED / "corpus" / f"{name}.txt").read_text(encoding="utf-8")
        pages.append(sample(text, lambda i, line, n=number: line.number == n))
    reference = SHARED / "samples" / "000_eba45ebe7d5b167d.txt"
    pages.append(sample(reference.read_text(encoding="utf-8"), lambda i, line: line.number == 1))
    marks = next(m for m in fixtures.pytestmark if m.name == "parametrize")  # type: ignore[attr-defined]
    for name, headline, *_ in marks.args[1]:
        text = (ROOT / "tests" / "fixtures" / name).read_bytes()
        clean = from_bytes(text, name).text
        pages.append(sample(clean, lambda i, line, h=headline: line.text == h))
    demo = (ROOT / "reader" / "demo" / "demo_article.txt").read_text(encoding="utf-8")
    title = "Dock strike deepens rift over Vell Strait shipping talks"
    pages.append(sample(demo, lambda i, line: line.text == title))
    return [p for p in pages if p is not None]


def generated(pages: int) -> list[Sample]:
    """Pages of the dev families of bench/text_pages_generated.py, of every group (never
    the held-out ones), drawn with other seeds than the ones it scores."""
    from text_pages_generated import GROUPS, page

    found = []
    for name, family in (pair for _, _, dev, _ in GROUPS for pair in dev):
        rng = random.Random(f"fit:{name}")
        for _ in range(pages):
            text, headline, _ = page(family, rng)
            found.append(sample(text, lambda i, line, h=headline: line.text == h))
    return [p for p in found if p is not None]


def fit(samples: list[Sample]) -> list[float]:
    """Weights maximising the softmax log-likelihood of the headline lines, minus L2."""
    return softmax_fit.fit(samples, SIGNS, L2, STEPS, RATE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true", help="write headline_weights.py")
    parser.add_argument(
        "--generated",
        type=int,
        default=0,
        help="fit on this many pages of each generated dev family too",
    )
    args = parser.parse_args()
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    dev, _ = split(list(truth))
    pages = realpages(dev, truth)
    own = own_pages() + generated(args.generated)
    usable = [p for p in dev if pages[p] is not None]
    print(f"dev pages {len(dev)}, with the headline among the candidates {len(usable)}")
    print(f"own pages (corpus, reference, fixtures, demo, generated): {len(own)}")
    fold = fold_of(list(truth))
    folds = [[p for p in dev if fold[p] == f] for f in range(4)]
    held = []
    for number, left in enumerate(folds):
        train = [pages[p] for p in dev if p not in left and pages[p] is not None]
        weights = fit([s for s in train if s is not None] + own)
        held.append(sum(right(weights, pages[p]) for p in left))
        print(f"  fold {number} left out: {held[-1]}/{len(left)}")
    print(f"cross-validated: {sum(held)}/{len(dev)} = {sum(held) / len(dev):.3f}")
    kept = [WEIGHTS.get(name, 0.0) for name in FEATURES]
    per_fold = [sum(right(kept, pages[p]) for p in left) for left in folds]
    print(f"the weights kept now: {sum(per_fold)}/{len(dev)}, per fold {per_fold}")
    weights = fit([pages[p] for p in usable] + own)  # type: ignore[misc]
    inside = sum(right(weights, pages[p]) for p in dev)
    print(f"in-sample: {inside}/{len(dev)} = {inside / len(dev):.3f}")
    print(f"own pages right: {sum(right(weights, s) for s in own)}/{len(own)}")
    path = ROOT / "reader" / "ingest" / "headline_weights.py"
    softmax_fit.keep(weights, FEATURES, path, WHAT, args.write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
