"""A paragraph that is all quote, with no cue, spoken by someone the article has not named
yet, whom the opening sentence of the next paragraph brings in by full name, heading a
clause or as the agent after "by": the delayed attribution of feature, local and business
copy, whatever that sentence's verb ("“I counted forty-one species …” ¶ Ecologist Ysolde
Penhallow spent the spring surveying the marsh.", "“…” ¶ Those trees are what Ottilie
Farrant worries about most."; not "“…” ¶ Parents met Ben Lowry."). Not when the
paragraph before quotes or names someone (a quote after a speaker's own is theirs, and the
narration that named someone speaks for the quote: ``context_cues.narrated``), nor after a
paragraph where a body or a document may speak ("The council published its plan"), nor
when the person was named before. Works on quote-masked text."""

from __future__ import annotations

from reader.analysis.quotes import clause_rank
from reader.analysis.quotes.cue_words import Cue, all_quote
from reader.analysis.quotes.names import parse_mention
from reader.analysis.quotes.person_names import place_like
from reader.analysis.quotes.quote_views import View, body
from reader.analysis.quotes.subjects import NAME, Subject
from reader.lexicon import DOCUMENT_NOUNS, ORG_WORDS, STATEMENT_NOUNS
from reader.model import BlockKind
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)
_NAME = _COMPILED.compile(NAME)
_BODIES = ORG_WORDS | DOCUMENT_NOUNS | STATEMENT_NOUNS
_BY = _COMPILED.compile(r"\bby\s+(?:[a-z][\w\-]*\s+){0,3}$")  # "described by volunteer" X


def introduced(views: list[View], view: View) -> Cue | None:
    """The person the next paragraph's opening sentence introduces, as the speaker of the
    lone uncued quote that is ``view``."""
    if not all_quote(view.masked) or view.index + 1 >= len(views):
        return None
    said = view.styled.rstrip().rstrip("”\"’'").rstrip()
    if view.block.kind is not BlockKind.PARAGRAPH or not said.endswith((".", "!", "?")):
        return None  # a quoted subhead ("“Bandit formations”"), not someone's sentences
    after = views[view.index + 1]
    if not body(after.block) or after.masked.lstrip()[:1] in ("_", "“"):
        return None  # a quote again: the words run on, or another speaker's
    before = views[view.index - 1] if view.index else None
    if before and (before.spans or _first_person(before.masked, 0, len(before.masked))):
        return None  # the paragraph or the headline before quotes or names someone
    if before and not _BODIES.isdisjoint(before.masked.lower().split()):
        return None  # a body or a document speaks in it: "The council published its plan"
    end = after.starts[1] if len(after.starts) > 1 else len(after.masked)
    found = _first_person(after.masked, 0, end)
    if found is None:
        return None
    phrase, name, start = found
    if any(name.split()[-1] in v.styled for v in views[: view.index]):
        return None  # named before, in the headline too: not brought in here
    heads = clause_rank.rank(after.masked, start, start + len(phrase)) in (-1, 0)
    if not (heads or _BY.search(after.masked, max(0, start - 40), start)):
        return None  # "Parents met Ben Lowry.": someone met, not someone speaking
    return Cue(Subject(phrase, start), "says", False, start + len(phrase))


def _first_person(text: str, start: int, end: int) -> tuple[str, str, int] | None:
    """The first full name of a person in ``text[start:end]``: the run as written, the
    name, and where the run starts."""
    for run in _NAME.finditer(text, start, end):
        mention = parse_mention(run.group(), run.start() == start)
        person = mention and mention.kind == "person" and " " in mention.name
        if mention and person and not place_like(mention.name):
            return run.group(), mention.name, run.start()
    return None
