"""The cues that may attribute one quote, the likeliest first (``candidates``): the
say-verb before or after it in its sentence, a possessive ("Hale’s claim that “…”"), an
opening clause, the paragraph before, a signature line, the sentence before."""

from __future__ import annotations

from collections.abc import Iterator

from reader.analysis.quotes import (
    answers,
    closing_cues,
    context_cues,
    cues,
    introduced_after,
    name_lines,
    opening_clauses,
    pointing_cues,
    possessive_cues,
    quote_kinds,
    quote_views,
    sentences,
    subjects,
)
from reader.analysis.quotes.quote_spans import Span
from reader.lexicon import SAY_VERBS


def of_quote(
    views: list[quote_views.View], view: quote_views.View, k: int, sentence_start: int
) -> Iterator[tuple[cues.Cue, int]]:
    """The cues of quote ``k`` of ``view``, whose sentence starts at ``sentence_start``:
    its own sentence's cues (the one before it first when the quote ends a sentence, else
    the one after it), then the others (``candidates``)."""
    text, span = view.masked, view.spans[k]
    opening = span.start - 1
    inner = view.block.text[span.start : span.end].rstrip()
    post = closing_cues.post_cue(view, k)
    pre = nearest(
        cues.before_quote(text, sentence_start, opening, inner), text, span, sentence_start
    )
    if pre is None and post is None:
        post = closing_cues.later_cue(view, k)
    first = pre if pre and (post is None or inner.endswith(".")) else post
    return candidates(views, view, k, span, sentence_start, first, pre, post)


def nearest(pre: cues.Cue | None, text: str, span: Span, start: int) -> cues.Cue | None:
    """The cue before a quote, or the words of a name when no say-verb reports them:
    "Hale’s claim that the ferry “…”", "Hale’s “…” promise" ("Lee said Hale’s claim …"
    is Lee's report; "Polls say … Hale’s claim that …" is not)."""
    if pre and pre.verb in SAY_VERBS and _named(pre):
        return pre
    opening = span.start - 1
    owned = possessive_cues.owned_before(text, start, opening)
    if span.closed:
        owned = possessive_cues.owned_around(text, start, opening, span.end + 1) or owned
    pre = owned if owned and (pre is None or owned.verb_end > pre.verb_end) else pre
    return pre or pointing_cues.presenting(text, start, opening)  # "Here was Falk: “…”"


def _named(cue: cues.Cue) -> bool:
    return cue.subject.phrase[:1].isupper() or pronoun_cue(cue)


def pronoun_cue(cue: cues.Cue) -> bool:
    """A third person's pronoun, which may stand for no one the article names."""
    phrase = cue.subject.phrase
    return phrase in subjects.PRONOUNS and phrase.lower() not in ("i", "we")


def candidates(
    views: list[quote_views.View],
    view: quote_views.View,
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
    text, opening, answer = view.masked, span.start - 1, _answers(view, span)
    for cue in (first, *(c for c in (pre, post) if c is not first)):
        if cue:
            yield cue, view.index
    if cue := _opening_clause(view, span, sentence_start):
        yield cue, view.index
    before = views[view.index - 1] if span.opens_block and view.index else None
    paragraph = before if before and quote_views.body(before.block) else None
    if paragraph and (cue := context_cues.lead_in(paragraph.masked, paragraph.starts)):
        yield cue, view.index - 1
    if paragraph and not k and (cue := _label_over(views, paragraph)):
        yield cue, view.index - 1
    if span.opens_block and view.index + 1 < len(views):
        following = views[view.index + 1].styled
        if cue := context_cues.signature(text, following):
            yield cue, view.index + 1
        after = views[view.index + 1]
        if first is None and (cue := pointing_cues.referred(text, after.masked, after.starts)):
            yield cue, view.index + 1
    if (
        paragraph
        and not k
        and (cue := context_cues.reported(paragraph.masked, paragraph.starts, answer))
    ):
        yield cue, view.index - 1
    if paragraph and not k and first is None:  # no say-verb of its own
        cue = context_cues.narrated(paragraph.masked, paragraph.starts, answer)
        if cue:
            yield cue, view.index - 1
    if not k and (cue := context_cues.previous_sentence(text, view.starts, opening, answer)):
        yield cue, view.index
    head = context_cues.sentence_head(text, sentence_start, opening)
    if cue := head or answers.asker(text, sentence_start, opening):  # "asked by Lee if “…”"
        yield cue, view.index
    if span.opens_block and first is None and (cue := introduced_after.introduced(views, view)):
        yield cue, view.index + 1


def _answers(view: quote_views.View, span: Span) -> bool:
    """The quote asks nothing: it may answer a question the narration put to someone."""
    return not view.block.text[span.start : span.end].rstrip().endswith("?")


def _label_over(views: list[quote_views.View], paragraph: quote_views.View) -> cues.Cue | None:
    """A name line heading the quote's paragraph (``name_lines``)."""

    def line(i: int) -> str:
        return views[i].masked if quote_views.body(views[i].block) else "-"

    return name_lines.heading_label(line, paragraph.index)


def _opening_clause(view: quote_views.View, span: Span, start: int) -> cues.Cue | None:
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
