"""Comment lines that quote the article, linked to the paragraph they quote.

A comment quotes the article when a line of it is one or more whole sentences of one
article paragraph, or the first words of one cut short (the line unfinished), or when
it puts in quotation marks words that stand in a paragraph. A quoted line becomes a
quote block; either way the block names the paragraph (``source_block``). The
article's sentences are found by their first words, as the comments' are, so a page of
comments costs one lookup a line.
"""

from __future__ import annotations

import bisect

from reader.analysis.threads.reply_index import MIN_QUOTE_WORDS
from reader.analysis.threads.reply_text import (
    START_WORDS,
    first_words,
    is_unfinished,
    normalise,
    quoted_spans,
    split_sentences,
)
from reader.analysis.threads.text_line import TextLine
from reader.model import Article, BlockKind

CUT_WORDS = 6  # the first words of an article sentence, cut short: at least this many
SPAN_WORDS = 2  # words in quotation marks found in a paragraph: at least this many


class ArticleText:
    """The article's paragraphs, sentence by sentence and as one text to search."""

    def __init__(self, article: Article) -> None:
        self.sentences: dict[str, str] = {}  # normalised sentence -> its paragraph's id
        self.starts: dict[str, list[tuple[str, str]]] = {}  # first words -> (sentence, id)
        texts, self._ids, self._at = [], [], []
        at = 0
        for block in article.blocks:
            if block.kind is not BlockKind.PARAGRAPH:
                continue
            norms = [n for part in split_sentences(block.text) if (n := normalise(part))]
            for norm in norms:
                self.sentences.setdefault(norm, block.id)
                key = first_words(norm, START_WORDS)
                self.starts.setdefault(key, []).append((norm, block.id))
            text = " " + " ".join(norms) + " "
            texts.append(text)
            self._ids.append(block.id)
            self._at.append(at)
            at += len(text) + 1
        self._text = "\n".join(texts)

    def __bool__(self) -> bool:
        return bool(self.sentences)

    def quoted_by(self, line: TextLine) -> tuple[str, bool] | None:
        """The paragraph a comment line quotes, and whether the whole line is the quote."""
        if line.words >= MIN_QUOTE_WORDS and line.start in self.starts:
            block = self._whole(line)
            if block is not None:
                return block, True
        text = line.text
        if '"' in text or "“" in text:  # what a quoted span needs
            for span in quoted_spans(text):
                norm = normalise(span)
                if norm.count(" ") + 1 >= SPAN_WORDS:
                    block = self._holding(norm)
                    if block is not None:
                        return block, False
        return None

    def _whole(self, line: TextLine) -> str | None:
        """The paragraph whose sentences the line's sentences all are (sentences of two
        paragraphs are no quote: a list item of the commenter's own, numbered anew, is
        not the article's), or whose sentence the line is cut short from."""
        blocks = {self.sentences.get(s) for s in line.sentences}
        if len(blocks) == 1 and None not in blocks:
            return blocks.pop()
        if line.one and line.words >= CUT_WORDS and is_unfinished(line.text):
            prefix = line.norm + " "
            for sentence, block in self.starts[line.start]:
                if sentence.startswith(prefix):
                    return block
        return None

    def _holding(self, norm: str) -> str | None:
        at = self._text.find(f" {norm} ")
        if at == -1:
            return None
        return self._ids[bisect.bisect_right(self._at, at) - 1]

    def take(self, lines: list[TextLine]) -> list[TextLine]:
        """Mark a comment's lines that quote the article with the paragraph they quote;
        the lines that are the quote whole become quote blocks and are left out of what
        is returned: the article's words are no reply to another comment's."""
        kept = []
        for line in lines:
            found = self.quoted_by(line)
            if found is None:
                kept.append(line)
                continue
            block = line.block
            block.source_block = found[0]
            if not found[1]:
                kept.append(line)
            elif block.kind is BlockKind.PARAGRAPH:
                block.kind = BlockKind.QUOTE
        return kept
