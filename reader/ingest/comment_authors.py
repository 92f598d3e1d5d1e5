"""A commenter's name out of the header text records give it, once the page's records
are cut: what a name line carries besides the name is no part of it.

- a reply marker before it ("↳ Ann Lee", comment_indent.py), the comment's number ("#12
  Ann Lee"); a mail address after it ("Ann Lee <ann@example.org>");
- a date's numbers after it that the date reader left ("Anonymous 03/04/26(Wed)": a
  two-digit year; a name holds no "03/04" nor "18:16");
- a badge or a place after a middle dot, a dash or a bar ("Ann Lee · Author", "Ann Lee —
  Westcliff");
- a place or role in brackets, where most names carry one ("Ann Lee (Westcliff)");
- a place or role after a comma ("Ann Lee, Westcliff"; not "Jr.", "III");
- a badge after a user name ("ann77 Top contributor": a user name is one word);
- a badge in lower case after a name of two words or more ("Ann Lee Top contributor",
  "Ann Lee verified": a name's words are capitalised, but for particles: "de", "van");
- words before the names of three commenters or more, the last in lower case
  ("Reviewed by Ann Lee": the page's, whatever its words);
- words that follow the names of two commenters or more ("Ann Lee Subscriber", "Bo
  Sand Subscriber": the page's badge, whatever its words; comment_badges.py).
"""

from __future__ import annotations

import re

from reader.ingest.comment_answers import linking, split_answers
from reader.ingest.comment_badges import strip_badges
from reader.ingest.comment_header_words import template_word, without_word
from reader.ingest.comment_lead_words import strip_lead_words
from reader.ingest.comment_line_kinds import SHARE
from reader.ingest.comment_slot_marks import strip_slot_marks
from reader.ingest.comment_spans import (
    DATE_NUMBERS,
    MARKERS,
    NUMBER_MARK,
    CommentSpan,
    without_marker,
)

_BRACKETS = re.compile(r"\s+\([^()]+\)$")  # "Ann Lee (Westcliff)"
_SUFFIX = re.compile(r"^(?:[JS]r\.?|I{2,3}|IV|Jnr\.?|Snr\.?)$")  # "Ann Lee, Jr." keeps it
_USER = re.compile(r"^@?[^\W\d_]*[\w.]*[\d_][\w.]*$")  # "ann77", "@ann_lee", "lee_2"
_APART = re.compile(r" [·•—–|] ")  # a dot, a dash or a bar between spaces ends a name
_ADDRESS = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>$")  # "<ann@example.org>" after the name
_PARTICLES = {"de", "da", "di", "del", "della", "der", "den", "du", "la", "le", "van", "von"}
_PARTICLES |= {"ten", "ter", "bin", "ibn", "al", "dos", "das", "e", "y"}  # lower case in names


def trim_authors(spans: list[CommentSpan]) -> None:
    """Each record's author without the marker, place, role or badge its line adds."""
    owned: dict[str, str] = {}  # a page repeats its writers' names: one answer a name
    if word := template_word([s.author for s in spans if s.author]):
        for span in spans:  # "skerrylass wrote" beside "Ann Lee wrote"
            span.author = span.author and without_word(span.author, word)
    strip_slot_marks(spans)  # "[–] ann77 14": the page's mark and count beside the name
    strip_lead_words(spans)  # "Comment 3 by Ann Lee": the layout's words before the name
    raw = [s.author for s in spans]
    for span in spans:
        if span.author:
            author = owned.get(span.author)
            if author is None:
                author = owned[span.author] = own_name(span.author)
            span.author = author
    if any(text != name or _lower_after(text) for text, name in owned.items()):
        answered = split_answers(raw, [s.author for s in spans])
        for span, pair in zip(spans, answered, strict=True):
            if pair:  # "Bo Sand in reply to Ann Lee": Bo Sand wrote it
                span.author, span.answers = own_name(pair[0]), pair[1]
    _places_in_brackets(spans)
    strip_badges(spans)


def _lower_after(text: str) -> bool:
    """A word in lower case or an arrow after the first ("ann77 replied to bo_sand", "Bo
    Sand ▸ Ann Lee"): words after a name, whatever its case (a handle's is lower)."""
    return any(linking(w) for w in text.split(" ")[1:])


def _places_in_brackets(spans: list[CommentSpan]) -> None:
    """Where most records' names end in brackets of three commenters or more ("Ann Lee
    (Westcliff)"), the brackets are the page's (a place, a role), not the names'."""
    signed = [s for s in spans if s.author]
    bracketed = {s.author for s in signed if s.author and _BRACKETS.search(s.author)}
    if len(bracketed) < 3 or len(bracketed) < SHARE * len({s.author for s in signed}):
        return
    for span in signed:
        if span.author in bracketed:
            span.author = _BRACKETS.sub("", span.author) or span.author


def own_name(author: str) -> str:
    """The name without the marker, place, role or user's badge its line adds."""
    if author[:1] in MARKERS:
        author = without_marker(author) or author
    if author[:1] == "#" and (number := NUMBER_MARK.match(author)):
        author = author[number.end() :] or author  # "#12 Ann Lee": the comment's number
    if author[-1:] == ">" and (address := _ADDRESS.search(author)) and address.start():
        author = author[: address.start()]  # "Ann Lee <ann@example.org>": a mail's sender
    if (piece := DATE_NUMBERS.search(author)) and (cut := author.rfind(" ", 0, piece.start())) > 0:
        author = author[:cut].rstrip()  # the date's numbers the date reader left
    if " " in author and (apart := _APART.search(author)):  # "Ann Lee · Author", "Ann
        author = author[: apart.start()] or author  # Lee — Westcliff": no name holds them
    if ", " in author:
        name, rest = author.split(", ", 1)
        if name and not _SUFFIX.match(rest):
            author = name
    first, _, rest = author.partition(" ")
    if rest and _USER.match(first):
        return first
    return _before_lower(author)


def _before_lower(author: str) -> str:
    """A capitalised name without the badge in lower case after it ("Top contributor",
    "verified"), when two words of the name are left; a name with words of its own in
    brackets is left whole ("Ann Lee (rhymes with sea)")."""
    words = author.split()
    if len(words) < 3 or not words[0][:1].isupper() or author.islower() or "(" in author:
        return author
    lower = [w.isalpha() and w.islower() and w not in _PARTICLES for w in words]
    if lower[1]:
        return author  # "Load more replies": no name's words
    for k in range(2, len(words)):
        if lower[k]:
            before = [w for w in words[: k - 1] if w not in _PARTICLES]
            if len(before) >= 2 and words[k - 1][:1].isupper() and words[k - 1][1:].islower():
                k -= 1  # "Top contributor": the badge's capitalised first word
            return " ".join(words[:k])
    return author
