"""Headline and subtitle quotes repeat a body quote, often shortened or with numerals
("2 crises" for "two crises"): find the body quote that holds their words."""

from __future__ import annotations

import re

from reader.model.document import Quote

_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text.lower().replace("’", "'")):
        out.append(_NUMBERS[int(w)] if w.isdecimal() and int(w) <= 10 else w)
    return out


def _coverage(short: list[str], long: list[str]) -> float:
    """Share of ``short``'s words found, in order, in ``long``."""
    found, at = 0, 0
    for w in short:
        try:
            at = long.index(w, at) + 1
            found += 1
        except ValueError:
            continue
    return found / len(short) if short else 0.0


def repeated(headline_quote: Quote, body: list[Quote]) -> Quote | None:
    """The body quote a headline quote repeats, if one holds most of its words."""
    short = _words(headline_quote.text)
    best, best_score = None, 0.0
    for quote in body:
        score = _coverage(short, _words(quote.text))
        if score > best_score:
            best, best_score = quote, score
    threshold = 0.75 if len(short) >= 4 else 1.0
    return best if best is not None and best_score >= threshold else None
