"""A web page's HTML into the same article as its copied text would give.

trafilatura finds the main content (body, title, authors, date, site); the page's
own markup gives the headline (its ``h1``), captions (``figcaption``), the byline and
the comments with their reply tree (``html_comments``). Each element becomes one
block of the kinds text input uses, classified by the same line tests.

``lines`` for HTML input: blocks are numbered as lines of the text reader extracts,
one line per block in document order (article blocks, then each comment's blocks).
"""

from __future__ import annotations

import re

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from reader.ingest.headline_shape import comparable
from reader.ingest.html_app_state import app_state_date
from reader.ingest.html_article import PageFacts, page_facts
from reader.ingest.html_blocks import BlockBuilder
from reader.ingest.html_dates import address_date
from reader.ingest.html_guessed_date import guessed_date
from reader.ingest.html_links import attach_links, page_addresses, page_links
from reader.ingest.html_meta import stated_names
from reader.ingest.html_sections import with_rest_of_body
from reader.ingest.html_site import site_name
from reader.ingest.html_state_authors import state_records
from reader.ingest.html_threads import build_comments
from reader.ingest.lines import forget_lines
from reader.ingest.source import InputError, SourceText, is_url
from reader.model import Article

_WHOLE_PAGE = 2000  # characters of one extracted paragraph that is the whole page
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def parse_tree(text: str, warnings: list[str] | None = None) -> HtmlElement:
    """The page's tree, without its ``<!-- -->`` comments: their text after them stays
    where it was (a framework's ``When <!-- -->the<!-- --> council`` is one sentence;
    extraction drops a comment's tail with it).

    Parsed without libxml2's default limits (255 levels, 10 MB text nodes: a data URI
    or a long script before the article left it empty); what its larger limits still
    stop is said in ``warnings``."""
    parser = lxml_html.HTMLParser(huge_tree=True)
    try:
        root = lxml_html.document_fromstring(_XML_DECLARATION.sub("", text, count=1), parser=parser)
    except (ValueError, etree.ParserError) as error:
        raise InputError(f"cannot read the HTML: {error}") from None
    limits = [e for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"]
    if limits and warnings is not None:
        why = limits[0].message.split(",")[0].strip().rstrip(":").lower()
        warnings.append(f"the page's markup is past what reader reads ({why}): the rest is unread")
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    return root


def parse_html(source: SourceText) -> Article:
    forget_lines()
    root = parse_tree(source.text, source.warnings)
    url = source.name if is_url(source.name) else None
    addresses = page_addresses(root, url)
    own_url = addresses[0] if addresses else None
    dated = (d for address in addresses if (d := address_date(address)))
    facts = page_facts(root, next(dated, None))  # before trafilatura: it prunes the tree
    if not (facts.address_date or facts.metadata.published):
        facts.metadata.app_published = app_state_date(root)
    if not facts.metadata.authors:
        facts.metadata.state_authors = state_records(root)
    links = page_links(root)  # before extraction prunes the tree
    _drop_comments(facts)  # read already: extraction is for the article
    extracted = _extract(root, url, fast=True)
    if _gave_up(extracted):
        extracted = _extract(parse_tree(source.text), url, fast=False)
    article = _article(facts, extracted, source.text)
    if not article.authors and article.title:  # the app's record of the article
        stated = facts.metadata.state_authors.get(comparable(article.title), [])
        article.authors = stated_names(stated)
    article.url = own_url
    attach_links(article, links, own_url)
    build_comments(article, facts.comments, extracted, article_lines(article) + 1)
    return article


def _drop_comments(facts: PageFacts) -> None:
    """Take the comments read from the markup out of the tree (their tails stay):
    extraction is left the article, and the copies of the tree it makes hold no comments
    (a page of comments held four times over was 40x the file)."""
    held = {c.node for c in facts.comments}
    for comment in facts.comments:
        node = comment.node
        if node.getparent() is not None and not any(a in held for a in node.iterancestors()):
            node.drop_tree()


def _extract(root: HtmlElement, url: str | None, fast: bool) -> object:
    """trafilatura's main content and metadata. ``fast``: no second opinion from
    readability/justext (a third of the time), asked only when the first reading failed."""
    return trafilatura.bare_extraction(
        root,
        url=url,
        fast=fast,
        include_comments=True,
        include_tables=True,
        include_images=True,  # to put the figcaptions back where they were
        with_metadata=True,
    )


def _gave_up(extracted: object) -> bool:
    """No body, or the whole page's text as one paragraph (extraction's last resort)."""
    body = getattr(extracted, "body", None)
    if body is None or len(body) == 0:
        return True
    return len(body) == 1 and len(" ".join(body[0].itertext())) > _WHOLE_PAGE


def _article(facts: PageFacts, extracted: object, page: str) -> Article:
    sitename = getattr(extracted, "sitename", None)
    title = facts.title(getattr(extracted, "title", None), sitename)
    article = Article(title=title, site=sitename)
    article.published = facts.metadata.published
    builder = BlockBuilder(article, facts)
    body = getattr(extracted, "body", None)
    builder.add_elements(body if body is not None else [])
    builder.pieces = with_rest_of_body(builder.pieces, facts.sections)
    others = facts.list_dates | facts.top_dates
    guess = guessed_date(getattr(extracted, "date", None), others, page)
    builder.finish(getattr(extracted, "author", None), guess)
    # Named after the byline is read: a blog's <title> piece may be its author's name.
    article.site = site_name(facts.titles, title, sitename)
    return article


def article_lines(article: Article) -> int:
    """The last line number the document's blocks use."""
    numbers = [n for b in article.blocks for n in b.lines]
    for comment in article.comments:
        numbers += [n for b in comment.blocks for n in b.lines]
        numbers += [n for a in comment.articles for b in a.blocks for n in b.lines]
    return max(numbers, default=0)
