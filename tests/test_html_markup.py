"""HTML input: how the page's markup is read (comments in the text, declared charsets)."""

from __future__ import annotations

from test_html_page import parse_html_text

from reader.ingest.source import from_bytes
from reader.sources import parse_source


def _paragraph(text: str) -> str:
    return f'<p class="c">{text}</p>'


def _page(body: str, head: str = "") -> str:
    return (
        f"<html><head>{head}<title>Harbour council</title></head><body><article><header>"
        "<h1>Harbour council backs the lighthouse plan</h1><p class='byline'>By Marta Quill</p>"
        f"</header><section><div>{body}</div></section></article></body></html>"
    )


REST = _paragraph(
    "The plan had been argued over for a decade, through three elections and two storms"
    " that closed the harbour for a week each winter."
) + _paragraph(
    "Work on the foundations is due to begin in the autumn, and the council expects the"
    " lamp to be lit again within two years."
)


def test_text_around_markup_comments_stays_in_its_paragraph() -> None:
    # Rendering frameworks put empty comments between the pieces of one sentence.
    lede = (
        "When <!-- -->the<!-- --> <!-- -->harbour council<!-- --> met on Tuesday, nobody"
        " expected the vote to be unanimous."
    )
    body = [b.text for b in parse_html_text(_page(_paragraph(lede) + REST)).article.body()]
    assert (
        body[0]
        == "When the harbour council met on Tuesday, nobody expected the vote to be unanimous."
    )


CYRILLIC = (
    "Совет гавани проголосовал за восстановление старого маяка на северном утёсе, "
    "и работы начнутся осенью. "
)


def _parse_bytes(data: bytes) -> list[str]:
    return [b.text for b in parse_source(from_bytes(data, "page.html")).article.body()]


def test_the_charset_a_page_declares_is_honoured() -> None:
    for head in (
        '<meta charset="windows-1251">',
        '<meta http-equiv="Content-Type" content="text/html; charset=Windows-1251">',
    ):
        page = _page(_paragraph(CYRILLIC * 3) + REST, head)
        assert _parse_bytes(page.encode("cp1251"))[0] == (CYRILLIC * 3).strip()


def test_utf8_bytes_stay_utf8_whatever_the_page_declares() -> None:
    lede = "The café on the quay — shut since the storm — opens again for the crews this spring."
    page = _page(_paragraph(lede) + REST, '<meta charset="iso-8859-1">')
    assert _parse_bytes(page.encode("utf-8"))[0] == lede


def test_an_article_inside_an_unclosed_nav_keeps_its_paragraphs() -> None:
    # The quick extraction leaves out navigation, and so the whole article, then gives
    # the page's text as one paragraph; the slower one finds the paragraphs.
    paragraphs = [
        f"Paragraph {k}: the harbour council met again on Tuesday evening to hear from the"
        " engineers about the lamp, the cliff road and the cost of both."
        for k in range(14)
    ]
    page = (
        "<html><head><title>t</title></head><body><header><nav class='navbar'>"
        "<a href='/'>Home</a> <a href='/news'>News</a><div class='container'><main><article>"
        "<h1>Harbour town votes to rebuild the old lighthouse</h1><div class='entry-content'>"
        "<h2>The engineers report</h2>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div></article></main></body></html>"
    )
    blocks = [(b.kind.value, b.text) for b in parse_html_text(page).article.blocks]
    assert blocks[1:] == [("heading", "The engineers report")] + [
        ("paragraph", p) for p in paragraphs
    ]


def test_a_paragraph_marked_as_a_caption_is_a_caption() -> None:
    caption = "The lamp room, photographed from the gallery in 1986, before the storm."
    page = _page(_paragraph(REST) + f'<p class="wp-caption-text">{caption}</p>' + REST)
    blocks = [(b.kind.value, b.text) for b in parse_html_text(page).article.blocks]
    assert ("caption", caption) in blocks


SLIDES = [
    "The old keeper's cottage, whitewashed again last spring by the volunteers who look after it.",
    "The spiral stair of one hundred and twelve steps, each worn hollow by a century of boots.",
    "The lamp room at dusk, where the new lens will sit once the glass arrives from the north.",
    "The fog bell, silent since the storm, which the council has promised to ring on opening night.",
    "The gallery rail, repainted red, from which the keepers once watched for ships in trouble.",
    "A logbook from 1951, its last page recording a gale that lasted three days and two nights.",
    "The oil store behind the tower, now a small museum of lamps, wicks and brass polishing cloths.",
]


def test_a_gallery_of_captioned_slides_is_the_body() -> None:
    """Its captions hold more prose than the paragraphs around them: they are paragraphs."""
    intro = _paragraph(
        "Before the builders arrive this autumn and the scaffolding goes up around the tower,"
        " the harbour trust opened every door of the lighthouse for one last weekend. Here is"
        " what the visitors saw, room by room, from the cottage at its foot to the lamp."
    )
    figures = "".join(
        f'<figure><img src="s{k}.jpg"><figcaption>{text}</figcaption></figure>'
        for k, text in enumerate(SLIDES)
    )
    blocks = parse_html_text(_page(intro + figures)).article.blocks
    assert [b.text for b in blocks if b.kind.value == "paragraph"][1:] == SLIDES


def test_a_few_captions_beside_a_longer_body_stay_captions() -> None:
    figures = "".join(
        f'<figure><img src="s{k}.jpg"><figcaption>{text}</figcaption></figure>'
        for k, text in enumerate(SLIDES[:3])
    )
    blocks = parse_html_text(_page(REST + figures + REST)).article.blocks
    assert [b.text for b in blocks if b.kind.value == "caption"] == SLIDES[:3]


def test_a_widget_of_dated_pictures_beside_the_article_stays_captions() -> None:
    """Captions that open alike ("In pictures, 2 May …") are a widget's, however long."""
    dated = [f"Coast in pictures, {day} May: {text}" for day, text in enumerate(SLIDES * 3, 1)]
    figures = "".join(
        f'<figure><img src="s{k}.jpg"><figcaption>{text}</figcaption></figure>'
        for k, text in enumerate(dated)
    )
    blocks = parse_html_text(_page(REST + figures)).article.blocks
    assert [b.text for b in blocks if b.kind.value == "caption"] == dated


def test_the_sites_pitch_for_its_newsletter_or_app_is_no_body() -> None:
    pitches = [
        "Never miss the harbour news again by signing up to our free newsletter today!",
        "Get the latest ferry times on your phone with the Gull Gazette app.",
        "We would love to hear what you think. Write us a letter to the editor here.",
    ]
    page = _page(REST + "".join(_paragraph(p) for p in pitches))
    blocks = [(b.kind.value, b.text) for b in parse_html_text(page).article.blocks]
    assert [t for k, t in blocks if k == "promo"] == pitches
    prose = "Fishers who signed up for the survey last spring said the lamp saved them."
    blocks = [
        (b.kind.value, b.text)
        for b in parse_html_text(_page(REST + _paragraph(prose))).article.blocks
    ]
    assert ("paragraph", prose) in blocks


FILE_NAMES = ["HARBOUR22-Lamp-1160x768.jpg", "IMG_2041.JPG", "cliff-at-dawn.webp (800 x 533)"]


def test_an_images_file_name_alone_is_boilerplate_not_a_subhead_or_paragraph() -> None:
    """A figure's hidden title (an h2 holding the file name) or a paragraph left by an
    image that did not load: the reader sees neither as the article's text."""
    figures = (
        f"<figure><h2 class='element-invisible'><a href='/file/7'>{FILE_NAMES[0]}</a></h2>"
        f"<img src='/lamp.jpg' alt='The lamp'></figure>"
        + "".join(_paragraph(name) for name in FILE_NAMES[1:])
    )
    blocks = parse_html_text(_page(REST + figures + REST)).article.blocks
    assert [b.text for b in blocks if b.kind.value == "boilerplate"] == FILE_NAMES
    mention = "The photographs are filed as lamp.jpg in the council's online archive."
    blocks = parse_html_text(_page(REST + _paragraph(mention))).article.blocks
    assert [b.text for b in blocks if b.kind.value == "paragraph"][-1] == mention
