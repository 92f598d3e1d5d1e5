"""Quotes and speakers of one article: ``attribute(article)`` fills ``article.quotes``
and ``article.speakers`` from its headline, subtitle and body paragraphs.

Comments are not read; the pipeline calls this once more for each embedded article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from reader.analysis.quotes import (
    after_cues,
    context_cues,
    cues,
    headlines,
    opening_clauses,
    possessive_cues,
    quote_kinds,
    quote_styles,
    sentences,
    subjects,
)
from reader.analysis.quotes.column_author import headline_signer
from reader.analysis.quotes.people import People, read_block
from reader.analysis.quotes.quote_spans import Span, find_spans, is_quote_line, masked
from reader.analysis.quotes.resolve import speaker_of
from reader.analysis.quotes.speakers import Cast
from reader.lexicon import SAY_VERBS
from reader.model.document import Article, Block, BlockKind, Quote

_HEADLINES = (BlockKind.TITLE, BlockKind.SUBTITLE)


_SAYS_IN_LINE = re.compile(r"\b[a-z]+[,:]\s*[“\"‘]")  # "Wallace then asked, “With nukes?”"


def _body(block: Block) -> bool:
    """Prose: a paragraph, or a subhead ending in a colon that leads into the next one
    ("Reporter Ana Ruiz says:"), quoting someone after a comma ("Vale asked, “…”") or
    opening with a quote (a short quote paragraph read as a subhead)."""
    heading = block.kind is BlockKind.HEADING
    lead_in = heading and block.text.rstrip().endswith(":")
    return (
        block.kind is BlockKind.PARAGRAPH
        or lead_in
        or bool(heading and (_SAYS_IN_LINE.search(block.text) or is_quote_line(block.text)))
    )


@dataclass(slots=True)
class _View:
    index: int
    block: Block
    spans: list[Span]
    masked: str
    styled: str  # the block's text with its quotation marks in “…” style
    starts: list[int] = field(default_factory=list)


@dataclass(slots=True)
class _Found:
    view: _View
    span: Span
    speaker: str | None = None
    cue: str | None = None
    kind: str = "direct"
    repeats: tuple[str, int] | None = None  # the body quote a headline quote repeats


def _views(article: Article) -> list[_View]:
    blocks = [b for b in article.blocks if _body(b) or b.kind in _HEADLINES]
    in_style = quote_styles.normaliser([b.text for b in blocks if _body(b)])
    views: list[_View] = []
    for block in blocks:
        styled = in_style(block.text)  # “…” outside, whatever marks the article uses
        spans = find_spans(styled, singles=block.kind in _HEADLINES)
        text = masked(styled, spans)
        view = _View(len(views), block, spans, text, styled)
        view.starts = sentences.boundaries(text, spans, styled)
        views.append(view)
    return views


def _attribute_body(views: list[_View], cast: Cast) -> list[_Found]:
    found: list[_Found] = []
    last: _Found | None = None
    for view in views:
        if view.block.kind in _HEADLINES:
            continue
        text, spans = view.masked, view.spans
        for k, span in enumerate(spans):
            item = _Found(view, span)
            opening, close = span.start - 1, span.end + 1 if span.closed else span.end
            _, sentence_start = sentences.sentence_of(view.starts, opening)
            inner = view.block.text[span.start : span.end].rstrip()
            post = _post_cue(view, k)
            pre = _nearest(
                cues.before_quote(text, sentence_start, opening), text, span, sentence_start
            )
            if pre is None and post is None:
                post = _later_cue(view, k)
            first = pre if pre and (post is None or inner.endswith(".")) else post
            candidates = _candidates(views, view, k, span, sentence_start, first, pre, post)
            inherited = False
            spoke = None
            cue = None
            for candidate, at in candidates:
                pos = (at, candidate.subject.start)
                name, kind, mention = speaker_of(cast, candidate.subject.phrase, pos)
                if cue is None or name:
                    cue, item.speaker, item.cue = candidate, name, candidate.verb
                if name:
                    alias = mention.name if mention else ""
                    role = candidate.subject.role or (mention.role if mention else None)
                    spoke = (name, kind, alias, role, pos)
                    break
            follows = k or (span.opens_block and last and last.view.index >= view.index - 2)
            if cue is None and last and follows:
                item.speaker, inherited = last.speaker, True
            # a say-verb frames the quote, even with its speaker unresolved ("the crowd
            # chanted “…”"), but not a "he" that stands for no one known; "I" and "we"
            # always stand for someone, the writer
            near = cue is not None and (bool(item.speaker) or not _pronoun(cue))
            lead = text[max(0, opening - 40) : opening].split()[-3:] or [""]
            trail = text[close : close + 20].split()[:1] or [""]
            adjacent = bool(cue and cue.adjacent)
            item.kind = quote_kinds.kind_of(inner, adjacent, near, inherited, lead, trail[0])
            if item.kind == "scare":
                item.speaker = item.cue = None
            else:
                last = item
                if spoke:
                    cast.speak(*spoke)
            found.append(item)
    return found


def _nearest(pre: cues.Cue | None, text: str, span: Span, start: int) -> cues.Cue | None:
    """The cue before a quote, or the words of a name when no say-verb reports them:
    "Hale’s claim that the ferry “…”", "Hale’s “…” promise" ("Lee said Hale’s claim …"
    is Lee's report; "Polls say … Hale’s claim that …" is not)."""
    if pre and pre.verb in SAY_VERBS and _named(pre):
        return pre
    opening = span.start - 1
    owned = possessive_cues.owned_before(text, start, opening)
    if span.closed:
        owned = possessive_cues.owned_around(text, start, opening, span.end + 1) or owned
    return owned if owned and (pre is None or owned.verb_end > pre.verb_end) else pre


def _named(cue: cues.Cue) -> bool:
    return cue.subject.phrase[:1].isupper() or _pronoun(cue)


def _pronoun(cue: cues.Cue) -> bool:
    """A third person's pronoun, which may stand for no one the article names."""
    phrase = cue.subject.phrase
    return phrase in subjects.PRONOUNS and phrase.lower() not in ("i", "we")


def _post_cue(view: _View, k: int) -> cues.Cue | None:
    """The cue right after quote ``k`` of a block: "…,” Hill said", "…?” Hill wondered"."""
    text, spans, span = view.masked, view.spans, view.spans[k]
    if not span.closed:
        return None
    close = span.end + 1
    limit = spans[k + 1].start - 1 if k + 1 < len(spans) else len(text)
    inner = view.block.text[span.start : span.end].rstrip()
    post = after_cues.after_quote(text, close, limit)
    lead = text[close : post.subject.start].strip(" ,‐‒–—―-") if post else ""
    if (
        post
        and inner.endswith(".")
        and (lead not in ("", post.verb) or after_cues.reports(text, post.verb_end))
    ):
        post = None  # "“…” Ames agreed that …", "“…” Ohio, he said, was …": a new sentence
    if post is None and inner[-1:] in (",", "?", "!"):
        post = after_cues.any_verb_after(text, close, limit)
    return post


def _later_cue(view: _View, k: int) -> cues.Cue | None:
    """A quote with no cue of its own takes the cue after a later quote of its sentence:
    "Guns are “a crisis” and “a plague,” Dean said"."""
    sentence, _ = sentences.sentence_of(view.starts, view.spans[k].start - 1)
    for j in range(k + 1, len(view.spans)):
        if sentences.sentence_of(view.starts, view.spans[j].start - 1)[0] != sentence:
            break
        if cue := _post_cue(view, j):
            return cues.Cue(cue.subject, cue.verb, False, cue.verb_end)
    return None


def _candidates(
    views: list[_View],
    view: _View,
    k: int,
    span: Span,
    sentence_start: int,
    first: cues.Cue | None,
    pre: cues.Cue | None,
    post: cues.Cue | None,
) -> Iterator[tuple[cues.Cue, int]]:
    """The cues that may attribute a quote, the likeliest first, each with the index of
    the block it was read in: the quote's own sentence, the lead-in of the paragraph
    before, a signature line below, reported speech ending the paragraph before, the
    sentence before, the sentence's subject."""
    text, opening = view.masked, span.start - 1
    for cue in (first, *(c for c in (pre, post) if c is not first)):
        if cue:
            yield cue, view.index
    if cue := _opening_clause(view, span, sentence_start):
        yield cue, view.index
    before = views[view.index - 1] if span.opens_block and view.index else None
    paragraph = before if before and _body(before.block) else None
    if paragraph and (cue := context_cues.lead_in(paragraph.masked, paragraph.starts)):
        yield cue, view.index - 1
    if span.opens_block and view.index + 1 < len(views):
        following = views[view.index + 1].styled
        if cue := context_cues.signature(text, following):
            yield cue, view.index + 1
    if paragraph and not k and (cue := context_cues.reported(paragraph.masked, paragraph.starts)):
        yield cue, view.index - 1
    if not k and (cue := context_cues.previous_sentence(text, view.starts, opening)):
        yield cue, view.index
    if cue := context_cues.sentence_head(text, sentence_start, opening):
        yield cue, view.index


def _opening_clause(view: _View, span: Span, start: int) -> cues.Cue | None:
    """ "Acknowledging that the plan “costs a great deal,” Brandt did suggest …"."""
    opening = span.start - 1
    end = sentences.sentence_end(view.starts, opening, len(view.masked))
    close = span.end + 1 if span.closed else span.end
    inner = view.block.text[span.start : span.end].rstrip()
    if quote_kinds.is_title(inner):
        return None  # "Speaking to “Morning Coffee Hour” Monday, Hale said": a show, not words
    return opening_clauses.main_subject(
        view.masked, start, opening, close, end, inner.endswith(",")
    )


def _attribute_headlines(views: list[_View], body: list[Quote]) -> list[_Found]:
    found = []
    for view in views:
        if view.block.kind not in _HEADLINES:
            continue
        for span in view.spans:
            item = _Found(view, span, kind="scare")
            quote = Quote("", view.block.id, span.start, span.end, "", None, None)
            quote.text = view.block.text[span.start : span.end]
            if source := headlines.repeated(quote, body):
                item.speaker, item.kind = source.speaker, "direct"
                item.repeats = (source.block, source.start)
            elif len(quote.text.split()) >= 4:
                item.kind = "direct"
            found.append(item)
    return found


def attribute(article: Article) -> None:
    """Fill ``article.quotes`` and ``article.speakers``."""
    views = _views(article)
    people = People()
    for view in views:
        if _body(view.block):
            read_block(people, view.index, view.masked, view.starts)
    cast = Cast(people, article.authors or list(filter(None, [headline_signer(article.title)])))
    found = _attribute_body(views, cast)
    quotes = [_quote(item) for item in found]
    body = [q for q in quotes if q.kind == "direct"]
    found += _attribute_headlines(views, body)
    found.sort(key=lambda f: (f.view.index, f.span.start))
    article.quotes = [_quote(item) for item in found]
    ids = {}
    for n, quote in enumerate(article.quotes, 1):
        quote.id = f"q{n}"
        ids[quote.block, quote.start] = quote.id
    for item, quote in zip(found, article.quotes, strict=True):
        if item.repeats:
            quote.repeats = ids[item.repeats]  # the link to the body quote
    article.speakers = []
    for quote in article.quotes:
        if quote.speaker is None:
            continue
        speaker = cast.speakers.get(quote.speaker)
        if speaker is None:
            continue
        if not speaker.id:
            speaker.id = f"s{len(article.speakers) + 1}"
            article.speakers.append(speaker)
        speaker.quotes.append(quote.id)


def _quote(item: _Found) -> Quote:
    block = item.view.block
    text = block.text[item.span.start : item.span.end]
    span = item.span
    return Quote("", block.id, span.start, span.end, text, item.speaker, item.cue, item.kind)
