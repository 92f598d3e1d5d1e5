"""Template families of bench/html_generated.py written in session 29 as sites build their
pages, scored before any rule was written from them (in pairs of one shape spelled two
ways, one of each pair held out): the article in a ``<main>`` beside a sidebar of dated
teasers; an ``<h1>`` naming the section over an ``<h2>`` headline; JSON-LD in one
``@graph`` whose author is a reference; the publication only in a script of the app's
state; times in several zones, the data's in UTC on another day than the one shown; AMP
pages with ads and a social og:title; live pages of timed updates; an article in
``<section>``s with ads and a credit line between; authors only in ``rel="author"`` links
or in a list. Pages carry what real copies do around the thing read: share lines,
captions, odd spacing. All text is invented.
"""

from __future__ import annotations

import datetime as dt
import json

from html_family import Facts, Family, Part, by, day_month, iso, long_date

SHARE = '<div class="share"><a href="#">Share</a> <a href="#">Save</a> <a href="#">Print</a></div>'


def _slug(text: str) -> str:
    return "-".join(text.lower().split())


def _json(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _story(f: Facts, kind: str = "NewsArticle", **fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": kind, "headline": f.headline}
    return _json({**data, **fields})


def _short(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b} {day.year}"


def _teasers(f: Facts, tag: str, shown: str) -> str:
    """Four other stories, each with the day it ran as text (no machine-readable date)."""
    items = []
    for k in range(4):
        day = f.other_day - dt.timedelta(days=2 * k)
        when = long_date(day) if shown == "long" else f"{day.day:02d}.{day.month:02d}.{day.year}"
        items.append(
            f'<div class="teaser"><a href="/s/{k + 7}"><img src="/t{k}.jpg" alt=""></a>'
            f'<h3><a href="/s/{k + 7}">{f.other} {k + 1}</a></h3>'
            f'<span class="teaser-date">{when}</span></div>'
        )
    return f'<{tag} class="sidebar"><h2>Latest</h2>{"".join(items)}</{tag}>'


def _graph(f: Facts, **article: object) -> str:
    person = {"@type": "Person", "@id": f"https://news.example/#/person/{_slug(f.author)}"}
    graph = [
        {"@type": "Organization", "@id": "https://news.example/#org", "name": f.site},
        {"@type": "WebSite", "@id": "https://news.example/#site", "name": f.site},
        {
            "@type": "WebPage",
            "@id": "https://news.example/s/1",
            "name": f"{f.headline} - {f.site}",
            "dateModified": iso(f.updated),
        },
        {**person, "name": f.author, "url": f"https://news.example/author/{_slug(f.author)}"},
        {
            "@type": "NewsArticle",
            "isPartOf": {"@id": "https://news.example/s/1"},
            "headline": f.headline,
            "author": {"@id": person["@id"]},
            "publisher": {"@id": "https://news.example/#org"},
            **article,
        },
    ]
    return _json({"@context": "https://schema.org", "@graph": graph})


def _stamp(day: dt.date, hour: int, minute: int, zone: str) -> str:
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{zone}"


def _zoned(
    meta: str,
    shift: int,
    utc: tuple[int, int],
    local: tuple[int, int, str],
    kind: str = "NewsArticle",
) -> Part:
    """A head whose meta gives the publication in UTC, ``shift`` days from the day the
    JSON-LD gives in the local zone."""

    def head(f: Facts) -> str:
        day = f.published + dt.timedelta(days=shift)
        data = _story(f, kind, datePublished=_stamp(f.published, *local))
        title = f"<title>{f.headline} | {f.site}</title>"
        return f'{title}<meta {meta} content="{_stamp(day, *utc, "Z")}">{data}'

    return head


def _ads(f: Facts, paragraphs: list[str], between: str) -> str:
    parts = [paragraphs[k : k + 2] for k in range(0, len(paragraphs), 2)]
    sections = [f'<section class="article-body">{"".join(p)}</section>' for p in parts]
    return between.join(sections)


def _rel(name: str) -> str:
    return f'<a rel="author" href="/author/{_slug(name)}">{name}</a>'


def _live(f: Facts, paragraphs: list[str], clock: str) -> str:
    """Updates newest first, from the update's day back to the publication's."""
    span = (f.updated - f.published).days
    items = []
    for k, text in enumerate(paragraphs):
        day = f.updated - dt.timedelta(days=span * k // max(1, len(paragraphs) - 1))
        hour = 20 - k
        when = (
            f'<time datetime="{iso(day, hour)}">{hour}:40</time>'
            if clock == "time"
            else f'<p class="update-time">{_short(day)} {hour:02d}.40 GMT</p>'
        )
        items.append(
            f'<div class="live-update" id="u{k}">{when}<h3>Update {k + 1}</h3>{text}</div>'
        )
    return "".join(items)


BUILT = [
    Family(
        "in <main> beside a sidebar of teasers dated in text, the date in a Published span",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 class="article-title">{f.headline}</h1>',
        lambda f: (
            f'<div class="byline">By <b>{f.author}</b></div>{SHARE}'
            f'<span class="pub">Published&nbsp;{day_month(f.published)}</span>'
            '<figure><img src="/p.jpg"><figcaption>The quay at dusk. Photo: Staff</figcaption>'
            "</figure>"
        ),
        aside=lambda f: _teasers(f, "aside", "long"),
    ),
    Family(
        "in <main> beside a rail of teasers dated day.month.year, the date a long line",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f"<h1>\n  {f.headline}\n</h1>",
        lambda f: (
            f'<div class="meta"><span class="author">{f.author}</span>\n'
            f'<span class="date">{_short(f.published)}, 09:40</span></div>{SHARE}'
        ),
        aside=lambda f: _teasers(f, "section", "dots"),
    ),
    Family(
        "an h1 naming the section, the headline an h2, title headline then section",
        lambda f: f"<title>{f.headline} | {f.kicker} | {f.site}</title>",
        lambda f: (
            f'<h1 class="section-name"><a href="/k">{f.kicker}</a></h1>'
            f'<h2 class="headline">{f.headline}</h2>'
        ),
        lambda f: by(f) + f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>',
    ),
    Family(
        "an h1 category in the article's header, an h2 headline, title the section, og:title",
        lambda f: (
            f'<title>{f.kicker} - {f.site}</title><meta property="og:title" content="{f.headline}">'
        ),
        lambda f: (
            f'<header><h1 class="category">{f.kicker}</h1></header>'
            f'<h2 class="entry-title">{f.headline}</h2>'
            f'<p class="standfirst">What happens next for {f.kicker.lower()}.</p>'
        ),
        lambda f: f'<p class="meta">{f.author} &middot; {day_month(f.published)}</p>',
    ),
    Family(
        "JSON-LD one @graph, the author a reference to a Person node, By shown",
        lambda f: (
            f"<title>{f.headline} - {f.site}</title>"
            + _graph(f, datePublished=iso(f.published), dateModified=iso(f.updated))
        ),
        lambda f: f'<h1 class="entry-title">{f.headline}</h1>',
        lambda f: by(f) + SHARE,
    ),
    Family(
        "JSON-LD one @graph, no byline shown, only an Updated line",
        lambda f: (
            f"<title>{f.headline} &#8211; {f.site}</title>"
            + _graph(f, datePublished=iso(f.published, 7), dateModified=iso(f.updated))
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: f'<p class="updated">Updated {long_date(f.updated)}</p>',
    ),
    Family(
        "the publication only in a preloaded-state script, a relative time shown",
        lambda f: (
            f"<title>{f.headline} | {f.site}</title><script>window.__PRELOADED_STATE__ = "
            + json.dumps(
                {
                    "user": {"loggedIn": False},
                    "article": {
                        "id": 4411,
                        "headline": f.headline,
                        "datePublished": iso(f.published),
                        "dateModified": iso(f.updated),
                    },
                }
            )
            + ";</script>"
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: by(f) + '<span class="ago">2 days ago</span>',
    ),
    Family(
        "the publication only in a JSON app-data script, an Updated line shown",
        lambda f: (
            f"<title>{f.headline} - {f.site}</title>"
            '<script id="__APP_DATA__" type="application/json">'
            + json.dumps(
                {
                    "props": {
                        "page": {
                            "post": {
                                "title": f.headline,
                                "publishedAt": iso(f.published, 6),
                                "updatedAt": iso(f.updated),
                                "byline": f.author,
                            }
                        }
                    }
                }
            )
            + "</script>"
        ),
        lambda f: f'<h1 class="post-title">{f.headline}</h1>',
        lambda f: by(f) + f'<p class="updated">Updated {long_date(f.updated)}</p>',
    ),
    Family(
        "times in zones: data at -05:00, a meta in UTC on the next day, shown with EST",
        _zoned('property="article:published_time"', 1, (4, 20), (23, 20, "-05:00")),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: by(f) + f'<p class="timestamp">11:20 PM EST, {_short(f.published)}</p>',
    ),
    Family(
        "times in zones: data at +09:00, a meta in UTC on the day before, shown with JST",
        _zoned('name="pubdate"', -1, (16, 10), (1, 10, "+09:00"), "Article"),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: by(f) + f'<div class="date">{day_month(f.published)} 01:10 JST</div>',
    ),
    Family(
        "AMP: amp-ads between paragraphs, a social og:title, the date in an amp meta div",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><link rel="canonical" href="/s/1">'
            f'<meta property="og:title" content="Why {f.headline.split()[0]} matters now">'
            "<style amp-custom>h1{font-size:2em}</style>"
            '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        ),
        lambda f: f'<h1 class="amp-title">{f.headline}</h1>',
        lambda f: (
            f'<div class="amp-byline">By {f.author}</div>'
            f'<div class="amp-meta">{long_date(f.published)}</div>'
            '<amp-img src="/p.jpg" width="600" height="400" layout="responsive"></amp-img>'
        ),
        root=" amp",
        body=lambda f, ps: '<amp-ad type="doubleclick" width="300" height="250"></amp-ad>'.join(ps),
    ),
    Family(
        "AMP with a sidebar menu before the header, JSON-LD, twitter:title of other words",
        lambda f: (
            f'<title>{f.headline} - {f.site}</title><meta name="twitter:title" '
            f'content="{f.kicker}: the {f.headline.split()[-1]} question">'
            + _story(f, datePublished=iso(f.published), author={"name": f.author})
        ),
        lambda f: f'<h1 class="headline">{f.headline}</h1>',
        lambda f: by(f) + f"<p>{day_month(f.published)}</p>",
        top=lambda f: (
            '<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li>'
            f'<li><a href="/k">{f.kicker}</a></li></ul></amp-sidebar>'
        ),
        body=lambda f, ps: '<div class="ad"><amp-ad type="x"></amp-ad>Advertisement</div>'.join(ps),
        root=' \u26a1 lang="en"',
    ),
    Family(
        "a live page: LiveBlogPosting data, a Live label, timed updates newest first",
        lambda f: (
            f"<title>{f.headline} – live | {f.site}</title>"
            + _story(
                f,
                "LiveBlogPosting",
                coverageStartTime=iso(f.published, 7),
                datePublished=iso(f.published, 7),
                dateModified=iso(f.updated, 20),
            )
        ),
        lambda f: f'<div class="live-label">Live</div><h1>{f.headline}</h1>',
        lambda f: by(f) + f'<p class="last-updated">Last updated {long_date(f.updated)}</p>',
        body=lambda f, ps: _live(f, ps, "time"),
    ),
    Family(
        "a live page without data: a LIVE badge, the start under the byline, dated updates",
        lambda f: f"<title>{f.headline} - as it happened | {f.site}</title>",
        lambda f: (
            f'<header class="live-header"><span class="badge">LIVE</span>'
            f"<h1>{f.headline}</h1></header>"
        ),
        lambda f: (
            f'<p class="meta">{f.author}</p><p class="meta">{_short(f.published)} 07.40 GMT</p>'
        ),
        body=lambda f, ps: _live(f, ps, "text"),
    ),
    Family(
        "the article in sections with ads between, the credit line at the end",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 class="story-headline">{f.headline}</h1>',
        lambda f: f'<div class="dateline">{day_month(f.published)} &middot; 3 min read</div>',
        body=lambda f, ps: (
            _ads(f, ps, '<div class="ad-slot"><span>Advertisement</span></div>')
            + f'<p class="article-credit">Reporting by {f.author}; Editing by {f.coauthor}</p>'
        ),
    ),
    Family(
        "the article in sections with a dated read-more box between, the byline an address",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<address class="author">By {f.author}</address>'
            f'<p class="timestamp">Published {long_date(f.published)} at 9:40 a.m.</p>'
        ),
        body=lambda f, ps: _ads(
            f,
            ps,
            f'<aside class="read-more">Read more: <a href="/s/5">{f.other}</a> <time datetime='
            f'"{iso(f.other_day)}">{long_date(f.other_day)}</time></aside>',
        ),
    ),
    Family(
        "the author only in a rel=author link beside the date, no By",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<div class="entry-meta">{_rel(f.author)} <span class="sep">|</span> '
            f"<span>{long_date(f.published)}</span></div>{SHARE}"
        ),
    ),
    Family(
        "two rel=author links after Words:, a photographer credited after them",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f'<h1 class="title">{f.headline}</h1>',
        lambda f: (
            f'<p class="credits">Words: {_rel(f.author)}, {_rel(f.coauthor)} / Photos: '
            f'{f.third}</p><p class="date">{day_month(f.published)}</p>'
        ),
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "authors in a ul.authors of links, a <time> after",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            '<ul class="authors">'
            + "".join(
                f'<li><a href="/author/{_slug(n)}">{n}</a></li>' for n in (f.author, f.coauthor)
            )
            + f'</ul><time datetime="{iso(f.published)}">{long_date(f.published)}</time>'
        ),
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "authors in a list of cards with a portrait, a name and a role, the date a line",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f'<h1 class="headline">{f.headline}</h1>',
        lambda f: (
            '<ul class="article-authors">'
            + "".join(
                f'<li class="author-card"><img src="/a.jpg" alt="Portrait of {n}">'
                f'<span class="name">{n}</span><span class="role">{role}</span></li>'
                for n, role in ((f.author, "Transport Editor"), (f.coauthor, "Reporter"))
            )
            + f'</ul><p class="published">{long_date(f.published)}</p>'
        ),
        authors=lambda f: [f.author, f.coauthor],
    ),
]
