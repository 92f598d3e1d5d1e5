"""Session 35's comment-list rules (issue 13), each relaxing one assumption of the finder.

- The words every record puts before its writer's name are the layout's only where they
  are the same on every record: a numbered post line ("Post 7 by Ann Lee", "Post 8 by
  Bo Sand") changes its number from record to record, so its words stayed in the name,
  and the words in lower case after "Post 7" were cut off as a badge: the writer read
  "Post 7". Digits masked, the words before the name are the same on every record: the
  layout's (comment_lead_words.py). A record with no name (its header not read, a
  deleted writer's) kept them in every other name: the records that have a name are
  read, where they are most of the list.
- A line that is no record's header nor a known action is a comment's text: a thread
  toggle under some records ("show 4 more replies", its words in no list) was read as
  the text of the record over it. The same short line, digits masked, at the edge of
  several records' texts is the page's (comment_edge_lines.py).
- An undated record's writer in lower case is one word ("photo by Ann Lee" over each
  text is a credit line, no writer): a writer who typed their name in lower case with a
  space ("lena froberg") made the list none. Such lines are refused where they are most
  of the records' (comment_undated.all_named).

Each test fails without its part. Texts invented."""

from __future__ import annotations

from comment_texts import FOUR, SAID
from comment_texts import comments_listed as _comments
from comment_texts import paragraphs as _said

from reader.ingest.comment_undated import all_named
from reader.ingest.lines import to_lines

DATES = ["May 2, 2026", "May 2, 2026", "May 3, 2026", "May 4, 2026"]


def _numbered(line: str, names: list[str] = FOUR, first: int = 10) -> list[str]:
    return [
        f"{line.format(k=k + first, name=name)}\n{date}\n{said}\nReply"
        for k, (name, date, said) in enumerate(zip(names, DATES, SAID, strict=False))
    ]


def test_a_numbered_post_lines_words_are_not_the_writer() -> None:
    """Each comment's writer is the name alone, not "Post 10" nor "Post 10 by Lena
    Frost"; its words are its own."""
    found = _comments(_numbered("Post {k} by {name}"), "4 comments")
    assert [c.author for c in found] == FOUR
    assert [_said(c) for c in found] == [[said] for said in SAID[:4]]


def test_numbers_of_one_and_two_digits_are_alike() -> None:
    """Posts 8 to 11: "Post 9" and "Post 10" differ in their number only, whatever its
    length, so the words before the name are still the layout's."""
    found = _comments(_numbered("Post {k} by {name}", first=8), "4 comments")
    assert [c.author for c in found] == FOUR


def test_the_layouts_words_may_close_with_a_colon() -> None:
    """ "Entry 10 of the thread: Lena Frost": the words before the name, a colon after
    them, are the layout's however they close."""
    found = _comments(_numbered("Entry {k} of the thread: {name}"), "4 comments")
    assert [c.author for c in found] == FOUR


def test_a_name_shared_by_its_first_word_keeps_it() -> None:
    """Writers who share a first name ("Lena Frost", "Lena Voss") keep it: a capitalised
    word is the name's, not the layout's."""
    names = ["Lena Frost", "Lena Voss", "Lena Lind", "Lena Moor"]
    found = _comments(_numbered("Post {k} by {name}", names), "4 comments")
    assert [c.author for c in found] == names


def test_a_record_without_a_name_leaves_the_others_theirs() -> None:
    """A record between them shows its date and words and no name line: each of the
    others' writers is still the name alone, not "Post 10"."""
    records = _numbered("Post {k} by {name}")
    records.insert(2, f"May 3, 2026\n{SAID[4]}\nReply")
    found = _comments(records, "5 comments")
    assert [c.author for c in found] == [*FOUR[:2], None, *FOUR[2:]]
    assert _said(found[2]) == [SAID[4]]


LOGINS = ["lenafrost", "ravi_m", "oskar.lind", "gretav", "ines_moor"]
AGES = ["5h", "4h", "3h", "2h", "1h"]


def _signed_under(between: str) -> list[str]:
    """Records signed under their text ("login · 5h"), a line of the page's between
    some of them."""
    return [
        "\n".join(
            ([between] if k % 2 else []) + [said, f"{login} · {age}", f"Like {k + 3} · Reply"]
        )
        for k, (login, age, said) in enumerate(zip(LOGINS, AGES, SAID, strict=True))
    ]


def test_a_line_between_records_is_not_their_text() -> None:
    """ "Keep scrolling for more" between records, twice: no comment says it, and each
    says its own words."""
    found = _comments(_signed_under("Keep scrolling for more"), "5 comments")
    assert [c.author for c in found] == LOGINS
    assert [_said(c) for c in found] == [[said] for said in SAID]


TYPED = ["Wendeline Usk", "hanne vik", "corradopell", "Isidro Maal", "TAMSIN_C"]


def test_an_undated_writer_typed_in_lower_case_with_a_space() -> None:
    """No dates: names over the texts as their writers typed them, one "hanne vik":
    five comments, each its writer's."""
    records = [f"{name}\n{said}\nReply" for name, said in zip(TYPED, SAID, strict=True)]
    found = _comments(records, "Comments")
    assert [(c.author, _said(c)) for c in found] == [
        (name, [said]) for name, said in zip(TYPED, SAID, strict=True)
    ]


def test_credit_lines_over_each_text_name_no_writer() -> None:
    """ "photo by Lena Frost" over each caption: lower-case words of their own on every
    record, no writer's name."""
    credits = to_lines("\n".join(f"photo by {name}" for name in FOUR))
    assert not all_named(credits, [{0: k} for k in range(len(FOUR))], 0, {})


def test_one_writers_own_sign_off_stays_his_text() -> None:
    """Lena Frost signs both her comments "Lena, harbour walkers": the line at their
    edges is hers, not the page's (a line of the page's stands at several writers')."""
    names = [*FOUR, "Lena Frost"]
    records = [
        f"{name}\n{date}\n{said}" + ("\nLena, harbour walkers" if k in (0, 4) else "") + "\nReply"
        for k, (name, date, said) in enumerate(zip(names, [*DATES, DATES[-1]], SAID, strict=True))
    ]
    found = _comments(records, "5 comments")
    assert [c.author for c in found] == names
    assert _said(found[0]) == [SAID[0], "Lena, harbour walkers"]
