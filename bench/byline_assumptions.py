"""Which assumption of the byline and date mechanism each text-copy miss breaks, counted.

    .venv/bin/python bench/byline_assumptions.py [--dev-lines]

For the dev and the held-out pages of ../shared/realpages (bench/realpages.py's split),
each page whose truth authors stand in its copy (bench/byline_reach.py) and that reader
misses gets a cause (no author found, a wrong person, an extra person beside the right
ones, part of the names) and the assumptions its truth's line breaks, counted:

- "near headline": the first block that holds the first truth name is between the
  headline and the body (else: above it, in the body, under it, in no block);
- "capitalised name": every truth name is two or three words, each capitalised, not all
  capitals;
- "known first": a known first name opens a truth name;
- "marked / dated / alone": the name's line holds a marker ("By"), a date, or only the name;
- "date near": a block within two of the name's holds a date.

Date misses with the truth date in the copy get the place of the truth's first block and
of the read date's (above, header, body, after) and whether the read one comes first.
Held-out pages: counts only (no id, no text). ``--dev-lines`` prints each dev miss's line.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from typing import Any

from byline_census import place
from byline_reach import authors_in_copy, date_in_copy
from date_causes import _holds
from realpages import FOLDER, scorer, split

from reader.ingest.byline_broad import line_names, of_cards
from reader.ingest.byline_evidence import (
    _FOR,
    _PICTURED,
    WORDS,
    _rare,
    _score,
    _window,
    name_line,
)
from reader.ingest.byline_marks import MARKER
from reader.ingest.byline_neighbours import dated_line
from reader.ingest.byline_people import END, PIECES
from reader.ingest.bylines import byline_names
from reader.ingest.dates import has_date
from reader.ingest.name_lists import names_in
from reader.ingest.name_outlets import without_outlet
from reader.ingest.names import ROLE, ends_sentence_not_name, person_name
from reader.ingest.no_names import people
from reader.ingest.text_shape import word_count
from reader.model import Block, BlockKind
from reader.sources import load_document

_WORD = r"[A-ZÀ-Þ][\w'’.-]*[a-zà-ÿ]"
_CAPITALISED = re.compile(rf"^(?:{_WORD}[\w'’.-]*\s+){{1,2}}{_WORD}\S*$")


def _places(blocks: list[Block]) -> tuple[int | None, tuple[int, int]]:
    title = next((k for k, b in enumerate(blocks) if b.kind is BlockKind.TITLE), None)
    prose = [k for k, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH]
    prose = [k for k in prose if title is None or k > title] or [len(blocks)]
    return title, (prose[0], prose[-1])


def _name_shape(name: str, line: str) -> str:
    """How a truth name breaks "two or three capitalised words" as its line prints it."""
    at = line.lower().find(name.lower())
    printed = line[at : at + len(name)] if at >= 0 else name
    words = printed.split()
    if len(words) == 1:
        return "one word"
    if len(words) > 3:
        lowered = [w for w in words if not w[:1].isupper()]
        return "4+ words" + (" with a lower-case word" if lowered else "")
    if printed.isupper():
        return "all capitals"
    if printed.islower():
        return "lower case"
    if not _CAPITALISED.match(printed.strip()):
        return "a word not capitalised"
    return "2-3 capitalised"


def author_causes(
    blocks: list[Block], got: list[str], want: list[str], detail: bool = False
) -> list[str]:
    """The cause of an authors miss and the assumptions its truth line breaks; ``detail``
    (dev pages only) adds the line's distance from the title and its words' shapes,
    which on a held page would show the miss itself."""
    sets = scorer().name_set
    g, w = sets(got), sets(want)
    cause = "no author" if not g else "wrong person" if not g & w else "extra" if g > w else "part"
    found = [cause]
    needle = want[0].lower()
    hit = next((k for k, b in enumerate(blocks) if needle in b.text.lower()), None)
    title, body = _places(blocks)
    if hit is None:
        return [*found, "in no block"]
    where = place(hit, title, body)
    far = f" {hit - title}" if detail and title is not None and where != "body" else ""
    found.append(f"at {where}{far}")
    found.append(f"kind {blocks[hit].kind.name.lower()}")
    text = blocks[hit].text
    found += [f"name {shape}" for shape in sorted({_name_shape(n, text) for n in want})]
    if not any(person_name(n, known_first=True) for n in want):
        found.append("no known first")
    found.append("marked" if MARKER.match(text) else "dated" if has_date(text) else
                 "alone" if len(text) <= len(want[0]) + 3 else "in a longer line")  # fmt: skip
    found += _stages(blocks, hit, detail)
    near = range(max(0, hit - 2), min(len(blocks), hit + 3))
    found.append("date near" if any(has_date(blocks[k].text) for k in near) else "no date near")
    return found


def _stages(blocks: list[Block], hit: int, detail: bool) -> list[str]:
    """Where the mechanism's stages stop on the name's block: the byline's shape rules, the
    broad line of names, the evidence window, its line of names and its score."""
    text = blocks[hit].text
    found = ["shape rule reads names" if byline_names(text) else "no shape rule"]
    found.append("broad reads names" if line_names(text, True) else "broad reads none")
    window = _window(blocks)
    if hit not in window:
        return [*found, "out of evidence window"]
    names = name_line(text)
    if not names:
        return [*found, f"evidence: no line of names ({_why_no_names(text, detail)})"]
    texts = [blocks[k].text for k in window]
    score = _score(
        names,
        texts,
        hit - window.start,
        " ".join(b.text for b in blocks[window.stop :] if b.kind is BlockKind.PARAGRAPH).lower(),
        _rare(blocks, window.stop),
    )
    i = hit - window.start
    if i and _PICTURED.match(texts[i - 1]):
        found.append("evidence: under a picture's word")
    if any(dated_line(above) for above in texts[: max(0, i - 1)]):
        found.append("evidence: past the line under the header's date")
    if of_cards(texts):
        found.append("evidence: a header of cards")
    return [*found, f"evidence score {score}"]


def _why_no_names(text: str, detail: bool) -> str:
    """Which of name_line's steps rejects the line (byline_evidence.name_line)."""
    text = text.strip()
    if word_count(text) > WORDS:
        return f"over {WORDS} words"
    if ends_sentence_not_name(text):
        return "ends a sentence"
    if _PICTURED.match(text):
        return "a picture's word"
    marker = MARKER.match(text)
    rest = text[marker.end() :] if marker else text
    head = _FOR.split(PIECES.split(END.sub("", rest))[0])[0].strip(" ,")
    found = names_in(without_outlet(head))
    if not found:
        return "no name of 2-5 capitalised words" + (": " + _head_shape(head)) * detail
    return "a word of no one's name" if not people(found) else "newsroom"


def _head_shape(head: str) -> str:
    """What stands in the head where names were looked for, as word classes."""
    words = head.split()
    if not words:
        return "empty"
    kinds = []
    for word in words[:8]:
        bare = word.strip(".,:;()\"'“”")
        kind = ("D" if any(c.isdigit() for c in bare) else "R" if ROLE.search(bare) else
                "M" if MARKER.match(bare + " x") else "I" if len(bare) <= 2 and bare[:1].isupper()
                else "C" if bare.isupper() else "T" if bare[:1].isupper() else "l"
                if bare[:1].islower() else "p")  # fmt: skip
        kinds.append(kind)
    return "".join(kinds) + ("+" if len(words) > 8 else "")


def date_causes(blocks: list[Block], got: str | None, want: str) -> list[str]:
    title, body = _places(blocks)
    right = next((k for k, b in enumerate(blocks) if _holds(b, want)), None)
    read = next((k for k, b in enumerate(blocks) if got and _holds(b, got)), None)
    found = ["no date" if not got else "another date"]
    found.append(f"truth at {place(right, title, body)}" if right is not None else "truth nowhere")
    if read is not None:
        found.append(f"read at {place(read, title, body)}")
        if right is not None:
            found.append("read first" if read < right else "truth first")
    return found


def tally(
    pages: list[str], truth: dict[str, Any], lines: bool, detail: bool
) -> tuple[Counter[str], ...]:
    au: Counter[str] = Counter()
    da: Counter[str] = Counter()
    for page in pages:
        t = truth[page]
        path = FOLDER / "txt" / f"{page}.txt"
        copy = path.read_text(encoding="utf-8")
        article = load_document(str(path)).article
        want, got = t.get("authors") or [], article.authors
        missed = scorer().name_set(got) != scorer().name_set(want)
        if want and authors_in_copy(copy, want) and missed:
            causes = author_causes(article.blocks, got, want, detail)
            au.update(causes)
            au.update(f"[{causes[0]}] {c}" for c in causes[1:])
            if lines:
                print("AUTHORS", page, causes, want, got)
        iso = (t.get("date") or "")[:10]
        mine = article.published[:10] if article.published else None
        if iso and date_in_copy(copy, iso) and mine != iso:
            causes = date_causes(article.blocks, mine, iso)
            da.update(causes)
            if lines:
                print("DATE", page, causes, iso, mine)
    return au, da


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dev-lines", action="store_true", help="each dev miss (dev only)")
    args = parser.parse_args()
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    for label, pages in zip(("dev", "held out"), split(list(truth)), strict=True):
        au, da = tally(pages, truth, args.dev_lines and label == "dev", label == "dev")
        print(f"{label} authors: " + ", ".join(f"{k} {n}" for k, n in sorted(au.items())))
        print(f"{label} date: " + ", ".join(f"{k} {n}" for k, n in sorted(da.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
