"""Copied pages with comment threads in many layouts, all text invented, with their truth.

A family is one site template: how a comment's header prints (its parts and their
order, the form of its dates), its footer of actions, how a reply says what it answers
and what the page puts between comments. ``page(family, seed)`` writes an article,
a comment thread in that template and a page footer, and the truth of each comment:
its author (the names a reader may call it by), its text lines and, where the layout
states it, its parent. bench/comment_layouts.py scores reader on them; the tests
reuse single pages (tests/layout_pages_helper.py).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from layout_dates import DATES
from layout_families import Family
from layout_text import (
    BADGES,
    DELETED,
    FIRST,
    JOBS,
    LABELS,
    LAST,
    NON_LATIN,
    PAGE_FOOTER,
    PLACES,
    REMOVED,
    TINY,
    article,
    body,
    title,
)


@dataclass
class Truth:
    """One comment as a reader should show it."""

    authors: set[str]  # what its author may be called: the name, the handle, both
    lines: list[str]  # its text lines, in order
    parent: int | None = None  # index of the comment it answers
    stated: bool = False  # does the layout state the parent?
    markers: list[str] = field(default_factory=list)  # lines that may be text or not
    cites: str | None = None  # the article's sentence its first line quotes
    deleted: bool = False


@dataclass
class _Person:
    name: str
    handle: str
    user: str

    @property
    def nick(self) -> str:
        """The name as this writer typed it at sign-up: each writer a case of their own
        ("lenafro", "LenaFro", "lena froberg", "LENA_F", "Lena Froberg")."""
        first, last = self.name.split()[0], self.name.split()[-1]
        if not first.isascii():
            return self.name
        style = sum(map(ord, self.name)) % 5
        return (
            f"{first.lower()}{last[:3].lower()}",
            f"{first}{last[:3]}",
            self.name.lower(),
            f"{first.upper()}_{last[0].upper()}",
            self.name,
        )[style]

    @property
    def login(self) -> str:
        """The handle without its "@" ("lena_fro"), or the name where there is none."""
        return (self.handle or self.name).lstrip("@")

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in self.name.split()[:2]).upper()


POOL = 200  # distinct commenters at most: in a longer thread people write again


def _people(rng: random.Random, count: int) -> list[_Person]:
    names: set[str] = set()
    while len(names) < min(count, POOL):
        if rng.random() < 0.15:
            names.add(rng.choice(NON_LATIN))
        else:
            names.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
    people = []
    for name in rng.sample(sorted(names), len(names)):
        first = name.split()[0].lower()
        latin = first.isascii()
        handle = "@" + (
            first + rng.choice(["_", ""]) + name.split()[-1][:3].lower()
            if latin
            else f"user{rng.randint(10, 999)}"
        )
        user = (first if latin else "reader") + str(rng.randint(2, 1999))
        people.append(_Person(name, handle, user))
    return people + [rng.choice(people) for _ in range(count - len(people))]  # a long thread


def _tree(rng: random.Random, count: int, answered_once: bool = False) -> list[int | None]:
    """Parents in reading order (depth first), at most two levels of replies; with
    ``answered_once``, one reply to a record at most and none to a reply."""
    parents: list[int | None] = []
    path: list[int] = []
    for i in range(count):
        depth = 0 if i == 0 else rng.choice([0, 0, 1, 1, 2][: len(path) + 2])
        depth = min(depth, len(path))
        if answered_once:  # under the record just printed, if it is no reply itself
            depth = min(depth, 1) if len(path) == 1 else 0
        parents.append(path[depth - 1] if depth else None)
        path = [*path[:depth], i]
    return parents


NOW = dt.datetime(2026, 3, 6, 18, 30)


@dataclass
class Page:
    text: str
    truth: list[Truth]


LOAD_MORE = "Load more comments"
DRIFT = {"short-month": "iso-time"}  # the date form of later loads: another than the first's


def page(family: Family, seed: int, count: int | None = None, loads: int = 0) -> Page:
    """One page of ``family``: an article, ``count`` comments (3 to 9), a footer.

    ``loads``: a long thread as copied after pressing "Load more comments" again and
    again: that line before the first thread after each ``loads`` comments, and the
    layout drifting after the first load (older comments dated in another form)."""
    rng = random.Random(f"{family.name}/{seed}")
    count = count or rng.randint(3, 9)
    people = _people(rng, count)
    parents = _tree(rng, count, answered_once=bool(family.reply_header))  # the owner answers once
    extra = random.Random(f"{family.name}/{seed}/36")  # session 36's slots: no draw of rng
    owner = _Person(f"{extra.choice(FIRST)} {extra.choice(LAST)}", "", "")
    used: set[str] = set()
    minutes = sorted(rng.sample(range(5, 3 * 24 * 60), count), reverse=True)
    lines = article(rng)
    writer = lines[2].removeprefix("By ")
    sentences = [s for x in lines[4:] for s in _SENTENCE.split(x)]
    lines.append(family.section.format(n=count))
    truth: list[Truth] = []
    pinged: list[Truth] = []  # the pingbacks among them, comments of their own
    paths = _paths(parents)
    dates, loaded = family.dates, 0
    for k in range(count):
        person, parent = people[k], parents[k]
        if loads and parent is None and k >= loaded + loads:
            lines.append(LOAD_MORE)
            dates, loaded = DRIFT.get(family.dates, "short-month"), k
        said = body(rng, used)
        item = Truth(_called(family, person), said, parent)
        other = bool(family.dates2) and rng.random() < 0.5  # the page's second language
        if family.deleted and rng.random() < family.deleted and _delete(rng, item, used):
            person = _Person(rng.choice(DELETED), "", "")
            item.authors = {person.name, None}  # type: ignore[arg-type]
        elif family.tiny and rng.random() < family.tiny:
            tiny = [x for x in TINY if x not in used]
            if tiny:
                item.lines = [rng.choice(tiny)]
                used.add(item.lines[0])
        op = family.op and rng.random() < family.op and not item.deleted
        if op:  # the article's writer answers, "Author" beside the name
            person = _Person(writer, "@" + writer.split()[0].lower(), writer.split()[0].lower())
            item.authors, people[k] = _called(family, person), person
        if family.reply_header and parent is not None:  # another party's answer
            person = owner
            item.authors, people[k] = {owner.name}, owner
        depth, to = 0, ""
        said_first = item.lines[0]  # a reply's @mention or quote opens it: no article quote then
        if parent is not None:
            depth = 1 + (0 if parents[parent] is None else 1)
            to = _mark_reply(rng, family, item, (truth[parent], parent), people[parent], other)
        plain = not item.stated or not item.lines or item.lines[0] == said_first
        if family.cites and rng.random() < family.cites and not item.deleted and plain:
            item.cites = rng.choice(sentences)
            item.lines.insert(0, item.cites)
        when = NOW - dt.timedelta(minutes=minutes[k])
        alone = "" if "{name}" in family.header else person.name  # a deleted one's name once
        parts = {
            "name": person.name, "handle": person.handle or alone,
            "login": (person.handle or alone).lstrip("@"), "first": person.name.split()[0],
            "nick": person.nick if person.handle else alone,
            "user": person.user or alone,
            "initials": person.initials if not item.deleted else "", "place": rng.choice(PLACES),
            "badge": rng.choice(BADGES) if rng.random() < family.badge_share else "",
            "date": DATES[family.dates2 if other else dates](when, minutes[k]),
            "n": str(rng.randint(0, 40)), "m": str((k * 7 + len(person.name)) % 5),
            "count": f"{random.Random(person.name).randint(1, 3000):,}", "to": to,
            "stars": _stars(rng) if "{stars}" in family.header else "",
            "k": str(k + 1), "op": " · Author" if op else "",
            "edited": " · Edited" if "{edited}" in family.header and rng.random() < 0.3 else "",
            "stats": _stats(person.name), "path": paths[k],
            "votes": str(rng.randint(0, 60)) if "{votes}" in family.header else "",
            "said": "replied" if parent is not None else "commented",
            "asked": "Answer" if parent is not None else "Question", "level": str(depth + 1),
            "title": title(rng) if "{title}" in family.header else "",
            "subject": "Winter timetable for the ferry",
            "score": f"{rng.randint(1, 10)}/10" if "{score}" in family.header else "",
            "post": _post(family, k), "owner": owner.name,
            "degree": extra.choice(["1st", "2nd", "3rd+"]) if "{degree}" in family.header else "",
            "job": JOBS[sum(map(ord, person.name)) % len(JOBS)],
        }  # fmt: skip
        shape = family.reply_header if family.reply_header and parent is not None else family.header
        head = [x.strip() for x in shape.format(**parts).split("\n") if x.strip()]
        foot = [x.format(**parts) for x in (family.footer2 if other else family.footer)]
        if family.joined:  # the header's last line and the text's first share one line
            item.lines[0] = head.pop() + family.joined + item.lines[0]
        said = item.lines + item.markers if family.reply_under else item.markers + item.lines
        if family.signoff and rng.random() < 0.4 and not item.deleted:
            item.markers.append(family.signoff.format(**parts))  # a signature: text or not
            said.append(item.markers[-1])
        own = head + (foot + said if family.actions_first else said + foot)
        own += [x.format(**parts) for x in family.after]
        if family.pinned and k == 0:
            own.insert(0, family.pinned)
        if "indent" not in family.replies or not depth:
            lines += own
        elif family.barred:  # the marker before every line, once a level
            lines += [family.pad * depth + x for x in own]
        elif family.pad.strip():  # a marker before the header's first line
            lines += ["  " * (depth - 1) + family.pad + own[0], *own[1:]]
        else:
            lines += [family.pad * depth + x for x in own]
        truth.append(item)
        if family.pings and rng.random() < family.pings:  # a pingback among the comments
            pinged.append(Truth({None}, [f"Pingback: {title(rng)} | {rng.choice(PLACES)} notes"]))  # type: ignore[arg-type]
            lines.append(pinged[-1].lines[0])
        ends_thread = k + 1 == count or parents[k + 1] is None
        if family.more and parent is not None and ends_thread:
            lines.append(family.more.format(n=rng.randint(2, 9)))
        if family.summary and ends_thread and extra.random() < 0.5:  # replies not shown
            by = extra.sample([p.name for p in people if p.name != person.name], 2)
            by = by[: extra.randint(1, 2)]
            lines.append(family.summary.format(n=extra.randint(2, 9), by=" and ".join(by)))
        if family.noise and k + 1 < count and rng.random() < 0.25:
            noise = rng.choice(family.noise)  # an ad, a prompt or an event between two records
            if "{" in noise:  # an event: another writer's login, a label
                login, label = extra.choice(people).login, extra.choice(LABELS)
                noise = noise.format(other=login, label=label, **parts)
            lines.append(noise)
    lines += [*family.closing, *PAGE_FOOTER]
    truth += pinged  # after the comments: a truth's index is its comment's (parents)
    return Page(("\n\n" if family.blank else "\n").join(lines) + "\n", truth)


_SENTENCE = re.compile(r"(?<=[.?!]) ")


def _paths(parents: list[int | None]) -> list[str]:
    """Each comment's place in the tree: "2" the second thread, "2.1" its first reply."""
    paths: list[str] = []
    children: dict[int | None, int] = {}
    for parent in parents:
        children[parent] = children.get(parent, 0) + 1
        number = str(children[parent])
        paths.append(number if parent is None else f"{paths[parent]}.{number}")
    return paths


def _stats(name: str) -> str:
    """A forum's line under the name: the writer's posts and when they joined."""
    rng = random.Random(name)
    joined = dt.date(rng.randint(2009, 2025), rng.randint(1, 12), 1)
    return f"Posts: {rng.randint(1, 9000):,} · Joined: {joined:%b %Y}"


def _post(family: Family, k: int) -> str:
    """A board's post number: large, rising down the thread by uneven steps."""
    return str(48210000 + sum(3 + len(family.name) % (j + 2) for j in range(k)))


def _delete(rng: random.Random, item: Truth, used: set[str]) -> bool:
    """Make the comment a deleted one (one line saying so), if a line for it is left."""
    removed = [x for x in REMOVED if x not in used]
    if not removed:
        return False
    item.lines = [rng.choice(removed)]
    used.add(item.lines[0])
    item.deleted = True
    return True


def _called(family: Family, person: _Person) -> set[str]:
    if family.anonymous:
        return {family.anonymous}
    names = set()
    signed = family.header + "\n".join(family.after)  # the name over the text or under it
    if "{name}" in signed:
        names.add(person.name)
    if "{handle}" in signed:
        names |= {person.handle, person.handle[1:], f"{person.name} {person.handle}"}
    if "{user}" in signed:
        names.add(person.user)
    if "{login}" in signed:
        names.add(person.login)
    if "{nick}" in signed:
        names.add(person.nick if person.handle else person.name)
    return names


def _stars(rng: random.Random) -> str:
    rating = rng.randint(1, 5)
    return "★" * rating + "☆" * (5 - rating)


def _mark_reply(
    rng: random.Random,
    family: Family,
    item: Truth,
    answered: tuple[Truth, int],
    to: _Person,
    other: bool,
) -> str:
    """How the reply says what it answers, if the family's replies say it; the header's
    words for it ({to}) when the header says it."""
    parent, number = answered
    if not family.replies:
        return ""
    style = rng.choice(family.replies)
    if (parent.deleted or item.deleted) and style != "indent":
        return ""  # nobody quotes or names a deleted comment, and a deleted one says nothing
    item.stated = True
    if style in ("numbered", "level", "owner"):  # {path}, {level} or the reply_header says it
        return ""
    if style == "inheader":
        words = family.reply2 if other else family.to_words
        return words.format(to=to.name, login=to.login, num=number + 1)
    signed = family.header + "\n".join(family.after)  # the name over the text or under it
    shown = to.login if "{login}" in signed else to.name
    if style == "replyto":  # the name as the page shows it: a login where it signs so
        shown = to.nick if "{nick}" in signed and to.handle else shown
        shown = to.user if "{user}" in signed and to.user else shown  # as its header shows it
        words = (family.reply2 if other else family.reply_words).format(to=shown, num=number + 1)
        item.markers.append(words)  # over the text, or under it (reply_under)
        return ""
    called = (
        to.handle
        if "{handle}" in signed or "{login}" in signed
        else "@" + (to.user if "{user}" in signed else to.name)
    )
    if style == "postref":  # ">>48210037": the parent's post number over the text
        item.markers.append(f">>{_post(family, number)}")
        return ""
    if style == "quoteall" and (quoted := [x for x in parent.lines if x[:2] != "> "]):
        item.lines[:0] = ["> " + x for x in quoted]  # all its own lines, not its quotes
        return ""
    if style == "replying":
        item.markers.append(f"Replying to {called}")
    elif style == "inreply":
        item.markers.append(f"In reply to {to.user if '{user}' in family.header else to.name}")
    elif style == "mention":
        item.lines[0] = f"{called} {item.lines[0]}"
    elif style == "tagged":  # the name as the page shows it, no "@": "Ann Lee I agree"
        item.lines[0] = f"{shown} {item.lines[0]}"
    elif style in ("quote", "blockquote", "wrote", "quotebox") and (
        quotable := [
            x for x in parent.lines if x not in TINY and x[:2] != "> " and x[-7:] != " wrote:"
        ]
    ):  # nobody quotes an emoji alone, nor the parent's own quote
        line = rng.choice(quotable)
        if family.clipped:  # a collapsed quote: its first words, a mark, a line under it
            mark, _, under = family.clipped.partition("\n")
            words = family.wrote_words or "{to} wrote:"
            item.markers += [*words.format(to=shown).split("\n"), " ".join(line.split()[:6]) + mark]
            item.markers += [under] if under else []
        elif family.wrote_words:  # the family's own words over the quote
            item.markers += family.wrote_words.format(to=shown).split("\n")
            item.lines.insert(0, line)
        elif style in ("wrote", "quotebox"):  # "Name wrote:" says whom it quotes: a marker
            item.markers.append(f"{shown} wrote:" if style == "wrote" else f"Quote from: {shown}")
            item.lines.insert(0, line)
        else:
            item.lines.insert(0, ("> " if style == "blockquote" else "") + line)
    elif style in ("quote", "blockquote", "wrote", "quotebox"):
        item.stated = False
    return ""
