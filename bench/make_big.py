"""Write the parse benchmark's input: an article and N comments.

Two kinds of page:
- long (the default): a copied numbered comment list ("  1. text", further paragraphs
  indented four spaces), sentences of 10 to 30 words; a third of the comments are
  replies that open with "@Name" and quote a line of their parent;
- short (``--short``): comments as most pages have them, an author line ("Name says:")
  and a date line over short blocks (six words a block at the median), no-break
  spaces here and there, a "Reply" button under each; a third are replies: an
  @mention with a line of the parent (whole, or its first words), or an @mention alone.
The text is generated from a fixed seed, so every run writes the same file.

    python bench/make_big.py /tmp/big.txt --comments 20000
    python bench/make_big.py /tmp/short.txt --comments 20000 --short
"""

from __future__ import annotations

import argparse
import random

FIRST = [
    "Ada",
    "Ben",
    "Cleo",
    "Dev",
    "Esme",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kira",
    "Lev",
    "Mina",
    "Nils",
    "Omar",
    "Pia",
]
LAST = [
    "Abbott",
    "Brandt",
    "Cole",
    "Duarte",
    "Ellison",
    "Fox",
    "Garza",
    "Hale",
    "Ito",
    "Jensen",
    "Kaur",
    "Lund",
    "Moreau",
]
WORDS = [
    "the",
    "council",
    "vote",
    "budget",
    "river",
    "bridge",
    "plan",
    "would",
    "never",
    "pass",
    "without",
    "support",
    "from",
    "residents",
    "who",
    "say",
    "traffic",
    "noise",
    "and",
    "rents",
    "keep",
    "rising",
    "while",
    "wages",
    "stall",
    "and",
    "the",
    "city",
    "keeps",
    "promising",
    "relief",
    "that",
    "arrives",
    "too",
    "late",
    "for",
    "families",
    "already",
    "priced",
    "out",
    "of",
    "town",
]


def sentence(rng: random.Random, low: int = 8, high: int = 20) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return " ".join(words).capitalize() + "."


def article(rng: random.Random) -> list[str]:
    lines = [
        "Riverside council splits over bridge budget as tolls loom",
        "",
        "Officials say the plan is ‘the only way to keep the crossing open’",
        "",
        "Today, 8:15 am",
        "",
        "EASTHAVEN (AP) — " + " ".join(sentence(rng) for _ in range(3)),
        "",
    ]
    for k in range(30):
        if k % 3 == 0:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            lines.append(f"“{sentence(rng)[:-1]},” {name}, a member of the council, said.")
        else:
            lines.append(" ".join(sentence(rng) for _ in range(3)))
        lines.append("")
    return lines


def comments(rng: random.Random, count: int) -> list[str]:
    lines = [f"{count} Comments / {count} Comments", ""]
    authors: dict[int, str] = {}
    first_lines: dict[int, str] = {}
    for number in range(1, count + 1):
        authors[number] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        own = [sentence(rng, 10, 30) for _ in range(rng.randint(1, 3))]
        first_lines[number] = own[0]  # what a reply to this comment quotes
        if number > 1 and number % 3 == 0:
            parent = rng.randint(max(1, number - 50), number - 1)
            lines.append(f"  {number}. @{authors[parent]}")
            lines.append("")
            lines.append(f"    {first_lines[parent]}")
            lines.append("")
        else:
            lines.append(f"  {number}. {own[0]}")
            lines.append("")
            own = own[1:]
        for paragraph in own:
            lines.append(f"    {paragraph}")
            lines.append("")
    return lines


MONTHS = ["March", "April", "May", "June"]
NBSP = "\u00a0"


def short_block(rng: random.Random) -> str:
    """A block of two to fourteen words (six at the median), maybe with a no-break space."""
    words = [rng.choice(WORDS) for _ in range(rng.choice((2, 3, 4, 5, 6, 6, 6, 7, 8, 10, 14)))]
    text = " ".join(words).capitalize() + rng.choice((".", ".", ".", "!", "?", ""))
    if rng.random() < 0.3 and len(words) > 2:  # "word\u00a0word", as pages copy them
        text = text.replace(" ", NBSP, 1)
    if rng.random() < 0.1:
        text += NBSP  # a trailing one
    return text


def short_comments(rng: random.Random, count: int) -> list[str]:
    lines = [f"{count} Comments", ""]
    handles = [f"{f} {last}" for f in FIRST for last in LAST]
    authors: dict[int, str] = {}
    first_blocks: dict[int, str] = {}
    minute = 0
    for number in range(1, count + 1):
        authors[number] = author = rng.choice(handles)
        minute += rng.randint(1, 3)  # one header per minute: no twin headers
        day, rest = divmod(minute, 24 * 60)
        hour, mins = divmod(rest, 60)
        month, day = MONTHS[day // 28 % len(MONTHS)], day % 28 + 1
        clock = f"{hour % 12 or 12}:{mins:02d} {'am' if hour < 12 else 'pm'}"
        lines += [f"{author} says:", f"{month} {day}, 2021 at {clock}", ""]
        own = [short_block(rng) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
        first_blocks[number] = own[0]
        if number > 1 and number % 3 == 0:
            parent = rng.randint(max(1, number - 40), number - 1)
            quoted = first_blocks[parent]
            kind = number % 9
            if kind == 0:  # the @mention, then the parent's first block quoted whole
                lines += [f"@{authors[parent]}", "", quoted, ""]
            elif kind == 3:  # the @mention, then its first words
                lines += [f"@{authors[parent]}", "", " ".join(quoted.split()[:4]), ""]
            else:  # the @mention opening the reply's own text
                own[0] = f"@{authors[parent]} {own[0][0].lower()}{own[0][1:]}"
        for block in own:
            lines += [block, ""]
        lines += ["Reply", ""]
    lines += ["Leave a Reply", ""]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--comments", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--short", action="store_true", help="short comments under author lines")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    make = short_comments if args.short else comments
    text = "\n".join(article(rng) + make(rng, args.comments)) + "\n"
    with open(args.output, "w", encoding="utf-8") as out:
        out.write(text)


if __name__ == "__main__":
    main()
