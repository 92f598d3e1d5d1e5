"""Hypothesis strategies for pages: the lines a copied page is made of, shuffled.

Each strategy draws from the shapes the parsers look for (headlines, bylines, dates,
captions, copyright lines, comment headers in each layout, numbered comments, "Reply",
pingbacks, @mentions, quotations) and from what they should survive (stray
punctuation, odd Unicode, control characters, blank and indented lines), so that
generated pages reach the rules' corners. Written for reader; no real text.
"""

from __future__ import annotations

import html

from hypothesis import strategies as st

NAMES = ["Ada Cole", "Ben Ito", "Cleo Hale", "Dev Lund", "Mina Fox", "Omar Kaur"]
WORDS = ["harbour", "council", "vote", "lamp", "fuel", "ferry", "tide", "rent", "said"]
WORDS += ["the", "a", "of", "and", "who", "why", "never", "again", "rises", "town"]
DATES = ["May 2, 2024", "Today, 8:15 am", "2 hours ago", "March 3, 2021 at 9:12 pm"]
DATES += ["Updated 12:54 PM EDT, Tue May 2, 2024", "02/05/2024", "1h"]
ODD = ["", "—", "•", "|", "…", "[/]", "[b]x[/b]", "©", "\u200b", "\u00a0", "\x1b[2J", "\t"]
ODD += ["\x07", "Ω", "👍", "\ufeff", "&amp;", "<b>", "%s", "{0}", "\\"]

name = st.sampled_from(NAMES)
date = st.sampled_from(DATES)
odd = st.sampled_from(ODD)
plain = st.sampled_from(WORDS)
word = st.one_of(plain, plain, plain, plain, plain, odd, st.text(min_size=1, max_size=6))


@st.composite
def words(draw: st.DrawFn, low: int = 1, high: int = 14) -> str:
    return " ".join(draw(st.lists(word, min_size=low, max_size=high)))


@st.composite
def sentence(draw: st.DrawFn) -> str:
    text = draw(words(3, 20))
    if draw(st.booleans()):
        text = f"“{text},” said {draw(name)}, the harbour master."
    return text[:1].upper() + text[1:] + draw(st.sampled_from([".", "?", "!", "", ":"]))


@st.composite
def line(draw: st.DrawFn) -> str:
    """One line of a copied page."""
    shapes = [
        sentence(),
        words(2, 9).map(str.title),  # a headline
        words(2, 9).map(lambda t: t.title() + "?"),  # a question headline
        name.map(lambda n: f"By {n}"),
        st.tuples(name, name).map(lambda p: f"By {p[0]} and {p[1]}"),
        date,
        words(1, 3).map(str.upper),  # a section label
        st.tuples(words(2, 8), name).map(lambda p: f"Photo: {p[0]} ({p[1]} / Gazette)"),
        words(1, 3).map(lambda t: f"© 2024 {t.title()}"),
        name.map(lambda n: f"{n} says:"),
        st.tuples(name, date).map(lambda p: f"{p[0]} · {p[1]}"),
        st.tuples(name, date).map(lambda p: f"{p[0]} {p[1]}"),
        st.tuples(st.integers(0, 12), words(2, 12)).map(lambda p: f"  {p[0]}. {p[1]}"),
        words(2, 12).map(lambda t: f"    {t}"),  # an indented paragraph
        st.sampled_from(["Reply", "Report", "Share", "Like", "Leave a Reply", "Comments"]),
        st.integers(0, 99).map(lambda n: f"{n} Comments"),
        words(2, 8).map(lambda t: f"Pingback: {t}"),
        st.tuples(name, words(2, 10)).map(lambda p: f"@{p[0]} {p[1]}"),
        words(1, 12).map(lambda t: f"> {t}"),
        odd,
        st.text(max_size=30),
        st.just(""),
        st.just(""),
    ]
    return draw(st.one_of(shapes))


@st.composite
def text_page(draw: st.DrawFn) -> str:
    """A copied page: lines, blank lines between many of them."""
    lines = draw(st.lists(line(), min_size=1, max_size=40))
    ending = draw(st.sampled_from(["\n", "", "\r\n", "\n\n"]))
    return "\n".join(lines) + ending


@st.composite
def html_page(draw: st.DrawFn) -> str:
    """A saved page: an article with a headline, paragraphs, figures, then comments."""
    esc = html.escape
    parts = [f"<!DOCTYPE html><html><head><title>{esc(draw(words(1, 8)))}</title></head>"]
    parts.append(f"<body><article><h1>{esc(draw(words(1, 9)))}</h1>")
    if draw(st.booleans()):
        parts.append(f'<p class="byline">By {draw(name)}</p><time>{draw(date)}</time>')
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["p", "p", "p", "h2", "blockquote", "figure", "ul"]))
        text = esc(draw(sentence()))
        if kind == "figure":
            parts.append(f'<figure><img src="i.jpg"><figcaption>{text}</figcaption></figure>')
        elif kind == "ul":
            parts.append(f"<ul><li>{text}</li><li>{esc(draw(words()))}</li></ul>")
        else:
            parts.append(f"<{kind}>{text}</{kind}>")
    parts.append('</article><ol class="commentlist">')
    parts.extend(draw(st.lists(html_comment(), max_size=6)))
    parts.append("</ol></body></html>")
    return "\n".join(parts)


@st.composite
def html_comment(draw: st.DrawFn, depth: int = 0) -> str:
    kind = draw(st.sampled_from(["comment", "comment", "pingback"]))
    number = draw(st.integers(1, 30))
    author = html.escape(draw(st.one_of(name, words(1, 3))))
    text = html.escape(draw(sentence()))
    replies = ""
    if depth < 2 and draw(st.booleans()):
        inner = "".join(draw(st.lists(html_comment(depth + 1), max_size=2)))
        replies = f'<ul class="children">{inner}</ul>'
    return (
        f'<li class="{kind}" id="comment-{number}"><div class="comment-author">'
        f'<cite class="fn">{author}</cite></div><div class="comment-metadata">'
        f'<time>{draw(date)}</time></div><div class="comment-content"><p>{text}</p>'
        f"</div>{replies}</li>"
    )


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentence(), min_size=1, max_size=4)))


@st.composite
def article_part(draw: st.DrawFn) -> list[str]:
    """Headline, the lines under it, paragraphs: an article as a copy gives it."""
    lines = [draw(words(3, 10)).title() + draw(st.sampled_from(["", "?", ":"]))]
    lines += draw(st.lists(st.one_of(name.map(lambda n: f"By {n}"), date, sentence()), max_size=3))
    lines += draw(st.lists(st.one_of(paragraph(), paragraph(), line()), min_size=1, max_size=10))
    return lines


@st.composite
def comment_part(draw: st.DrawFn) -> list[str]:
    """Comments in one layout, with the slips copies have: a number repeated or skipped,
    stray "Reply" and "Report" lines, pingbacks, quoted lines, an article pasted in."""
    layout = draw(st.sampled_from(["numbered", "says", "middot", "name date", "reply"]))
    lines = [draw(st.sampled_from(["3 Comments", "Comments", "Leave a Reply", "12 comments"]))]
    count = draw(st.integers(1, 6))
    number = 1
    for _ in range(count):
        author, when, body = (
            draw(name),
            draw(date),
            draw(st.lists(paragraph(), min_size=1, max_size=3)),
        )
        number = draw(st.sampled_from([number, number + 1, number + 1, number + 2]))
        if layout == "numbered":
            lines.append(f"  {number}. {body[0]}")
            lines += [f"    {p}" for p in body[1:]]
        elif layout == "says":
            lines += [f"{author} says:", when, *body]
        elif layout == "middot":
            lines += [f"{author} · {when}", *body]
        elif layout == "name date":
            lines += [f"{author} {when}", *body]
        else:
            lines += [author, *body, "Reply", when]
        extra = draw(
            st.sampled_from(
                ["", "", "Reply", "Report", f"> {body[0]}", "pingback", "pasted", "odd"]
            )
        )
        indent = "    " if layout == "numbered" and draw(st.booleans()) else ""
        if extra == "pingback":
            lines.append(f"{indent}Pingback: {draw(words(2, 8))}")
        elif extra == "pasted":
            lines += [indent + x for x in draw(article_part())]
            lines.append(f"{indent}© 2024 {draw(words(1, 2)).title()}")
        elif extra == "odd":
            lines.append(indent + draw(line()))
        elif extra:
            lines.append(indent + extra)
    return lines


@st.composite
def structured_page(draw: st.DrawFn) -> str:
    """An article, then its comments; blank lines between most lines, as copies have."""
    lines = draw(article_part()) + draw(comment_part())
    gaps = draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    return "".join(text + ("\n\n" if gap else "\n") for text, gap in zip(lines, gaps, strict=True))
