"""Session 29's comment-list rules (issue 13): a handle in lower case names the writer
of a header that says whom it answers ("mirko replied to tovamar"), and the handle it
answers is no word of the template; a badge between a name and its handle is the
page's; a handle and a post's age under each text sign the text over them, the list's
ends say so; a post's age keeps a one-word note after it ("1d · Edited"); avatar
initials open the header; the page's chrome under a record's actions is no text. Each
test fails without its rule. Texts invented."""

from __future__ import annotations

from comment_texts import SAID
from comment_texts import comments_listed as _comments
from comment_texts import paragraphs as _said


def test_lower_case_handles_that_say_whom_they_answer() -> None:
    """ "dessa replied to tovamar": the writer is the first word, whatever its case,
    and the reply answers tovamar, whose handle ends three headers without being the
    template's word after each name."""
    heads = ["tovamar", "mirko replied to tovamar", "dessa replied to tovamar"]
    heads += ["ulfgren replied to tovamar", "brannoc"]
    records = []
    for k, (head, said) in enumerate(zip(heads, SAID, strict=True)):
        pad = "    " if " " in head else ""  # replies indented
        lines = [head, f"{k + 2} hours ago", said, f"Like {k}", "Reply"]
        records.append("\n".join(pad + line for line in lines))
    found = _comments(records, "Comments")
    assert [(c.author, c.parent) for c in found] == [
        ("tovamar", None),
        ("mirko", 1),
        ("dessa", 1),
        ("ulfgren", 1),
        ("brannoc", None),
    ]


def test_a_badge_between_the_name_and_the_handle() -> None:
    """ "Ravi Mehta Subscriber" over "@ravi_m · 3h": the word that follows two names is
    the page's badge, though the handle follows it."""
    heads = [
        "Lena Frost\n@lena_f",
        "Ravi Mehta Subscriber\n@ravi_m",
        "Oskar Lind\n@oskar77",
        "Greta Voss Subscriber\n@gvoss",
    ]
    records = [
        f"{head} · {k + 2}h\n{said}\nReply · Share"
        for k, (head, said) in enumerate(zip(heads, SAID, strict=False))
    ]
    found = _comments(records, "4 Comments")
    assert [c.author for c in found] == [
        "Lena Frost @lena_f",
        "Ravi Mehta @ravi_m",
        "Oskar Lind @oskar77",
        "Greta Voss @gvoss",
    ]


def test_a_handle_and_age_under_each_text_sign_it() -> None:
    """The text, "Like 3 · Reply", then "tovamar · 2d": text stands over the first
    "handle · age" line and none under the last (the page's own lines), so each such
    line closes the record over it instead of opening the one under it."""
    handles = ["tovamar", "mirko22", "dessa", "ulf_gren"]
    records = [
        f"{said}\nLike {k + 3} · Reply\n{handle} · {4 - k}d"
        for k, (handle, said) in enumerate(zip(handles, SAID, strict=False))
    ]
    found = _comments(records, "4 responses")
    assert [(c.author, _said(c)) for c in found] == [
        (handle, [said]) for handle, said in zip(handles, SAID, strict=False)
    ]


def test_a_note_after_a_post_age_keeps_it_a_date_line() -> None:
    """ "1d · Edited" under the name: the age ends the header's date, the note after it
    is no text of the comment (the line stood in the text of the record above)."""
    heads = ["Lena Frost @lena_f", "Ravi Mehta @ravi_m", "Oskar Lind @oskar77"]
    heads += ["Greta Voss @gvoss"]
    ages = ["3d", "2d · Edited", "1d · Edited", "5h (edited)"]
    records = [
        f"{head}\n{age}\n{said}\n{k + 4} ▲ {k} ▼\nReply · Share"
        for k, (head, age, said) in enumerate(zip(heads, ages, SAID, strict=False))
    ]
    found = _comments(records, "4 Comments")
    assert [(c.author, _said(c)) for c in found] == [
        (head, [said]) for head, said in zip(heads, SAID, strict=False)
    ]


def _avatar_records(between: dict[int, str]) -> list[str]:
    """Avatar initials over "Name @handle" over a post's age, vote arrows and actions
    under the text; ``between``: a line after some records."""
    heads = ["Lena Frost @lena_f", "Ravi Mehta @ravi_m", "Oskar Lind @oskar77"]
    heads += ["Greta Voss @gvoss"]
    records = []
    for k, (head, said) in enumerate(zip(heads, SAID, strict=False)):
        initials = "".join(w[0] for w in head.split()[:2])
        records.append(f"{initials}\n{head}\n{4 - k}d\n{said}\n{k + 4} ▲ {k} ▼\nReply · Share")
        if k in between:
            records.append(between[k])
    return records


def test_avatar_initials_open_the_header() -> None:
    """ "Show 3 more replies" over the next record's "OL" and name: the initials of the
    name under them open its header, the line over them is the record above's."""
    found = _comments(_avatar_records({1: "Show 3 more replies"}), "4 Comments")
    assert [c.author for c in found] == [
        "Lena Frost @lena_f",
        "Ravi Mehta @ravi_m",
        "Oskar Lind @oskar77",
        "Greta Voss @gvoss",
    ]


def test_an_ad_under_the_closing_actions_is_no_text() -> None:
    """ "Sponsored · …" between two records, under the first one's actions: the
    page's line, as "View 4 replies" would be, not the comment's words."""
    found = _comments(_avatar_records({0: "Sponsored · Kelpwick Marine Supplies"}), "Comments")
    assert [_said(c) for c in found] == [[said] for said in SAID[:4]]
