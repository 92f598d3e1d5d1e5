"""A header's word after each writer's name ("… wrote on DATE", "… commented") is the
page's, after a handle in lower case as after a capitalised name. Texts invented."""

from __future__ import annotations

from comment_texts import ARTICLE
from conftest import parse_text

_PEOPLE = ["Anton Reyes", "skerrylass", "Birgit Sandvik", "harbour_watcher"]
_SAID = [
    "Twenty per cent is a lot when you cross twice a day.",
    "We will be at the meeting on Thursday.",
    "The older boat should have been retired long ago.",
    "Students who commute will be hit hardest.",
]


def test_a_handle_in_lower_case_is_the_writer_without_the_verb() -> None:
    records = "\n".join(
        f"Comment #{k + 1}\n{name} wrote on 0{k + 1}/02/2025 at 1{k}:30\n{said}"
        for k, (name, said) in enumerate(zip(_PEOPLE, _SAID, strict=True))
    )
    found = parse_text(ARTICLE + "4 responses\n" + records + "\n").article.comments
    assert [c.author for c in found] == _PEOPLE
