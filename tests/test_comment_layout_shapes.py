"""Comment layouts reader had no rule for (issue 13): replies shown only by where they
stand, avatars' initials, names after the date, names with a place, role or badge."""

from __future__ import annotations

import pytest
from comment_texts import ARTICLE
from conftest import parse_text
from layout_pages_helper import DEV, Family, Score, page, score

from reader.model import BlockKind, Comment
from reader.model.comments import MARKUP

TEXTS = [
    "Finally a boat after the concert.",
    "Only if the buses wait for it too.",
    "They said the buses would, at the meeting.",
    "Who pays the crews for the night shifts?",
    "The fireworks money, as the article says.",
]


def _comments(text: str) -> list[Comment]:
    return parse_text(ARTICLE + text).article.comments


def _tree(text: str) -> list[tuple[str | None, int | None]]:
    return [(c.author, c.parent) for c in _comments(text)]


def _thread(pad: str, marker: bool = False) -> str:
    """Ann, Bo answering Ann, Cy answering Bo, Dee, Eli answering Dee; replies by ``pad``
    before each of their lines, or before the header alone (a marker)."""
    rows = [("Ann Lee", 0), ("Bo Sand", 1), ("Cy Moss", 2), ("Dee Holm", 0), ("Eli Park", 1)]
    out = "Comments\n"
    for k, (name, depth) in enumerate(rows):
        lines = [name, f"March {5 + k}, 2026", TEXTS[k], "Reply"]
        if marker and depth:
            lines[0] = "  " * (depth - 1) + pad + lines[0]
        elif depth:
            lines = [pad * depth + x for x in lines]
        out += "\n".join(lines) + "\n"
    return out


WANT = [("Ann Lee", None), ("Bo Sand", 1), ("Cy Moss", 2), ("Dee Holm", None), ("Eli Park", 4)]


@pytest.mark.parametrize("pad", ["    ", "\t"], ids=["spaces", "tabs"])
def test_replies_shown_only_by_their_indentation_answer_the_comment_above(pad: str) -> None:
    assert _tree(_thread(pad)) == WANT
    reply = _comments(_thread(pad))[1]
    assert reply.reply_evidence[0].kind == MARKUP


@pytest.mark.parametrize("marker", ["↳ ", "└ "])
def test_replies_opened_by_a_marker_answer_the_comment_above_and_lose_it(marker: str) -> None:
    assert _tree(_thread(marker, marker=True)) == WANT


def test_a_flat_thread_gets_no_parents_from_indentation() -> None:
    assert _tree(_thread("")) == [(name, None) for name, _ in WANT]


def _authors(records: list[str]) -> list[str | None]:
    return [c.author for c in _comments("Comments\n" + "".join(records))]


def test_an_avatars_initials_over_the_name_are_not_the_author() -> None:
    rows = [("AL", "Ann Lee"), ("BS", "Bo Sand"), ("李", "李娜"), ("DH", "Dee Holm")]
    records = [
        f"{letters}\n{name}\n2026-03-0{k + 5} 10:1{k}\n{TEXTS[k]}\nLike\nReply\n"
        for k, (letters, name) in enumerate(rows)
    ]
    assert _authors(records) == [name for _, name in rows]


def test_initials_the_page_repeats_stay_the_records_first_line() -> None:
    """Writers with the same initials: the page repeats "AL", and it is still the line
    that opens a record (a reply's, marked "└ AL"), not an action of the one above."""
    rows = [("Ann Lee", ""), ("Al Lund", "└ "), ("Ada Lim", ""), ("Avi Levy", ""), ("Bo Sand", "")]
    text = "Comments\n" + "".join(
        f"{mark}{name[0]}{name.split()[1][0]}\n{name} · {5 + k}. März 2026 um 9:1{k} Uhr\n"
        f"{TEXTS[k]}\nAntworten\n"
        for k, (name, mark) in enumerate(rows)
    )
    assert _tree(text) == [(name, 1 if mark else None) for name, mark in rows]


def test_a_header_line_that_puts_the_name_after_the_date() -> None:
    names = ["Ann Lee", "bo_sand", "李娜", "Dee Holm"]
    text = "Comments\n" + "".join(
        f"March {5 + k}, 2026 at 9:1{k} am | {name}\n{TEXTS[k]}\nReply\n"
        for k, name in enumerate(names)
    )
    found = _comments(text)
    assert [c.author for c in found] == names
    assert found[0].date_text == "March 5, 2026 at 9:10 am"


def test_a_time_glued_to_a_name_is_no_comment_header() -> None:
    """A live blog's "21:22Ann Lee" over each post: no comment list."""
    text = "".join(f"2{k}:1{k}Ann Lee\n{TEXTS[k]}\n" for k in range(4))
    assert _comments(text) == []


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("Ann Lee, Westcliff", "Ann Lee"),
        ("ann77 Top contributor", "ann77"),
        ("@ann_lee Subscriber", "@ann_lee"),
        ("Ann Lee Top contributor", "Ann Lee"),
        ("Ann de Vries verified", "Ann de Vries"),
        ("Ann Lee (rhymes with sea)", "Ann Lee (rhymes with sea)"),
        ("Ann Lee, Jr.", "Ann Lee, Jr."),
    ],
)
def test_a_name_line_keeps_the_name_without_its_place_or_badge(printed: str, name: str) -> None:
    others = ["Bo Sand", "Cy Moss", "Dee Holm"]
    text = "Comments\n" + "".join(
        f"{who}\n{4 + k} hours ago\n{TEXTS[k]}\nReply\n" for k, who in enumerate([printed, *others])
    )
    assert [a for a, _ in _tree(text)] == [name, *others]


def test_a_badge_that_follows_two_names_is_no_part_of_them() -> None:
    printed = ["Ann Lee Subscriber", "Bo Sand", "Cy Moss Subscriber", "Dee Holm"]
    text = "Comments\n" + "".join(
        f"{who}\n{4 + k} hours ago\n{TEXTS[k]}\nReply\n" for k, who in enumerate(printed)
    )
    assert [a for a, _ in _tree(text)] == ["Ann Lee", "Bo Sand", "Cy Moss", "Dee Holm"]


def test_two_writers_with_one_surname_keep_it() -> None:
    printed = ["Ann Lee", "Bo Lee", "Cy Moss", "Dee Holm"]
    text = "Comments\n" + "".join(
        f"{who}\n{4 + k} hours ago\n{TEXTS[k]}\nReply\n" for k, who in enumerate(printed)
    )
    assert [a for a, _ in _tree(text)] == printed


def test_a_section_label_with_its_count_is_no_name() -> None:
    """The first comment has no name line of its own (deleted): the label over it,
    "Leserkommentare (4)", is not its writer."""
    text = "Leserkommentare (4)\n[deleted] · 5. März 2026 um 9:10 Uhr\n[removed]\nAntworten\n" + (
        "".join(
            f"{name.split()[0][0]}{name.split()[1][0]}\n{name} · {6 + k}. März 2026 um 9:1{k} Uhr\n"
            f"{TEXTS[k]}\nAntworten\n"
            for k, name in enumerate(["Ann Lee", "Bo Sand", "Cy Moss"])
        )
    )
    assert [a for a, _ in _tree(text)] == ["[deleted]", "Ann Lee", "Bo Sand", "Cy Moss"]


NEW_DEV = [f for f in DEV if f.name in ("tab-indent", "initials-corner", "handle-only")]


@pytest.mark.parametrize("family", NEW_DEV, ids=lambda f: f.name)
def test_generated_replies_and_article_quotes_link_what_they_answer(family: Family) -> None:
    """Generated pages (bench/comment_layouts.py): replies the layout states by
    indentation get that parent; a comment opening with a sentence of the article is
    linked to the paragraph holding it (issue 14)."""
    found = Score()
    for seed in range(4):
        found.add(score(page(family, seed)))
    assert found.linked == found.cited
    if family.name != "handle-only":
        assert found.parents == found.stated > 0


def test_a_reply_keeps_its_avatar_where_most_records_have_none() -> None:
    """Deleted comments show no initials: the few records with an avatar still open
    with it, and the reply marked on it ("└ BS") answers the comment above."""
    rows = [("", "[deleted]"), ("AL", "Ann Lee"), ("└ BS", "Bo Sand"), ("", "Deleted user")]
    rows += [("", "[deleted]")]
    text = "Comments\n" + "".join(
        (f"{letters}\n" if letters else "")
        + f"{name} · {5 + k}. März 2026 um 9:1{k} Uhr\n{TEXTS[k]}\nAntworten\n"
        for k, (letters, name) in enumerate(rows)
    )
    assert [parent for _, parent in _tree(text)] == [None, None, 2, None, None]


def test_a_name_over_its_handle_is_called_by_both() -> None:
    """ "Ann Lee" over "@annlee · 2h": the author shows both, and "@annlee" in a reply
    names her."""
    rows = [("Ann Lee", "@annlee"), ("Bo Sand", "@bosand"), ("Cy Moss", "@cymoss")]
    text = "Comments\n" + "".join(
        f"{name}\n{handle} · {k + 2}h\n{'@annlee ' if k == 2 else ''}{TEXTS[k]}\nReply\n"
        for k, (name, handle) in enumerate(rows)
    )
    assert _tree(text) == [
        ("Ann Lee @annlee", None),
        ("Bo Sand @bosand", None),
        ("Cy Moss @cymoss", 1),
    ]


def test_a_date_over_the_name_alone_opens_each_comment() -> None:
    """ "5 March 2026, 10:02" over "Ann Lee" (no "wrote:"), the actions under the text:
    the date is the header's, not the footer of the comment above."""
    names = ["Ann Lee", "Bo Sand", "Cy Moss", "Dee Holm"]
    text = "Comments\n" + "".join(
        f"{5 + k} March 2026, 10:0{k}\n{name}\n{TEXTS[k]}\nReply\nShare\n"
        for k, name in enumerate(names)
    )
    found = _comments(text)
    assert [(c.author, c.date_text) for c in found] == [
        (name, f"{5 + k} March 2026, 10:0{k}") for k, name in enumerate(names)
    ]


def test_a_comment_of_an_emoji_or_a_link_alone_is_its_text() -> None:
    """ "👍" or a link right under the name is the comment, not a second name line."""
    bodies = ["👍", TEXTS[1], "www.example.org/late-ferries", TEXTS[3]]
    text = "Comments\n" + "".join(
        f"{5 + k} March 2026, 10:0{k}\n{name}\n{body}\nReply\nShare\n"
        for k, (name, body) in enumerate(
            zip(["Ann Lee", "Bo Sand", "Cy Moss", "Dee Holm"], bodies, strict=True)
        )
    )
    found = _comments(text)
    assert [c.author for c in found] == ["Ann Lee", "Bo Sand", "Cy Moss", "Dee Holm"]
    assert [[b.text for b in c.blocks if b.kind is BlockKind.PARAGRAPH] for c in found] == [
        [body] for body in bodies
    ]


@pytest.mark.parametrize("time", ["{d}.3.2026 klo 10.0{k}", "le {d} mars 2026 à 10h0{k}"])
def test_a_time_written_in_another_language_stays_in_the_headers_date(time: str) -> None:
    """ "klo 10.02", "à 10h02" under the name: the date line's time, not the comment's text."""
    names = ["Aino Laine", "Eero Salo", "Mari Koski"]
    dates = [time.format(d=5 + k, k=k) for k in range(len(names))]
    text = "Comments\n" + "".join(
        f"{name}\n{dates[k]}\n{TEXTS[k]}\nReply\n" for k, name in enumerate(names)
    )
    found = _comments(text)
    assert [(c.author, c.date_text) for c in found] == list(zip(names, dates, strict=True))
    paragraphs = [[b.text for b in c.blocks if b.kind == BlockKind.PARAGRAPH] for c in found]
    assert paragraphs == [[said] for said in TEXTS[: len(names)]]
