"""Session 27's widenings of the repeated-group comment search (comment_strides.py,
issue 13): a group that signs the text over it, a header line that names its writer
among the template's own words and ends with a colon after the date. Each test fails
without its rule. Texts invented."""

from __future__ import annotations

from comment_texts import ARTICLE, FOUR, SAID
from conftest import parse_text

from reader.model import Comment

PLACES = ["Kelpwick", "Lower Fenn", "Saltmarsh", "North Quay"]


def _comments(records: list[str], section: str = "Comments") -> list[Comment]:
    text = ARTICLE + section + "\n" + "\n".join(records) + "\nAbout us\nPrivacy policy\n"
    return parse_text(text).article.comments


def _said(comment: Comment) -> list[str]:
    return [b.text for b in comment.blocks if b.kind.value == "paragraph"]


def test_letters_signed_under_their_text_with_name_and_date_on_one_line() -> None:
    """No header: each letter's text, then "— Name, 4 March 2026". Text stands over the
    group's first place and none under its last: the group is a footer, and the name is
    the piece before the comma."""
    records = [
        f"{said}\n— {name}, {k + 4} March 2026"
        for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    found = _comments(records, "Readers respond")
    assert [(c.author, c.date_text, _said(c)) for c in found] == [
        (name, f"{k + 4} March 2026", [SAID[k]]) for k, name in enumerate(FOUR)
    ]


def test_a_one_line_header_names_its_writer_among_the_template_words() -> None:
    """ "Name from Place wrote on 5th March 2026:" over the text: the colon after a date
    ends no sentence (the line is the record's header), and the words every record
    repeats there ("from", "wrote", "on") are the template's, the name before them."""
    records = [
        f"{name} from {PLACES[k]} wrote on {k + 5}th March 2026:\n{SAID[k]}"
        for k, name in enumerate(FOUR)
    ]
    found = _comments(records, "Guestbook")
    assert [(c.author, _said(c)) for c in found] == [
        (name, [SAID[k]]) for k, name in enumerate(FOUR)
    ]


def test_the_template_words_before_a_name_are_no_part_of_it() -> None:
    """ "Reviewed by Name on DATE": "Reviewed by" is in every record, the name is not."""
    records = [
        f"Reviewed by {name} on {k + 5}th March 2026\n{SAID[k]}\nHelpful · Report"
        for k, name in enumerate(FOUR)
    ]
    assert [c.author for c in _comments(records, "Reviews")] == FOUR
