"""Template families of bench/html_generated.py written in session 32, each breaking one
assumption the HTML reading makes, in templates no earlier session wrote (page builders,
news themes, documentation pages, forum threads, newsletters' web views). Scored before
any rule was written from them, in pairs of one break spelled two ways; the first of each
pair is held out. The assumptions and how these pages break them:

- the byline and the date stand under the headline, in the few elements after it: a news
  theme's meta box (avatar, name, date) stands over the ``h1``; a page builder's header
  puts the date in a row of icons before the heading widget;
- an element is one line and its inline pieces one run: a page builder's post-info list
  of icon items (``<li><i></i><span>Name</span></li>``); a newsletter's web view of table
  cells, the name and the date in cells of one row;
- the page's headline is a heading (``h1``, or the ``h2`` its title names): a newsletter's
  headline a styled ``td`` the title states; a documentation page's ``h1`` under a
  breadcrumb that repeats the site;
- the article's date is the first one shown: a forum thread's opening post, its date in a
  post-header with the poster's name, replies dated later; a documentation page's
  "Last updated" over its "Published";
- a date is written as the date alone: a date with its weekday and time in one span
  ("Mon Mar 04, 2024 9:40 am"), one after "·" and a reading time.

Pages carry what real copies do around the thing read. All text is invented.
"""

from __future__ import annotations

import datetime as dt

from html_family import Facts, Family, iso, long_date


def _short(day: dt.date) -> str:
    return f"{day:%b} {day.day}, {day.year}"


def _forum_post(name: str, day: dt.date, title: str, text: str, k: int) -> str:
    return (
        f'<div class="post" id="p{k}"><div class="postprofile"><a class="username" '
        f'href="/member/{k}">{name}</a><span class="rank">Regular</span></div>'
        f'<div class="postbody"><h3><a href="#p{k}">{title}</a></h3><p class="post-head">'
        f"by <strong>{name}</strong> &raquo; {day:%a} {_short(day)} 9:{k + 10} am</p>"
        f'<div class="content">{text}</div></div></div>'
    )


def _thread(f: Facts, ps: list[str]) -> str:
    """The opening post holds the paragraphs; two replies follow, dated later."""
    first = _forum_post(f.author, f.published, f.headline, "".join(ps), 1)
    replies = "".join(
        _forum_post(
            name,
            f.published + dt.timedelta(days=k + 1),
            f"Re: {f.headline}",
            "<p>Thanks, the same thing happened on our street last week.</p>",
            k + 2,
        )
        for k, name in enumerate((f.coauthor, f.third))
    )
    return first + replies


def _discussion(f: Facts, ps: list[str]) -> str:
    """A thread of posts, each an article with its poster's name and a <time>."""
    posts = [(f.author, f.published, "".join(ps))]
    posts += [
        (name, f.published + dt.timedelta(days=k + 2), "<p>Good to see this written down.</p>")
        for k, name in enumerate((f.coauthor, f.third))
    ]
    return "".join(
        f'<div class="topic-post" id="post_{k + 1}"><div class="topic-meta-data">'
        f'<span class="names"><a href="/u/{k}" class="username">{name}</a></span>'
        f'<div class="post-info"><a href="/t/9/{k + 1}"><time datetime="{iso(day, 10 + k)}">'
        f'{_short(day)}</time></a></div></div><div class="cooked">{text}</div></div>'
        for k, (name, day, text) in enumerate(posts)
    )


def _cells(*rows: str) -> str:
    return (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        + "".join(f"<tr>{r}</tr>" for r in rows)
        + "</table>"
    )


COPIED = [
    Family(
        "a news theme's meta box over the h1: avatar, the name linked, the date",
        lambda f: f"<title>{f.headline} | {f.site}</title>",
        lambda f: (
            '<div class="article-meta"><img class="avatar" src="/a.jpg" alt=""><div class='
            f'"meta-text"><a href="/staff/1">{f.author}</a><span class="meta-date">'
            f'{long_date(f.published)}</span></div></div><h1 class="article-h">{f.headline}</h1>'
        ),
        lambda f: '<p class="dek">What happens next is up to the board.</p>',
    ),
    Family(
        "a page builder's header: a row of icon items over the heading widget (h2)",
        lambda f: f"<title>{f.headline} - {f.site}</title>",
        lambda f: (
            '<div class="e-con"><div class="widget-post-info"><ul class="post-info">'
            f'<li><i class="icon-user"></i><span class="post-info-author">{f.author}</span></li>'
            f'<li><i class="icon-cal"></i><span class="post-info-date">{_short(f.published)}'
            '</span></li><li><i class="icon-tag"></i><span>News</span></li></ul></div>'
            f'<div class="widget-heading"><h2 class="heading-title">{f.headline}</h2></div></div>'
        ),
        lambda f: "",
    ),
    Family(
        "a page builder's post-info list of icon items under the heading widget (h2)",
        lambda f: f"<title>{f.headline} &#8211; {f.site}</title>",
        lambda f: (
            '<div class="e-con"><div class="widget-heading"><h2 class="heading-title">'
            f"{f.headline}</h2></div></div>"
        ),
        lambda f: (
            '<div class="e-con"><ul class="post-info"><li><i class="icon-user"></i><span>'
            f'{f.author}</span></li><li><i class="icon-cal"></i><span>{_short(f.published)}'
            '</span></li><li><i class="icon-clock"></i><span>9:40 am</span></li>'
            '<li><i class="icon-chat"></i><span>No Comments</span></li></ul></div>'
        ),
    ),
    Family(
        "a newsletter's web view: the name and the date in two cells of one row",
        lambda f: f"<title>{f.headline}</title>",
        lambda f: _cells(
            f'<td class="masthead">{f.site}</td>', f'<td><h1 class="title">{f.headline}</h1></td>'
        ),
        lambda f: _cells(
            f'<td class="from" align="left">{f.author}</td><td class="sent" align="right">'
            f"{long_date(f.published)}</td>"
        ),
    ),
    Family(
        "a newsletter's web view: the headline a styled td the title states, By line in a cell",
        lambda f: f"<title>{f.headline}</title>",
        lambda f: _cells(
            f'<td style="font-size:12px">{f.kicker} &middot; {long_date(f.published)}</td>',
            f'<td style="font-size:30px;font-weight:700;line-height:36px">{f.headline}</td>',
        ),
        lambda f: _cells(f'<td style="font-size:14px">By {f.author}</td>'),
        body=lambda f, ps: _cells(*(f"<td>{p}</td>" for p in ps)),
    ),
    Family(
        "a documentation page: a breadcrumb naming the site over the h1, Written by … at its foot",
        lambda f: f"<title>{f.headline} — {f.site} Help Centre</title>",
        lambda f: (
            f'<ol class="breadcrumb"><li><a href="/">{f.site} Help Centre</a></li><li><a '
            f'href="/c">{f.kicker}</a></li></ol><h1 class="doc-title">{f.headline}</h1>'
        ),
        lambda f: "",
        body=lambda f, ps: (
            '<div class="doc-body">' + "".join(ps) + '</div><div class="doc-footer"><p>'
            f"Written by {f.author}</p><p>Published {long_date(f.published)}</p></div>"
        ),
    ),
    Family(
        "a documentation page: Last updated over Published, both under the h1",
        lambda f: f"<title>{f.headline} | {f.site} Docs</title>",
        lambda f: f'<h1 class="doc-title">{f.headline}</h1>',
        lambda f: (
            f'<div class="doc-meta"><span>Last updated {long_date(f.updated)}</span> '
            f"<span>Published {long_date(f.published)}</span> "
            f'<span class="doc-author">By {f.author}</span></div>'
        ),
    ),
    Family(
        "a forum thread: the topic an h2, the opening post's header by Name » weekday date time",
        lambda f: f"<title>{f.headline} - {f.site} Forum</title>",
        lambda f: f'<h2 class="topic-title"><a href="/t/9">{f.headline}</a></h2>',
        lambda f: "",
        body=lambda f, ps: _thread(f, ps),
    ),
    Family(
        "a forum thread: the topic the h1, each post a name and a <time> in its meta",
        lambda f: f"<title>{f.headline} - {f.site} Community</title>",
        lambda f: f'<h1 class="fancy-title">{f.headline}</h1>',
        lambda f: "",
        body=lambda f, ps: _discussion(f, ps),
    ),
    Family(
        "a long-form post: Name · date · 6 min read in one line of spans under the h1",
        lambda f: f"<title>{f.headline} | by {f.author} | {f.site}</title>",
        lambda f: f'<h1 class="pw-post-title">{f.headline}</h1>',
        lambda f: (
            f'<div class="pw-meta"><span><a href="/@x">{f.author}</a></span><span> · </span>'
            f"<span>6 min read</span><span> · </span><span>{_short(f.published)}</span></div>"
        ),
    ),
]
