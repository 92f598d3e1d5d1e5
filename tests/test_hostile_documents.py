"""No string of a document holds a control character, however the page spelled one.

Pages are written with terminal escapes in every place a string of the model comes
from: as raw bytes in a text copy, as character references (``&#27;``) in HTML, as
data an API source hands over (a discussion site's answer, where JSON spells ``\\u001b``). Every string of each document is walked, and each
output format is checked too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import fields, is_dataclass

import pytest
from conftest import FIXTURES, parse_text

from reader.cli_config import color_style
from reader.ingest.source import from_bytes
from reader.model import Document
from reader.render.highlight import colorize
from reader.render.json_out import to_json
from reader.render.markdown import to_markdown
from reader.render.plain import to_text
from reader.sources import parse_source

# Set the title, write the clipboard, plant a link, clear the screen, ring, DEL, 8-bit CSI.
ESCAPES = [
    "\x1b]0;owned\x07",
    "\x1b]52;c;aGVsbG8=\x07",
    "\x1b]8;;file:///etc/passwd\x1b\\",
    "\x1b[2J",
    "\x07",
    "\x7f",
    "\x01",
    "\x9b31m",
]
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def spoil(text: str, spell: Callable[[str], str]) -> str:
    """Each word of `text` followed by one escape, spelt as the input kind spells it."""
    words = text.split(" ")
    return " ".join(w + spell(ESCAPES[k % len(ESCAPES)]) for k, w in enumerate(words))


def as_references(escape: str) -> str:
    return "".join(c if " " <= c < "\x7f" else f"&#{ord(c)};" for c in escape)


def raw(escape: str) -> str:
    return escape


TEXT_PAGE = """Harbour town votes to rebuild the old lighthouse

By Marta Quill

May 2, 2024

PORTWEN — The council voted on Tuesday to rebuild the lighthouse, said Harriet Vell, the harbour master.

“We owe it to every boat that comes home at night,” said Harriet Vell.

Photo: The lighthouse at dusk. (Ada Cole / Gull Gazette)

3 Comments

Ossian Brae says:
May 2, 2024 at 9:12 am
About time. My grandfather kept that lamp for thirty years.

Reply
Mira Holt says:
May 2, 2024 at 10:40 am
@Ossian Brae “never missed a night” is what everyone says of him.
"""

HTML_PAGE = """<!DOCTYPE html>
<html><head><title>{t} | Gazette</title><meta name="description" content="{t}"></head>
<body><article><h1>{t}</h1><p class="subtitle">{s}</p><p class="byline">By {a}</p>
<time>{d}</time>
<figure><img src="x.jpg"><figcaption>{s}</figcaption></figure>
<p>{p}</p><p>“{q},” said {a}, the harbour master, at the town hall meeting.</p><p>{p}</p>
</article>
<ol class="commentlist">
<li class="comment" id="comment-1"><div class="comment-author"><cite class="fn">{a}</cite></div>
<div class="comment-metadata"><time>{d}</time></div>
<div class="comment-content"><p>{p}</p></div>
<ul class="children"><li class="comment" id="comment-2"><div class="comment-author">
<cite class="fn">{a}</cite></div><div class="comment-content"><p>@{a} {q}</p></div></li></ul></li>
<li class="pingback" id="comment-3"><p>{a} {s}</p></li>
</ol>
<!DOCTYPE x [<!ENTITY leak SYSTEM "file:///etc/passwd">]><p>&leak;</p>
</body></html>"""

PROSE = "The council of Portwen voted on Tuesday to rebuild the lighthouse on the cliff"


def html_page() -> str:
    fill = {
        "t": "Harbour town votes to rebuild the old lighthouse",
        "s": "A decade of argument ends with a vote",
        "a": "Marta Quill",
        "d": "May 2, 2024 at 9:12 am",
        "p": PROSE,
        "q": "We owe it to every boat that comes home",
    }
    return HTML_PAGE.format(**{k: spoil(v, as_references) for k, v in fill.items()})


# What people write in a site's answer (not its ids, types, times and addresses).
WRITTEN = {"author", "title", "text", "comment", "comment_plain", "commenting_user"}
WRITTEN |= {"description", "description_plain", "submitter_user", "username", "acct"}
WRITTEN |= {"content", "display_name", "name", "spoiler_text"}


def spoil_json(value: object) -> object:
    """Every written string of a site's answer spoilt (JSON spells the escapes \\u001b,
    which json.loads turns into the characters); no linked page to fetch."""
    if isinstance(value, list):
        return [spoil_json(v) for v in value]
    if isinstance(value, dict):
        return {
            k: spoil(v, raw) if k in WRITTEN and isinstance(v, str) else spoil_json(v)
            for k, v in value.items()
            if k != "url"
        }
    return value


def api_document(fixture: str) -> Document:
    """A discussion site's saved answer, as its source builds the model from the data."""
    data = json.loads((FIXTURES / "discussions" / fixture).read_text())
    answer = json.dumps(spoil_json(data)).encode()
    return parse_source(from_bytes(answer, spoil(fixture, raw)))


DOCUMENTS: dict[str, Callable[[], Document]] = {
    "text": lambda: parse_text(spoil(TEXT_PAGE, raw), name=spoil("page.txt", raw)),
    "html": lambda: parse_source(from_bytes(html_page().encode(), "page.html")),
    "hackernews": lambda: api_document("hn_item.json"),
    "lobsters": lambda: api_document("lobsters_story.json"),
    "mastodon": lambda: api_document("mastodon_thread.json"),
}


def strings(value: object, where: str = "document") -> Iterator[tuple[str, str]]:
    """(where, string) for every string in a model object."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, list | tuple | set | frozenset):
        for k, item in enumerate(value):
            yield from strings(item, f"{where}[{k}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(key, f"{where} key")
            yield from strings(item, f"{where}[{key!r}]")
    elif is_dataclass(value):
        for field in fields(value):
            yield from strings(getattr(value, field.name), f"{where}.{field.name}")


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_no_string_of_the_document_holds_a_control_character(kind: str) -> None:
    document = DOCUMENTS[kind]()
    found = list(strings(document))
    assert len(found) > 10
    dirty = [(where, text) for where, text in found if CONTROL.search(text.replace("\n", ""))]
    assert dirty == []
    assert not any("root:" in text for _, text in found)  # the entity was not resolved


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_no_output_format_holds_a_control_character(kind: str) -> None:
    document = DOCUMENTS[kind]()
    for output in (to_json(document), to_markdown(document), to_text(document)):
        assert CONTROL.search(output) is None
    colored = colorize(to_text(document), color_style(), ["Marta Quill"], set())
    assert "\x1b[" in colored
    assert CONTROL.search(re.sub(r"\x1b\[[0-9;]*m", "", colored)) is None


def test_the_html_comments_keep_their_words() -> None:
    comments = DOCUMENTS["html"]().article.comments
    assert [c.author for c in comments[:2]] == ["Marta Quill", "Marta Quill"]
    assert comments[0].date_text == "May 2, 2024 at 9:12 am"
    assert PROSE in comments[0].text.replace("›31m", "")  # HTML reads &#155; as cp1252 does
