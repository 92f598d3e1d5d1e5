"""A repeated line and the lines of its shape whose words vary are two slots, not one.

The forms of comment_forms.py keep a line's shape and case: "Reply" and a writer's name
"Ann Lee" are both "A", "Like · Reply" and "Ann Lee · Kelpwick" both "A · A", and a
writer who signs "annlee" or "ANN_L" makes another form for each case. Where a line of
the anchor's form repeats word for word (an action under every record), the lines of
that shape whatever their case whose words differ from it and make a name are read as
one slot of their own (the name over the next record's text; "About us" under the list
is none), and the repeated group is looked for again
(comment_strides.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from reader.ingest.comment_line_kinds import SHARE
from reader.ingest.comment_spans import CommentSpan, is_name
from reader.ingest.lines import Line

VARYING = " ~"  # the form of the slot's lines: the anchor's, its words varying
RECORDS = 3  # fewer records are no list (two paragraphs may open alike); a slot's lines
Forms = list[str | None]


def with_slots(
    lines: list[Line], forms: Forms, counts: Counter[str | None], anchor: str
) -> Iterator[tuple[Forms, Counter[str | None], bool]]:
    """The page's forms, then, where the anchor has a varying slot, the forms that set it
    apart (True: read it where it names more records only); lazily, so that a reader
    done with the anchor spares the slot's pass over the page."""
    yield forms, counts, False
    apart = parted(lines, forms, counts, anchor)
    if apart is not None:
        yield *apart, True


def blind(form: str) -> str:
    """The form whatever its words' case: "a", "A a" and "A" are one."""
    tokens: list[str] = []
    for token in form.replace("a", "A").split(" "):
        if not (tokens and token == "A" == tokens[-1]):
            tokens.append(token)
    return " ".join(tokens)


def parted(
    lines: list[Line], forms: Forms, counts: Counter[str | None], anchor: str
) -> tuple[Forms, Counter[str | None]] | None:
    """The forms and their counts with the varying slot apart (see the module's
    docstring), or None where the anchor's lines do not repeat one text."""
    texts = Counter(line.text for line, form in zip(lines, forms, strict=True) if form == anchor)
    top, repeated = texts.most_common(1)[0]
    shape = blind(anchor)
    alike = {f for f in counts if f is not None and f != anchor and blind(f) == shape}
    if repeated < RECORDS or repeated + RECORDS > counts[anchor] + sum(counts[f] for f in alike):
        return None
    alike.add(anchor)
    varying = anchor + VARYING
    apart: Forms = [
        varying if form in alike and line.text != top and is_name(line.text) else form
        for line, form in zip(lines, forms, strict=True)
    ]
    return apart, Counter(apart)


def worded(forms: Forms, spans: list[CommentSpan]) -> bool:
    """Do most records of a reading with a slot apart hold more lines of text than of
    forms? A page's menus repeat an item word for word among items of its shape ("Jobs",
    "Press Releases"), the lines between them more items; comments their writers' words."""
    held = 0
    for span in spans:
        own = [
            forms[k] is None
            for k in range(span.start, span.end)
            if k not in span.meta and k not in span.buttons
        ]
        held += 2 * sum(own) > len(own)
    return held >= SHARE * len(spans)
