"""Quotes and speakers of one article: ``attribute(article)`` fills ``article.quotes``
and ``article.speakers`` from its headline, subtitle and body paragraphs.

Comments are not read; the pipeline calls this once more for each embedded article.
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.analysis.quotes import (
    answers,
    column_author,
    cue_agreement,
    headlines,
    interviews,
    question_labels,
    quote_cues,
    quote_kinds,
    quote_views,
    run_on,
    sentences,
    speaker_choice,
)
from reader.analysis.quotes.block_people import read_block
from reader.analysis.quotes.cue_words import Cue
from reader.analysis.quotes.found import Found
from reader.analysis.quotes.people import People
from reader.analysis.quotes.resolve import speaker_of
from reader.analysis.quotes.speaker_options import Option, Setting
from reader.analysis.quotes.speakers import Cast
from reader.analysis.quotes.unnamed_subjects import someone_new
from reader.lexicon import PRONOUNS
from reader.model.document import Article, Quote


def _attribute_body(views: list[quote_views.View], cast: Cast) -> list[Found]:
    found: list[Found] = []
    last: Found | None = None
    for view in views:
        if view.block.kind in quote_views.HEADLINES:
            continue
        text, spans = view.masked, view.spans
        for k, span in enumerate(spans):
            item = Found(view, span)
            opening, close = span.start - 1, span.end + 1 if span.closed else span.end
            _, sentence_start = sentences.sentence_of(view.starts, opening)
            inner = view.block.text[span.start : span.end].rstrip()
            options, first = _options(cast, quote_cues.of_quote(views, view, k, sentence_start))
            cue = options[0].cue if options else first
            item.speaker = options[0].name if options else None
            item.cue = cue.verb if cue else None
            follows = bool(k or (span.opens_block and last and last.view.index >= view.index - 2))
            inherited = bool(cue is None and last and follows)
            # a say-verb frames the quote, even with its speaker unresolved ("the crowd
            # chanted “…”"), but not a "he" that stands for no one known; "I" and "we"
            # always stand for someone, the writer
            near = cue is not None and (bool(options) or not quote_cues.pronoun_cue(cue))
            lead = text[max(0, opening - 40) : opening].split()[-3:] or [""]
            trail = text[close : close + 20].split()[:1] or [""]
            adjacent = bool(cue and cue.adjacent)
            item.kind = quote_kinds.kind_of(inner, adjacent, near, inherited, lead, trail[0])
            if item.kind == "scare":
                item.speaker = item.cue = None
                found.append(item)
                continue
            previous = last.speaker if last else None
            setting = Setting(view, span, k, previous, follows, first is not None, bool(options))
            if previous:
                options.append(Option(previous, inherited=True, rule=inherited))
            options.append(Option(None, rule=not any(o.rule for o in options)))
            chosen = speaker_choice.pick(options, setting, cast)
            item.speaker = chosen.name
            if chosen.cue:
                item.cue, item.cue_at = chosen.cue.verb, chosen.at
                _speak(cast, chosen, chosen.cue)
            last = item
            found.append(item)
    return found


def _options(cast: Cast, candidates: Iterator[tuple[Cue, int]]) -> tuple[list[Option], Cue | None]:
    """The quote's cues that resolve to someone (the first is the hand rule's choice),
    and its first cue."""
    options: list[Option] = []
    first: Cue | None = None
    first_at = 0
    for n, (candidate, at) in enumerate(candidates):
        if first is None:
            first, first_at = candidate, at
        pos = (at, candidate.subject.start)
        name, kind, mention = speaker_of(cast, candidate.subject.phrase, pos)
        if name and n and cue_agreement.unlike(cast, first, candidate, name, at != first_at):
            continue  # "“…,” she told me": not the "I" nor a man another paragraph names
        if not name and not n and someone_new(candidate.subject.phrase, candidate.verb):
            cast.newcomers.append((pos, candidate.subject.phrase))
            break  # "“…,” one shopper said": someone new, not a name the sentence before holds
        if name:
            options.append(Option(name, kind, mention, candidate, at, n, rule=not options))
            if len(options) == speaker_choice.resolved():
                break
    return options, first


def _speak(cast: Cast, chosen: Option, cue: Cue) -> None:
    mention = chosen.mention
    alias = mention.name if mention else ""
    role = cue.subject.role or (mention.role if mention else None)
    heard = cue.verb != answers.ASKED_BY  # the asker in the passive: not the topic
    cued = PRONOUNS.get(cue.subject.phrase.lower())  # "“…,” he said": a man, there
    at = (chosen.at, cue.subject.start)
    cast.speak(chosen.name or "", chosen.kind, alias, role, at, heard, cued)


def _attribute_headlines(views: list[quote_views.View], body: list[Quote]) -> list[Found]:
    found = []
    for view in views:
        if view.block.kind not in quote_views.HEADLINES:
            continue
        for span in view.spans:
            item = Found(view, span, kind="scare")
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
    views = quote_views.views(article)
    people = People()
    headline = People()  # whom the headline names: the farthest place "he" may point to
    for view in views:
        if quote_views.body(view.block):
            read_block(people, view.index, view.masked, view.starts)
        elif view.block.kind in quote_views.HEADLINES:
            read_block(headline, view.index, view.masked, view.starts)
    prose = [view.masked for view in views if quote_views.body(view.block)]
    authors = article.authors or column_author.writers(article.title, prose)
    cast = Cast(people, authors, [m for _, m in headline.intros if m.kind == "person"])
    found = _attribute_body(views, cast)
    run_on.share_back(found)
    question_labels.unlabel_questions(found)
    interviews.answer(found, cast, views)
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


def _quote(item: Found) -> Quote:
    block = item.view.block
    text = block.text[item.span.start : item.span.end]
    span = item.span
    return Quote("", block.id, span.start, span.end, text, item.speaker, item.cue, item.kind)
