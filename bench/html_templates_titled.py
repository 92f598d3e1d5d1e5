"""Template families of bench/html_generated.py written in session 34, each breaking one
assumption the HTML reading makes about where the headline stands and how far the body
runs, as real pages break it. Scored with main's code before any rule was written from
them, in pairs of one break spelled two ways; the first of each pair is held out. The
assumptions and how these pages break them:

- ``<title>`` parts the site's name from the headline with a bar, a dash or a chevron: a
  blog theme writes "Site • Headline", "Headline ~ Site", "Site :: Headline", and shows
  the headline in a styled ``div`` with no h1 and no og:title;
- an h1 that is no link home and no og:site_name is the article's: a blog or a local
  paper sets its name as a plain ``h1`` in its header (no link, no og:site_name) and the
  headline in a ``div`` or ``h2`` whose class says nothing of titles;
- the headline is a heading or an element classed as a title: a forum post or a
  press-release page sets it in a ``strong`` or a ``font`` in a table cell, with a section's
  ``h1`` above;
- the article's prose runs unbroken: a newspaper CMS sets a "related" list, a table, a
  figure with its caption and a sign-up box between paragraphs, and the article goes on
  after them.

Pages carry what real copies do around the thing read. All text is invented.
"""

from __future__ import annotations

from html_family import Facts, Family, by, iso, ld, long_date

_PLAIN_SITE = lambda f: f'<h1 class="blog-name">{f.site}</h1><p class="tagline">Notes and news</p>'  # noqa: E731


def _boxed(f: Facts, ps: list[str], box: str) -> str:
    """The paragraphs with ``box`` after the first two."""
    return "".join(ps[:2]) + box + "".join(ps[2:])


def _related(f: Facts) -> str:
    return (
        '<div class="inline-related"><h4>Read more</h4><ul>'
        f'<li><a href="/news/{len(f.other)}">{f.other}</a></li>'
        f'<li><a href="/news/{len(f.kicker)}">{f.kicker} roundup for the week</a></li></ul></div>'
    )


def _table(f: Facts) -> str:
    return (
        "<table><thead><tr><th>Ward</th><th>Votes</th></tr></thead><tbody>"
        "<tr><td>North</td><td>412</td></tr><tr><td>Harbour</td><td>389</td></tr>"
        "</tbody></table>"
    )


def _figure(f: Facts) -> str:
    return (
        f'<figure><img src="/img/{len(f.headline)}.jpg" alt="">'
        f"<figcaption>The quay at low tide. Photo: {f.coauthor}</figcaption></figure>"
    )


def _signup(f: Facts) -> str:
    return (
        '<div class="newsletter-box"><p><strong>Get the morning briefing</strong></p>'
        '<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>'
    )


TITLED = [
    Family(
        "no h1, no og:title: <title> Site • Headline, the headline in a styled div",
        lambda f: f"<title>{f.site} • {f.headline}</title>",
        lambda f: f'<div class="post-heading">{f.headline}</div>',
        lambda f: by(f) + f'<p class="date">{long_date(f.published)}</p>',
        masthead=lambda f: f'<div class="brand"><a href="/">{f.site}</a></div>',
    ),
    Family(
        "no h1, no og:title: <title> Headline ~ Site, the headline in a bold lead paragraph",
        lambda f: f"<title>{f.headline} ~ {f.site}</title>",
        lambda f: f'<p class="post-top"><b>{f.headline}</b></p>',
        lambda f: f'<p class="meta">By {f.author} on {long_date(f.published)}</p>',
    ),
    Family(
        "a plain h1 of the site's name (no link, no og:site_name), the headline in a div",
        lambda f: (
            f"<title>{f.headline} | {f.site}</title>"
            f'<meta property="og:title" content="{f.headline}">'
        ),
        lambda f: f'<div class="story-hed">{f.headline}</div>',
        lambda f: by(f) + f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>',
        masthead=_PLAIN_SITE,
    ),
    Family(
        "a plain h1 of the site's name over its tagline, the headline in an h2 of a post",
        lambda f: (
            f"<title>{f.site}: {f.headline}</title>"
            + ld("BlogPosting", headline=f.headline, datePublished=iso(f.published))
        ),
        lambda f: f'<h2 class="post">{f.headline}</h2>',
        lambda f: f'<p class="post-meta">Posted by {f.author}</p>',
        masthead=_PLAIN_SITE,
    ),
    Family(
        "a section's h1 (no link), the headline in a strong in a table cell, <title> Site :: It",
        lambda f: f"<title>{f.site} :: {f.headline}</title>",
        lambda f: (
            f'<table class="post"><tr><td class="subject"><strong>{f.headline}</strong>'
            "</td></tr></table>"
        ),
        lambda f: f"<p>Posted by {f.author} on {long_date(f.published)}</p>",
        aside=lambda f: f"<h1>{f.kicker}</h1>",
    ),
    Family(
        "a section's h1 (no link), the headline in a font in a div, <title> Headline / Site",
        lambda f: (
            f"<title>{f.headline} / {f.site}</title>"
            f'<meta property="og:title" content="{f.headline}">'
        ),
        lambda f: f'<div align="center"><font size="5"><b>{f.headline}</b></font></div>',
        lambda f: f"<p>{long_date(f.published)} | By {f.author}</p>",
        aside=lambda f: f"<h1>{f.kicker}</h1>",
    ),
    Family(
        "a body with a related list and a figure between paragraphs",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: by(f) + f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>',
        body=lambda f, ps: _boxed(f, ps, _related(f) + _figure(f)),
    ),
    Family(
        "a body with a table and a sign-up box between paragraphs",
        lambda f: (
            f"<title>{f.headline} - {f.site}</title>"
            + ld("NewsArticle", headline=f.headline, datePublished=iso(f.published))
        ),
        lambda f: f'<h1 class="article-headline">{f.headline}</h1>',
        lambda f: by(f),
        body=lambda f, ps: _boxed(f, ps, _table(f) + _signup(f)),
    ),
]
