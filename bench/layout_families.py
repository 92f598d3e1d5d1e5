"""The comment templates bench/layout_pages.py writes pages in, one family a template:
the header's parts and their order, the date form, the footer's actions, how replies
say what they answer. Even-numbered families are DEV (rules were written from their
misses), odd-numbered ones HELD_OUT (only scored)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    """One site template (see the module's docstring)."""

    name: str
    header: str  # lines joined by "\n": {name} {handle} {user} {initials} {place} {badge} {date}
    dates: str  # a key of layout_dates.DATES
    footer: tuple[str, ...] = ()  # action lines under each comment ({n}: a count)
    replies: tuple[str, ...] = ()  # how replies say so: replying, inreply, mention, quote, indent
    section: str = "Comments"  # the line over the list ({n}: how many)
    more: str = ""  # a line after a thread's last reply ("Load more replies", "View {n} replies")
    blank: bool = True  # blank lines between the page's lines, as most copies have
    badge_share: float = 0.3  # how many comments carry their badge line, if {badge} is used


FAMILIES = [
    Family(
        "stacked-ago",
        "{name}\n{date}",
        "ago",
        ("Reply · Share", "Like · Report"),
        ("mention",),
        more="Load more replies",
    ),
    Family(
        "name-dot-date",
        "{name} · {date}",
        "month-name-time",
        ("Reply",),
        ("quote",),
        section="{n} comments",
    ),
    Family("says", "{name} says:\n{date}", "month-name-time", ("Reply",), ("inreply",)),
    Family(
        "name-place",
        "{name}\n{place}\n{date}",
        "day-first",
        ("Antworten", "Melden"),
        ("mention",),
        section="Kommentare",
    ),
    Family(
        "handle-line",
        "{name} {handle} · {date}",
        "short-ago",
        ("{n} likes", "Reply"),
        ("replying",),
    ),
    Family(
        "avatar", "{initials}\n{name}\n{date}", "iso-time", ("Like", "Reply", "Share"), ("indent",)
    ),
    Family(
        "user-badge",
        "{user}\n{badge}\n{date}",
        "yesterday",
        ("▲ {n} ▼", "Reply"),
        ("quote", "mention"),
    ),
    Family("footer-dated", "{name}", "month-first", ("Reply", "{date}"), ("mention",)),
    Family(
        "name-pipe",
        "{name} | {date}",
        "day-first-slash",
        ("Reply", "Report"),
        ("replying",),
        more="View {n} replies",
    ),
    Family(
        "spanish",
        "{name}\n{date}",
        "spanish",
        ("Responder", "Denunciar"),
        ("mention",),
        section="Comentarios",
    ),
    Family(
        "french-tight",
        "{name}\n{date}",
        "french",
        ("Répondre",),
        ("quote",),
        section="Réactions",
        blank=False,
    ),
    Family(
        "invented-words",
        "{name}\n{badge}\n{date}",
        "iso",
        ("Zibble · Frop", "Quorn"),
        ("inreply",),
        badge_share=0.5,
    ),
    Family(
        "user-ago-tight",
        "{user}\n{date}",
        "ago",
        ("Reply", "Share", "Report"),
        ("replying",),
        blank=False,
    ),
    Family(
        "german-place",
        "{name}, {place}\n{date}",
        "german",
        ("Antworten",),
        ("indent",),
        section="Leserkommentare",
    ),
    Family("date-first", "{date}\n{name} wrote:", "month-name", ("Reply",), ("quote",)),
    Family(
        "name-handle-lines",
        "{name}\n{handle}\n{date}",
        "short-month",
        ("Reply", "{n} likes"),
        ("mention",),
        more="Load more replies",
    ),
]
DEV = [f for k, f in enumerate(FAMILIES) if k % 2 == 0]  # rules were written from these
HELD_OUT = [f for k, f in enumerate(FAMILIES) if k % 2 == 1]  # and only scored on these
