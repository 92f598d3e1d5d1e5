"""Session 32's comment-list rule (issue 13), relaxing an assumption of the finder: a
line form is one slot only. "Reply" under every text and a writer's name over the next
are both "A" ("Like · Reply" and "Ann Lee · Kelpwick" both "A · A"), and names typed in
each writer's own case ("tamsinc", "HANNE_V") make forms of their own: a line repeated
word for word and the names of its shape, whatever their case, are two slots; the
page's own lines under the list ("About us") no names, a site's menus no writers' words.
Each test fails without its part of comment_stride_slots.py, comment_strides._side or
comment_answers. Texts invented."""

from __future__ import annotations

from comment_texts import ARTICLE, PAGE_END, SAID
from comment_texts import comments_listed as _comments
from comment_texts import paragraphs as _said
from conftest import parse_text

TYPED = ["Wendeline Usk", "corradopell", "HANNE_V", "Isidro Maal", "tamsinc"]
PLACES = ["Eskerby", "Lowmarsh", "Tarnholt", "Eskerby", "Fellside"]


def test_undated_names_over_the_text_and_one_action_under_it() -> None:
    """No dates: each writer's name as they typed it over the text, "Reply" under it.
    Five comments, each its writer's, and the page's own lines under the list none."""
    records = [f"{name}\n{said}\nReply" for name, said in zip(TYPED, SAID, strict=True)]
    found = _comments(records, "Comments")
    assert [(c.author, _said(c)) for c in found] == [
        (name, [said]) for name, said in zip(TYPED, SAID, strict=True)
    ]


def test_a_name_and_place_line_shaped_like_the_actions_under_the_text() -> None:
    """ "Wendeline Usk · Eskerby" over the text, "Like · Reply" under it: one shape, two
    slots."""
    names = ["Wendeline Usk", "Corrado Pell", "Hanne Vyborg", "Isidro Maal", "Tamsin Crae"]
    records = [
        f"{name} · {place}\n{said}\nLike · Reply"
        for name, place, said in zip(names, PLACES, SAID, strict=True)
    ]
    found = _comments(records, "What readers say")
    assert [(c.author, _said(c)) for c in found] == [
        (name, [said]) for name, said in zip(names, SAID, strict=True)
    ]


def test_a_menu_repeated_over_the_article_is_no_comment_list() -> None:
    """A site's menus copied three times over the article, each holding one item word
    for word ("Tip Line") under a question ("Seen something?"), the others of its
    shape: items, no writers' words between them."""
    menus = [
        "Harbour Life\nWeather\nFerries\nSeen something?\nTip Line\nEvents Desk\nSailing",
        "Careers\nAdvertise\nSeen something?\nTip Line\nEvents Desk\nNewsletters",
        "Archive\nContact\nSeen something?\nTip Line\nShop Front\nFerries",
    ]
    found = parse_text("\n".join(menus) + "\n" + ARTICLE + PAGE_END).article.comments
    assert found == []


def test_three_records_signed_under_an_ad_line_between_two() -> None:
    """Three texts, each signed "login · 2d" under its actions, an ad line over the
    last one's text: the page's own line under the last signature ("About us") makes
    the ad line no part of the repeated group, and each text is its signer's (the ad
    line itself is left in the text under it: seen, not this rule's)."""
    logins = ["wendeu", "corrado_p", "hannev"]
    records = [
        f"{said}\nLike {k} · Reply\n{login} · {k + 1}d"
        for k, (login, said) in enumerate(zip(logins, SAID[:3], strict=True))
    ]
    records[2] = "Continue reading below\n" + records[2]
    found = _comments(records, "3 responses")
    assert [(c.author, _said(c)[-1]) for c in found] == list(zip(logins, SAID, strict=False))


def test_a_reply_line_of_unlisted_words_wrapping_the_name_in_marks() -> None:
    """ "[re: wendeu]" over two replies' text: words no list holds, repeated, before an
    earlier writer's name inside brackets, say whom each answers (the marks around the
    words are no part of them), and the line is no part of the reply's text."""
    logins = ["wendeu", "corrado_p", "hannev", "isimaal"]
    answers = ["", "[re: wendeu]\n", "", "[re: hannev]\n"]
    records = [
        f"{login} · {k + 2}h ago\n{answer}{said}\nReply"
        for k, (login, answer, said) in enumerate(zip(logins, answers, SAID, strict=False))
    ]
    found = _comments(records, "4 comments")
    assert [(c.author, c.parent, _said(c)) for c in found] == [
        ("wendeu", None, [SAID[0]]),
        ("corrado_p", 1, [SAID[1]]),
        ("hannev", None, [SAID[2]]),
        ("isimaal", 3, [SAID[3]]),
    ]
