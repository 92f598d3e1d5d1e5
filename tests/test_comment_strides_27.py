"""Session 27's widenings of the repeated-group comment search (comment_strides.py,
issue 13): a group that signs the text over it, a header line that names its writer
among the template's own words and ends with a colon after the date. Each test fails
without its rule. Texts invented."""

from __future__ import annotations

from comment_texts import ARTICLE, FOUR, SAID
from conftest import parse_text

from reader.ingest.comment_forms import line_form
from reader.ingest.comment_strides import stride_records
from reader.ingest.lines import to_lines
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


FIVE = [*FOUR, "Ilse Quill"]


def test_undated_records_of_five_writers_with_avatars_are_a_list() -> None:
    """No date anywhere: avatar initials over a name, the text, "Like · Reply". Five
    records, each signed by a writer of its own, repeat the group: a list, and the name
    is its writer, not the initials over it."""
    records = [
        f"{''.join(w[0] for w in name.split())}\n{name}\n{SAID[k]}\nLike · Reply"
        for k, name in enumerate(FIVE)
    ]
    found = _comments(records, "5 comments")
    assert [(c.author, _said(c)) for c in found] == [
        (name, [SAID[k]]) for k, name in enumerate(FIVE)
    ]


def test_undated_letters_signed_with_name_and_place_under_a_title() -> None:
    """A title over each letter, "Name, Place" under it, no date: the page's footer
    under the last letter has the title's form but no signature, and is no letter."""
    titles = ["Late boats matter", "Fares at last", "Pier lights now", "Storm days", "Crews at sea"]
    records = [f"{titles[k]}\n{SAID[k]}\n{name}, {PLACES[k % 4]}" for k, name in enumerate(FIVE)]
    found = _comments(records, "Letters")
    assert [(c.author, _said(c)) for c in found] == [
        (name, [SAID[k]]) for k, name in enumerate(FIVE)
    ]


def test_an_action_line_with_a_count_over_a_record_is_no_teaser_headline() -> None:
    """ "Name, Place" over each text, "Reply · Like (3)" under it, no date: the counted
    action line over the next record is the record above's own footer, not a teaser's
    headline over it."""
    records = [
        f"{name}, {PLACES[k % 4]}\n{SAID[k]}\nReply · Like ({k + 2})" for k, name in enumerate(FIVE)
    ]
    found = _comments(records, "Your comments")
    assert [(c.author, _said(c)) for c in found] == [
        (name, [SAID[k]]) for k, name in enumerate(FIVE)
    ]


def test_three_undated_records_are_no_list() -> None:
    """Three records with no date are too few: two paragraphs under names may be an
    interview's, a list of people's."""
    records = [f"{name}\n{SAID[k]}\nLike · Reply" for k, name in enumerate(FOUR[:3])]
    assert _comments(records, "People") == []


def test_subheads_over_paragraphs_are_no_undated_list() -> None:
    """A guide's subheads, each over a paragraph, repeat one line between texts: names
    as far as their form goes, but a group of one line with no date is no comment list."""
    heads = [
        "Fares & Tickets",
        "Parking & Bicycles",
        "Cafés & Shops",
        "Piers & Ramps",
        "Tides & Storms",
    ]
    records = [f"{head}\n{SAID[k]}" for k, head in enumerate(heads)]
    assert _comments(records, "What changes") == []


def test_profiles_under_a_credit_line_are_no_undated_list() -> None:
    """Each entry a credit line in lower case naming someone ("photo from the archive of
    …") over a handle and a text: no line a writer's name opens, so no undated list."""
    records = [
        f"photo from the archive of {name}\nAccount: @{name.split()[0].lower()}\n{SAID[k]}"
        for k, name in enumerate(FIVE)
    ]
    assert _comments(records, "Meet the crews") == []


def test_a_group_that_reads_every_record_the_layouts_read_and_more_wins() -> None:
    """ "Name from Place wrote on DATE:": the named layouts read two of the headers (a
    name of one word they take for a place's); the repeated group reads all five and
    starts a record wherever they did."""
    names = ["李娜", "Lena Frost", "佐藤 花子", "Ravi Mehta", "Oskar Lind"]
    records = [
        f"{name} from {PLACES[k % 4]} wrote on {k + 4}th March 2026:\n{SAID[k]}"
        for k, name in enumerate(names)
    ]
    found = _comments(records, "Guestbook")
    assert [c.author for c in found] == names


def test_ratings_of_different_stars_share_a_form() -> None:
    """ "★★★☆☆ Title" and "★★★★★ Title": a run of symbols is one, whatever its stars, so
    the rating line is part of the group each review repeats, and the group's records
    start at it."""
    assert line_form("★★★☆☆ Fares at last") == line_form("★★★★★ Storm days")
    stars = ["★★★☆☆", "★★★★★", "★☆☆☆☆", "★★☆☆☆"]
    records = [
        f"{stars[k]} Fares at last\nReviewed by {name} on {k + 4}th March 2026\n"
        f"Verified purchase\n{SAID[k]}\n{k + 3} people found this helpful\nHelpful · Report"
        for k, name in enumerate(FOUR)
    ]
    text = ARTICLE + "Customer reviews (4)\n" + "\n".join(records) + "\nAbout us\nPrivacy policy\n"
    lines = to_lines(text)
    found = stride_records(lines)
    assert [(s.author, lines[s.start].text) for s in found] == [
        (name, f"{stars[k]} Fares at last") for k, name in enumerate(FOUR)
    ]


def test_records_all_dated_one_day_with_no_time_are_teasers() -> None:
    """ "4 March 2026" on each record's own line, the same day on most: a day's items,
    no comments (a post's age "2d" may repeat; a day written out with its year is no
    age)."""
    records = [f"{name}\n4 March 2026\n{SAID[k]}\nShare" for k, name in enumerate(FOUR)]
    text = ARTICLE + "Latest\n" + "\n".join(records) + "\nAbout us\n"
    assert stride_records(to_lines(text)) == []
