"""The text of an HTML element: on one line, or in the lines a browser shows.

A ``<br>`` or a block element (a ``div``, ``p``, ``li``) breaks a line; inline elements
join their text as it stands ("Don<em>'t</em>" is "Don't"). Text is cleaned as every
input is (``source.clean``) and its spaces collapsed.
"""

from __future__ import annotations

import re

from lxml.etree import _Element
from lxml.html import HtmlElement

from reader.ingest.source import clean

SKIP = frozenset({"script", "style", "noscript", "template"})
_HOME = re.compile(r"^(?:https?://[^/]+)?/?(?:index\.\w+)?$")  # a link's to the home page
_BLOCKS = frozenset({"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "header"})


def norm(text: str | None) -> str:
    return " ".join(clean(text or "").split())


def text_of(node: _Element) -> str:
    """All the element's text on one line, its pieces apart."""
    return norm(" ".join(map(str, node.itertext())))


def links_home(node: HtmlElement) -> bool:
    """The element is all a link to the home page (a masthead's "Gull Post")."""
    text = text_of(node)
    return any(is_home(a) and text_of(a) == text for a in node.iter("a"))


def is_home(link: HtmlElement) -> bool:
    """A link to the home page ("/", "https://gull.example/", "index.html")."""
    href = link.get("href")
    return href is not None and _HOME.match(href.strip()) is not None


def lines_of(node: HtmlElement) -> list[str]:
    """The element's text in the lines a browser shows, blank ones left out."""
    parts: list[str] = [_flat(node.text)]

    def walk(element: HtmlElement) -> None:
        for child in element:
            if isinstance(child.tag, str) and child.tag not in SKIP:
                breaks = child.tag == "br" or child.tag in _BLOCKS
                parts.extend(["\n", _flat(child.text)] if breaks else [_flat(child.text)])
                walk(child)
                parts.append("\n" if child.tag in _BLOCKS else "")
            parts.append(_flat(child.tail))

    walk(node)
    return [line for line in map(norm, "".join(parts).split("\n")) if line]


_LINE_ENDS = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def _flat(text: str | None) -> str:
    """Source text's own line ends are spaces, the last one too ("By\\n<a>Ann Lee</a>" is
    "By Ann Lee"); only the markup breaks lines."""
    return _LINE_ENDS.sub(" ", text or "")
