"""What a page's markup says about its article: headline, captions, byline, date, comments.

Read from the parsed page before extraction: the headings and titles the headline is
chosen from (``html_title_parts``, ``html_headline``), so it is the line a reader sees
above the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from reader.ingest.html_byline import find_byline
from reader.ingest.html_comment_read import MarkupComment
from reader.ingest.html_comments import find_comments
from reader.ingest.html_date_lines import element_date, is_update
from reader.ingest.html_date_order import in_page_order
from reader.ingest.html_dated_byline import name_by_date
from reader.ingest.html_dates import in_dated_list, labels_teasers, shown_date
from reader.ingest.html_guessed_date import top_dates
from reader.ingest.html_headings import headlines, over_body
from reader.ingest.html_headline import headline
from reader.ingest.html_meta import Metadata, read_metadata
from reader.ingest.html_sections import Box, body_sections
from reader.ingest.html_subtitles import find_subtitles
from reader.ingest.html_text import SKIP, norm, text_of
from reader.ingest.html_title_parts import Titles, named_by
from reader.ingest.html_titles import footer_words, read_titles, sort_heading

_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class PageFacts:
    titles: Titles = field(default_factory=Titles)  # headings and stated titles
    captions: list[str] = field(default_factory=list)  # figcaption texts, in page order
    image_captions: dict[str, str] = field(default_factory=dict)  # image src -> figcaption
    byline: str | None = None  # the byline element's text
    authors: list[str] = field(default_factory=list)  # the names in it
    time_text: str | None = None  # the first date shown soon after the headline (a <time>
    # or a date line: html_dates), else the first <time> under it (else on the page); not
    # an update's when a dated one of publication follows it
    time_date: str | None = None  # its date: its datetime's, else its text's
    time_published: bool = False  # it is shown under the headline and no update's
    shown_near: bool = False  # a publication's date is shown soon after the headline
    address_date: str | None = None  # the date the page's own address gives (…/2024/05/02/…)
    comments: list[MarkupComment] = field(default_factory=list)
    subtitles: dict[str, str] = field(default_factory=dict)  # h1 text -> the dek under it
    metadata: Metadata = field(default_factory=Metadata)  # what the page states in data
    sections: list[list[Box]] = field(default_factory=list)  # boxes of one body
    list_dates: set[str] = field(default_factory=set)  # the dates of dated lists' items
    top_dates: set[str] = field(default_factory=set)  # dates shown above the masthead

    def title(self, extracted: str | None, site: str | None) -> str | None:
        return headline(self.titles, norm(extracted) or None, site)

    def stated_date(self) -> str | None:
        """The date the page states apart from its data and what it shows: its address's,
        else its app's state's."""
        return self.address_date or self.metadata.app_published

    def shown_date(self) -> tuple[str | None, str | None]:
        """(the text shown, the date) that dates the article: a publication's date shown
        soon after the headline, else the one the address states or a script of the app's
        state keeps (over an update's, or a teaser's ``<time>`` above the headline or past
        the body), else the date shown."""
        stated = self.stated_date()
        if stated and not self.shown_near and self.time_date != stated:
            return None, stated
        return self.time_text, self.time_date


def page_facts(root: HtmlElement, address: str | None = None) -> PageFacts:
    """What the markup says; ``address`` is the date the page's address gives."""
    facts = PageFacts(
        comments=find_comments(root), metadata=read_metadata(root), address_date=address
    )
    facts.top_dates = top_dates(root)
    inside = {n for c in facts.comments for n in c.node.iter()}
    heads, settled = _read_marks(root, facts, inside)
    read_titles(root, facts.titles, facts.metadata.headline)
    named = named_by(facts.titles)
    if found := find_byline(root, inside, named):
        facts.byline, facts.authors = found
    heading = next((h for h in headlines(root, named) if h.tag != "h1" or h in heads), None)
    if heading is None and not heads:  # no h1 heads the article: the heading over its body,
        over = over_body(root)  # unless a teaser's (an item of a list of dated links) or
        teaser = over is not None and (in_dated_list(over) or labels_teasers(over))  # a box's
        heading = over if not teaser else None
    said = {d for d in (facts.metadata.published, address) if d}  # the dates it states
    shown = shown_date(heading, inside, said) if heading is not None else None
    if shown and (not shown.update or not settled):  # over a teaser's <time>, or none
        dates = (c.date_text for c in facts.comments if c.date_text)
        date = in_page_order(shown.text, shown.date, shown.node, root, dates)
        facts.time_text, facts.time_date = shown.text, date
    if facts.byline is None and shown and (found := name_by_date(shown.node, heading)):
        facts.byline, facts.authors = found  # "Ann Lee" beside "May 2, 2024"
    facts.shown_near = bool(shown and not shown.update)
    facts.titles.h1_dated = shown is not None and heading is not None and heading.tag == "h1"
    facts.time_published = settled or facts.shown_near
    _date_loose_meta(facts)
    facts.subtitles = find_subtitles(root, facts.byline)
    facts.sections = body_sections(root, [c.node for c in facts.comments])
    return facts


def _read_marks(
    root: HtmlElement, facts: PageFacts, inside: set[HtmlElement]
) -> tuple[set[HtmlElement], bool]:
    """The page's h1s, h2s, captions and <time>s outside its comments, in page order, into
    ``facts``: (the h1s that are no masthead, a publication's <time> is settled under the
    headline)."""
    under_headline = settled = False  # a <time> above the headline may date a teaser
    heads: set[HtmlElement] = set()  # the h1s that are no masthead
    above = updated = True  # the <time> kept: above the headline, an update's
    footer = footer_words(root)
    for node in root.iter("h1", "h2", "figcaption", "time"):
        if node in inside or any(a.tag in SKIP for a in node.iterancestors()):
            continue
        text = text_of(node)
        if not text:
            continue
        if node.tag == "h1":
            if sort_heading(node, text, facts.titles, footer):
                under_headline = True
                heads.add(node)
        elif node.tag == "h2":
            facts.titles.subheads.append(text)
        elif node.tag == "figcaption":
            _caption(facts, node, text)
        elif len(text) > 60 or settled:
            continue
        elif in_dated_list(node):
            if listed := element_date(node, text):
                facts.list_dates.add(listed)
        else:
            update = is_update(node, text)
            date = element_date(node, text)
            replaces = above or (updated and not update and date is not None)
            if facts.time_text is None or (under_headline and replaces):
                facts.time_text, facts.time_date = text, date
                above, updated = not under_headline, update
                settled = under_headline and not update
    return heads, settled


def _caption(facts: PageFacts, node: HtmlElement, text: str) -> None:
    """A figcaption: the page's captions, and the caption of each image of its figure."""
    facts.captions.append(text)
    figure = next((a for a in node.iterancestors("figure")), None)
    for image in figure.iter("img") if figure is not None else ():
        for src in (image.get("src"), image.get("data-src")):
            if src:
                facts.image_captions.setdefault(src, text)


def _date_loose_meta(facts: PageFacts) -> None:
    """A loose date meta ("date", "dc.date") dates the page unless it is later than the
    publication's date shown under the headline: then it is the last modification's (an
    article is modified after it is published, never before)."""
    loose, shown = facts.metadata.loose_published, facts.time_date
    if loose and not (facts.time_published and shown and shown < loose):
        facts.metadata.published = facts.metadata.published or loose
