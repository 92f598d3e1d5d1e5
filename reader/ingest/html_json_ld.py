"""A page's JSON-LD: every object in its scripts (lists and ``@graph`` members included),
the article's ones first (``NewsArticle``, ``BlogPosting``…, then the ``WebPage``), and
what they state: the headline, the authors (people, not the organisations an ``author``
may credit, a linked ``@id`` followed), the publication dates.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml.html import HtmlElement

ARTICLE = re.compile(r"Article|Posting|Report|Review|Recipe|Story", re.IGNORECASE)
_PAGE = re.compile(r"WebPage", re.IGNORECASE)
_ORGANIZATION = re.compile(r"Organi[sz]ation|Corporation", re.IGNORECASE)


def _objects(root: HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object of the page's JSON-LD, ``@graph`` members included."""
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            stack: list[Any] = [json.loads(script.text or "", strict=False)]
        except ValueError:
            continue
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[:0] = item
            elif isinstance(item, dict):
                graph = item.get("@graph")
                stack[:0] = graph if isinstance(graph, list) else [graph] if graph else []
                yield item


def _types(item: dict[str, Any]) -> str:
    kind = item.get("@type")
    return " ".join(map(str, kind)) if isinstance(kind, list) else str(kind or "")


def _people(value: Any, ids: dict[str, dict[str, Any]]) -> list[str]:
    """The names of an ``author`` value: people, not the organisations it may credit."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [name for item in value for name in _people(item, ids)]
    if not isinstance(value, dict):
        return []
    linked = ids.get(str(value.get("@id")))
    if linked is not None and linked is not value and "name" not in value:
        value = linked
    if _ORGANIZATION.search(_types(value)):
        return []
    name = value.get("name")
    if isinstance(name, list):
        name = " ".join(n for n in name if isinstance(n, str))
    if not isinstance(name, str):
        name = " ".join(str(value[k]) for k in ("givenName", "familyName") if value.get(k))
    return [name] if name else []


def ranked_objects(root: HtmlElement) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The JSON-LD articles, then pages; and every object by its @id."""
    objects = list(_objects(root))
    ids = {str(o["@id"]): o for o in objects if "@id" in o}
    ranked = [o for o in objects if ARTICLE.search(_types(o))]
    ranked += [o for o in objects if _PAGE.search(_types(o)) and o not in ranked]
    return ranked, ids


def ld_headline(ranked: list[dict[str, Any]]) -> str | None:
    headlines = (o.get("headline") for o in ranked)
    return next((h.strip() for h in headlines if isinstance(h, str) and h.strip()), None)


def ld_authors_and_dates(
    ranked: list[dict[str, Any]], ids: dict[str, dict[str, Any]]
) -> tuple[list[str], list[str]]:
    """The first article's (or page's) authors that name someone, and the publication
    dates the objects give, in their order (as written; epoch seconds as their digits)."""
    authors = next((a for o in ranked if (a := _people(o.get("author"), ids))), [])
    dates = (o.get("datePublished") or o.get("dateCreated") for o in ranked)
    written = (v for v in dates if not isinstance(v, bool))  # True is an int too
    return authors, [str(v) for v in written if isinstance(v, str | int | float)]
