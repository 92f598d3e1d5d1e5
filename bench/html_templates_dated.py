"""Template families of bench/html_generated.py written in session 33, each breaking one
assumption the HTML reading makes about which date is the article's, as real pages break
it. Scored with main's code before any rule was written from them, in pairs of one break
spelled two ways; the first of each pair is held out. The assumptions and how these pages
break them:

- a date written with slashes is month first: a British or Australian page writes
  "02/05/2024" and "2/5/2024" day first, and says so in its ``lang``;
- a date is spelled in English: a French page's "Publié le 2 mai 2024 à 09h40", a Spanish
  one's "Publicado el 2 de mayo de 2024", the rest of the page in the site's English;
- the calendar day the page's data states is the day the page shows: a content system
  writes its times in UTC ("2024-05-03T02:10:00Z") while the page shows its local evening
  ("May 2, 2024 10:10 pm EDT"), in a publication meta or in JSON-LD;
- the byline's line holds the article's own people and date: a syndicated copy names the
  original outlet and its first date ("Originally published by … on …") over the copy's
  own byline and date, or at its foot.

Pages carry what real copies do around the thing read. All text is invented.
"""

from __future__ import annotations

import datetime as dt

from html_family import Facts, Family, day_month, iso, ld, long_date

_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"


def _spelled(day: dt.date, months: str, joint: str = " ") -> str:
    return f"{day.day}{joint}{months.split()[day.month - 1]}{joint}{day.year}"


def _late_utc(day: dt.date) -> str:
    """The UTC time of the local evening of ``day`` (four hours behind): the next day."""
    return f"{(day + dt.timedelta(days=1)).isoformat()}T02:10:00Z"


def _origin(f: Facts) -> str:
    first = f.published - dt.timedelta(days=3)
    return f"The Lakeside Ledger on {long_date(first)}"


DATED = [
    Family(
        "a British page: the date day first with slashes in the byline box, lang en-GB",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 class="headline">{f.headline}</h1>',
        lambda f: (
            f'<div class="byline-box"><p class="author">By {f.author}</p>'
            f'<p class="published">{f.published:%d/%m/%Y}</p></div>'
        ),
        root=' lang="en-GB"',
    ),
    Family(
        "an Australian blog: Posted d/m/yyyy at time under the h1, lang en-AU",
        lambda f: f"<title>{f.headline} – {f.site}</title>",
        lambda f: f'<h1 class="entry-title">{f.headline}</h1>',
        lambda f: (
            f'<div class="entry-meta">Posted {f.published.day}/{f.published.month}/'
            f'{f.published.year} at 9:40am by <span class="author">{f.author}</span></div>'
        ),
        root=' lang="en-AU"',
    ),
    Family(
        "a French page: Publié le 2 mai 2024 à 09h40 under the byline, lang fr",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f'<h1 class="article-title">{f.headline}</h1>',
        lambda f: (
            f'<p class="signature">Par {f.author}</p><p class="date-publication">'
            f"Publié le {_spelled(f.published, _FR)} à 09h40</p>"
        ),
        root=' lang="fr"',
    ),
    Family(
        "a Spanish page: Publicado el 2 de mayo de 2024 beside the author, lang es",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 class="titular">{f.headline}</h1>',
        lambda f: (
            f'<div class="firma"><span class="autor">{f.author}</span> · <span class="fecha">'
            f"Publicado el {_spelled(f.published, _ES, ' de ')}</span></div>"
        ),
        root=' lang="es"',
    ),
    Family(
        "a publication meta in UTC the next day, the local evening shown in the byline",
        lambda f: (
            f"<title>{f.headline} | {f.site}</title>"
            f'<meta property="article:published_time" content="{_late_utc(f.published)}">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<p class="byline">By {f.author}</p><p class="timestamp">'
            f"{long_date(f.published)} 10:10 pm EDT</p>"
        ),
    ),
    Family(
        "JSON-LD datePublished in UTC the next day, a <time> of the local evening shown",
        lambda f: (
            f"<title>{f.headline} - {f.site}</title>"
            + ld("NewsArticle", headline=f.headline, datePublished=_late_utc(f.published))
        ),
        lambda f: f'<h1 class="story-title">{f.headline}</h1>',
        lambda f: (
            f'<p class="byline">By {f.author}</p><time datetime="{f.published.isoformat()}'
            f'T22:10:00-04:00">{long_date(f.published)} at 10:10 p.m. ET</time>'
        ),
    ),
    Family(
        "a syndicated copy: Originally published by the outlet on its date, over the byline",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 class="entry-title">{f.headline}</h1>',
        lambda f: (
            f'<p class="syndication"><em>Originally published by {_origin(f)}.</em></p>'
            f'<p class="byline">By {f.author}</p><p class="date">{day_month(f.published)}</p>'
        ),
    ),
    Family(
        "a syndicated copy: the byline and date, This story first appeared in … at its foot",
        lambda f: (
            f"<title>{f.headline} | {f.site}</title>"
            + ld("NewsArticle", datePublished=iso(f.published))
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            f'<p class="byline">By {f.author}</p><p class="date">{long_date(f.published)}</p>'
        ),
        body=lambda f, ps: (
            "".join(ps)
            + f"<p><em>This story first appeared in {_origin(f)}. It is republished here with"
            " permission.</em></p>"
        ),
    ),
]
