"""A pygments lexer for the reader's plain text (`reader parse --text`) and the TUI's.

Its token types (`tokens`) are children of standard ones, so any pygments style colours
them, and a theme's element styles too.
The TUI lexes one block at a time with `prose_tokens`, giving it the quotes the analysis
found (the block's kind is known there, so no line is taken for a headline or byline).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from pygments.lexer import Lexer
from pygments.token import Number, Text, Token, _TokenType

from reader.ingest.dates import ANY_DATE, TIME
from reader.render.tokens import (
    AUTHOR,
    BLOCK_QUOTE,
    BOILERPLATE,
    BYLINE,
    CAPTION,
    DATE,
    HEADING,
    HEADLINE,
    MENTION,
    QUOTE,
    SCARE_QUOTE,
    SPEAKER,
)

_PARAGRAPHS = re.compile(r"\n[ \t]*\n")
_HEAD = re.compile(r"[ \t]*\d+\. (?P<author>[^·\n]+?)(?= · |$)(?P<rest>[^\n]*)")
_QUOTE = r"“[^”]{1,2000}(?:”|\Z)|\"[^\"]{1,2000}\""
_MENTION = r"(?<![\w@])@\w[\w.-]*(?<![.-])"
_LINE_KINDS = (
    (re.compile(r"[ \t]*\[Photo\] "), CAPTION),
    (re.compile(r"[ \t]*\[(?:Promo|Article|End)\]"), BOILERPLATE),
    (re.compile(r"[ \t]*(?:By|BY) [A-Z]"), BYLINE),
    (re.compile(r"[ \t]*©"), BOILERPLATE),
    (re.compile(r"[ \t]*\d+ comments?$"), HEADING),
)
_INLINE_KINDS = {"quote": QUOTE, "mention": MENTION, "date": DATE, "speaker": SPEAKER}


def _longest_first(names: Iterable[object] | None) -> tuple[str, ...]:
    """Distinct non-empty names, longest first, so "Will James" is tried before "Will"."""
    found = {str(n) for n in names or () if str(n)}
    return tuple(sorted(found, key=lambda n: (-len(n), n)))


class ReaderLexer(Lexer):
    """Options: `speakers`, names (and aliases) to mark wherever they occur in prose;
    `mentions`, names read after an "@" ("Will James"), so such a mention is one token."""

    name = "Reader text"
    aliases = ("reader",)
    filenames = ()

    def __init__(self, **options: Any) -> None:  # pygments' options: any value
        super().__init__(**options)
        self._speakers = _longest_first(options.get("speakers"))
        self._patterns: dict[tuple[str, ...], tuple[re.Pattern[str], re.Pattern[str]]] = {}
        self._known = _longest_first(options.get("mentions"))
        self._inline, self._unquoted = self._patterns_for(self._known)

    def _patterns_for(self, mentions: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """(with quotes, without) for these known mentions, compiled once per set."""
        if cached := self._patterns.get(mentions):
            return cached
        if len(self._patterns) > 256:
            self._patterns.clear()  # one set per comment shown: keep the cache small
        mention = "|".join([*(rf"(?<![\w@])@{re.escape(n)}\b" for n in mentions), _MENTION])
        parts = [f"(?P<mention>{mention})", rf"(?P<date>{ANY_DATE}|\b{TIME})"]
        if self._speakers:
            speakers = "|".join(rf"\b{re.escape(n)}\b" for n in self._speakers)
            parts.append(f"(?P<speaker>{speakers})")
        compiled = (
            re.compile("|".join([f"(?P<quote>{_QUOTE})", *parts])),
            re.compile("|".join(parts)),
        )
        self._patterns[mentions] = compiled
        return compiled

    def prose_tokens(
        self,
        text: str,
        quotes: Sequence[tuple[int, int, bool]] | None = None,
        mentions: Sequence[str] = (),
    ) -> Iterator[tuple[int, _TokenType, str]]:
        """One paragraph's inline tokens. `quotes`: known (start, end, direct) spans, which
        replace the lexer's own guess at quotes (None: guess them). `mentions`: names the
        parser read after an "@", so "@Will James" is one mention, not "@Will"."""
        inline, unquoted = self._patterns_for(_longest_first(mentions) or self._known)
        if quotes is None:
            yield from self._inline_tokens(0, text, inline)
            return
        done = 0
        for start, end, direct in sorted(quotes):
            if start < done or end <= start or end > len(text):
                continue  # overlapping or outside the text: the model's slip, not shown
            yield from self._inline_tokens(done, text[done:start], unquoted)
            yield start, QUOTE if direct else SCARE_QUOTE, text[start:end]
            done = end
        yield from self._inline_tokens(done, text[done:], unquoted)

    def get_tokens_unprocessed(self, text: str) -> Iterator[tuple[int, _TokenType, str]]:
        start = 0
        for gap in _PARAGRAPHS.finditer(text):
            yield from self._paragraph(start, text[start : gap.start()])
            yield gap.start(), Text, gap.group()
            start = gap.end()
        yield from self._paragraph(start, text[start:])

    def _paragraph(self, at: int, text: str) -> Iterator[tuple[int, _TokenType, str]]:
        last = text.rstrip("\n").rsplit("\n", 1)[-1].strip()
        if last and set(last) <= {"=", "-"} and "\n" in text.strip():
            yield at, HEADLINE if last[0] == "=" else HEADING, text
            return
        kind = next((k for pattern, k in _LINE_KINDS if pattern.match(text)), None)
        if kind is not None:
            yield at, kind, text
            return
        head = _HEAD.fullmatch(text.rstrip("\n"))
        if head and "\n" not in text.rstrip("\n"):
            yield at, Number, text[: head.start("author")]
            yield at + head.start("author"), AUTHOR, head.group("author")
            yield from self._inline_tokens(at + head.start("rest"), text[head.start("rest") :])
            return
        if re.match(r"[ \t]*\| ", text):
            yield at, BLOCK_QUOTE, text
            return
        yield from self._inline_tokens(at, text)

    def _inline_tokens(
        self, at: int, text: str, pattern: re.Pattern[str] | None = None
    ) -> Iterator[tuple[int, _TokenType, str]]:
        done = 0
        for match in (pattern or self._inline).finditer(text):
            if match.start() > done:
                yield at + done, Text, text[done : match.start()]
            yield at + match.start(), _INLINE_KINDS[match.lastgroup or "quote"], match.group()
            done = match.end()
        if done < len(text):
            yield at + done, Token.Text, text[done:]
