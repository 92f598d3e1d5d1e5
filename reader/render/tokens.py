"""The token types of the reader's text and the theme elements they stand for.

Each is a child of a standard pygments type (a quote is a String, a caption a Comment),
so any pygments style colours them; `ELEMENT_TOKENS` names the element each stands for,
so a theme's element styles (and Textual's `$quote`, …) can colour them too.
"""

from __future__ import annotations

from pygments.token import Comment, Generic, Name, Number, String, _TokenType

HEADLINE = Generic.Heading.Headline
HEADING = Generic.Subheading.Heading
BYLINE = Generic.Subheading.Byline
QUOTE = String.Quote
SCARE_QUOTE = String.Quote.Scare  # a word or phrase in quotation marks, not a speaker's
BLOCK_QUOTE = Generic.Emph.BlockQuote
SPEAKER = Name.Class.Speaker
AUTHOR = Name.Tag.Author
MENTION = Name.Tag.Mention
DATE = Number.Date
CAPTION = Comment.Caption
BOILERPLATE = Comment.Boilerplate

ELEMENT_TOKENS: dict[str, _TokenType] = {
    "headline": HEADLINE,
    "byline": BYLINE,
    "quote": QUOTE,
    "block-quote": BLOCK_QUOTE,
    "speaker": SPEAKER,
    "mention": MENTION,
    "caption": CAPTION,
    "boilerplate": BOILERPLATE,
}
