"""A copy whose prose was broken at a fixed width (a plain-text post, a narrow
preformatted column): its paragraphs are read whole, as the body, and no line is lost."""

from __future__ import annotations

import textwrap

from conftest import parse_text
from test_nothing_lost import assert_nothing_lost

from reader.model import BlockKind

PARAGRAPHS = [
    "The choir of Brackenford met in the old mill on Thursday evening for the first time "
    "since the roof was mended, and the conductor, Wenna Hollis, said the sound in the "
    "long room had never been so warm.",
    "Rehearsals had moved between the school hall and a barn for two winters while "
    "volunteers raised the money for new slates, and several singers admitted they had "
    "stopped coming because the barn was too cold.",
    "Hollis plans a concert at the mill in the spring, with songs written by members "
    "about the river, and hopes that the singers who drifted away will hear about it and "
    "come back to the tenor benches.",
    "Tickets will be sold at the post office and the bakery, and the money raised will "
    "go towards a piano for the long room.",
]
HEADLINE = "Brackenford choir sings again in the mended mill"
HEADER = ["Brackenford Notes", "Home", "About", "Archive", HEADLINE, "Posted by Tamsin Ore"]
FOOTER = ["Older posts", "Newer posts", "Powered by a small blog engine"]


def wrapped_page(width: int) -> str:
    body = "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS)
    return "\n".join(HEADER) + "\n\n" + body + "\n\n" + "\n".join(FOOTER) + "\n"


def test_a_copy_wrapped_at_a_width_reads_as_whole_paragraphs() -> None:
    for width in (64, 72, 79):
        article = parse_text(wrapped_page(width)).article
        assert article.title == HEADLINE
        body = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
        assert body == PARAGRAPHS, width
        assert_nothing_lost(wrapped_page(width).encode(), "wrapped.txt")


def test_short_lines_one_under_another_are_not_joined() -> None:
    teasers = [
        "Harbour board delays the sea wall repairs for a second winter",
        "Library service opens a reading room in the old customs house",
        "Ferry company adds a late crossing on Fridays through the summer",
        "School trust asks parents about a new crossing on the main road",
        "Water authority warns of low pressure in the hills this weekend",
        "Rail operator restores the coastal line after the landslip",
    ]
    page = wrapped_page(70).replace("Older posts\n", "Older posts\n" + "\n".join(teasers) + "\n")
    texts = [b.text for b in parse_text(page).article.blocks]
    assert all(t in texts for t in teasers)


def test_a_mails_quoted_lines_are_not_joined_to_the_reply_under_them() -> None:
    """A wrapped mail: the "> " lines it quotes stay apart from the reply's paragraph
    that follows them (read-through)."""
    quoted = ["> " + line for line in textwrap.wrap(PARAGRAPHS[1], 66)[:-1]]  # mid-sentence
    reply = textwrap.fill(PARAGRAPHS[2], 72)
    body = "\n\n".join(textwrap.fill(p, 72) for p in (PARAGRAPHS[0], PARAGRAPHS[3]))
    page = "\n".join(HEADER) + "\n\n" + body + "\n\n" + "\n".join(quoted) + "\n" + reply + "\n"
    blocks = parse_text(page).article.blocks
    assert not any(b.text.startswith(">") and "Hollis plans" in b.text for b in blocks)
    assert_nothing_lost(page.encode(), "mail.txt")
