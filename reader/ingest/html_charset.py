"""The character set an HTML document declares for itself in its ``<meta>``.

``<meta charset="windows-1251">`` or ``<meta http-equiv="Content-Type"
content="text/html; charset=windows-1251">``, looked for in the first bytes as a
browser does, named as Python names the codec. Labels mean what the WHATWG Encoding
standard says they mean (browsers read "iso-8859-1" as windows-1252, and a UTF-16 label
in an ASCII-readable ``<meta>`` as UTF-8).
"""

from __future__ import annotations

import codecs
import re

SNIFF_BYTES = 16_384  # a long <head> of scripts can push the <meta> past the first 1,024
_META = re.compile(
    rb"<meta\s[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE | re.DOTALL
)
_WHATWG = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
}


def declared_charset(data: bytes) -> str | None:
    """The codec the document's ``<meta>`` names, or None (no declaration, or unknown)."""
    match = _META.search(data, 0, SNIFF_BYTES)
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    try:
        name = codecs.lookup(_WHATWG.get(label, label)).name
    except LookupError:
        return None
    return "utf-8" if name.startswith(("utf-16", "utf-32")) else name
