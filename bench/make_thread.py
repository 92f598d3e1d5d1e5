"""A big Hacker News thread in the Algolia item shape, generated (no real text).

    python bench/make_thread.py /tmp/reader-thread.json [COMMENTS]

COMMENTS (default 5000) comments under an Ask HN story (no link: nothing is fetched),
nested as real threads are (most replies answer a recent comment, some go deep), a
third quoting a line of their parent, one in fifty deleted with replies kept, some
code. Read it with `reader FILE` or `python bench/parse_speed.py FILE`.
"""

from __future__ import annotations

import json
import random
import sys

WORDS = [
    "harbour",
    "lamp",
    "cliff",
    "road",
    "council",
    "vote",
    "budget",
    "tower",
    "keeper",
    "boat",
    "night",
    "storm",
    "fund",
    "survey",
    "lens",
    "light",
    "beacon",
    "ferry",
    "tide",
    "winter",
    "summer",
    "repair",
    "stone",
    "rope",
    "chart",
    "signal",
]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 18))]
    return " ".join(words).capitalize() + "."


def make(count: int, seed: int = 7) -> dict[str, object]:
    rng = random.Random(seed)
    story: dict[str, object] = {
        "id": 1,
        "type": "story",
        "author": "op",
        "created_at_i": 1714658709,
        "title": "Ask HN: A generated thread for timing",
        "url": None,
        "text": "<p>".join(sentence(rng) for _ in range(3)),
        "points": 999,
        "children": [],
    }
    items: list[dict[str, object]] = [story]
    for k in range(2, count + 2):
        parent = items[0] if rng.random() < 0.15 else items[max(0, len(items) - rng.randint(1, 40))]
        first = sentence(rng)
        text = first + "<p>" + sentence(rng)
        parent_text = str(parent.get("text") or "")
        if rng.random() < 0.33 and parent is not story and parent_text:
            text = "&gt; " + parent_text.split("<p>")[0] + "<p>" + text
        if rng.random() < 0.05:
            text += "<p><pre><code>  x = 1\n  y = x + 1\n</code></pre>"
        deleted = rng.random() < 0.02
        item: dict[str, object] = {
            "id": k,
            "type": "comment",
            "author": None if deleted else f"user{rng.randint(1, count // 4)}",
            "created_at_i": 1714658709 + k * 30,
            "text": None if deleted else text,
            "points": None,
            "parent_id": parent["id"],
            "children": [],
        }
        children = parent["children"]
        assert isinstance(children, list)
        children.append(item)
        items.append(item)
    return story


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/reader-thread.json"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    with open(path, "w", encoding="utf-8") as out:
        json.dump(make(count), out)


if __name__ == "__main__":
    main()
