"""Template families of bench/html_generated.py written in session 36 from how content
systems emit who wrote an article and when, scored with main's code before any rule was
written from them, in pairs of one assumption spelled two ways; the first of each pair is
held out. The assumptions:

- a CMS keeps each author as a record with a page of their own, and the theme renders the
  byline from it as a link to that page, whose address ends in the name's slug under a
  path for people ("/author/ann-lee/", "/staff/ann-lee", "/people/ann-lee"); the box
  round it has whatever class the theme gives ("entry-meta", "post-info"), often no "By";
- a theme built from components marks its parts with data attributes (``data-testid``,
  ``data-qa``, ``data-component``), not with classes: the author's name in a span so
  marked, no "By";
- an author's display name is free text: the data's author carries the role or desk after
  a comma or a dash ("Ann Lee, Sports Correspondent"), as the shown byline does;
- the author meta is set once for the whole publication (the company, the group), the
  byline once per article: the meta names an organisation the page does not show;
- a page built by script keeps the article's record in a data script (``__NEXT_DATA__``, a
  ``window.__STATE__``) beside other stories' records: the author only there, the byline
  rendered by script and absent from the saved markup;
- the data holds the CMS's primary author alone while the byline shows every author,
  joined by a word other than "and" ("with") or set in elements of their own;
- a date is kept as the element's data for the script that prints it ("3d ago" over
  ``data-timestamp``), or as the byline box's data attribute with no date shown.

Pages carry what real copies do around the thing read. All text is invented.
"""

from __future__ import annotations

import datetime as dt
import json

from html_family import Facts, Family, by, iso, ld, long_date


def _slug(text: str) -> str:
    return "-".join(text.lower().split())


def _title(f: Facts) -> str:
    return f"<title>{f.headline} | {f.site}</title>"


def _time(f: Facts) -> str:
    return f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>'


def _epoch(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, 9, 40, tzinfo=dt.UTC).timestamp())


def _person_ld(f: Facts, *names: str) -> str:
    people = [{"@type": "Person", "name": n} for n in names]
    return ld(
        "NewsArticle",
        headline=f.headline,
        datePublished=iso(f.published),
        author=people if len(people) > 1 else people[0],  # type: ignore[arg-type]
    )


def _next_data(f: Facts) -> str:
    story = {
        "id": 48213,
        "title": f.headline,
        "slug": _slug(f.headline),
        "authors": [{"name": f.author, "slug": _slug(f.author)}],
        "publishedAt": iso(f.published),
    }
    related = [{"title": f.other, "authors": [{"name": f.third}], "publishedAt": iso(f.other_day)}]
    data = {"props": {"pageProps": {"story": story, "related": related}}, "page": "/[slug]"}
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'


def _state(f: Facts) -> str:
    article = {
        "headline": f.headline,
        "byline": [{"displayName": f.author}, {"displayName": f.coauthor}],
        "datePublished": iso(f.published),
    }
    latest = [{"headline": f.other, "byline": [{"displayName": f.third}]}]
    data = {"article": article, "latest": latest, "user": {"loggedIn": False}}
    return f"<script>window.__INITIAL_STATE__ = {json.dumps(data)};</script>"


AUTHORED = [
    Family(
        "two author links to /author/ pages in an entry-meta box, no By, no byline class",
        _title,
        lambda f: f'<h1 class="entry-title">{f.headline}</h1>',
        lambda f: (
            f'<div class="entry-meta"><a href="/author/{_slug(f.author)}/">{f.author}</a>, '
            f'<a href="/author/{_slug(f.coauthor)}/">{f.coauthor}</a></div>' + _time(f)
        ),
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "two links to /staff/ pages joined by 'and' in a post-info line with the date",
        _title,
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<p class="post-info"><a href="/staff/{_slug(f.author)}">{f.author}</a> and '
            f'<a href="/staff/{_slug(f.coauthor)}">{f.coauthor}</a> · '
            f"{long_date(f.published)}</p>"
        ),
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "the name in a span with data-testid, its role in another, no By",
        _title,
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            '<div data-component="article-credit"><span data-testid="credit-name">'
            f'{f.author}</span><span data-testid="credit-role">Health Reporter</span></div>'
            + _time(f)
        ),
    ),
    Family(
        "two names in spans with data-qa, 'and' between, classes of a CSS build",
        _title,
        lambda f: f'<h1 class="css-1q2w3e">{f.headline}</h1>',
        lambda f: (
            f'<div class="css-7h8j9k"><span data-qa="contributor">{f.author}</span> '
            f'<span class="css-0p9o8i">and</span> <span data-qa="contributor">{f.coauthor}'
            f'</span></div><div class="css-5t6y7u">{long_date(f.published)}</div>'
        ),
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "JSON-LD author 'Name, Sports Correspondent', the same By line shown",
        lambda f: _title(f) + _person_ld(f, f"{f.author}, Sports Correspondent"),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: f'<p class="byline">By {f.author}, Sports Correspondent</p>',
    ),
    Family(
        "JSON-LD authors 'Name - Role' for two, no byline shown",
        lambda f: (
            _title(f)
            + _person_ld(f, f"{f.author} - Health Editor", f"{f.coauthor} - Data Reporter")
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: _time(f),
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "a company in <meta name=author>, the reporter in the shown By line",
        lambda f: (
            _title(f) + '<meta name="author" content="Harbour Media Group Ltd">'
            f'<meta property="article:published_time" content="{iso(f.published)}">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: f'<div class="story-byline">By {f.author}</div>',
    ),
    Family(
        "a publisher in parsely-author, two reporters in the shown By line",
        lambda f: (
            _title(f) + '<meta name="parsely-author" content="Valley Publishing Co.">'
            f'<meta property="article:published_time" content="{iso(f.published)}">'
        ),
        lambda f: f'<h1 class="headline">{f.headline}</h1>',
        lambda f: f'<p class="byline">By {f.author} and {f.coauthor}</p>',
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "the author only in __NEXT_DATA__'s story record, beside a related story's",
        lambda f: _title(f) + f'<meta property="og:title" content="{f.headline}">',
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: _time(f),
        body=lambda f, ps: "".join(ps) + _next_data(f),
    ),
    Family(
        "two authors only in window.__INITIAL_STATE__'s article, beside the latest's",
        lambda f: _title(f) + _state(f),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: _time(f),
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "JSON-LD names the first author, the By line shows both with 'with'",
        lambda f: _title(f) + _person_ld(f, f.author),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: f'<p class="byline">By {f.author} with {f.coauthor}</p>',
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "JSON-LD names the first author, the By box sets each name in a span of its own",
        lambda f: _title(f) + _person_ld(f, f.author),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<div class="byline">By <span class="byline__name">{f.author}</span>'
            f'<span class="byline__name">{f.coauthor}</span></div>'
        ),
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "the date only as data-timestamp (epoch seconds) under a '3d ago' text",
        _title,
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            by(f) + f'<span class="timestamp" data-timestamp="{_epoch(f.published)}">3d</span>'
        ),
    ),
    Family(
        "the date only as the byline box's data-published attribute, none shown",
        _title,
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<div class="article-info" data-published="{iso(f.published)}" '
            f'data-section="news">By {f.author}</div>'
        ),
    ),
]
