"""Reading input bytes into clean text lines.

Decoding: UTF-8 (with or without BOM), UTF-16 with BOM; bytes that are not UTF-8 in
the charset declared for them (by the server, or by an HTML page's ``<meta>``), else
cp1252 and latin-1 as fallbacks. Cleaning (`reader.model.clean.clean_text`): CRLF and
lone CR to LF; no-break spaces to spaces; zero-width characters and soft hyphens
removed; terminal escape sequences and other control characters removed, so no text
from the input can drive the terminal.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reader.files import FileRefused, megabytes, read_at_most, read_regular
from reader.ingest.html_charset import declared_charset
from reader.model.clean import clean_text, one_line

MAX_INPUT = 128_000_000  # bytes: a file or standard input, a page as text or HTML

clean = clean_text  # the name the parsers know it by
_URL = re.compile(r"^https?://", re.IGNORECASE)


def is_url(name: str) -> bool:
    """A name with an http(s) scheme, in any case ("Http://…" too): what follows it is the
    fetch's to check, and a URL that is not one fails as a URL, never as a file."""
    return _URL.match(name) is not None


class InputError(Exception):
    """Input that cannot be read as a document; the message is one line for the user.

    Its text is cleaned (`one_line`) wherever it came from: a server's reason phrase,
    a file name, a header.
    """

    def __str__(self) -> str:
        return one_line(super().__str__())


@dataclass(slots=True)
class SourceText:
    name: str
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)  # one line each: read, but not all well
    # The reader's alone (the command line's): its text goes once it is split into lines,
    # not held (twice the file, no-break spaces or quotation marks in it) to the end.
    owned: bool = False

    def take_text(self) -> str:
        """Its text, let go by the source when it is ``owned`` (then read no more)."""
        text = self.text
        if self.owned:
            self.text = ""
        return text

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


_BINARY_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def decode(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode bytes to text, returning (text, encoding name). ``charset``, declared by the
    server, and then the page's own ``<meta>`` are followed when the bytes are not UTF-8
    (UTF-8 bytes are UTF-8 whatever a stale declaration says)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data[:4096]:
        raise InputError("binary file (it holds NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sample = data[:65536]
    if len(_BINARY_CONTROLS.findall(sample)) > max(8, len(sample) // 100):
        raise InputError("binary file, not text")
    for declared in (charset, declared_charset(data)):
        if declared:
            try:
                return data.decode(declared), declared
            except (UnicodeDecodeError, LookupError):
                pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)


def looks_like_answer(text: str) -> bool:
    """Maybe a discussion site's saved answer: it opens with "{" or "<" (as HTML does)."""
    return text[:64].lstrip()[:1] in ("{", "<")


def looks_like_html(name: str, text: str) -> bool:
    """HTML by its name (.html, .htm) or by its first kilobyte."""
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    return _HTML_START.search(text[:1024]) is not None


def from_bytes(data: bytes, name: str, charset: str | None = None) -> SourceText:
    text, encoding = decode(data, charset)
    text = clean_text(text)
    if not text.strip():
        raise InputError("empty file: nothing to read")
    return SourceText(name=clean_text(name), text=text, encoding=encoding)  # names show too


def read_stdin(limit: int = MAX_INPUT) -> SourceText:
    try:
        data = read_at_most(sys.stdin.buffer, limit)
    except FileRefused:
        message = f"standard input is over {megabytes(limit)}, the most reader reads"
        raise InputError(message) from None
    return from_bytes(data, "-")


def read_file(name: str, limit: int = MAX_INPUT) -> SourceText:
    """A regular file of at most `limit` bytes, as source text."""
    return from_bytes(file_bytes(name, limit), name)


def file_bytes(name: str, limit: int = MAX_INPUT) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; InputError with one line."""
    try:
        return read_regular(Path(name), limit)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except FileRefused as error:
        raise InputError(str(error)) from None
    except OSError as error:
        raise InputError(error.strerror or "cannot be read") from None
