"""Template families of bench/html_generated.py whose pages state their headline or their
date where the shown page does not make it plain: in og/twitter titles only, in an
``h2`` under an ``h1`` holding the logo, among several ``h1``s, split over spans; a date
only in words of another language, only in the address, only as a modification in the
data beside the shown one, in JSON-LD arrays and graphs, in microdata, or as "3 hours
ago" over a ``datetime``. All text is invented.
"""

from __future__ import annotations

import datetime as dt
import json

from html_family import Facts, Family, by, iso, ld, long_date

_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre"
    " dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre"
    " diciembre",
}


def _month(language: str, day: dt.date) -> str:
    return _MONTHS[language].split()[day.month - 1]


def _slug(f: Facts) -> str:
    return "-".join(f.headline.lower().split())


def _graph(f: Facts) -> str:
    nodes = [
        {"@type": "Organization", "@id": "#org", "name": f.site},
        {"@type": "WebPage", "@id": "#page", "name": f"{f.site} home", "datePublished": "2019"},
        {
            "@type": "NewsArticle",
            "headline": f.headline,
            "datePublished": iso(f.published),
            "dateModified": iso(f.updated),
            "author": [{"@type": "Person", "name": f.author}],
        },
    ]
    data = {"@context": "https://schema.org", "@graph": nodes}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _array(f: Facts) -> str:
    crumbs = {"@type": "BreadcrumbList", "itemListElement": [{"name": f.kicker}]}
    story = {"@type": "ReportageNewsArticle", "headline": f.headline}
    story["datePublished"] = iso(f.published)
    data = [
        {"@context": "https://schema.org", **crumbs},
        {"@context": "https://schema.org", **story},
    ]
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


STATED = [
    Family(
        "headline in og:title and twitter:title only, <title> the site, <time>",
        lambda f: (
            f'<title>{f.site}</title><meta property="og:title" content="{f.headline}">'
            f'<meta name="twitter:title" content="{f.headline}">'
        ),
        lambda f: f'<div class="lead"><strong class="big">{f.headline}</strong></div>',
        lambda f: by(f) + f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>',
    ),
    Family(
        "logo in the h1, headline in an h2, title the site, French Publié le",
        lambda f: f"<title>{f.site}</title>",
        lambda f: f'<h2 class="titre">{f.headline}</h2>',
        lambda f: (
            by(f) + f'<p class="date">Publié le {f.published.day} {_month("fr", f.published)} '
            f"{f.published.year} à 10h15</p>"
        ),
        lambda f: f'<h1 class="logo"><a href="/"><img alt="{f.site}" src="/l.png"></a></h1>',
    ),
    Family(
        "several h1s (masthead, article, a promotion), German Veröffentlicht am",
        lambda f: f"<title>{f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1><aside><h1>Subscribe to {f.site}</h1></aside>",
        lambda f: (
            by(f) + f'<p class="meta">Veröffentlicht am {f.published.day}. '
            f"{_month('de', f.published)} {f.published.year}</p>"
        ),
        lambda f: f'<h1 class="brand">{f.site}</h1>',
    ),
    Family(
        "headline split over spans, Italian Pubblicato il",
        lambda f: f"<title>{f.site} - {f.kicker}</title>",
        lambda f: (
            "<h1>" + " ".join(f'<span class="w">{w}</span>' for w in f.headline.split()) + "</h1>"
        ),
        lambda f: (
            by(f) + f"<div>Pubblicato il {f.published.day} {_month('it', f.published)} "
            f"{f.published.year}</div>"
        ),
    ),
    Family(
        "h1, Spanish Publicado el, an updated line in Spanish first",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            by(f) + f"<p>Actualizado el {f.updated.day} de {_month('es', f.updated)} de "
            f"{f.updated.year}</p><p>Publicado el {f.published.day} de "
            f"{_month('es', f.published)} de {f.published.year}</p>"
        ),
    ),
    Family(
        "h1, the date only in the address",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><link rel="canonical" href='
            f'"https://news.example/{f.published:%Y/%m/%d}/{_slug(f)}/">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        by,
    ),
    Family(
        "h1, JSON-LD dateModified only, the published date shown",
        lambda f: (
            f"<title>{f.headline} - {f.site}</title>"
            + ld("NewsArticle", headline=f.headline, dateModified=iso(f.updated))
        ),
        lambda f: f'<h1 class="headline">{f.headline}</h1>',
        lambda f: by(f) + f'<span class="pubdate">{long_date(f.published)}</span>',
    ),
    Family(
        "JSON-LD @graph with a page's own date, h1 in a header",
        lambda f: f"<title>{f.site}</title>" + _graph(f),
        lambda f: f'<header class="story"><h1>{f.headline}</h1></header>',
        by,
    ),
    Family(
        "JSON-LD array, a breadcrumb first, div headline",
        lambda f: f"<title>{f.kicker} | {f.site}</title>" + _array(f),
        lambda f: f'<div class="hed">{f.headline}</div>',
        by,
    ),
    Family(
        "microdata headline and datePublished, title the site",
        lambda f: f"<title>{f.site}</title>",
        lambda f: (
            f'<div itemscope itemtype="https://schema.org/NewsArticle">'
            f'<h2 itemprop="headline">{f.headline}</h2>'
            f'<meta itemprop="datePublished" content="{iso(f.published)}"></div>'
        ),
        lambda f: by(f) + f'<p class="modified">{long_date(f.updated)}</p>',
    ),
    Family(
        "h1, a time ago over a datetime",
        lambda f: f"<title>{f.headline} · {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: by(f) + f'<time datetime="{iso(f.published)}">3 hours ago</time>',
    ),
]
