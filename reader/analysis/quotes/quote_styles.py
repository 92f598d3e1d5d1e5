"""Which marks an article quotes with, and one style for the span finder to read.

News in English quotes with “…” and nests ‘…’ inside; British outlets often do the
opposite (‘…’ outside, with apostrophes inside words, “…” nested); French and Russian
write «…», German „…“ (or »…«). ``normaliser`` looks at an article's paragraphs once and
returns a function that rewrites a block's marks to “ ” outside and ‘ ’ inside, one
character for one, so offsets do not move.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from reader.analysis.quotes import dash_dialogue
from reader.analysis.quotes.quote_marks import Span, double_spans
from reader.analysis.quotes.single_quotes import single_spans


def _inside(span: Span, others: list[Span]) -> bool:
    return any(o.start <= span.start and span.end <= o.end for o in others)


def _singles_outside(texts: Iterable[str]) -> bool:
    """The article quotes with ‘…’: more single-quoted stretches stand outside any “…”
    than double-quoted ones outside any ‘…’, two at least, or one in curly marks that
    closes after punctuation where no “…” stands at all (a short article's one quote:
    ‘We cannot,’; not 'a straight one', as a transcript nests a quote)."""
    singles = doubles = spoken = 0
    for text in texts:
        single, double = single_spans(text, whole=True), double_spans(text)
        outside = [s for s in single if not _inside(s, double)]
        singles += len(outside)
        spoken += sum(_spoken(text, s) for s in outside)
        doubles += sum(not _inside(d, single) for d in double)
    return singles > doubles and (singles >= 2 or (spoken == 1 and not doubles))


def _spoken(text: str, span: Span) -> bool:
    """A quote in curly single marks closing after punctuation: ‘We cannot,’."""
    return span.closed and text[span.start - 1] == "‘" and text[span.end - 1 : span.end] in ",.?!"


_GUILLEMETS = str.maketrans({"«": "“", "»": "”"})
_REVERSED_GUILLEMETS = str.maketrans({"»": "“", "«": "”"})
_LOW_NINE = str.maketrans({"„": "“", "“": "”", "‚": "‘", "‘": "’"})


_OPEN_SPACE = re.compile(r"“([^\S\n])")
_SPACE_CLOSE = re.compile(r"([^\S\n])”")


def _inner_space_out(text: str) -> str:
    """« Oui » is written with spaces inside the marks: move them outside ( “Oui” )."""
    return _SPACE_CLOSE.sub(r"”\1", _OPEN_SPACE.sub(r"\1“", text))


_INNER = str.maketrans("“”", "‘’")


def _swap_singles(text: str) -> str:
    """‘…’ outside becomes “…”, and “…” inside becomes ‘…’; “…” outside any ‘…’ stays
    ("promised a “full review”" in the narration)."""
    chars = list(text.translate(_INNER))
    singles = single_spans(text, whole=True)
    for span in double_spans(text):
        if span.closed and not _inside(span, singles):
            chars[span.start - 1], chars[span.end] = text[span.start - 1], text[span.end]
    for span in singles:
        chars[span.start - 1] = "“"
        if span.closed:
            chars[span.end] = "”"
    return "".join(chars)


def normaliser(texts: list[str]) -> Callable[[str], str]:
    """A function giving a block of this article in “…” style, dialogue opened by a dash
    in “…” too (``dash_dialogue``)."""
    marks = _marks_normaliser(texts)
    if dash_dialogue.in_use(texts):
        return lambda text: dash_dialogue.as_quotes(marks(text))
    return marks


def _marks_normaliser(texts: list[str]) -> Callable[[str], str]:
    # apart: one paragraph's closing ' and the next one's opening ' make no ''
    joined = "\n".join(texts)
    low = _LOW_NINE if "„" in joined else {}  # „…“ read first: its “ closes
    if "«" in joined or "»" in joined:
        first = min(joined.find(c) for c in "«»" if c in joined)
        table = _REVERSED_GUILLEMETS if joined[first] == "»" else _GUILLEMETS
        return lambda text: _inner_space_out(text.translate(low).translate(table))
    if low:
        return lambda text: text.translate(low)
    straight = "'" in joined and "''" not in joined  # ''…'' is a double mark, not two
    if ("‘" in joined or straight) and _singles_outside(texts):
        return _swap_singles
    return lambda text: text
