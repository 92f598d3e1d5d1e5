"""A discussion post's HTML into pieces of text: paragraphs, quotes and code.

The sites send a post's text as a small HTML fragment (Hacker News: paragraphs
separated by ``<p>``, quoted lines written ``&gt; …``, code in ``<pre><code>``;
Lobsters and blogs: Markdown rendered to ``<p>``, ``<blockquote>``, ``<pre>``, lists;
Mastodon: ``<p>`` with ``<br>`` lines). A piece is (kind, text): ``paragraph``,
``quote`` (a ``<blockquote>``, or a line opening with ``>``) or ``code`` (a ``<pre>``,
its line breaks and indentation kept). A link keeps its words and its address: a link
whose words are the address (or a shortened one) becomes the address; a mention or a
tag (``@name``, ``#tag``) stays as written; other words get the address after them.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from reader.ingest.source import clean, is_url

PARAGRAPH, QUOTE, CODE = "paragraph", "quote", "code"
Piece = tuple[str, str]

_BREAKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr"})
_BREAKS |= {"table", "tr", "dl", "dt", "dd", "figure", "figcaption", "details", "summary"}
_SKIP = frozenset({"script", "style", "template"})
_SPACES = re.compile(r"[ \t\f\v]+")
_QUOTED = re.compile(r"^>+\s?")


class _Pieces(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[Piece] = []
        self.lines: list[str] = [""]  # the open paragraph's lines
        self.quote_depth = 0
        self.pre_depth = 0
        self.skip_depth = 0
        self.code: list[str] = []
        self.link: tuple[str, list[str]] | None = None  # its address, its words so far

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "pre":
            self._end_paragraph()
            self.pre_depth += 1
        elif tag == "blockquote":
            self._end_paragraph()
            self.quote_depth += 1
        elif tag == "br":
            self._text("\n") if self.pre_depth else self.lines.append("")
        elif tag in _BREAKS and not self.pre_depth:
            self._end_paragraph()
            if tag == "li":
                self.lines[-1] = "• "
        elif tag == "a" and self.link is None:
            self.link = (dict(attrs).get("href") or "", [])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)  # <br/>, <hr/>: nothing to close

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "pre" and self.pre_depth:
            self.pre_depth -= 1
            if not self.pre_depth:
                self._end_code()
        elif tag == "blockquote" and self.quote_depth:
            self._end_paragraph()
            self.quote_depth -= 1
        elif tag == "a" and self.link is not None:
            address, words = self.link
            self.link = None
            self._text(_link_text("".join(words), address))
        elif tag in _BREAKS and not self.pre_depth:
            self._end_paragraph()

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.link is not None:
            self.link[1].append(data)
        else:
            self._text(data)

    def _text(self, data: str) -> None:
        if self.pre_depth:
            self.code.append(data)
            return
        parts = data.split("\n") if self.quote_depth else [data.replace("\n", " ")]
        self.lines[-1] += parts[0]
        self.lines.extend(parts[1:])

    def _end_code(self) -> None:
        text = "".join(self.code).strip("\n")
        self.code = []
        if text.strip():
            self.pieces.append((CODE, "\n".join(line.rstrip() for line in text.split("\n"))))

    def _end_paragraph(self) -> None:
        lines = [_SPACES.sub(" ", line).strip() for line in self.lines]
        self.lines = [""]
        if self.quote_depth:
            text = " ".join(line for line in lines if line)
            if text:
                self.pieces.append((QUOTE, text))
            return
        run: list[str] = []
        quoted = False
        for line in lines:
            if not line:
                continue
            is_quote = _QUOTED.match(line) is not None  # "> quoted words" on its own line
            if is_quote != quoted:
                self._add(QUOTE if quoted else PARAGRAPH, run)
                quoted = is_quote
            run.append(_QUOTED.sub("", line) if is_quote else line)
        self._add(QUOTE if quoted else PARAGRAPH, run)

    def _add(self, kind: str, lines: list[str]) -> None:
        if lines:  # a paragraph keeps its line breaks; a quote's lines are one passage
            self.pieces.append((kind, (" " if kind == QUOTE else "\n").join(lines)))
            lines.clear()

    def finish(self) -> list[Piece]:
        if self.code:
            self._end_code()
        self._end_paragraph()
        return self.pieces


def _link_text(words: str, address: str) -> str:
    words = " ".join(words.split())
    if not address or not words or words[0] in "@#":
        return words or address
    bare = words.rstrip(".…").removesuffix("...")
    if address.startswith(bare) or is_url(words) or words.startswith("www."):
        return address
    return f"{words} ({address})"


def pieces(fragment: str) -> list[Piece]:
    """The fragment's paragraphs, quotes and code, in order, every string cleaned."""
    if "<" not in fragment.replace("<p>", ""):  # most comments: paragraphs and nothing else
        return _plain_paragraphs(fragment)
    parser = _Pieces()
    parser.feed(fragment)
    parser.close()
    return [(kind, clean(text)) for kind, text in parser.finish()]


def _plain_paragraphs(fragment: str) -> list[Piece]:
    """What the parser gives for text with no tag but ``<p>``, without running it."""
    found: list[Piece] = []
    for part in fragment.split("<p>"):
        line = _SPACES.sub(" ", clean(unescape(part)).replace("\n", " ")).strip()
        if not line:
            continue
        if _QUOTED.match(line):
            found.append((QUOTE, _QUOTED.sub("", line)))
        else:
            found.append((PARAGRAPH, line))
    return found
