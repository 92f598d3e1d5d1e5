"""Comment lists found from the page's repetition alone (comment_strides.py, issue 13):
a group of lines of one form each comes back between the comments' texts, wherever
it stands (over the text, under it, both, or the text on the group's own line). Each
test fails without the mechanism. Texts invented."""

from __future__ import annotations

from comment_texts import ARTICLE, FOUR, SAID
from conftest import parse_text

from reader.ingest.comment_forms import line_form
from reader.ingest.comment_spans import CommentSpan
from reader.ingest.comment_strides import stride_records
from reader.ingest.lines import to_lines
from reader.model import Comment


def _comments(records: list[str], section: str = "Comments") -> list[Comment]:
    text = ARTICLE + section + "\n" + "\n".join(records) + "\nAbout us\nPrivacy policy\n"
    return parse_text(text).article.comments


EACH = [(name, [SAID[k]]) for k, name in enumerate(FOUR)]  # each writer's own line


def _authors_and_texts(records: list[str]) -> list[tuple[str | None, list[str]]]:
    return [(c.author, _said(c)) for c in _comments(records)]


def _strided(records: list[str], section: str) -> list[CommentSpan]:
    """The records the repeated group alone finds (other layouts may read the page)."""
    text = ARTICLE + section + "\n" + "\n".join(records) + "\nAbout us\nPrivacy policy\n"
    return stride_records(to_lines(text))


def _said(comment: Comment) -> list[str]:
    return [b.text for b in comment.blocks if b.kind.value == "paragraph"]


def test_names_of_any_script_and_length_share_a_form_and_a_sentence_has_none() -> None:
    assert line_form("Lena Frost") == line_form("李娜") == line_form("Мария Ивановна Петрова")
    assert line_form("answered Mar 3, 2026 at 21:04") == line_form("answered May 12, 2025 at 9:15")
    assert line_form("112 reputation") == line_form("1,525 reputation")
    assert line_form("Not again.") is None
    assert line_form("[14:02] Lena Frost: Fine.") == line_form("[9:15] Li Na: " + SAID[0])


def test_answers_signed_under_their_text_with_votes_over_it() -> None:
    """Votes over the text, then actions, "answered DATE", the name and a reputation
    under it: the group's part under the last text is the footer, over the first the
    header, whatever its words."""
    records = ["Accepted answer"] + [
        f"{3 * k + 1}\n{said}\nShare · Improve this answer\nanswered Mar {k + 2}, 2026 at 1{k}:05"
        f"\n{name}\n{(k + 1) * 211:,} reputation"
        for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    found = _comments(records, "4 Answers")
    assert [(c.author, c.date_text, _said(c)) for c in found] == [
        (name, f"Mar {k + 2}, 2026 at 1{k}:05", [SAID[k]]) for k, name in enumerate(FOUR)
    ]


def test_rows_of_a_table_copied_with_tabs_are_comments() -> None:
    rows = [
        f"{name}\t0{k + 3}/03/2026 1{k}:4{k}\t{said}"
        for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    found = _comments(rows, "Name\tDate\tComment")
    assert [(c.author, c.date_text) for c in found] == [
        (name, f"0{k + 3}/03/2026 1{k}:4{k}") for k, name in enumerate(FOUR)
    ]
    assert all(SAID[k] in " ".join(_said(c)) for k, c in enumerate(found))


def test_actions_between_the_header_and_the_text_open_no_comment() -> None:
    records = [
        f"{name} · Mar {k + 3}, 2026 at 0{k}:17\n♥ {k * 5 + 2} · Reply · Share\n{said}"
        for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    assert _authors_and_texts(records) == EACH


def test_a_chat_log_s_lines_are_comments_and_a_mention_after_the_label_answers() -> None:
    """ "[14:02] Name: text": the name and the text on one line, a line of no form
    under it its own; "@Name" after the label says whom it answers."""
    lines = [
        f"[1{k}:0{k}] {name}: {said}"
        for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    lines.insert(2, SAID[4])  # the second comment's second line
    lines[-1] = f"[13:03] {FOUR[3]}: @{FOUR[1]} {SAID[3]}"
    found = _comments(lines, "Live chat")
    assert [c.author for c in found] == FOUR
    assert _said(found[1]) == [lines[1], SAID[4]]
    assert found[3].mentions == [FOUR[1]]


def test_a_header_line_with_a_date_after_its_colon_is_no_label() -> None:
    """ "Re: subject « Reply #3 on: DATE »" over the name: a header line (a date after
    "Re:"), not a label with the comment's text after it."""
    records = [
        f"Re: Late boats for the island « Reply #{k + 1} on: Thursday {k + 3} March 2026, "
        f"1{k}:05 »\n{name}\n{said}\nQuote"
        for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    assert _authors_and_texts(records) == EACH


def test_a_post_s_age_dates_the_footer_and_lines_under_it_are_no_text() -> None:
    """ "2d  Like  Reply" under each text (an age no date pattern reads, the same on two
    records), "View 3 more replies" under a thread's last one: the footer's."""
    ages = ["2d", "2d", "20h", "3h"]
    records = [
        f"{name}\n{said}\n{age}  Like  Reply"
        for name, said, age in zip(FOUR, SAID, ages, strict=False)
    ]
    records[1] += "\nView 3 more replies"
    found = _comments(records)
    assert [(c.author, c.date_text, _said(c)) for c in found] == [
        (name, ages[k], [SAID[k]]) for k, name in enumerate(FOUR)
    ]


def test_a_mail_s_sender_is_the_name_before_the_address() -> None:
    records = [
        f"From: {name} <{name.split()[0].lower()}@example.org>\n"
        f"Date: Tue, 0{k + 3} Mar 2026 1{k}:04:00 +0000\nSubject: Re: Late boats\n{said}"
        for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    assert [c.author for c in _comments(records, "4 messages in this thread")] == FOUR


def test_a_day_s_teasers_under_their_writers_are_no_comments() -> None:
    """Title, writer, one day's date, summary: a list of other articles, not comments
    (most records carry the same day, and no time)."""
    teasers = [
        f"{title}\n{name}\nWednesday March 4, 2026\n{said}"
        for title, name, said in zip(
            ["Late boats at last", "Fares for all", "Pier lights", "Winter crews"],
            FOUR,
            SAID,
            strict=False,
        )
    ]
    assert _strided(teasers, "More from Opinion") == []


def test_a_live_blog_s_entries_by_its_writers_are_the_article() -> None:
    """Entries stamped with a time, the one who signs most named in the byline: the
    article's, not comments, though none signs most of them."""
    entries = [
        f"{20 - k}:1{k} {name}\n{said}"
        for k, (name, said) in enumerate(
            zip(
                ["Ana Ruiz", "Ravi Mehta", "Ana Ruiz", "Oskar Lind", "Ravi Mehta"],
                SAID,
                strict=False,
            )
        )
    ]
    assert _strided(entries, "Key events") == []


def test_two_lines_of_one_form_are_no_list() -> None:
    lines = [
        f"[1{k}:05] {name}: {said}" for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    assert len(_strided(lines[:3], "Live chat")) == 3
    assert _strided(lines[:2], "Live chat") == []


def test_records_with_no_date_are_no_list() -> None:
    """Subheads over their paragraphs repeat a form too: comments are dated."""
    records = [f"{name}\n{said}" for name, said in zip(FOUR, SAID, strict=False)]
    assert _strided(records, "In brief") == []
    dated = [
        f"{name}\n{k + 3} March 2026\n{said}"
        for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    assert len(_strided(dated, "In brief")) == 4


def test_a_numbered_list_naming_no_one_is_not_searched_again(monkeypatch) -> None:
    """Numbered comments that name no writer are no records one name signs: the page is
    read by its numbers, without the repeated group's search over every line (its cost)."""
    import reader.ingest.comment_layouts as layouts

    searched: list[int] = []
    search = layouts.stride_records

    def counted(lines, prose):  # type: ignore[no-untyped-def]
        searched.append(len(lines))
        return search(lines, prose)

    monkeypatch.setattr(layouts, "stride_records", counted)
    numbered = [f"  {n}. {SAID[n % len(SAID)]}" for n in range(1, 7)]
    comments = _comments(numbered)
    assert [c.author for c in comments] == [None] * 6 and searched == []


def test_a_short_name_inside_a_longer_word_of_the_article_is_not_its_writer() -> None:
    """The writer who signs most records is not named over the list when only a longer
    word holds the name ("Jo" in "John"): the chat log stays comments."""
    names = ["Jo", "Ravi Mehta", "Jo", "Greta Voss", "Oskar Lind", "Jo"]
    lines = [f"[1{k}:0{k}] {name}: {SAID[k % len(SAID)]}" for k, name in enumerate(names)]
    text = ARTICLE + "Mayor John Marsh said the boats would run late.\nLive chat\n"
    found = parse_text(text + "\n".join(lines) + "\nAbout us\n").article.comments
    assert [c.author for c in found] == names
