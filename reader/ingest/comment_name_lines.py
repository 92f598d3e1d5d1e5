"""Name lines in a page of comment records, however often the page repeats them: the
initials of an avatar over its name, and in a long thread the name of someone who wrote
ten of its two thousand comments (comment_letters.py asks)."""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress

from reader.ingest.comment_line_kinds import SHARE, header_date, positions
from reader.ingest.comment_spans import initials_of, is_name
from reader.ingest.lines import Line

COUNT = re.compile(r"(?<!\w)\d+(?!\w)")  # a number of its own: "12 likes", not "ann77"

RARE = 4  # a line repeated this many times less often than the page's actions is no action
_HEADS = ("H", "D", "S")
_NO_DIGITS = str.maketrans("", "", "0123456789")
_ACTIONS = bytes(int(b == ord("A")) for b in range(256))  # 1 for an action line's letter


def rare_names(lines: list[Line], letters: list[str], joined: str, counts: Counter[str]) -> None:
    """Action lines that the page repeats far less often than its most repeated action
    (a count apart: "12 likes" is "9 likes"), or half as often and always right over a
    header under the actions of the record before, are names where records put names:
    right over a header, or under dates where most dates stand over a name. In a long
    thread, the name of someone who wrote ten of its two thousand comments; in a short
    one, the article's writer answering twice: not a button under every comment."""
    texts = {x.text for x in compress(lines, joined.encode().translate(_ACTIONS))}
    if not texts:
        return
    form = {text: COUNT.sub("9", text.casefold()) for text in texts}
    times: Counter[str] = Counter()  # how often the page prints each form, whatever its letter
    if any(form[text] != text.casefold() for text in texts):  # a count in some: every form
        for key, n in counts.items():
            times[COUNT.sub("9", key) if key.translate(_NO_DIGITS) != key else key] += n
    else:  # no count in any: each its own
        times.update({form[text]: counts[form[text]] for text in texts})
    most = max(times.values())
    few = {t for t in texts if times[form[t]] * 2 <= most and is_name(t)}  # the candidates
    if not few:
        return
    size = len(letters)
    spots = [i for i in positions(joined, "A") if lines[i].text in few]  # asked once each
    standing, over = Counter[str](), Counter[str]()  # where each text stands: all, over a header
    for i in spots:
        text = lines[i].text
        standing[text] += 1
        # right over a header, under the record before's actions (a badge stands under a name)
        over[text] += i + 1 < size and joined[i + 1] in "HDS" and i > 0 and joined[i - 1] == "A"
    rare = {t for t in few if times[form[t]] * RARE <= most or over[t] == standing[t]}
    if not rare:
        return
    # Dates over the next line (a letter other than D), and those over a name or a rare
    # line: counted in the letters; the rare lines right under a date (their letter A).
    dated = sum(joined.count("D" + letter) for letter in "AHNST")
    under = [i for i in spots if i and joined[i - 1] == "D" and lines[i].text in rare]
    named = joined.count("DN") + joined.count("DS") + len(under)
    for i in under if named >= SHARE * dated else ():
        letters[i] = "N"
    for i in spots:
        below = joined[i + 1 : i + 3]  # its header: right under it, or under its place or badge
        if lines[i].text in rare and (below[:1] in _HEADS or below[1:] in _HEADS):
            letters[i] = "N"


def avatars(lines: list[Line], letters: list[str]) -> None:
    """A line of the initials of the name right under it ("AL" over "Ann Lee", or over
    "Ann Lee · 2h") is a name line of the record, however often the page repeats it."""
    joined = "".join(letters)
    for letter in "HN":
        for k in positions(joined, letter):
            i = k - 1
            if i < 0 or len(text := lines[i].text) > 5 or letters[i] == "N":
                continue
            below = lines[k].text
            if initials_of(text, below[: header_date(below)] if letter == "H" else below):
                letters[i] = "N"
