"""The cue right after a quote closes ("…,” Hill said", "…?” Hill wondered"), or, for a
quote with none of its own, the one after a later quote of its sentence."""

from __future__ import annotations

from reader.analysis.quotes import (
    after_cues,
    any_verb_cues,
    cues,
    pointing_cues,
    quote_views,
    sentences,
)


def post_cue(view: quote_views.View, k: int) -> cues.Cue | None:
    """The cue right after quote ``k`` of a block: "…,” Hill said", "…?” Hill wondered"."""
    text, spans, span = view.masked, view.spans, view.spans[k]
    if not span.closed:
        return None
    close = span.end + 1
    limit = spans[k + 1].start - 1 if k + 1 < len(spans) else len(text)
    inner = view.block.text[span.start : span.end].rstrip()
    post = after_cues.after_quote(text, close, limit) or after_cues.past_named_quote(
        view.block.text, text, spans[k + 1 :], close
    )
    lead = text[close : post.subject.start].strip(" ,‐‒–—―-") if post else ""
    if (
        post
        and inner.endswith(".")
        and (lead not in ("", post.verb) or after_cues.reports(text, post.verb_end))
    ):
        post = None  # "“…” Ames agreed that …", "“…” Ohio, he said, was …": a new sentence
    if post is None and inner[-1:] in (",", "?", "!"):
        post = any_verb_cues.any_verb_after(text, close, limit)
    if post and inner[-1:] in ("?", "!") and post.subject.phrase in _OPENING_PRONOUNS:
        return None  # "“… again!” She replied that …": a new sentence, her own words
    ended = post is None and inner[-1:] in (".", "?", "!")  # "“…” That is how Hale put it."
    return pointing_cues.pointing_back(text, close, limit) if ended else post


_OPENING_PRONOUNS = frozenset(["He", "She", "They", "It", "We"])


def later_cue(view: quote_views.View, k: int) -> cues.Cue | None:
    """A quote with no cue of its own takes the cue after a later quote of its sentence:
    "Guns are “a crisis” and “a plague,” Dean said"."""
    sentence, _ = sentences.sentence_of(view.starts, view.spans[k].start - 1)
    for j in range(k + 1, len(view.spans)):
        if sentences.sentence_of(view.starts, view.spans[j].start - 1)[0] != sentence:
            break
        if cue := post_cue(view, j):
            return cues.Cue(cue.subject, cue.verb, False, cue.verb_end)
    return None
