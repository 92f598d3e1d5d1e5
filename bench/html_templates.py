"""Where a generated HTML page (bench/html_generated.py) states its headline and its date.

A family is one site template: how it shows the headline (an ``h1``, a kicker over it,
an ``h2`` under a masthead ``h1``, a styled ``div``) and what its titles say (og:title,
JSON-LD, ``<title>`` with the site's name before or after), and how it gives the
publication date (a ``<time>``, a "Published" line, a byline with the date after a
separator, a day-first date, data alone) beside a newer update's. The families of
html_templates_stated.py, html_templates_unseen.py, html_templates_cms.py,
html_templates_marks.py, html_templates_range.py, html_templates_built.py and
html_templates_assumed.py, html_templates_broken.py, html_templates_copied.py,
html_templates_dated.py, html_templates_titled.py, html_templates_credited.py and
html_templates_authored.py come after
these; every other family is held out.
"""

from __future__ import annotations

from html_family import Family, by, day_month, iso, ld, long_date
from html_templates_assumed import ASSUMED
from html_templates_authored import AUTHORED
from html_templates_broken import BROKEN
from html_templates_built import BUILT
from html_templates_cms import CMS
from html_templates_copied import COPIED
from html_templates_credited import CREDITED
from html_templates_dated import DATED
from html_templates_marks import MARKS
from html_templates_range import RANGE
from html_templates_stated import STATED
from html_templates_titled import TITLED
from html_templates_unseen import UNSEEN

SHOWN = [
    Family(
        "h1, og:title, <time>",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><meta property="og:title" '
            f'content="{f.headline}">'
        ),
        lambda f: f'<h1 class="headline">{f.headline}</h1>',
        lambda f: by(f) + f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>',
    ),
    Family(
        "h1 with a kicker, JSON-LD with a modification",
        lambda f: (
            f"<title>{f.headline} - {f.site}</title>"
            + ld(
                "NewsArticle",
                headline=f.headline,
                datePublished=iso(f.published),
                dateModified=iso(f.updated),
            )
        ),
        lambda f: f'<h1><span class="kicker">{f.kicker}</span><br>{f.headline}</h1>',
        lambda f: by(f) + f'<p class="updated">Updated {long_date(f.updated)}</p>',
    ),
    Family(
        "masthead h1, h2 headline, Published line",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h2 class="entry-title">{f.headline}</h2>',
        lambda f: f'<div class="entry-meta">Published {day_month(f.published)}</div>' + by(f),
        lambda f: f'<h1 class="site-title"><a href="/">{f.site}</a></h1>',
    ),
    Family(
        "blog h2, title with the site first, byline | date",
        lambda f: f"<title>{f.site} » Blog Archive » {f.headline}</title>",
        lambda f: f'<h2 class="post-title"><a href="/p/1">{f.headline}</a></h2>',
        lambda f: f'<p class="post-meta">By {f.author} | {long_date(f.published)}</p>',
    ),
    Family(
        "div headline, og:title with the site, meta date only",
        lambda f: (
            f'<title>{f.headline} — {f.site}</title><meta property="og:title" '
            f'content="{f.headline} | {f.site}"><meta property="article:published_time" '
            f'content="{iso(f.published)}"><meta property="og:site_name" content="{f.site}">'
        ),
        lambda f: f'<div class="article-title">{f.headline}</div>',
        by,
    ),
    Family(
        "h1, title only, updated <time> before the published one",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            by(f)
            + f'<time class="updated" datetime="{iso(f.updated)}">{long_date(f.updated)}</time>'
            + f' <time class="published" datetime="{iso(f.published)}">'
            + f"{long_date(f.published)}</time>"
        ),
    ),
    Family(
        "h1, JSON-LD date, author · date line",
        lambda f: (
            f"<title>{f.site}</title>"
            + ld("BlogPosting", headline=f.headline, datePublished=iso(f.published))
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<p class="info"><span class="author">{f.author}</span>'
            f'<span class="divider">·</span>{day_month(f.published)}</p>'
        ),
    ),
    Family(
        "h1, site before the title, day-first date",
        lambda f: f"<title>{f.site}: {f.headline}</title>",
        lambda f: f'<h1 class="title">{f.headline}</h1>',
        lambda f: by(f) + f'<span class="date">{f.published:%d.%m.%Y} 09:40</span>',
    ),
    Family(
        "lone h1, title the site's name, Posted on line",
        lambda f: f"<title>{f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: by(f) + f'<p class="dateline">Posted on {long_date(f.published)}</p>',
    ),
    Family(
        "h2 headline without an h1, title the site's name, updated <time> after",
        lambda f: f"<title>{f.site}</title>",
        lambda f: f'<h2 class="headline">{f.headline}</h2>',
        lambda f: (
            by(f)
            + f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>'
            + f' Updated <time datetime="{iso(f.updated)}">{long_date(f.updated)}</time>'
        ),
    ),
    Family(
        "div headline, titles with the site after a dash, JSON-LD dates, Last updated line",
        lambda f: (
            f'<title>{f.headline} - {f.site}</title><meta property="og:title" '
            f'content="{f.headline} - {f.site}">'
            + ld("Article", datePublished=iso(f.published), dateModified=iso(f.updated))
        ),
        lambda f: f'<div class="story-head">{f.headline}</div>',
        lambda f: by(f) + f'<p class="meta">Last updated: {long_date(f.updated)}</p>',
    ),
    Family(
        "h1, a longer og:title, weekday date in a div",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><meta property="og:title" '
            f'content="{f.headline}: what it means for {f.kicker.lower()}">'
        ),
        lambda f: f'<h1 class="story">{f.headline}</h1>',
        lambda f: f'<div class="date">{f.published:%A}, {day_month(f.published)}</div>' + by(f),
    ),
    Family(
        "span headline, title the site then a section, <time>",
        lambda f: f"<title>{f.site} | {f.kicker}: {f.headline}</title>",
        lambda f: f'<div class="story"><span class="title">{f.headline}</span></div>',
        lambda f: f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>' + by(f),
    ),
    Family(
        "h3 headline, title the site and a bare separator, Posted line",
        lambda f: f"<title>{f.site} -</title>",
        lambda f: f'<h3 class="entry-headline">{f.headline}</h3>',
        lambda f: by(f) + f"<p>Posted {day_month(f.published)}</p>",
    ),
]
SESSIONS = {  # each session's own families, scored before its rules: "24" = session 24's
    "24": UNSEEN,
    "26": CMS,
    "27": MARKS,
    "28": RANGE,
    "29": BUILT,
    "30": ASSUMED,
    "31": BROKEN,
    "32": COPIED,
    "33": DATED,
    "34": TITLED,
    "35": CREDITED,
    "36": AUTHORED,
}
FAMILIES = SHOWN + STATED + [f for own in SESSIONS.values() for f in own]
DEV = [f for k, f in enumerate(FAMILIES) if k % 2 == 0]  # rules may be written from these
HELD_OUT = [f for k, f in enumerate(FAMILIES) if k % 2 == 1]  # and are only scored on these
