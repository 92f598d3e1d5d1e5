"""Fetched pages kept for offline reading, one file a URL, with what is needed to read it.

An entry is ``reader-cache 1``, a line of JSON (the URL, the Content-Type, the charset
the server named, the body's length), then the body's bytes. An entry that does not
read back whole (cut off, garbled, not a file) is refused with a message that says
``--refresh`` fetches it again. Entries are written to a fresh temporary file (never
one found there, so a planted ``.part`` link is not followed) and renamed into place,
so two fetches of one URL at once both succeed and a reader never sees half an entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from reader import locations
from reader.files import FileRefused, read_regular
from reader.ingest.http_get import MAX_BYTES, Page
from reader.ingest.source import InputError, SourceText, from_bytes
from reader.model.clean import one_line

MAGIC = b"reader-cache 1\n"
_HEADER_LIMIT = 16_384


def entry_path(url: str) -> Path:
    key = hashlib.sha256(url.encode("utf-8", errors="surrogatepass")).hexdigest()[:32]
    return locations.cache_dir() / "pages" / key


def read_entry(url: str, limit: int = MAX_BYTES) -> SourceText | None:
    """The cached page (None when there is none); InputError when it is damaged.
    ``limit``: the largest body its fetch took (a discussion site's may be larger)."""
    path = entry_path(url)
    try:
        data = read_regular(path, len(MAGIC) + _HEADER_LIMIT + limit)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except FileRefused as error:
        raise _damaged(url, path, str(error)) from None
    except OSError as error:
        raise _damaged(url, path, error.strerror or str(error)) from None
    header, body = _split(data)
    if header is None:
        raise _damaged(url, path, "not an entry of reader's cache")
    if header.get("length") != len(body):
        raise _damaged(url, path, f"cut off ({len(body)} of {header.get('length')} bytes)")
    charset = header.get("charset")
    try:
        return from_bytes(body, url, charset if isinstance(charset, str) else None)
    except InputError as error:
        raise _damaged(url, path, str(error)) from None


def _split(data: bytes) -> tuple[dict[str, object] | None, bytes]:
    if not data.startswith(MAGIC):
        return None, b""
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + _HEADER_LIMIT)
    if end < 0:
        return None, b""
    try:
        header = json.loads(data[len(MAGIC) : end])
    except (ValueError, RecursionError):
        return None, b""
    return (header if isinstance(header, dict) else None), data[end + 1 :]


def _damaged(url: str, path: Path, why: str) -> InputError:
    return InputError(
        f"the cached copy ({path}) is damaged: {why}; `reader --refresh {url}` fetches it again"
    )


def write_entry(page: Page, url: str) -> str | None:
    """Keep `page` as the entry of `url`; the reason as one line when it cannot be kept."""
    path = entry_path(url)
    header = {
        "url": url,
        "content_type": page.content_type,
        "charset": page.charset,
        "length": len(page.data),
    }
    line = json.dumps(header, ensure_ascii=True).encode("ascii") + b"\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(MAGIC + line)
                handle.write(page.data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        return f"the page could not be kept for offline reading: {one_line(error)}"
    return None
