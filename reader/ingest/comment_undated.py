"""Records of a repeated group (comment_strides.py) that no date marks: a list of them
is comments only where each record's writer opens it and most are writers of their own,
or each record is one line, a writer's label in brackets before a sentence."""

from __future__ import annotations

from reader.ingest.comment_forms import OPENERS, label_of
from reader.ingest.comment_line_kinds import SHARE
from reader.ingest.comment_stride_names import Words, name_in
from reader.ingest.lines import Line, word_count

# what may stand before an undated record's name: "<ann_lee>", "— Ann Lee"
_BEFORE = "".join(OPENERS) + "—–- "
SAID = 5  # words a one-line record's text holds at least, where no record is dated
WRITERS = 20  # records over which most writers differ; a longer thread's regulars come back


def said_alone(lines: list[Line], places: list[dict[int, int]]) -> bool:
    """A group of one line, its text after a label in brackets ("<ann> …", "[Ann] …"):
    do most of its records say a sentence of SAID words at least after it? A label
    before a colon is a transcript's speaker ("ANN LEE: …") or a tally's ("Ann: 1,769."),
    a table's cells a glossary's: no records of writers, undated."""
    texts = [lines[at[0]].text for at in places if 0 in at]
    if not texts or "\t" in texts[0] or "   " in texts[0]:
        return False  # a table's row
    rests = [x[len(label_of(x)) :] for x in texts]  # each line's text after its label
    if rests[0][:1] != " ":
        return False  # a colon after the label
    said = sum(1 for rest in rests if word_count(rest) >= SAID)
    return said >= SHARE * len(places)


def all_named(
    lines: list[Line],
    places: list[dict[int, int]],
    author: int | None,
    words: Words,
    signs: bool = False,
) -> bool:
    """Undated records: does each line of the author's place open with the writer's
    name, after a bracket or a dash ("<ann_lee>", "— Ann Lee"), a capital or a handle
    of one word (no credit line "photo by …", no style rule ".intro {"), most of them a
    writer of their own? A line that ``signs`` each text alone under it names a person
    on most: each word capitalised (a subhead closing each part is no name: "Running
    the tests"), or a login of one word whatever its case ("tovamar, Eskerby"): the
    writers differ from record to record at that place, which a subhead's words do not
    make a login of. Over a list longer than WRITERS records, WRITERS' share of writers
    of their own is enough: a long thread's regulars come back. Words in lower case with
    a space ("photo by Ann Lee") are a credit's or a caption's where they are half the
    records' or more; fewer, they are writers who typed their names so ("lena vik")."""
    if author is None:
        return False
    names = []
    for at in places:
        text = lines[at[author]].text.lstrip(_BEFORE) if author in at else ""
        name = name_in(text, words, author)
        if name is None or not text.startswith(name[:1]) or not name[:1].isalpha():
            return False
        names.append(name)
    if signs and sum(1 for n in names if _person(n) or " " not in n) < SHARE * len(names):
        return False
    phrases = sum(1 for n in names if n[:1].islower() and " " in n)
    return len(set(names)) >= SHARE * min(len(names), WRITERS) and 2 * phrases < len(names)


def _person(name: str) -> bool:
    """Is each word of the name capitalised (or of a script with no case: "李娜")?"""
    return all(not w[:1].islower() for w in name.split())
