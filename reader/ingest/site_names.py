"""The site a page names in its furniture: "Subscribe to X Daily Digest", "© 2022 X LLC"."""

from __future__ import annotations

import re

_SITE_FROM = (
    re.compile(
        r"^subscribe to (?:the )?(?P<site>.+?)(?:\s+(?:daily|weekly|morning|evening))?"
        r"(?:\s+(?:digest|newsletter|updates|alerts|briefing))?(?:\s+(?:via|by) e-?mail)?"
        r"\s*[.!:]?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*"
        r"(?P<site>[^.,|]+?)(?:,?\s+(?:LLC|Inc|Ltd|Limited|PLC|Corp|Co)\.?)*"
        r"(?:[.,|].*)?$",
        re.IGNORECASE,
    ),
)


def site_name(text: str) -> str | None:
    """The site a "Subscribe to X Daily Digest" or "© 2022 X LLC" line names."""
    for pattern in _SITE_FROM:
        match = pattern.match(text.strip())
        if match:
            site = match.group("site").strip(" .,-–—")
            subscribed = pattern is _SITE_FROM[0]
            if site and len(site) <= 60 and (not subscribed or _names_a_site(site)):
                return site
    return None


# What one subscribes to that names no site: "Subscribe to our newsletter", "… to Blog
# via Email", "… to email updates:", "… to comments on this post".
_NOT_A_SITE = frozenset({"our", "my", "your", "this", "email", "e-mail", "blog", "comments"})
_JOINING = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "la", "le", "y", "&"})


def _names_a_site(words: str) -> bool:
    """A name: each word capitalised, a number, an address ("gull.example") or a joining
    word ("Friends of the Harbour"), the first no word of a subscription's own."""
    tokens = [t.lstrip("(«“\"'") for t in words.split()]
    return (
        tokens[0].lower() not in _NOT_A_SITE
        and tokens[0] not in _JOINING
        and all(t[:1].isupper() or t[:1].isdigit() or "." in t or t in _JOINING for t in tokens)
    )
