"""Pieces of a body that a page's layout sets apart from its paragraphs: a pull quote
between them, posts embedded under them, the entries of a live blog."""

from __future__ import annotations

from conftest import FERRY_BODY, FERRY_HEADLINE, parse_text

from reader.model import BlockKind

HEADER = f"{FERRY_HEADLINE}\nBy Ana Ruiz\nMarch 4, 2026\n"
BODY = FERRY_BODY.splitlines()


def kinds(page: str) -> dict[str, BlockKind]:
    return {b.text: b.kind for b in parse_text(page).article.blocks}


def test_a_pull_quote_between_paragraphs_is_part_of_the_body_not_a_subhead() -> None:
    for quote in ("“We cannot keep patching them.”", "“Late boats? Not this year!”"):
        page = HEADER + "\n\n".join([*BODY[:2], quote, *BODY[2:]]) + "\n"
        assert kinds(page)[quote] is BlockKind.PARAGRAPH


def test_a_subhead_between_paragraphs_stays_a_subhead_quoted_or_not() -> None:
    for subhead in ("What the late boats will cost", "“A summer of late boats”"):
        page = HEADER + "\n\n".join([*BODY[:2], subhead, *BODY[2:]]) + "\n"
        assert kinds(page)[subhead] is BlockKind.HEADING


def live_blog() -> str:
    """A live blog: its headline over a menu and a byline, an intro, then entries under
    stamps of the time (some a title and a link alone), the longest ones last."""
    header = (
        "Ferry LIVE: the harbour adapts to the first day of the winter timetable\n"
        "The board cut the late boats last night, and more changes may come next week\n"
        "harbourlive\nShare\nSubscriptions\nSign Out\nBy\nAna Ruiz\nUpdated 21:22, 6 OCT 2026\n"
    )
    intro = "\n".join(
        f"Intro paragraph {k} of the blog says what the timetable changes for the crossing today and why."
        for k in range(3)
    )
    entries = []
    for k in range(12):
        entries.append(f"{21 - k}:{10 + k}Ana Ruiz")
        if k < 4:  # short entries: a title and a link
            entries += [
                f"Picture number {k} of the quiet pier this evening",
                f"https://example.org/p/{k}",
            ]
            continue
        entries.append(f"Update {k} on the crossing from the island pier")
        entries += [
            f"Entry {k}, paragraph {p}: the crews told us how the new timetable works on the boats and at the piers."
            for p in range(k // 3)
        ]
    return header + intro + "\nKey Events\n" + "\n".join(entries) + "\n"


def test_a_live_blog_is_its_intro_and_its_entries() -> None:
    article = parse_text(live_blog()).article
    body = [b.text for b in article.body()]
    assert body[0].startswith("Intro paragraph 0")
    assert body[-1].startswith("Entry 11, paragraph 2")
    assert article.title.startswith("Ferry LIVE: the harbour adapts")


def test_posts_embedded_under_the_last_paragraph_are_part_of_the_body() -> None:
    post = [
        "The first late boat leaves tonight, and the crews are ready pic.example/ab12",
        "— Harbour Board (@harbourboard) June 1, 2026",
        "Tickets are on sale at both piers from noon https://example.org/t",
        "— Harbour Board (@harbourboard) June 1, 2026",
    ]
    footer = ["Share", "Tweet", "Email", "More from the Examiner", "© 2026 Harbour Examiner"]
    page = HEADER + "\n".join([*BODY, *post, *footer]) + "\n"
    shown = kinds(page)
    assert all(shown[line] is BlockKind.PARAGRAPH for line in post)
    assert shown["More from the Examiner"] is not BlockKind.PARAGRAPH


def test_a_gallery_photo_between_paragraphs_is_one_caption_with_its_labelled_credit() -> None:
    """A photo's count, its caption sentence and its credit "Picture: Name/Agency" (or
    "Photo: Name") are one caption, no paragraph of the body."""
    for credit in ("Picture: Greta Mehta/Coast Press", "Photo: Greta Mehta", "Image by Ann Lee"):
        photo = ["2 of 5", "Members leaving the hall after the vote this week.", credit]
        page = HEADER + "\n".join([*BODY[:2], *photo, *BODY[2:]]) + "\n"
        article = parse_text(page).article
        assert [b.text for b in article.body()] == BODY
        caption = next(b for b in article.blocks if b.kind is BlockKind.CAPTION)
        assert caption.text.endswith(credit) and "Members leaving" in caption.text


def test_widgets_and_a_pitch_left_as_text_under_the_body_are_no_paragraphs() -> None:
    """A CMS shortcode, a widget's notice that it needs JavaScript and a magazine's
    pitch under the last paragraph: none of them is the article's."""
    tail = [
        '[newsletter_box list="harbour" size="wide"] Letters from the quay, once a week',
        "The tide chart needs JavaScript.",
        "The Quayside Quarterly, delivered through your letterbox each season: tide charts,"
        " walks along the coast and the stories behind the boats. Four editions for £9,"
        " details here.",
    ]
    article = parse_text(HEADER + "\n".join(BODY + tail) + "\n").article
    assert [b.text for b in article.body()] == BODY


def test_an_authors_bio_closing_the_body_is_no_paragraph_but_names_the_author() -> None:
    """ "Ann Lee is a reporter for …" as the body's last paragraph: the author's bio, not
    the article's; it still names the author."""
    bio = (
        "Lena Frost is the paper's harbour correspondent and has followed the island boats"
        " since 2019."
    )
    article = parse_text(FERRY_HEADLINE + "\n" + FERRY_BODY + bio + "\n").article
    assert [b.text for b in article.body()] == BODY
    assert article.authors == ["Lena Frost"]
