"""Template families of bench/html_generated.py written in session 28 from shapes the 57
earlier families lack, scored before any rule was written from them (written in pairs of
one shape in two spellings, so that the dev half tells a rule and the held-out half checks
it): dated ``<time>``s of a "most read" aside before the article whose own date is only in
visible text; several JSON-LD blocks (the site, a breadcrumb, an organisation's founding,
an image's upload, then the article); the modification alone marked up, the publication
only shown; the date and author in microdata on spans; bylines of links joined by "and";
an author ``<meta>`` holding a profile's address; an SEO og:title over an ``h1`` of other
words; a logo ``h1`` beside the headline's; pages with no date of their own (only their
comments', the related stories' and the footer's); a byline with a role, the date and a
reading time between separators. All text is invented.
"""

from __future__ import annotations

import datetime as dt
import json

from html_family import Facts, Family, by, day_month, iso, long_date


def _slug(text: str) -> str:
    return "-".join(text.lower().split())


def _script(*blocks: object) -> str:
    return "".join(f'<script type="application/ld+json">{json.dumps(b)}</script>' for b in blocks)


def _most_read(f: Facts, tag: str) -> str:
    """Three other stories, each with a machine-readable date of its own."""
    days = [f.other_day - dt.timedelta(days=k) for k in range(3)]
    items = "".join(
        f'<li><a href="/s/{k + 3}">{f.other} {k + 1}</a> <time datetime="'
        f'{iso(day)}">{long_date(day)}</time></li>'
        for k, day in enumerate(days)
    )
    return f'<{tag} class="most-read"><h2>Most read</h2><ol>{items}</ol></{tag}>'


def _site_blocks(f: Facts) -> list[object]:
    site = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": f.site,
        "url": "https://news.example/",
        "potentialAction": {"@type": "SearchAction", "target": "/search?q={q}"},
    }
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://news.example/"},
            {
                "@type": "ListItem",
                "position": 2,
                "name": f.kicker,
                "item": "https://news.example/k",
            },
        ],
    }
    return [site, crumbs]


def _organisation(f: Facts) -> list[object]:
    org = {
        "@context": "https://schema.org",
        "@type": "NewsMediaOrganization",
        "name": f.site,
        "foundingDate": f"{f.other_day.year - 40}-05-01",
        "logo": {"@type": "ImageObject", "url": "/logo.png"},
    }
    image = {
        "@context": "https://schema.org",
        "@type": "ImageObject",
        "contentUrl": "/photo.jpg",
        "uploadDate": iso(f.other_day),
        "caption": f.other,
    }
    return [org, image]


def _story(f: Facts, kind: str = "NewsArticle", **more: object) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": kind, "headline": f.headline, **more}


def _person(name: str) -> dict[str, str]:
    return {"@type": "Person", "name": name}


def _links(*names: str) -> list[str]:
    return [f'<a href="/people/{_slug(n)}">{n}</a>' for n in names]


def _seo(f: Facts) -> str:
    return f"What {f.kicker.lower()} readers should know about {f.headline.split()[0]}"


RANGE = [
    Family(
        "a most-read aside of <time>s in the header, the article's date only in a Published line",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: f'<p class="byline">By {f.author}</p><p>Published {day_month(f.published)}</p>',
        masthead=lambda f: (
            f'<div class="logo"><a href="/">{f.site}</a></div>' + _most_read(f, "aside")
        ),
    ),
    Family(
        "a most-read list of <time>s before the page, the date in a posted-on span",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f'<h1 class="post-title">{f.headline}</h1>',
        lambda f: (
            f'<div class="post-meta"><span class="author">{f.author}</span> '
            f'<span class="posted-on">Published: {long_date(f.published)} 9:40 am</span></div>'
        ),
        top=lambda f: _most_read(f, "div"),
    ),
    Family(
        "three JSON-LD blocks: the site, a breadcrumb, the article; no date shown",
        lambda f: (
            f"<title>{f.headline} | {f.site}</title>"
            + _script(
                *_site_blocks(f),
                _story(f, datePublished=iso(f.published), author=_person(f.author)),
            )
        ),
        lambda f: f'<h1 class="article-headline">{f.headline}</h1>',
        lambda f: f'<div class="byline">By {f.author}</div>',
    ),
    Family(
        "JSON-LD blocks of the organisation's founding and a photo's upload before the article's",
        lambda f: (
            f"<title>{f.headline} – {f.site}</title>"
            + _script(
                *_organisation(f),
                _story(
                    f,
                    "ReportageNewsArticle",
                    datePublished=iso(f.published, 6),
                    dateModified=iso(f.updated),
                    author=[_person(f.author)],
                ),
            )
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: f'<p class="author">{f.author}</p>',
    ),
    Family(
        "only the modification marked up (meta), the publication shown in a date span",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><meta property="article:modified_time" '
            f'content="{iso(f.updated)}"><meta property="og:updated_time" '
            f'content="{iso(f.updated)}">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: by(f) + f'<span class="date">{day_month(f.published)}</span>',
    ),
    Family(
        "only the modification in microdata, the publication shown in a pubdate div",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 itemprop="headline">{f.headline}</h1>',
        lambda f: (
            f'<meta itemprop="dateModified" content="{iso(f.updated)}">'
            + by(f)
            + f'<div class="pubdate">Published {long_date(f.published)}</div>'
        ),
    ),
    Family(
        "author and date in microdata only: a Person span and a datePublished meta",
        lambda f: f"<title>{f.site}</title>",
        lambda f: f'<h1 itemprop="headline">{f.headline}</h1>',
        lambda f: (
            '<div class="meta"><span itemprop="author" itemscope itemtype="https://schema.org/'
            f'Person"><span itemprop="name">{f.author}</span></span>'
            f'<meta itemprop="datePublished" content="{iso(f.published)}"></div>'
        ),
    ),
    Family(
        "microdata date on a span showing a short date, author an itemprop link",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<a itemprop="author" href="/people/{_slug(f.author)}">{f.author}</a> '
            f'<span itemprop="datePublished" content="{f.published.isoformat()}">'
            f"{long_date(f.published)[:3]} {f.published.day}</span>"
        ),
    ),
    Family(
        "a byline of two links joined by and, <time> after it",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<div class="byline">By {" and ".join(_links(f.author, f.coauthor))}</div>'
            f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>'
        ),
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "a byline of three links, a comma and an and, By in a span",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            '<p class="article-byline"><span>By</span> '
            + "{}, {} and {}".format(*_links(f.author, f.coauthor, f.third))
            + f'</p><p class="date">{long_date(f.published)}</p>'
        ),
        authors=lambda f: [f.author, f.coauthor, f.third],
    ),
    Family(
        "meta author a profile's address, article:author a social address, By shown",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><meta name="author" content='
            f'"https://news.example/people/{_slug(f.author)}"><meta property="article:author" '
            f'content="https://social.example/{_slug(f.author).replace("-", "")}">'
            f'<meta property="article:published_time" content="{iso(f.published)}">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        by,
    ),
    Family(
        "article:author a profile's address, the byline Written by",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><meta property="article:author" '
            f'content="https://news.example/author/{_slug(f.author)}/">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<div class="entry-author">Written by {f.author}</div>'
            f'<time datetime="{iso(f.published)}">{day_month(f.published)}</time>'
        ),
    ),
    Family(
        "og:title and title an SEO wording with the site after a bar, h1 the headline",
        lambda f: (
            f'<title>{_seo(f)} | {f.site}</title><meta property="og:title" '
            f'content="{_seo(f)} | {f.site}">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: by(f) + f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>',
    ),
    Family(
        "og:title an SEO wording with the site after a dash, h1 in an article header",
        lambda f: (
            f'<title>{f.site}</title><meta property="og:title" content="{_seo(f)} - {f.site}">'
        ),
        lambda f: f'<header class="article-header"><h1>{f.headline}</h1></header>',
        lambda f: by(f) + f"<p>{long_date(f.published)}</p>",
    ),
    Family(
        "a logo h1 of an image alone, the headline's h1 after, title the site",
        lambda f: f"<title>{f.site}</title>",
        lambda f: f'<h1 class="headline">{f.headline}</h1>',
        lambda f: by(f) + f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>',
        masthead=lambda f: (
            f'<h1 class="logo"><a href="/"><img src="/l.png" alt="{f.site}"></a></h1>'
        ),
    ),
    Family(
        "a site-title h1 in the header, the entry-title h1, title with an en dash",
        lambda f: f"<title>{f.headline} – {f.site}</title>",
        lambda f: f'<h1 class="entry-title">{f.headline}</h1>',
        lambda f: by(f) + f'<span class="entry-date">{long_date(f.published)}</span>',
        masthead=lambda f: f'<h1 class="site-title"><a href="/">{f.site}</a></h1>',
    ),
    Family(
        "no date of its own: a byline and the page's comments, related stories, footer",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        by,
        undated=True,
    ),
    Family(
        "no date of its own: an author div and a share bar",
        lambda f: (
            f'<title>{f.headline} - {f.site}</title><meta property="og:type" content="article">'
        ),
        lambda f: f'<h1 class="title">{f.headline}</h1>',
        lambda f: f'<div class="author">{f.author}</div><div class="share">Share</div>',
        undated=True,
    ),
    Family(
        "a byline with a role, the date and a reading time between bars",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<div class="byline">By {f.author}, Senior Reporter | {long_date(f.published)} | '
            "4 min read</div>"
        ),
    ),
    Family(
        "a byline without By: the name, a role, the date and a reading time between dots",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f'<h1 class="story-title">{f.headline}</h1>',
        lambda f: (
            f'<div class="story-meta"><span>{f.author}, Political Correspondent</span> · '
            f"<span>{day_month(f.published)}</span> · <span>5 min read</span></div>"
        ),
    ),
]
