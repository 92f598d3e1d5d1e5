"""Invented text for the pages of bench/layout_pages.py: names, places, badges, comment
bodies, the article above the comments and the page's footer. No line comes from a real
page."""

from __future__ import annotations

import random

FIRST = ["Lena", "Ravi", "Oskar", "Greta", "Tomasz", "Aiko", "Bram", "Nadia", "Femi", "Ilse"]
FIRST += ["Jonah", "Marisol", "Kwame", "Petra", "Dmitri", "Sunniva", "Arjun", "Odile"]
LAST = ["Frost", "Mehta", "Lind", "Voss", "Okafor", "Brandt", "Quill", "Sato", "Moreau"]
LAST += ["Halloran", "Ruiz", "Dunmore", "Kowal", "Ferreira", "Lindqvist", "Abara"]
NON_LATIN = [
    "Мария Петрова",
    "李娜",
    "Αλέξης Παππάς",
    "Ольга Смирнова",
    "佐藤 花子",
    "Γιώργος Νικολάου",
]
PLACES = ["Westcliff", "North Quay", "Harbour Hill", "Kelpwick", "Lower Fenn", "Saltmarsh"]
BADGES = ["Top contributor", "Author", "Subscriber", "Verified reader"]
JOBS = ["Harbour pilot at Kelpwick Ferries", "Marine engineer", "Retired teacher"]
JOBS += ["Owner, Quill Bakery", "Student at North Quay College"]
JOBS += ["Head of Operations | Saltmarsh Port"]
JOBS += ["Freelance writer and editor", "Councillor, Lower Fenn ward"]
LABELS = ["bug", "needs review", "timetable", "good first issue", "wontfix"]
WORDS = ["ferry", "quay", "harbour", "board", "tide", "lamp", "council", "budget", "winter"]
WORDS += ["crossing", "pier", "timetable", "crew", "lighthouse", "fog", "beacon", "schedule"]
WORDS += ["ticket", "island", "mooring", "trawler", "wall", "repair", "night", "summer"]
WORDS += ["bus", "car", "park", "market", "bridge", "signal", "channel", "dredging", "gull"]
WORDS += ["storm", "rope", "jetty"]
VERBS = ["runs", "needs", "costs", "blocks", "opens", "closes", "serves", "helps", "ignores"]
VERBS += ["moves", "fixes"]
OPENERS = ["I think", "Honestly", "In my view", "As far as I know", "Frankly", "To be fair"]
OPENERS += ["Last year", "Every winter", "My neighbour says", "We noticed that", "Surely"]
TINY = ["👍", "🔥🔥🔥", "😂😂", "👏", "https://example.org/ferry-winter"]
TINY += ["www.kelpwick.example/tides"]  # comments of an emoji or a link alone
DELETED = ["[deleted]", "Deleted user"]  # what a page shows for a deleted comment's writer
REMOVED = ["[removed]", "This comment was deleted.", "Comment removed by a moderator."]
SHORT = ["Nonsense.", "Agreed!", "Exactly this.", "Not again.", "Why?", "Fair point."]


def _sentence(rng: random.Random, words: int) -> str:
    picked = [rng.choice(WORDS) for _ in range(words)]
    picked.insert(rng.randint(1, len(picked) - 1), rng.choice(VERBS))
    lead = rng.choice(OPENERS) + " the " if rng.random() < 0.4 else "The "
    return lead + " ".join(picked) + rng.choice([".", ".", ".", "?", "!"])


def _paragraph(rng: random.Random, sentences: int, words: tuple[int, int]) -> str:
    return " ".join(_sentence(rng, rng.randint(*words)) for _ in range(sentences))


def body(rng: random.Random, used: set[str]) -> list[str]:
    """One to three paragraphs, no line the page already holds."""
    lines: list[str] = []
    if rng.random() < 0.12:
        short = [s for s in SHORT if s not in used]
        if short:
            lines.append(rng.choice(short))
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3]) - len(lines)):
        lines.append(_paragraph(rng, rng.randint(1, 3), (3, 12)))
    if not lines:
        lines.append(_paragraph(rng, 1, (4, 10)))
    used.update(lines)
    return lines


TITLE_WORDS = ["Late boats", "Fares", "The night crossing", "Pier lights", "Winter crews"]
TITLE_WORDS += ["Timetable", "Storm days", "The island bus", "Mooring fees", "Quay repairs"]
TITLE_ENDS = ["matter", "at last", "for all of us", "are not enough", "done right"]
TITLE_ENDS += ["need a rethink", "worth the cost", "or not"]


def title(rng: random.Random) -> str:
    """A reader's title over a review or a letter: a few words, no full stop."""
    return f"{rng.choice(TITLE_WORDS)} {rng.choice(TITLE_ENDS)}"


ARTICLE_HEAD = "Harbour board weighs a winter timetable for the island ferry"


def article(rng: random.Random) -> list[str]:
    lines = [
        ARTICLE_HEAD,
        "The crossing would keep two boats a day through the storms, members say",
    ]
    lines += [f"By {rng.choice(FIRST)} {rng.choice(LAST)}", "March 4, 2026"]
    lines += [_paragraph(rng, rng.randint(2, 4), (10, 20)) for _ in range(rng.randint(4, 6))]
    return lines


PAGE_FOOTER = ["About us", "Privacy policy", "Terms of use", "© 2026 The Kelpwick Courier"]
