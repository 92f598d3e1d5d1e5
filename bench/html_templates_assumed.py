"""Template families of bench/html_generated.py written in session 30, each breaking one
assumption the HTML reading makes (scored before any rule was written from them, in pairs
of one break spelled two ways, one of each pair held out):

- the date is shown after the headline: a blog's date header stands above the post's title;
- an update is marked where its date stands: the "Updated" label in an element of its own,
  the last update's ``<time>`` first;
- a date stands apart or at the end of the byline's line: the date first ("May 2, 2024 |
  By …"), or a count after it ("… · 4 min read", "| 12 comments");
- the page's date metas are its publication's: a ``date`` meta of the last modification;
- the headline is inside the ``<article>``: an ``<h1>`` in a ``<header>`` before it;
- one ``<article>`` is the article: teasers each in an ``<article>`` of their own, dated;
- a paragraph is an element: a body in ``<div>``s with ``<br>``s, its byline and date lines
  among them;
- what stands between the headline and the byline is the article's: a lead photo whose
  caption's credit carries a date, a "key points" box, a newsletter box mid-body;
- a page states a date outside its prose: a press release dated only in its dateline.

Pages carry what real copies do around the thing read. All text is invented.
"""

from __future__ import annotations

import datetime as dt

from html_family import Facts, Family, by, day_month, iso, long_date


def _abbr(day: dt.date) -> str:
    return f"{day:%b} {day.day}, {day.year}"


def _us(day: dt.date) -> str:
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


def _teaser_articles(f: Facts) -> str:
    items = []
    for k in range(3):
        day = f.other_day - dt.timedelta(days=k)
        items.append(
            f'<article class="card"><a href="/s/{k + 3}"><img src="/c{k}.jpg" alt=""></a>'
            f'<h2 class="card-title"><a href="/s/{k + 3}">{f.other} {k + 1}</a></h2>'
            f'<time datetime="{iso(day)}">{_abbr(day)}</time></article>'
        )
    return f'<section class="top-stories">{"".join(items)}</section>'


def _key_points(f: Facts) -> str:
    return (
        '<div class="key-points"><h2>Key points</h2><ul>'
        f"<li>The {f.kicker.lower()} plan goes to a vote next month</li>"
        "<li>Two members asked for more time to read the figures</li>"
        "<li>A public meeting is set for the town hall</li></ul></div>"
    )


def _newsletter(paragraphs: list[str], box: str) -> str:
    half = max(1, len(paragraphs) // 2)
    return "".join(paragraphs[:half]) + box + "".join(paragraphs[half:])


def _plain(paragraph: str) -> str:
    return paragraph.removeprefix("<p>").removesuffix("</p>")


def _br_body(lines: list[str], paragraphs: list[str]) -> str:
    return (
        '<div class="story-text">' + "<br><br>".join([*lines, *map(_plain, paragraphs)]) + "</div>"
    )


ASSUMED = [
    Family(
        "a blog's date header above the post title, Posted by … at the post's foot",
        lambda f: f"<title>{f.site}: {f.headline}</title>",
        lambda f: f'<h3 class="post-title entry-title">{f.headline}</h3>',
        lambda f: "",
        aside=lambda f: (
            f'<h2 class="date-header"><span>{f.published:%A}, {long_date(f.published)}</span></h2>'
        ),
        body=lambda f, ps: (
            "".join(ps) + f'<div class="post-footer">Posted by <span class="fn">{f.author}</span>'
            ' at <a class="timestamp-link" href="/p/1.html">9:40 AM</a> '
            '<a href="#c">3 comments</a></div>'
        ),
    ),
    Family(
        "a blog's date header in a div above the post title, the author in a byline after",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h2 class="post-title"><a href="/p/1">{f.headline}</a></h2>',
        lambda f: f'<div class="post-author">Written by {f.author}</div>',
        aside=lambda f: (
            f'<div class="date-outer"><div class="date">{day_month(f.published)}</div></div>'
        ),
    ),
    Family(
        "the Updated label in a span of its own before the update's <time>, then Published",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 class="headline">{f.headline}</h1>',
        lambda f: (
            by(f) + '<div class="timestamps"><span class="label">Updated</span> '
            f'<time datetime="{iso(f.updated)}">{long_date(f.updated)}</time> '
            '<span class="label">Published</span> '
            f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time></div>'
        ),
    ),
    Family(
        "dates in a definition list: Last updated first, Published second, no markup",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            by(f) + '<dl class="article-dates"><dt>Last updated</dt>'
            f"<dd>{day_month(f.updated)}</dd><dt>First published</dt>"
            f"<dd>{day_month(f.published)}</dd></dl>"
        ),
    ),
    Family(
        "the date first on the byline's line: date | By author",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 class="entry-title">{f.headline}</h1>',
        lambda f: f'<p class="meta">{long_date(f.published)} | By {f.author}</p>',
    ),
    Family(
        "the date between author and read time: author · date · 4 min read",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f'<h1 class="post-title">{f.headline}</h1>',
        lambda f: (
            f'<div class="post-meta"><span>{f.author}</span> · <span>{_abbr(f.published)}</span>'
            " · <span>4 min read</span></div>"
        ),
    ),
    Family(
        "a date meta of the last modification, the publication shown in a <time>",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><meta name="date" content="{iso(f.updated)}">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: by(f) + f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>',
    ),
    Family(
        "a dc.date meta of the last modification, the publication a Published line",
        lambda f: (
            f'<title>{f.headline} - {f.site}</title><meta name="dc.date" content="'
            f'{f.updated.isoformat()}"><meta name="dc.title" content="{f.headline}">'
        ),
        lambda f: f'<h1 class="title">{f.headline}</h1>',
        lambda f: by(f) + f'<p class="pubdate">Published {day_month(f.published)}</p>',
    ),
    Family(
        "the h1 and byline in a page header before an <article> of the body alone",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: "",
        lambda f: "",
        aside=lambda f: (
            f'<header class="article-header"><h1>{f.headline}</h1>{by(f)}'
            f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time></header>'
        ),
    ),
    Family(
        "a hero header with the h1 over a photo before the article, the date a line",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: "",
        lambda f: "",
        aside=lambda f: (
            f'<div class="hero" style="background:url(/h.jpg)"><div class="hero-text">'
            f'<a class="kicker" href="/k">{f.kicker}</a><h1>{f.headline}</h1></div></div>'
            f'<div class="article-meta"><span class="author">{f.author}</span>'
            f'<span class="date">{_short_day(f.published)}</span></div>'
        ),
    ),
    Family(
        "teasers each an <article> with a <time>, above the article, JSON-LD free",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 class="headline">{f.headline}</h1>',
        lambda f: by(f) + f'<p class="date">{long_date(f.published)}</p>',
        aside=_teaser_articles,
    ),
    Family(
        "teasers each an <article> with a <time>, the story's date a <time> too",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: by(f) + f'<time datetime="{iso(f.published)}">{_abbr(f.published)}</time>',
        aside=_teaser_articles,
    ),
    Family(
        "a body of <br>s in one div, the byline and a Posted: date among its lines",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f'<h1 class="story-title">{f.headline}</h1>',
        lambda f: "",
        body=lambda f, ps: _br_body(
            [f"By {f.author}", "Staff Writer", f"Posted: {_us(f.published)} 9:40 AM"], ps
        ),
    ),
    Family(
        "a body of <br>s in one div, the date its first line alone",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: "",
        body=lambda f, ps: _br_body([long_date(f.published), f"By {f.author}"], ps),
    ),
    Family(
        "a lead photo whose caption credit carries the photo's date, the story's date after",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: (
            '<figure class="lead"><img src="/l.jpg" alt=""><figcaption>The quay in the rain. '
            f'<span class="credit">Photo: {f.third} · {day_month(f.other_day)}</span>'
            f"</figcaption></figure>{by(f)}"
            f'<p class="date">{day_month(f.published)}</p>'
        ),
    ),
    Family(
        "a lead photo whose caption dates the scene, the story's date a <time> after",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f'<h1 class="headline">{f.headline}</h1>',
        lambda f: (
            '<figure><img src="/l.jpg" alt=""><figcaption><span>The quay, '
            f"{long_date(f.other_day)}</span> <span>({f.third})</span></figcaption></figure>"
            + by(f)
            + f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>'
        ),
    ),
    Family(
        "a key points box between the headline and the byline, a newsletter box mid-body",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f"<h1>{f.headline}</h1>" + _key_points(f),
        lambda f: by(f) + f'<span class="date">{day_month(f.published)}</span>',
        body=lambda f, ps: _newsletter(
            ps,
            '<div class="newsletter"><h3>The Morning Brief</h3><p>The day\'s news, '
            'every weekday at 7am.</p><form><input type="email"><button>Sign up</button>'
            "</form></div>",
        ),
    ),
    Family(
        "a newsletter box mid-body dated by its own issue, the story's date under the byline",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f'<h1 class="article-headline">{f.headline}</h1>',
        lambda f: by(f) + f'<div class="published">{_abbr(f.published)}</div>',
        body=lambda f, ps: _newsletter(
            ps,
            '<aside class="signup"><p>This week\'s issue, '
            f"{long_date(f.other_day)}</p><p>Get it in your inbox</p></aside>",
        ),
    ),
    Family(
        "a press release dated only in its first paragraph's dateline",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: f'<h1 class="release-title">{f.headline}</h1>',
        lambda f: "",
        body=lambda f, ps: (
            f"<p>GULLPORT, {long_date(f.published)} -- {_plain(ps[0])}</p>"
            + "".join(ps[1:])
            + "<p>Media contact: press@gull.example</p>"
        ),
        authors=lambda f: [],
    ),
    Family(
        "a press release with a release date line and a wire's name over the headline",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f'<div class="wire">Press release</div><h1>{f.headline}</h1>',
        lambda f: f'<p class="release-date">{day_month(f.published)} 09:40</p>',
        body=lambda f, ps: (
            f"<p>HARBOURTON, {day_month(f.published)} /Wire/ -- {_plain(ps[0])}</p>"
            + "".join(ps[1:])
        ),
        authors=lambda f: [],
    ),
]


def _short_day(day: dt.date) -> str:
    return f"{day.day} {day:%b} {day.year}"
