"""Template families of bench/html_generated.py written in session 27 from marks the 45
earlier families lack, scored before any rule was written from them: the date only in a
``<time>`` without ``datetime`` inside the byline, in JSON-LD after an ``ItemList`` of
other stories' dates, in a ``@graph`` whose article names its author by ``@id``, in an
AMP page's ``<amp-timeago>``, in the address as a month's name or as eight digits, in
``sailthru.date``; the headline in an ``h2`` under an ``h1`` that is the section, or only
in a ``parsely-page`` JSON ``<meta>``; the authors only in ``rel="author"`` links side by
side, in ``parsely-author`` metas, or in an agency credit ("Reporting by …; Editing by
…") shown or in ``<meta name="author">``. All text is invented.
"""

from __future__ import annotations

import datetime as dt
import json

from html_family import Facts, Family, day_month, iso, long_date

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _slug(text: str) -> str:
    return "-".join(text.lower().split())


def _script(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _item_list(f: Facts) -> str:
    """An ItemList of two other stories with their own dates, then the article's own."""
    items = [
        {
            "@type": "ListItem",
            "position": k + 1,
            "item": {
                "@type": "NewsArticle",
                "headline": f"{f.other} {k + 1}",
                "datePublished": iso(f.other_day - dt.timedelta(days=k)),
                "url": f"https://news.example/s/{k + 7}",
            },
        }
        for k in range(2)
    ]
    story = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": f.headline,
        "datePublished": iso(f.published),
        "author": {"@type": "Person", "name": f.author},
    }
    listing = {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": items}
    return _script(listing) + _script(story)


def _person_graph(f: Facts) -> str:
    """A @graph whose article names its author by @id, the Person a node of its own."""
    page = f"https://news.example/{_slug(f.headline)}/"
    person = "https://news.example/#/schema/person/4f2a"
    nodes = [
        {"@type": "WebSite", "@id": "https://news.example/#website", "name": f.site},
        {"@type": "WebPage", "@id": page, "name": f.headline, "dateModified": iso(f.updated)},
        {
            "@type": "Article",
            "@id": page + "#article",
            "headline": f.headline,
            "author": {"@id": person},
            "datePublished": iso(f.published),
            "dateModified": iso(f.updated),
        },
        {"@type": "Person", "@id": person, "name": f.author},
    ]
    return _script({"@context": "https://schema.org", "@graph": nodes})


def _amp_head(f: Facts) -> str:
    return (
        f"<title>{f.headline} - {f.site}</title>"
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        "<style amp-boilerplate>body{visibility:hidden}</style>"
        f'<link rel="canonical" href="https://news.example/{_slug(f.headline)}/">'
    )


def _amp_analytics(f: Facts) -> str:
    config = {"vars": {"account": "UA-1"}, "triggers": {"view": {"on": "visible"}}}
    script = f'<script type="application/json">{json.dumps(config)}</script>'
    return f'<amp-analytics type="gtag">{script}</amp-analytics>'


def _parsely_page(f: Facts) -> str:
    data = {
        "title": f.headline,
        "link": f"https://news.example/{_slug(f.headline)}",
        "type": "post",
        "author": f.author,
        "pub_date": f"{f.published.isoformat()}T09:40:00Z",
        "section": f.kicker,
    }
    return f"<meta name='parsely-page' content='{json.dumps(data)}'>"


MARKS = [
    Family(
        "date only in a <time> without datetime inside the byline",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<div class="byline">By <span class="author">{f.author}</span> '
            f"<time>{long_date(f.published)}</time></div>"
        ),
    ),
    Family(
        "the article's JSON-LD after an ItemList of other stories' dates, no date shown",
        lambda f: (
            f'<title>{f.site}</title><meta property="og:title" content="{f.headline}">'
            + _item_list(f)
        ),
        lambda f: f'<h1 class="story__title">{f.headline}</h1>',
        lambda f: f'<div class="story__byline">By {f.author}</div>',
    ),
    Family(
        "@graph article naming its author by @id, only the update shown",
        lambda f: f"<title>{f.headline} | {f.site}</title>" + _person_graph(f),
        lambda f: f'<h1 class="entry-title">{f.headline}</h1>',
        lambda f: f'<div class="entry-meta">Updated {long_date(f.updated)}</div>',
    ),
    Family(
        "h1 the section's name, the headline an h2, title the section and the site",
        lambda f: f"<title>{f.kicker} | {f.site}</title>",
        lambda f: (
            f'<h1 class="section-title"><a href="/{_slug(f.kicker)}">{f.kicker}</a></h1>'
            f'<h2 class="article-title">{f.headline}</h2>'
        ),
        lambda f: (
            f'<p class="byline">By {f.author}</p>'
            f'<time datetime="{f.published.isoformat()}">{long_date(f.published)}</time>'
        ),
    ),
    Family(
        "AMP page, the date in <amp-timeago> showing a time ago",
        _amp_head,
        lambda f: f'<h1 class="amp-title">{f.headline}</h1>',
        lambda f: (
            f'<div class="amp-byline"><amp-img src="/p.jpg" width="40" height="40" alt="">'
            f'</amp-img><span class="author">{f.author}</span></div><amp-timeago '
            f'datetime="{iso(f.published)}" layout="fixed" width="160" height="20">'
            f"{(f.updated - f.published).days + 2} days ago</amp-timeago>"
        ),
        top=_amp_analytics,
    ),
    Family(
        "authors only in rel=author links side by side, a day-first date in a div",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<div class="contributors"><a rel="author" href="/people/{_slug(f.author)}">'
            f'<img src="/a.jpg" alt="">{f.author}</a><a rel="author" href="/people/'
            f'{_slug(f.coauthor)}"><img src="/b.jpg" alt="">{f.coauthor}</a></div>'
            f'<div class="published">{day_month(f.published)}</div>'
        ),
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "headline, date and author only in a parsely-page meta, the headline shown in a div",
        lambda f: f"<title>{f.site}</title>" + _parsely_page(f),
        lambda f: f'<div class="headline">{f.headline}</div>',
        lambda f: '<div class="share">Share this story</div>',
    ),
    Family(
        "authors in parsely-author metas, the date in sailthru.date, neither shown",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><meta name="parsely-author" content='
            f'"{f.author}"><meta name="parsely-author" content="{f.coauthor}">'
            f'<meta name="sailthru.date" content="{f.published.isoformat()} 09:40:00">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: '<div class="share">Share this story</div>',
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "date only in the address, the month as its name",
        lambda f: (
            f"<title>{f.headline} | {f.site}</title>"
            f'<link rel="canonical" href="https://news.example/{_slug(f.kicker)}/'
            f"{f.published.year}/{_MONTHS[f.published.month - 1]}/{f.published.day:02d}/"
            f'{_slug(f.headline)}">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: f'<p class="byline">By {f.author}</p>',
    ),
    Family(
        "date only in the address as eight digits",
        lambda f: (
            f"<title>{f.headline} | {f.site}</title>"
            f'<link rel="canonical" href="https://news.example/news/{f.published:%Y%m%d}/'
            f'{_slug(f.headline)}.html">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: f'<p class="byline">By {f.author}</p>',
    ),
    Family(
        "an agency credit shown under the headline: reporting by two, editing by one",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<p class="credits">Reporting by {f.author} and {f.coauthor}; Editing by '
            f'{f.third}</p><time datetime="{iso(f.published)}">{long_date(f.published)}</time>'
        ),
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "an agency credit in meta name=author: reporting by one, editing by another",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><meta name="author" content="Reporting by '
            f'{f.author}; Editing by {f.coauthor}"><meta property="article:published_time" '
            f'content="{iso(f.published)}">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: '<div class="share">Share this story</div>',
    ),
]
