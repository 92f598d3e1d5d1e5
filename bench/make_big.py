"""Write the parse benchmark's input: an article and N numbered comments.

The comments follow the layout of a copied comment list ("  1. text", further
paragraphs indented four spaces); a third of them are replies that open with
"@Name" and quote a line of their parent. The text is generated from a fixed seed,
so every run writes the same file.

    python bench/make_big.py /tmp/big.txt --comments 20000
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--comments", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    text = "\n".join(article(rng) + comments(rng, args.comments)) + "\n"
    with open(args.output, "w", encoding="utf-8") as out:
        out.write(text)


if __name__ == "__main__":
    main()
