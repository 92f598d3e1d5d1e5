"""Reading input bytes into clean text lines.

Decoding: UTF-8 (with or without BOM), UTF-16 with BOM; bytes that are not UTF-8 in
the charset declared for them (by the server, or by an HTML page's ``<meta>``), else
cp1252 and latin-1 as fallbacks. Normalising: CRLF and lone CR to LF; no-break spaces
to spaces; zero-width characters and soft hyphens removed; terminal escape sequences and
other control characters removed, so no text from the input can drive the terminal.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from reader.ingest.html_charset import declared_charset


class InputError(Exception):
    """Input that cannot be read as a document; the message is one line for the user."""


@dataclass(slots=True)
class SourceText:
    name: str
    text: str
    encoding: str

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


# ESC-introduced sequences (CSI, OSC, DCS/APC/PM/SOS and two-character escapes),
# then the 8-bit CSI, then any other C0/C1 control character except tab and newline.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[@-Z\\-_]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_DROP = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\u00ad]")
# Either of the two above: most texts hold none, and one scan tells.
_SPACE_OR_DROP = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00a0\u00ad\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]"
)
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


def clean(text: str) -> str:
    """Normalise line ends and invisible characters; strip every control sequence."""
    if "\r" in text:  # one scan when there is none (most texts)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPES.sub("", text)
    if _SPACE_OR_DROP.search(text) is None:  # nothing for the two scans below to do
        return text.replace("\t", "    ")
    text = _SPACES.sub(" ", text)
    return _DROP.sub("", text.replace("\t", "    "))


_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)


def looks_like_html(name: str, text: str) -> bool:
    """HTML by its name (.html, .htm) or by its first kilobyte."""
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    return _HTML_START.search(text[:1024]) is not None


def from_bytes(data: bytes, name: str) -> SourceText:
    text, encoding = decode(data)
    text = clean(text)
    if not text.strip():
        raise InputError("empty file: nothing to read")
    return SourceText(name=name, text=text, encoding=encoding)


def read_source(name: str) -> SourceText:
    """Read a file path, standard input for "-", or an http(s) URL (through the cache)."""
    if name == "-":
        return from_bytes(sys.stdin.buffer.read(), "-")
    if name.startswith(("http://", "https://", "HTTP://", "HTTPS://")):
        from reader.ingest.fetch import fetch_source

        return fetch_source(name)
    path = Path(name)
    try:
        if path.is_dir():
            raise InputError("is a directory, not a file")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(error.strerror or "cannot be read") from None
    return from_bytes(data, name)
