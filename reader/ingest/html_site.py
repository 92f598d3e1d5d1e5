"""The site's name an HTML page gives (the status line's): the name the site states for
itself before a name guessed from elsewhere.

In order: og:site_name, then application-name (Titles.sites holds them so), then the
piece of ``<title>`` beside the headline ("Headline | Gull Post", "Gull Post » News »
Headline"): the piece at the far end from the headline, after a bar, a dash or a
chevron (never a colon: "Ferries: Headline" is a kicker), of a name's length and no
byline ("Headline - By ann"); else extraction's sitename (a Twitter handle, a
publisher credit, the address's domain). A name run together ("gullpost", "TheGull")
gives way to the same name spelled out in words that a later source gives.
"""

from __future__ import annotations

import re

from reader.ingest.headline import comparable
from reader.ingest.html_title_parts import BARS, Titles
from reader.ingest.lines import is_byline

_SITE_WORDS = 5  # a site's name is shorter
_LETTERS = re.compile(r"[\W_]+")


def site_name(titles: Titles, headline: str | None, extracted: str | None) -> str | None:
    """The site's name: stated in data, else in <title> beside the headline, else
    extraction's."""
    found = [*titles.sites, _title_piece(titles.page_title, headline), extracted]
    names = [name for name in found if name]
    if not names:
        return None
    first = names[0]
    spelled = [n for n in names if _key(n) == _key(first) and len(n.split()) > len(first.split())]
    return spelled[0] if spelled else first


def _key(name: str) -> str:
    """The name's letters, lower case, without a leading "the"."""
    return _LETTERS.sub("", name.lower()).removeprefix("the")


def _title_piece(page_title: str, headline: str | None) -> str | None:
    """The piece of <title> at the far end from the headline: its last when the title
    opens with the headline, its first when it ends with it."""
    parts = [p.strip() for p in BARS.split(page_title) if p.strip()]
    head = comparable(headline or "")
    if len(parts) < 2 or not head:
        return None
    ends = [(parts[-1], parts[:-1]), (parts[0], parts[1:])]
    for k, (piece, rest) in enumerate(ends):
        others = comparable(" ".join(rest))
        beside = others.startswith(head) if k == 0 else others.endswith(head)
        short = len(piece.split()) <= _SITE_WORDS and not is_byline(piece)
        if beside and short and comparable(piece) != head:
            return piece
    return None
