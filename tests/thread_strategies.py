"""Hypothesis strategies for a discussion site's saved answer: Hacker News items,
Lobsters stories and Mastodon threads, in the shapes the sources read, with every
field sometimes of another type, missing or odd, ids that collide, replies to posts
not there and to each other (a cycle), and markup with escapes spelt as references.
Written for reader; no real text. No answer links a page on the web (``url`` null)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st
from page_strategies import date, name, odd, sentence, words

TAGS = ["<p>", "</p>", "<br>", "&gt; ", "<blockquote>", "</blockquote>", "<i>", "</i>"]
TAGS += ["<pre><code>", "</code></pre>", '<a href="https://gull.example/a">', "</a>"]
TAGS += ["&#27;]0;owned&#7;", "&#155;2J", "&amp;", '<span class="invisible">http://</span>']

anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(),
    st.text(max_size=8),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
times = st.one_of(date, st.sampled_from(["2024-05-02T13:00:00.000Z", "2024-05-02T09:10:00-05:00"]))


def mostly(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """The field's own kind of value, now and then anything else."""
    return st.one_of(strategy, strategy, strategy, anything)


@st.composite
def markup(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.one_of(sentence(), st.sampled_from(TAGS), odd), max_size=8))
    return "".join(pieces)


ids = st.integers(1, 12)  # few: they collide, and replies name posts that are not there


@st.composite
def hn_item(draw: st.DrawFn, depth: int = 0) -> dict[str, Any]:
    children = draw(st.lists(hn_item(depth + 1), max_size=3)) if depth < 3 else []
    item = {
        "id": draw(mostly(ids)),
        "type": draw(mostly(st.sampled_from(["comment", "comment", "pollopt"]))),
        "author": draw(mostly(st.one_of(name, st.none()))),
        "created_at": draw(mostly(times)),
        "text": draw(mostly(st.one_of(markup(), st.none()))),
        "children": draw(mostly(st.just(children))),
    }
    for flag in draw(st.lists(st.sampled_from(["dead", "deleted"]), max_size=1)):
        item[flag] = True
    return item


@st.composite
def hacker_news(draw: st.DrawFn) -> dict[str, Any]:
    story = {"id": draw(ids), "type": "story", "created_at_i": draw(mostly(st.integers()))}
    story |= {"title": draw(mostly(words(1, 8))), "author": draw(mostly(name)), "url": None}
    story |= {"text": draw(mostly(markup())), "points": draw(mostly(st.integers()))}
    return story | {"children": draw(st.lists(hn_item(), max_size=4))}


@st.composite
def lobsters(draw: st.DrawFn) -> dict[str, Any]:
    comments = [
        {
            "short_id": draw(mostly(ids.map(str))),
            "parent_comment": draw(mostly(st.one_of(st.none(), ids.map(str)))),
            "depth": draw(mostly(st.integers(-1, 4))),
            "comment": draw(mostly(markup())),
            "commenting_user": draw(mostly(name)),
            "created_at": draw(mostly(times)),
            "is_deleted": draw(mostly(st.booleans())),
        }
        for _ in range(draw(st.integers(0, 6)))
    ]
    story = {"short_id": "s1", "submitter_user": draw(mostly(name)), "url": None}
    story |= {"title": draw(mostly(words(1, 8))), "description": draw(mostly(markup()))}
    return story | {"created_at": draw(mostly(times)), "comments": comments}


@st.composite
def status(draw: st.DrawFn, ident: str | None = None) -> dict[str, Any]:
    account = {"acct": draw(mostly(name)), "display_name": draw(mostly(words(1, 3)))}
    return {
        "id": ident or draw(ids.map(str)),
        "in_reply_to_id": draw(st.one_of(st.none(), ids.map(str))),
        "account": draw(mostly(st.just(account))),
        "content": draw(markup()),
        "spoiler_text": draw(mostly(words(0, 4))),
        "created_at": draw(mostly(times)),
        "url": None,
        "card": None,
    }


@st.composite
def mastodon(draw: st.DrawFn) -> dict[str, Any]:
    root = draw(status("1")) | {"in_reply_to_id": None}
    return {"status": root, "context": {"descendants": draw(st.lists(status(), max_size=6))}}


def thread_answer() -> st.SearchStrategy[str]:
    """A saved answer of one of the three sites, as JSON text."""
    return st.one_of(hacker_news(), lobsters(), mastodon()).map(json.dumps)
