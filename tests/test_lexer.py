"""The pygments lexer for the reader's text, and its colours for a terminal."""

from __future__ import annotations

from pygments.token import Text

from reader.render import lexer
from reader.render.highlight import colorize, style_class, themed_style
from reader.render.lexer import ReaderLexer

TEXT = """HARBOUR LIGHT GOES DARK
=======================

By Ann Example

Today, 9:41 am

[Photo] The Saltmarsh light at dusk, March 2, 2026. (Photo: Ann Example)

“It was never lonely,” said Edda Voss, who kept the light since 1980. Voss
retired on 2024-03-03.

2 comments

  1. tomw · March 3, 2026

  Thanks @edda_v for everything.

    2. edda_v · reply to 1

    | Thanks @edda_v for everything.

    You are welcome.
"""


def tokens(text: str = TEXT, **options: object) -> list[tuple[object, str]]:
    return [(t, v) for t, v in ReaderLexer(**options).get_tokens(text) if v.strip()]


def kinds(token: object, text: str = TEXT, **options: object) -> list[str]:
    return [v.strip() for t, v in tokens(text, **options) if t is token]


def test_the_tokens_cover_the_text_exactly() -> None:
    assert "".join(v for _, v in ReaderLexer().get_tokens(TEXT)) == TEXT


def test_headline_byline_caption_and_heading() -> None:
    assert kinds(lexer.HEADLINE) == ["HARBOUR LIGHT GOES DARK\n======================="]
    assert kinds(lexer.BYLINE) == ["By Ann Example"]
    assert kinds(lexer.CAPTION)[0].startswith("[Photo] The Saltmarsh light")
    assert kinds(lexer.HEADING) == ["2 comments"]


def test_quotes_speakers_mentions_and_dates() -> None:
    assert kinds(lexer.QUOTE) == ["“It was never lonely,”"]
    assert kinds(lexer.SPEAKER, speakers=["Edda Voss", "Voss"]) == ["Edda Voss", "Voss"]
    assert kinds(lexer.SPEAKER) == []  # names come from the document
    assert kinds(lexer.MENTION) == ["@edda_v"]
    assert kinds(lexer.DATE) == ["9:41 am", "2024-03-03", "March 3, 2026"]


def test_comment_heads_and_block_quotes() -> None:
    assert kinds(lexer.AUTHOR) == ["tomw", "edda_v"]
    assert kinds(lexer.BLOCK_QUOTE) == ["| Thanks @edda_v for everything."]
    assert ("You are welcome.\n" in v for t, v in tokens() if t is Text)


def test_an_unclosed_quote_runs_to_the_end_of_its_paragraph() -> None:
    text = "“What we cannot do is reward a stoppage.\n\n“If the union wants to talk,” he added.\n"
    assert kinds(lexer.QUOTE, text) == [
        "“What we cannot do is reward a stoppage.",
        "“If the union wants to talk,”",
    ]


def styled(style: type, token: object) -> dict:
    """What a formatter does: a token a style does not name takes its parent's style."""
    while not style.styles_token(token):
        token = token.parent
    return style.style_for_token(token)


def test_any_pygments_style_colours_the_reader_tokens() -> None:
    for name in ("default", "monokai", "reader-terminal"):
        style = style_class(name)
        assert styled(style, lexer.QUOTE)["color"] or styled(style, lexer.QUOTE)["ansicolor"]
        headline = styled(style, lexer.HEADLINE)
        assert headline["bold"] or headline["color"]


def test_a_theme_colours_its_elements() -> None:
    style = themed_style("default", {"quote": ("#aa0000", "italic"), "mention": ("ansi_white", "")})
    assert style.style_for_token(lexer.QUOTE)["color"] == "aa0000"
    assert style.style_for_token(lexer.QUOTE)["italic"]
    assert style.style_for_token(lexer.MENTION)["ansicolor"] == "ansigray"


def test_colorize_writes_ansi_codes() -> None:
    out = colorize(TEXT, style_class("default"), ["Edda Voss"])
    assert "\x1b[" in out
    assert out.count("\n") == TEXT.count("\n")


PROSE = "“Fair,” said Edda Voss of the “fair” fares on 2024-03-03, @tomw."


def prose(spans: list[tuple[int, int, bool]] | None) -> list[tuple[object, str]]:
    tokens = list(ReaderLexer(speakers=["Edda Voss"]).prose_tokens(PROSE, spans))
    assert "".join(v for _, _, v in tokens) == PROSE  # the text, exactly, in order
    assert all(PROSE[at : at + len(v)] == v for at, _, v in tokens)
    return [(t, v) for _, t, v in tokens if t is not Text]


def test_prose_tokens_guess_the_quotes_or_take_the_known_ones() -> None:
    rest = [(lexer.DATE, "2024-03-03"), (lexer.MENTION, "@tomw")]
    speaker = (lexer.SPEAKER, "Edda Voss")
    assert prose(None) == [(lexer.QUOTE, "“Fair,”"), speaker, (lexer.QUOTE, "“fair”"), *rest]
    fair = PROSE.index("fair")
    known = prose([(fair, fair + 4, False), (1, 5, True)])  # the analysis's, marks excluded
    assert known == [(lexer.QUOTE, "Fair"), speaker, (lexer.SCARE_QUOTE, "fair"), *rest]
    assert prose([]) == [speaker, *rest]  # the analysis found none: none are guessed


def test_prose_tokens_pass_over_spans_that_do_not_fit() -> None:
    spans = [(1, 5, True), (3, 9, True), (9, 9, True), (60, 999, True)]  # overlap, empty, out
    assert [v for t, v in prose(spans) if t is lexer.QUOTE] == ["Fair"]


def test_a_mention_of_a_name_with_spaces_is_one_token() -> None:
    text = "@Will James is right, @ann too, and “that is the point” said Will."
    assert kinds(lexer.MENTION, text) == ["@Will", "@ann"]  # unknown: one word
    assert kinds(lexer.MENTION, text, mentions=["Will James"]) == ["@Will James", "@ann"]
    found = [
        (t, v)
        for _, t, v in ReaderLexer().prose_tokens(text, None, ["Will James"])
        if t is not Text
    ]
    assert found[:3] == [
        (lexer.MENTION, "@Will James"),
        (lexer.MENTION, "@ann"),
        (lexer.QUOTE, "“that is the point”"),
    ]
    quote = text.index("“")
    known = ReaderLexer().prose_tokens(text, [(quote + 1, quote + 18, True)], ["Will James"])
    assert [v for _, t, v in known if t is lexer.QUOTE] == ["that is the point"]
