"""Template families of bench/html_generated.py written in session 24, scored before any
rule was written from them: the headline only in an element whose role says it is a
heading, in an ``h2`` under a plain ``h1`` banner, or in the second of two articles on one
page (the address names it); the date only in a "time ago" text with the date in its
``title``, in a ``<meta>`` of one more name, in a JSON-LD ``@graph`` as epoch seconds or
with a time zone; a byline that is a ``rel="author"`` link, several authors in ``<meta
name="author">``; a cookie notice, dated, before the page; a display headline beside an
SEO title in other words. All text is invented.
"""

from __future__ import annotations

import datetime as dt
import json

from html_family import Facts, Family, by, iso, long_date

# Names a page's <meta> may give its publication date under (one a page, by its day).
_DATE_NAMES = (
    'name="DC.date.issued"',
    'name="date"',
    'name="pubdate"',
    'name="sailthru.date"',
    'name="parsely-pub-date"',
    'name="publish-date"',
    'itemprop="datePublished"',
    'property="og:article:published_time"',
    'name="dcterms.date"',
    'name="article.published"',
)
_JOINS = (", ", " and ", "; ", " & ")  # between the names of <meta name="author">


def _slug(text: str) -> str:
    return "-".join(text.lower().split())


def _meta_date(f: Facts) -> str:
    name = _DATE_NAMES[f.published.day % len(_DATE_NAMES)]
    value = iso(f.published) if f.published.day % 2 else f"{f.published.isoformat()} 09:40:00"
    return f'<meta {name} content="{value}">'


def _epoch_graph(f: Facts) -> str:
    """A JSON-LD @graph whose article states its dates as epoch seconds (noon, UTC) on odd
    days, as a late local time with its offset on even ones (the calendar date as written)."""
    noon = dt.datetime.combine(f.published, dt.time(12), dt.UTC)
    published: int | str = int(noon.timestamp())
    if f.published.day % 2 == 0:
        published = f"{f.published.isoformat()}T23:10:00-05:00"
    nodes = [
        {"@type": "WebSite", "@id": "#site", "name": f.site, "url": "https://news.example/"},
        {"@type": "WebPage", "@id": "#page", "name": f.headline, "isPartOf": {"@id": "#site"}},
        {
            "@type": "NewsArticle",
            "headline": f.headline,
            "datePublished": published,
            "dateModified": f"{f.updated.isoformat()}T08:00:00+02:00",
            "author": {"@type": "Person", "name": f.author},
        },
    ]
    data = {"@context": "https://schema.org", "@graph": nodes}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _two_articles(f: Facts) -> str:
    """Another article, dated, before the one the address names (a page that scrolls on
    to the next story; this one came first)."""
    return (
        f'<h1><a href="https://news.example/story/{_slug(f.other)}">{f.other}</a></h1>'
        f'<p class="byline">By {f.coauthor}</p><time datetime="{iso(f.other_day)}">'
        f"{long_date(f.other_day)}</time><p>{f.other} was the talk of the quay for a week, "
        f"and {f.coauthor} heard every side of it before the ferry left.</p></article>"
        f'<article><h1><a href="https://news.example/story/{_slug(f.headline)}">{f.headline}'
        "</a></h1>"
    )


def _cookies(f: Facts) -> str:
    return (
        f'<div id="consent" class="cookie-banner"><h2>We value your privacy</h2><p>{f.site} '
        "and our partners store and read cookies on your device to measure the audience, "
        "show you ads and content that fit what you read, and keep the site working. You can "
        "change your choices at any time from the link at the foot of every page.</p>"
        f"<p>Privacy notice last updated {long_date(f.updated)}</p>"
        "<button>Accept all</button><button>Manage choices</button></div>"
    )


UNSEEN = [
    Family(
        "headline in a div with role heading, title the site",
        lambda f: f"<title>{f.site}</title>",
        lambda f: f'<div role="heading" aria-level="1" class="t1">{f.headline}</div>',
        lambda f: by(f) + f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>',
    ),
    Family(
        "plain h1 banner of the site, h2 headline, title headline - site",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f'<h2 class="story-title">{f.headline}</h2>',
        lambda f: by(f) + f'<p class="published">{long_date(f.published)}</p>',
        lambda f: f'<h1 class="banner">{f.site}</h1>',
    ),
    Family(
        "two articles, the second the canonical address's",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><link rel="canonical" '
            f'href="https://news.example/story/{_slug(f.headline)}">'
        ),
        _two_articles,
        lambda f: by(f) + f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>',
    ),
    Family(
        "time ago with the date in its title attribute",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 class="headline">{f.headline}</h1>',
        lambda f: (
            by(f) + f'<span class="ago" title="{long_date(f.published)} 9:40 AM">5 days ago</span>'
        ),
    ),
    Family(
        "date only in a meta of another name, an updated line shown",
        lambda f: f"<title>{f.headline} | {f.site}</title>{_meta_date(f)}",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: by(f) + f'<p class="meta">Updated {long_date(f.updated)}</p>',
    ),
    Family(
        "JSON-LD @graph, epoch seconds or a time zone",
        lambda f: f"<title>{f.site}</title>" + _epoch_graph(f),
        lambda f: f'<h1 class="entry">{f.headline}</h1>',
        by,
    ),
    Family(
        "byline a rel=author link, date after it",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<div class="meta"><a rel="author" href="/authors/{_slug(f.author)}">{f.author}</a>'
            f' <span class="when">{long_date(f.published)}</span></div>'
        ),
    ),
    Family(
        "several authors in meta name=author only",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><meta name="author" content="{f.author}'
            f'{_JOINS[f.published.day % len(_JOINS)]}{f.coauthor}">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>',
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "a dated cookie notice before the page",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 class="article-title">{f.headline}</h1>',
        lambda f: by(f) + f"<p>Published {long_date(f.published)}</p>",
        top=_cookies,
    ),
    Family(
        "display headline, SEO og:title and title in other words",
        lambda f: (
            f"<title>{f.kicker}: what the {f.site} vote means | {f.site}</title>"
            f'<meta property="og:title" content="{f.kicker}: what the {f.site} vote means">'
        ),
        lambda f: f'<h1 class="display">{f.headline}</h1>',
        lambda f: by(f) + f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>',
    ),
]
