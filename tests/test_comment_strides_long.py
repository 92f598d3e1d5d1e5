"""An undated list of "Name / text / Reply" records read the same at any length
(comment_undated.py, issue 13): a long thread's writers come back, so most of its
records are not each a writer of their own; a list of sixty records by fifteen writers
is a comment list as a list of five by five is. Texts invented."""

from __future__ import annotations

from comment_texts import comments_listed as _comments
from comment_texts import paragraphs as _said

WRITERS = [
    "Wendeline Usk", "corradopell", "HANNE_V", "Isidro Maal", "tamsinc",
    "Orrin Saltash", "mabelquist", "Tuva Renn", "halvardo", "Pim Castellane",
    "Yolanda Brisk", "edvinmorrow", "Saskia Tolle", "Bertil Oake", "nunavel",
]  # fmt: skip
WHO = ["The skipper", "My neighbour", "The night crew", "Our councillor", "The café owner"]
DID = ["wants", "doubts", "asked for", "never mentioned", "will pay for"]
WHAT = ["a later boat", "the extra buses", "a bigger quay", "cheaper tickets"]


def _thread(count: int) -> list[tuple[str, str]]:
    """``count`` comments, each writer coming back every fifteen records."""
    return [
        (WRITERS[k % len(WRITERS)], f"{WHO[k % 5]} {DID[k // 5 % 5]} {WHAT[k // 25 % 4]}.")
        for k in range(count)
    ]


def test_sixty_undated_records_by_fifteen_writers_coming_back() -> None:
    thread = _thread(60)
    records = [f"{name}\n{said}\nReply" for name, said in thread]
    found = _comments(records, "Comments")
    assert [(c.author, _said(c)) for c in found] == [(name, [said]) for name, said in thread]


def test_a_page_of_two_thousand_records_reads_the_same() -> None:
    thread = _thread(2000)
    records = [f"{name}\n{said}\nReply" for name, said in thread]
    found = _comments(records, "Comments")
    assert len(found) == 2000
    assert [c.author for c in found[-3:]] == [name for name, _ in thread[-3:]]
