"""A big file's first lines, to paint from while the rest is read.

Decoding, cleaning and hashing a page of megabytes takes longer than Textual's start-up.
The app paints from the file's head (its first HEAD_BYTES, cut at a line's end) and
reads the whole in its worker, after the first frame: the finished document is always
the whole file's, read exactly as ``read_input`` reads it.
"""

from __future__ import annotations

from reader.ingest.source import InputError, SourceText, file_bytes, from_bytes, looks_like_html
from reader.sources import Whole, discussion

HEAD_BYTES = 262_144  # a file over this size is painted from its head


def head_and_whole(name: str) -> tuple[SourceText, Whole | None]:
    """The source to paint first and, for a big text page, how to read the whole file
    (None: the first source is the whole). InputError as ``read_input`` raises it, for
    what the head shows (a missing file, a binary one); what only the rest shows is
    raised by the second."""
    data = file_bytes(name)
    head = _head(data, name)
    if head is None:
        return from_bytes(data, name), None
    return head, lambda: from_bytes(data, name)


def _head(data: bytes, name: str) -> SourceText | None:
    """The source of the file's first lines; None when the whole is to be read first: a
    small file, UTF-16 (a line's end is no single byte), a saved answer, markup."""
    if len(data) <= HEAD_BYTES or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    cut = data.rfind(b"\n", 0, HEAD_BYTES)
    if cut <= 0:
        return None
    try:
        head = from_bytes(data[:cut], name)
    except InputError:
        return None  # the whole tells what is wrong with it
    if discussion.may_be_one(head) or looks_like_html(name, head.text):
        return None
    return head
