"""What a page's publisher states about its article in data: authors and publication date.

Three places, most explicit first: the JSON-LD of the article (``NewsArticle``,
``BlogPosting``…, else the ``WebPage``), its microdata (``itemprop="author"``,
``itemprop="datePublished"``), and the ``<meta>`` tags news systems write
(``article:published_time``, ``author``, ``parsely-author``…); apart, when none of them
dates the page, a script of the app's state (``html_app_state``: less sure than a date
shown, as a video's state may date the video); when none names an author, the records
of the app's state by their titles (``html_state_authors``: the article's is read once
its headline is known). Authors are the names
as given there, one by one ("Troy K. Vane, Gullport.com" is "Troy K. Vane" and
"Gullport.com"; "The Associated Press"); an author typed as an organisation, a link, a
handle or a lower-case user name is no author. The date is the calendar date as
written ("2024-03-05T04:58:46Z" is the 5th, whatever the reader's time zone); epoch
seconds (or milliseconds) give their date in UTC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

from reader.ingest.byline_marks import OTHER_CREDITS
from reader.ingest.html_json_ld import ld_authors_and_dates, ld_headline, ranked_objects
from reader.ingest.html_meta_dates import date_of
from reader.ingest.html_microdata import microdata
from reader.ingest.names import CREDENTIALS

_DATE_METAS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "parsely-pub-date",
    "sailthru.date",
)
_LOOSE_DATE_METAS = ("date", "dc.date")  # a publication's or the last modification's
_AUTHOR_METAS = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
)
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+(?:and|&)\s+")
_NOT_A_NAME = re.compile(r"://|^www\.|@")
_ROLE_BY = re.compile(r"^\s*(?:[^\W\d_]+\s+){1,2}by\s+", re.IGNORECASE)  # "Reporting by"
_CREDITED = re.compile(rf"\b(?:{OTHER_CREDITS})\s+by\b", re.IGNORECASE)  # "edited by Ann Lee"


@dataclass(slots=True)
class Metadata:
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # YYYY-MM-DD
    headline: str | None = None  # the JSON-LD article's
    app_published: str | None = None  # a script of the app's state's, when nothing else
    # dates the page (html_page reads it then: its scripts may run to megabytes)
    state_authors: dict[str, list[str]] = field(default_factory=dict)  # by a record's title,
    # from a script of the app's state, read when nothing above names an author
    loose_published: str | None = None  # a date meta that may be the last modification's
    # ("date", "dc.date"): html_article weighs it against the date shown


def read_metadata(root: HtmlElement) -> Metadata:
    ranked, ids = ranked_objects(root)
    found = Metadata(headline=ld_headline(ranked))
    metas, found.loose_published = _metas(root)
    for authors, date in (_json_ld(ranked, ids), _microdata(root), metas):
        found.authors = found.authors or stated_names(authors)
        found.published = found.published or date
    return found


def stated_names(values: list[str]) -> list[str]:
    """Each name of the values once: "By Ann Lee, Gull Gazette" is "Ann Lee", "Gull Gazette";
    a credential after a comma is no one ("Grant Tolley, PhD"), nor a value that credits
    another role ("Second edition, edited by Ann Lee", as in a byline shown), though the
    reporters of an agency's credit are ("Reporting by Ann Lee; Editing by Bo Park")."""
    result: list[str] = []
    for part in (part for value in values for part in _credits(value)):
        for name in _SEPARATOR.split(_BY.sub("", part.strip())):
            name = " ".join(name.split())
            credential = name.lower().replace(" ", "") in CREDENTIALS
            if _is_name(name) and not credential and name not in result:
                result.append(name)
    return result


def _credits(value: str) -> list[str]:
    """The value, or when it credits another role the parts of it that credit none, each
    without its role ("Reporting by Ann Lee; Editing by Bo Park" is "Ann Lee")."""
    if not _CREDITED.search(value):
        return [value]
    parts = (part for part in value.split(";") if not _CREDITED.search(part))
    return [_ROLE_BY.sub("", part) for part in parts]


def _is_name(name: str) -> bool:
    """Not a link, a handle or a lower-case user name ("admin"); scripts without case
    (Chinese, Japanese) have no upper case to show."""
    lower_only = name == name.lower() and name != name.upper()
    return 0 < len(name) <= 100 and not lower_only and not _NOT_A_NAME.search(name)


def _json_ld(
    ranked: list[dict[str, Any]], ids: dict[str, dict[str, Any]]
) -> tuple[list[str], str | None]:
    authors, dates = ld_authors_and_dates(ranked, ids)
    return authors, next((d for v in dates if (d := date_of(v))), None)


def _microdata(root: HtmlElement) -> tuple[list[str], str | None]:
    authors, dates = microdata(root)
    return authors, next((d for v in dates if (d := date_of(v))), None)


def _metas(root: HtmlElement) -> tuple[tuple[list[str], str | None], str | None]:
    """The first author meta that names someone, each of its tags once (a name repeated,
    ``parsely-author`` twice, names one author a tag), and the first publication meta's
    date; then the first loose date meta's."""
    content: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key and meta.get("content"):
            content.setdefault(key, []).append(meta.get("content") or "")
    named = (stated_names(content[k]) for k in _AUTHOR_METAS if k in content)
    authors = next((n for n in named if n), [])
    dates = (date_of(content[k][0]) for k in _DATE_METAS if k in content)
    loose = (date_of(content[k][0]) for k in _LOOSE_DATE_METAS if k in content)
    return (authors, next((d for d in dates if d), None)), next((d for d in loose if d), None)
