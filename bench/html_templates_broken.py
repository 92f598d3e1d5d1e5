"""Template families of bench/html_generated.py written in session 31, each breaking one
assumption the HTML reading makes, as content systems break it (scored before any rule
was written from them, in pairs of one break spelled two ways; the first of each pair is
held out):

- the headline is the page's ``h1``: the site's name is the ``h1`` of every page and the
  headline an ``h2`` in the post's own header;
- a headline is shown in a heading: the only one in a ``div`` (a kicker in its box), the
  headline stated in og:title or JSON-LD;
- the page's JSON-LD is the article's: blocks of the breadcrumb, the organisation, a video
  with its own maker and dates, a photo with its photographer, the article's last;
- a page states its date in data or shows it: the date only in its address (a relative
  canonical link; a canonical of an id with the dated address in og:url);
- a date meta is the publication's: a modification's metas beside a visible
  "Published" line;
- an AMP page reads as any page: a plugin's meta list of byline and date; a date line over
  the headline;
- the ``<article>`` holds the article: the teaser alone in it, the body in ``<section>``s
  after it;
- the post's date stands at its top and the comments are apart: a classic blog's "This entry
  was posted on …" at the post's foot with the comments inside the post, each a
  ``<cite>``; comments each an ``<article>`` with ``<time>``s, the post's date at its foot.

Pages carry what real copies do around the thing read. All text is invented.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from html_family import COMMENT_TEXT, Facts, Family, by, day_month, iso, long_date


def _slug(f: Facts) -> str:
    return "-".join(f.headline.lower().split())


def _json(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _ordinal(day: dt.date) -> str:
    n = day.day
    suffix = "th" if 10 < n % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{day:%B} {n}{suffix}, {day.year}"


def _site_h1(f: Facts) -> str:
    return (
        f'<h1 class="site-title"><a href="/" rel="home">{f.site}</a></h1>'
        '<p class="site-description">News and notes from the coast</p>'
    )


def _video_and_crumbs(f: Facts) -> str:
    crumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://x.example/"},
            {"@type": "ListItem", "position": 2, "name": f.kicker, "item": "https://x.example/k"},
        ],
    }
    org = {
        "@context": "https://schema.org",
        "@type": "NewsMediaOrganization",
        "name": f.site,
        "foundingDate": "1921-03-01",
        "logo": {"@type": "ImageObject", "url": "/l.png"},
    }
    video = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": f.other,
        "uploadDate": iso(f.other_day),
        "datePublished": iso(f.other_day),
        "author": {"@type": "Person", "name": f.third},
        "thumbnailUrl": "/v.jpg",
    }
    return _json(crumbs) + _json(org) + _json(video)


def _photo_first(f: Facts) -> str:
    site = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": f.site,
        "potentialAction": {"@type": "SearchAction", "target": "/?s={q}"},
    }
    photo = {
        "@context": "https://schema.org",
        "@type": "ImageObject",
        "contentUrl": "/p.jpg",
        "creator": {"@type": "Person", "name": f.third},
        "datePublished": iso(f.other_day),
        "author": f.third,
        "caption": "The quay at dusk",
    }
    return _json(site) + _json(photo)


def _two_comments(f: Facts, after: int, item: Callable[[int, str, dt.date], str]) -> str:
    """The items of two readers' comments, the first ``after`` days after the story."""
    pairs = enumerate((f.coauthor, f.third))
    return "".join(item(k, name, f.published + dt.timedelta(days=k + after)) for k, name in pairs)


def _classic_comment(k: int, name: str, day: dt.date) -> str:
    return (
        f'<li class="alt" id="comment-{k + 1}"><cite>{name}</cite> Says:<br>'
        f'<small class="commentmetadata"><a href="#comment-{k + 1}">{_ordinal(day)} at '
        f"{k + 3}:15 pm</a></small><p>{COMMENT_TEXT}</p></li>"
    )


def _comment_article(k: int, name: str, day: dt.date) -> str:
    return (
        f'<li class="comment" id="comment-{k + 1}"><article class="comment-body">'
        '<footer class="comment-meta"><div class="comment-author vcard">'
        f'<b class="fn">{name}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><a href="#comment-{k + 1}"><time datetime="'
        f'{iso(day, 20)}">{long_date(day)} at 8:{k + 10} pm</time></a></div></footer>'
        f'<div class="comment-content"><p>{COMMENT_TEXT}</p></div></article></li>'
    )


def _classic_comments(f: Facts) -> str:
    return (
        f'<h3 id="comments">2 Responses to &#8220;{f.headline}&#8221;</h3>'
        f'<ol class="commentlist">{_two_comments(f, 1, _classic_comment)}</ol>'
    )


def _comment_articles(f: Facts) -> str:
    return (
        '<div id="comments" class="comments-area"><h2 class="comments-title">'
        f'Two thoughts on &ldquo;{f.headline}&rdquo;</h2><ol class="comment-list">'
        f"{_two_comments(f, 2, _comment_article)}</ol></div>"
    )


BROKEN = [
    Family(
        "the site's name the h1, the headline an h2 in the post's header, title headline – site",
        lambda f: f"<title>{f.headline} &#8211; {f.site}</title>",
        lambda f: (
            f'<header class="entry-header"><h2 class="entry-title">{f.headline}</h2>'
            f'<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date'
            f' published" datetime="{iso(f.published)}">{long_date(f.published)}</time></span>'
            f' <span class="byline">by <span class="author vcard"><a class="url fn n" href="/a">'
            f"{f.author}</a></span></span></div></header>"
        ),
        lambda f: "",
        masthead=_site_h1,
    ),
    Family(
        "the site's name the h1, the headline a linked h2 in the post's header, title the site",
        lambda f: f"<title>{f.site} | News and notes from the coast</title>",
        lambda f: (
            f'<header class="post-header"><h2 class="post-title"><a href="/p/{_slug(f)}" '
            f'rel="bookmark">{f.headline}</a></h2><p class="post-meta">{day_month(f.published)}'
            f" &middot; {f.author}</p></header>"
        ),
        lambda f: "",
        masthead=_site_h1,
    ),
    Family(
        "no heading: the headline a div with a kicker in its box, og:title and JSON-LD state it",
        lambda f: (
            f'<title>{f.site}</title><meta property="og:title" content="{f.headline}">'
            + _json(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": f.headline,
                    "datePublished": iso(f.published),
                    "author": {"@type": "Person", "name": f.author},
                }
            )
        ),
        lambda f: (
            f'<div class="article-title"><span class="kicker">{f.kicker}</span>'
            f'<div class="title-text">{f.headline}</div></div>'
        ),
        lambda f: f'<div class="article-byline">By <a href="/a">{f.author}</a></div>',
        aside=lambda f: (
            '<div class="most-read"><h2>Most read</h2><ol><li><a href="/s/4">'
            f"{f.other}</a></li></ol></div>"
        ),
    ),
    Family(
        "no heading: the headline a p of its own, JSON-LD alone states it, the title the site",
        lambda f: (
            f"<title>{f.site} - Local news</title>"
            + _json(
                {
                    "@context": "https://schema.org",
                    "@type": "Article",
                    "headline": f.headline,
                    "datePublished": iso(f.published),
                    "author": [{"@type": "Person", "name": f.author}],
                }
            )
        ),
        lambda f: f'<p class="story-headline"><strong>{f.headline}</strong></p>',
        lambda f: by(f) + f'<p class="story-date">{long_date(f.published)}</p>',
    ),
    Family(
        "JSON-LD blocks: a breadcrumb, the organisation, a video with its maker, the article last",
        lambda f: (
            f"<title>{f.headline} | {f.site}</title>"
            + _video_and_crumbs(f)
            + _json(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": f.headline,
                    "datePublished": iso(f.published),
                    "dateModified": iso(f.updated),
                    "author": {"@type": "Person", "name": f.author},
                }
            )
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: by(f),
    ),
    Family(
        "JSON-LD blocks: the site, a photo with its photographer and date, the post last",
        lambda f: (
            f"<title>{f.headline} - {f.site}</title>"
            + _photo_first(f)
            + _json(
                {
                    "@context": "https://schema.org",
                    "@type": "BlogPosting",
                    "headline": f.headline,
                    "datePublished": f.published.isoformat(),
                    "author": {"@type": "Person", "name": f.author},
                }
            )
        ),
        lambda f: f'<h1 class="post-title">{f.headline}</h1>',
        lambda f: f'<div class="post-author">{f.author}</div>',
    ),
    Family(
        "the date only in a relative canonical address",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><link rel="canonical" href="/'
            f'{f.published:%Y/%m/%d}/{_slug(f)}/">'
        ),
        lambda f: f'<h1 class="headline">{f.headline}</h1>',
        lambda f: by(f),
    ),
    Family(
        "the date only in og:url, the canonical an address of an id",
        lambda f: (
            f'<title>{f.headline} - {f.site}</title><link rel="canonical" href='
            '"https://news.example/s/48213"><meta property="og:url" content='
            f'"https://news.example/{f.published:%Y/%m/%d}/{_slug(f)}/">'
        ),
        lambda f: f"<h1>{f.headline}</h1>",
        lambda f: by(f),
    ),
    Family(
        "modification metas (article:modified_time, og:updated_time), a Published: line",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><meta property="article:modified_time" '
            f'content="{iso(f.updated)}"><meta property="og:updated_time" '
            f'content="{iso(f.updated)}">'
        ),
        lambda f: f'<h1 class="article-title">{f.headline}</h1>',
        lambda f: (
            by(f) + f'<div class="article-info"><span>Published: {day_month(f.published)}, '
            "09:40</span></div>"
        ),
    ),
    Family(
        "a dateModified microdata meta, Published on … at … in the byline's line",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: (
            f'<h1 itemprop="headline">{f.headline}</h1><meta itemprop="dateModified" '
            f'content="{iso(f.updated)}">'
        ),
        lambda f: (
            f'<p class="byline">By {f.author} | Published on {long_date(f.published)} at '
            "9:40 am</p>"
        ),
    ),
    Family(
        "AMP from a blog plugin: a meta list of the byline and a posted-on <time> ago",
        lambda f: (
            f'<title>{f.headline} &#8211; {f.site}</title><link rel="canonical" href="/p/9">'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>'
            f'<meta name="article:published_time" content="{iso(f.published)}">'
        ),
        lambda f: (
            f'<header class="amp-wp-article-header"><h1 class="amp-wp-title">{f.headline}</h1>'
        ),
        lambda f: (
            '<div class="amp-wp-meta amp-wp-byline"><amp-img src="/a.jpg" width="24" '
            f'height="24"></amp-img><span class="amp-wp-author author vcard">{f.author}</span>'
            f'</div><div class="amp-wp-meta amp-wp-posted-on"><time datetime="'
            f'{iso(f.published)}">3 days ago</time></div></header>'
        ),
        root=" amp",
        body=lambda f, ps: f'<div class="amp-wp-article-content">{"".join(ps)}</div>',
    ),
    Family(
        "AMP: the date line over the headline beside the kicker, the byline under it",
        lambda f: (
            f'<title>{f.headline} | {f.site}</title><link rel="canonical" href="/s/3">'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        ),
        lambda f: (
            f'<div class="amp-top"><span class="kicker">{f.kicker}</span> '
            f'<span class="amp-date">{day_month(f.published)}</span></div>'
            f"<h1>{f.headline}</h1>"
        ),
        lambda f: f'<div class="amp-author">By {f.author}</div>',
        root=" \u26a1",
        body=lambda f, ps: '<amp-ad type="x" width="300" height="250"></amp-ad>'.join(ps),
    ),
    Family(
        "the <article> holds the teaser (headline, standfirst, byline, time); the body after it",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: (
            f'<h1 class="teaser-title">{f.headline}</h1><p class="standfirst">The '
            f"{f.kicker.lower()} question comes back to the chamber.</p>"
        ),
        lambda f: by(f) + f'<time datetime="{iso(f.published)}">{long_date(f.published)}</time>',
        body=lambda f, ps: (
            '</article><section class="story-body">' + "".join(ps[:2]) + "</section>"
            '<div class="ad"><span>Advertisement</span></div><section class="story-body">'
            + "".join(ps[2:])
            + "</section>"
        ),
        closes=True,
    ),
    Family(
        "the <article> holds the header and the lead; the rest in sections with subheads after",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: f'<h1 class="headline">{f.headline}</h1>',
        lambda f: by(f) + f'<p class="date">Published {long_date(f.published)}</p>',
        body=lambda f, ps: (
            ps[0]
            + '</article><div class="article-rest">'
            + "".join(f"<section><h2>Part {k + 2}</h2>{p}</section>" for k, p in enumerate(ps[1:]))
            + "</div>"
        ),
        closes=True,
    ),
    Family(
        "a classic blog: This entry was posted on … at the post's foot, comments in the post",
        lambda f: f"<title>{f.site} &raquo; {f.headline}</title>",
        lambda f: f'<h2 class="post-title"><a href="/p/1" rel="bookmark">{f.headline}</a></h2>',
        lambda f: f"<small>by {f.author}</small>",
        body=lambda f, ps: (
            '<div class="entry">' + "".join(ps) + '</div><p class="postmetadata alt"><small>'
            f"This entry was posted on {f.published:%A}, {_ordinal(f.published)} at 9:40 am "
            'and is filed under <a href="/k">News</a>.</small></p>' + _classic_comments(f)
        ),
    ),
    Family(
        "comments each an <article> with a <time>, the post's date a posted-on at its foot",
        lambda f: f"<title>{f.headline} &#8211; {f.site}</title>",
        lambda f: f'<h1 class="entry-title">{f.headline}</h1>',
        lambda f: f'<div class="entry-byline">Written by {f.author}</div>',
        body=lambda f, ps: (
            '<div class="entry-content">' + "".join(ps) + '</div><footer class="entry-footer">'
            f'<span class="posted-on">Posted on <time class="entry-date published" datetime="'
            f'{iso(f.published)}">{long_date(f.published)}</time></span></footer></article>'
            + _comment_articles(f)
        ),
        closes=True,
    ),
]
