"""The cue right after a quote's closing mark: "…,” Hill said", "…,” said Hill",
"…” ― Hill" (a signature), "…” at last, she said in a radio address." (a cue closing the
sentence after a comma). Any verb after a comma or question quote: ``any_verb_cues``."""

from __future__ import annotations

import re

from reader.analysis.quotes import subjects_after, subjects_before
from reader.analysis.quotes.cue_words import (
    WORD,
    Cue,
    according,
    disagrees,
    inverted_cue,
    is_noun,
)
from reader.analysis.quotes.quote_spans import Span
from reader.analysis.quotes.subjects import Subject
from reader.lexicon import FOREIGN_SAY_VERBS, INVERTING_VERBS, SAY_VERBS

LEAD = re.compile(r"[\s,.!?‐‒–—―\-]*")
_PUNCT = re.compile(r"[,;:!?()_“”\"]|(?<!\b[A-Z])\.")  # not an initial: "John Q. Ames"
_NEW_CLAUSE = re.compile(
    r"\b(?:until|unless|because|before|after|when|whenever|while|if|since|although|though"
    r"|whereas|once)\b"
    r"|(?:^|\s)(?:and|but|or|yet)$"
)  # "“…” until Haley said", "“…” and Tramp says he’s “…”": the verb of another clause
_FOREIGN = re.compile(r"(?:\w{1,2} )?[^\W\d_]+")  # "sagte", "a déclaré"
_SENTENCE_END = re.compile(r"\s*(?:[.!?]|$)")
# What may end a sentence after its closing cue: "…, she said in a radio address."
_CLOSING = re.compile(
    r"(?:\s+(?:in|on|at|to|during|after|before|from|with|of|about|for)\b[^_.;:!?“”]{0,60})?[.!?](?:\s|$)"
)


# A comma, perhaps role words, then the subject: "…” that bear on it, county counsel Ann
# Lee wrote in a filing." (not a clause: "…” and later, when Ann Lee said").
_ROLE_AFTER_COMMA = re.compile(
    r",\s+(?:(?!(?:and|but|or|yet|that|which|who|when|while|as|if)\b)[A-Za-z][\w.\-’']*\s+){0,6}$"
)


def _after_comma(text: str, pos: int, subject: Subject) -> bool:
    """The subject follows a comma ("…” at last, she said"), or a comma and the role words
    of a name ("…” that bear on it, county counsel Ann Lee wrote"; not "…, adding that
    the family had asked")."""
    if text[pos : subject.start].rstrip().endswith(","):
        return True
    role = _ROLE_AFTER_COMMA.search(text, pos, subject.start)
    if role is None or not subject.phrase[:1].isupper():
        return False
    return not any(w in SAY_VERBS or w.endswith("ing") for w in WORD.findall(role.group()))


_REPORTING = re.compile(r"\s+(?:that|if|whether|he|she|they|it|we|I|there)\s")


def reports(text: str, pos: int) -> bool:
    """The say-verb ending at ``pos`` reports a clause of its own: after a quote that ends
    its sentence, "Ames agreed that …" or "Ames said he would …" starts a new one;
    "Ames said." is a cue."""
    return bool(_REPORTING.match(text, pos))


def after_quote(text: str, close: int, limit: int) -> Cue | None:
    """A cue that directly follows a quote's closing mark at ``close``."""
    lead = LEAD.match(text, close, limit)
    pos = lead.end() if lead else close
    if text.startswith(("according to", "According to"), pos):
        cue = according(text, pos, limit)
        return Cue(cue.subject, cue.verb, True, cue.verb_end) if cue else None
    signed = _signed(text, close, pos, limit)
    if signed:
        return signed
    first = WORD.match(text, pos, limit)
    if first and first.group() in INVERTING_VERBS:
        subject = subjects_after.after(text, first.end(), limit)
        if subject:
            return Cue(subject, first.group(), True, first.end())
    if foreign := _FOREIGN.match(text, pos, limit):
        subject = subjects_after.after(text, foreign.end(), limit)
        if subject and foreign.group() in FOREIGN_SAY_VERBS:
            return Cue(subject, foreign.group(), True, foreign.end())
    for m in WORD.finditer(text, pos, min(limit, pos + 200)):
        word = m.group()
        if word in SAY_VERBS:
            if is_noun(text, pos, m.start()):
                continue  # "the secretary of state", "his promise": a noun, not the verb
            subject = subjects_before.before(text, m.start(), pos)
            if subject and disagrees(subject.phrase, word):
                continue
            if subject is None:
                if inverted := inverted_cue(text, m, pos, limit):
                    return inverted
                continue  # "state Sen. Oakes said": an adjective, not the verb
            between = text[pos : subject.start].rstrip(", ")
            if subject.role and between.endswith(subject.role):  # "Fogg’s aide, Joe Pilsner,"
                between = between[: -len(subject.role)]
            if _NEW_CLAUSE.search(between):
                return None
            if not _PUNCT.search(between) and len(between.split()) <= 6:
                return Cue(subject, word, True, m.end())
            if _SENTENCE_END.match(text, m.end()) and subject.phrase[:1].isupper():
                return Cue(subject, word, False, m.end())
            if (
                _after_comma(text, pos, subject)
                and _CLOSING.match(text, m.end())
                and "_" not in between
            ):
                return Cue(subject, word, False, m.end())  # "“…” at last, she said on the radio."
            return None
    return None


# A name, then a comma and the words of its appositive up to a quote: "…,” delegate Ann
# Lee, wearing a hat and “…” pins, said".
_NAMED_THEN_APPOSITIVE = re.compile(r"\s*[^,_.!?“”]*[A-Z][^,_.!?“”]*,\s[^_.!?;:“”]*“$")
_SHORT = 4  # words of a badge's or a banner's words inside an appositive


def past_named_quote(raw: str, text: str, later: list[Span], close: int) -> Cue | None:
    """The cue after a short quote (the first of ``later``) inside the speaker's
    appositive: the search for the cue of the quote closed at ``close`` goes on past it
    ("“We lost,” Ann Lee, wearing “Vote Lee” pins, said")."""
    if not later or len(raw[later[0].start : later[0].end].split()) > _SHORT:
        return None
    if not _NAMED_THEN_APPOSITIVE.match(text[close : later[0].start]):
        return None
    return after_quote(text, close, later[1].start - 1 if len(later) > 1 else len(text))


_DASHES = "‐‒–—―-"


def _signed(text: str, close: int, pos: int, limit: int) -> Cue | None:
    """ "“…” ― Ada Quill": a dash, then a name that ends the paragraph (perhaps with
    its role after a comma)."""
    if not any(c in _DASHES for c in text[close:pos]) or not text[pos - 1 : pos].isspace():
        return None
    subject = subjects_after.after(text, pos - 1, limit)
    if subject is None or not subject.phrase[:1].isupper():
        return None
    rest = text[subject.start + len(subject.phrase) : limit].strip(" .")
    return Cue(subject, "—", True, pos) if not rest or rest.startswith(",") else None
