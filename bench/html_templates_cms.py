"""Template families of bench/html_generated.py written in session 26 from how content
systems mark up an article, scored before any rule was written from them: the headline
only in og:title with the site's name after it, in an ``h1`` with its kicker in a span
inside (no break), only in JSON-LD (the page's ``h1`` is its section), or in the second of
two ``h1``s (a logo with its tagline first); the date in JSON-LD nested in the page's
``mainEntity`` with the modification first, in ``<time datetime>`` beside today's
``<time>`` in the masthead, in ``article:published_time`` at a late local hour after
``article:modified_time``, only in visible text in agency abbreviations ("Sept. 4,
2024"), only in ``og:url``'s path among links to other dated paths; authors in JSON-LD
arrays of Person objects or of strings, an Organization beside a shown byline,
``rel="author"`` links, ``<meta name="author">`` holding the site's name, a "By" div of
links, three names. All text is invented.
"""

from __future__ import annotations

import datetime as dt
import json

from html_family import Facts, Family, iso, long_date

# Agency style: five letters or fewer spelled out, the others cut with a dot.
_AGENCY = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]


def _agency(day: dt.date) -> str:
    return f"{_AGENCY[day.month - 1]} {day.day}, {day.year}"


def _slug(text: str) -> str:
    return "-".join(text.lower().split())


def _script(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _people(*names: str) -> list[dict[str, str]]:
    return [{"@type": "Person", "name": n, "url": f"/people/{_slug(n)}"} for n in names]


def _main_entity(f: Facts) -> str:
    """A WebPage whose mainEntity is the article, the modification stated first, the
    authors an array of Person objects."""
    story = {
        "@type": "NewsArticle",
        "dateModified": iso(f.updated, 14),
        "datePublished": iso(f.published),
        "author": _people(f.author, f.coauthor),
        "publisher": {"@type": "Organization", "name": f.site},
    }
    return _script({"@context": "https://schema.org", "@type": "WebPage", "mainEntity": story})


def _ld_headline(f: Facts) -> str:
    """The headline stated in JSON-LD only, the authors as an array of strings."""
    return _script(
        {
            "@context": "http://schema.org",
            "@type": "Article",
            "headline": f.headline,
            "author": [f.author, f.coauthor],
            "datePublished": iso(f.published),
        }
    )


def _organization(f: Facts) -> str:
    return _script(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": f.headline,
            "author": {"@type": "Organization", "name": f.site, "url": "https://news.example/"},
        }
    )


def _late_meta(f: Facts) -> str:
    """article:modified_time first, then the published time at a late local hour (the
    calendar date as written is the one the page means)."""
    return (
        f'<meta property="article:modified_time" content="{f.updated.isoformat()}T10:05:00-07:00">'
        f'<meta property="article:published_time" content="{f.published.isoformat()}'
        'T22:30:00-07:00">'
    )


def _dated_links(f: Facts) -> str:
    """A strip of other stories whose addresses carry their own dates."""
    items = []
    for k, days in enumerate((-2, 5)):
        day = f.published + dt.timedelta(days=days)
        items.append(
            f'<li><a href="https://news.example/{day:%Y/%m/%d}/story-{k}/">More from '
            f"{f.kicker.lower()} {k + 1}</a></li>"
        )
    return f'<ul class="more">{"".join(items)}</ul>'


def _masthead_today(f: Facts) -> str:
    today = f.updated + dt.timedelta(days=3)
    return (
        f'<div class="logo"><a href="/">{f.site}</a></div>'
        f'<time class="today" datetime="{today.isoformat()}">{today:%A} {long_date(today)}</time>'
    )


def _link(name: str) -> str:
    return f'<a href="/people/{_slug(name)}">{name}</a>'


CMS = [
    Family(
        "og:title the headline and the site after a dot, shown in a p; JSON-LD mainEntity",
        lambda f: (
            f'<title>{f.site}</title><meta property="og:title" content="{f.headline} · '
            f'{f.site}">' + _main_entity(f)
        ),
        lambda f: f'<p class="story-headline">{f.headline}</p>',
        lambda f: f'<p class="updated">Updated {_agency(f.updated)}</p>',
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "h1 with its kicker in a span, today's <time> in the masthead, two rel=author links",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 class="headline"><span class="eyebrow">{f.kicker}</span> {f.headline}</h1>',
        lambda f: (
            f'<div class="authors"><a rel="author" href="/a/1">{f.author}</a> and '
            f'<a rel="author" href="/a/2">{f.coauthor}</a></div><time datetime='
            f'"{f.published.isoformat()}">{_agency(f.published)}</time>'
        ),
        masthead=_masthead_today,
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "headline in JSON-LD only, the h1 its section; meta times late, the site as meta author",
        lambda f: (
            f"<title>{f.kicker} - {f.site}</title>{_late_meta(f)}"
            f'<meta name="author" content="{f.site}">'
            + _script(
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": f.headline}
            )
        ),
        lambda f: f'<h1 class="section-name">{f.kicker}</h1>',
        lambda f: f'<div class="byline">By <span class="author">{f.author}</span></div>',
    ),
    Family(
        "a logo h1 with its tagline, the article's h1 after; date shown in agency style only",
        lambda f: f"<title>{f.site} – News from the coast</title>",
        lambda f: f'<h1 class="entry-title">{f.headline}</h1>',
        lambda f: (
            f'<div class="byline">By {_link(f.author)} and {_link(f.coauthor)}</div>'
            f'<div class="dateline">{_agency(f.published)} at 6:15 p.m.</div>'
        ),
        masthead=lambda f: (
            f'<h1 class="logo"><a href="/">{f.site}</a><small>News from the coast</small></h1>'
        ),
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "og:title with the site after a bar, shown in a hero span; the date in og:url only",
        lambda f: (
            f'<title>{f.site}</title><meta property="og:title" content="{f.headline} | '
            f'{f.site}"><meta property="og:url" content="https://news.example/'
            f'{f.published:%Y/%m/%d}/{_slug(f.headline)}/">'
        ),
        lambda f: f'<div class="hero"><span class="hero__title">{f.headline}</span></div>',
        lambda f: f'<div class="byline">By {_link(f.author)}</div>' + _dated_links(f),
    ),
    Family(
        "h1 with a kicker and colon in a span; three authors in a By line; <time> date only",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f'<h1><span class="flag">{f.kicker}:</span> {f.headline}</h1>',
        lambda f: (
            f'<p class="byline">By {f.author}, {f.coauthor} and {f.third}</p>'
            f'<time datetime="{f.published.isoformat()}">{_agency(f.published)}</time>'
        ),
        authors=lambda f: [f.author, f.coauthor, f.third],
    ),
    Family(
        "JSON-LD author an Organization, a By div of one link, the date in JSON-LD page",
        lambda f: f"<title>{f.headline} | {f.site}</title>" + _organization(f),
        lambda f: f'<h1 class="article__headline">{f.headline}</h1>',
        lambda f: (
            f'<div class="article__byline">By {_link(f.author)}</div>'
            + _script(
                {
                    "@context": "https://schema.org",
                    "@type": "WebPage",
                    "mainEntity": {"@type": "Article", "datePublished": f.published.isoformat()},
                }
            )
        ),
    ),
    Family(
        "JSON-LD strings as authors, headline only in it, the site's name the only h1",
        lambda f: f"<title>{f.site}</title>" + _ld_headline(f),
        lambda f: "",
        lambda f: f'<div class="meta">{_agency(f.published)}</div>',
        masthead=lambda f: f'<h1 class="site"><a href="/">{f.site}</a></h1>',
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "og:title with the site after a dash, h1 with a hidden suffix; meta author the site",
        lambda f: (
            f'<title>{f.headline} - {f.site}</title><meta property="og:title" content="'
            f'{f.headline} - {f.site}"><meta name="author" content="{f.site} Staff">'
            f'<meta property="article:published_time" content="{iso(f.published)}">'
        ),
        lambda f: (
            f'<h1 class="title">{f.headline}<span class="visually-hidden"> - {f.site}</span></h1>'
        ),
        lambda f: (
            f'<div class="byline">Written by <span class="name">{f.author}</span></div>'
            f'<p class="updated">Updated {_agency(f.updated)}</p>'
        ),
    ),
    Family(
        "two h1s, the site's in a share box under the byline; By links with a comma",
        lambda f: f"<title>{f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<div class="byline">By {_link(f.author)}, {_link(f.coauthor)}</div>'
            f'<span class="date">{_agency(f.published)}</span>'
            f'<div class="share"><h1 class="footer-logo">{f.site}</h1></div>'
        ),
        authors=lambda f: [f.author, f.coauthor],
    ),
]
