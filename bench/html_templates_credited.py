"""Template families of bench/html_generated.py written in session 35, each breaking one
assumption the HTML reading makes about who wrote the article and when, as real pages
break it. Scored with main's code before any rule was written from them, in pairs of one
break spelled two ways; the first of each pair is held out. The assumptions and how these
pages break them:

- a byline stands near the headline: wire copy credits its reporter only in a closing
  line after the body ("(Reporting by …; Editing by …)");
- one byline element names every author: a newspaper CMS sets each author in a card of
  their own (name, role), or names each with a role after it ("…, Health Reporter, and …");
- the data's author is a person: a desk or a team in ``<meta name="author">`` or a JSON-LD
  Organization, the person shown in a "By" line;
- an update is marked with a known word: "Revised", "Modified" before the update's date,
  the publication's after it, only the modification in the data;
- a shown date is written as data writes it: an ordinal day ("2nd May"), a date with its
  time after "at";
- an address's date is zero-padded digits: "/2024/may/02/", "/2024/5/2/" (the only date).

Pages carry what real copies do around the thing read. All text is invented.
"""

from __future__ import annotations

import datetime as dt
import json

from html_family import MONTHS, Facts, Family, by, iso, long_date


def _slug(text: str) -> str:
    return "-".join(text.lower().split())


def _ordinal(day: dt.date) -> str:
    suffix = (
        "th" if 10 <= day.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    )
    return f"{day:%A} {day.day}{suffix} {MONTHS.split()[day.month - 1]} {day.year}"


def _dateline(f: Facts, ps: list[str]) -> str:
    return f"<p>HARBOURTON (Wire) - {ps[0].removeprefix('<p>')}" + "".join(ps[1:])


def _card(name: str, role: str) -> str:
    return (
        f'<div class="author-card"><a href="/profile/{_slug(name)}">{name}</a>'
        f'<p class="author-role">{role}</p></div>'
    )


def _org_ld(f: Facts, name: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": f.headline,
        "datePublished": iso(f.published),
        "author": {"@type": "Organization", "name": name},
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _modified(f: Facts) -> str:
    return (
        f"<title>{f.headline} | {f.site}</title>"
        f'<meta property="article:modified_time" content="{iso(f.updated)}">'
    )


def _canonical(f: Facts, path: str) -> str:
    return (
        f"<title>{f.headline} - {f.site}</title>"
        f'<link rel="canonical" href="https://news.example/{path}/{_slug(f.headline)}">'
    )


CREDITED = [
    Family(
        "wire copy: no byline at the top, the reporter in a closing (Reporting by …) line",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>',
        body=lambda f, ps: (
            _dateline(f, ps) + f"<p>(Reporting by {f.author}; Editing by {f.coauthor})</p>"
        ),
    ),
    Family(
        "wire copy: no byline at the top, the reporter in a closing dashed credit line",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 class="story-title">{f.headline}</h1>',
        lambda f: f'<p class="dateline">{long_date(f.published)}</p>',
        body=lambda f, ps: (
            "".join(ps) + f"<p><em>-- Reporting by {f.author}, edited by {f.coauthor}</em></p>"
        ),
    ),
    Family(
        "each author in a card of their own (name link, role), no meta author",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            '<div class="authors">'
            + _card(f.author, "Reporter")
            + _card(f.coauthor, "Political Editor")
            + f'</div><time datetime="{iso(f.published)}">{long_date(f.published)}</time>'
        ),
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "two authors each with a role after the name in one By line",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 class="headline">{f.headline}</h1>',
        lambda f: (
            f'<p class="byline">By <a href="/p/{_slug(f.author)}">{f.author}</a>, Health '
            f'Reporter, and <a href="/p/{_slug(f.coauthor)}">{f.coauthor}</a>, Political '
            f"Editor</p><p>{long_date(f.published)}</p>"
        ),
        authors=lambda f: [f.author, f.coauthor],
    ),
    Family(
        "a desk in <meta name=author>, the reporter in the shown By line",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><meta name="author" content="News Desk">'
            f'<meta property="article:published_time" content="{iso(f.published)}">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        by,
    ),
    Family(
        "a JSON-LD Organization author (a team), the reporter in the shown By line",
        lambda f: f"<title>{f.headline} | {f.site}</title>" + _org_ld(f, "Editorial Team"),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: f'<div class="article-byline">By {f.author}</div>',
    ),
    Family(
        "Revised: the update's date, then Originally published, only the modification in data",
        _modified,
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            by(f) + f'<p class="timestamp">Revised: {long_date(f.updated)}<br>'
            f"Originally published: {long_date(f.published)}</p>"
        ),
    ),
    Family(
        "Modified date / Posted date on one line, only the modification in data",
        _modified,
        lambda f: f'<h1 class="entry-title">{f.headline}</h1>',
        lambda f: (
            by(f) + f'<div class="post-dates">Modified {long_date(f.updated)} / '
            f"Posted {long_date(f.published)}</div>"
        ),
    ),
    Family(
        "the date only in a shown line, its day an ordinal with the weekday",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: f'<div class="post-meta">By {f.author} | {_ordinal(f.published)}</div>',
    ),
    Family(
        "the date only in a shown line, a time after 'at'",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h2 class="post-title">{f.headline}</h2>',
        lambda f: (
            f'<p class="meta">Posted by {f.author} on {f.published:%b} {f.published.day}, '
            f"{f.published.year} at 9:40 am</p>"
        ),
    ),
    Family(
        "the date only in the address, its month a word: /section/2024/may/02/slug",
        lambda f: _canonical(f, f"{f.kicker.lower().split()[0]}/{f.published:%Y/%b/%d}".lower()),
        lambda f: f"<h1>{f.headline}</h1>",
        by,
    ),
    Family(
        "the date only in the address, its month and day unpadded: /2024/5/2/slug",
        lambda f: _canonical(f, f"{f.published.year}/{f.published.month}/{f.published.day}"),
        lambda f: f"<h1>{f.headline}</h1>",
        by,
    ),
]
