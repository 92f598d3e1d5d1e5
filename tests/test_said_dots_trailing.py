"""Two comments that trail off on the same word ("… about that...", "… of that...") are
the comments' own words, not said lines: a said line's verb is the page's most repeated
last word over dots ("said..." on every record), a comment's trailing word repeats less.
Texts invented."""

from __future__ import annotations

from comment_texts import SAID
from comment_texts import comments_listed as _comments
from comment_texts import paragraphs as _said
from test_comment_layouts_33 import NAMES, _blog


def test_two_comments_trailing_off_on_one_word_stay_text() -> None:
    said = [*SAID]
    said[1] = "Not so sure about that..."
    said[3] = "Never thought of that..."
    found = _comments(_blog(said), "5 comments:")
    assert [(c.author, _said(c)) for c in found] == [
        (name, [text]) for name, text in zip(NAMES, said, strict=True)
    ]
