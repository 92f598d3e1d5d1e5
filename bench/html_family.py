"""What a template family of bench/html_generated.py is made of: the facts one page states
(Facts), the parts of the page a family writes (Family), and the pieces families share
(dates written out, JSON-LD, a byline). All text is invented.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

COMMENT_TEXT = "I was at the meeting too and this matches what we heard."  # a reader's comment
MONTHS = "January February March April May June July August September October November December"


def long_date(day: dt.date) -> str:
    return f"{MONTHS.split()[day.month - 1]} {day.day}, {day.year}"


def day_month(day: dt.date) -> str:
    return f"{day.day} {MONTHS.split()[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Facts:
    """What one page states: its headline, kicker, site, author and two dates; a second
    and a third author, and another article's headline and date, for the families that show them."""

    headline: str
    kicker: str
    site: str
    author: str
    published: dt.date
    updated: dt.date  # later than published
    coauthor: str = ""
    other: str = ""  # another article's headline on the same page
    other_day: dt.date = dt.date(2024, 1, 1)
    third: str = ""  # a third author, for the families that show three


Part = Callable[[Facts], str]


@dataclass(frozen=True)
class Family:
    name: str
    head: Part  # in <head>: <title>, metas, JSON-LD
    heading: Part  # the headline as the page shows it, at the article's top
    dated: Part  # the byline and the dates under it
    masthead: Part = lambda f: f'<div class="logo"><a href="/">{f.site}</a></div>'
    authors: Callable[[Facts], list[str]] = lambda f: [f.author]  # who the page says wrote it
    top: Part = lambda f: ""  # what stands before the page's header (a cookie notice)
    undated: bool = False  # the page states no date of its own (nor an update line)
    aside: Part = lambda f: ""  # inside <main>, before the article (a sidebar of teasers)
    body: Callable[[Facts, list[str]], str] = lambda f, paragraphs: "".join(paragraphs)
    root: str = ""  # attributes of <html> (an AMP page's "amp")
    closes: bool = False  # the body closes the <article> itself: what it writes after is outside


def ld(kind: str, **fields: str) -> str:
    data = {"@context": "https://schema.org", "@type": kind, **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def iso(day: dt.date, hour: int = 9) -> str:
    return f"{day.isoformat()}T{hour:02d}:40:00+00:00"


def by(f: Facts) -> str:
    return f'<p class="byline">By {f.author}</p>'
