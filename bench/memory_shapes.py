"""Peak memory of `reader parse --json` on pages of every shape, as a multiple of the file.

    python bench/memory_shapes.py            # every shape (about 4 minutes, 100 MB pages)
    python bench/memory_shapes.py --scale 0.1 one-word big-page
    python bench/memory_shapes.py --keep     # the generated files stay in /tmp/reader-shapes

Each shape is generated (fixed seed, no real text), then read by the command line in a
process of its own, output to /dev/null; its peak resident memory (the kernel's
ru_maxrss) less the same command's on a tiny page of the same kind (the interpreter
and the libraries that kind loads) is what the page cost. Target: under 30x the file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
FOLDER = Path("/tmp/reader-shapes")
TARGET = 30
WORDS = ["tide", "harbour", "lamp", "vote", "council", "ferry", "rent", "cliff", "road"]


def big_page(path: Path, size: int) -> None:
    """An article and numbered comments, a third of them @replies (bench/make_big.py)."""
    comments = max(100, size // 330)  # make_big writes about 330 bytes a comment
    make = [sys.executable, str(HERE / "make_big.py"), str(path), "--comments", str(comments)]
    subprocess.run(make, check=True)


def one_word(path: Path, size: int) -> None:
    """A paragraph of one word, again and again: six bytes a block."""
    rng = random.Random(1)
    with path.open("w") as out:
        out.write("Harbour town votes to rebuild the old lighthouse\n\n")
        for _ in range(size // 7):
            out.write(rng.choice(WORDS) + "\n\n")


def one_line(path: Path, size: int) -> None:
    """The whole page on one line: no line breaks at all."""
    rng = random.Random(2)
    words = " ".join(rng.choice(WORDS) for _ in range(size // 6))
    path.write_text("Harbour town votes to rebuild the old lighthouse. " + words + "\n")


def vocabulary(rng: random.Random, count: int) -> list[str]:
    """Made-up words, so that comments differ as people's do (nine words would make
    every comment quote every other)."""
    letters = "etaoinshrdlcumwfgypbvk"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(2, 9))) for _ in range(count)]


def short_comments(path: Path, size: int) -> None:
    """Comments of six words under an author and date line, with no-break spaces."""
    rng = random.Random(3)
    common = vocabulary(rng, 3000)
    names = [w.title() for w in vocabulary(rng, 200)]
    with path.open("w") as out:
        out.write("Harbour town votes to rebuild the old lighthouse\n\nBy Ada Cole\n\n")
        out.write(("The council voted on Tuesday to rebuild the lamp. " * 6 + "\n\n") * 20)
        out.write("Comments\n\n")
        written = 0
        while written < size:
            record = (
                f"{rng.choice(names)} {rng.choice(names)} says:\n"
                f"May {rng.randint(1, 28)}, 2024 at {rng.randint(1, 12)}:{rng.randint(10, 59)} am\n"
                + "\u00a0".join(rng.choice(common) for _ in range(6))
                + ".\n\nReply\n\n"
            )
            out.write(record)
            written += len(record)


def html_page(path: Path, size: int) -> None:
    """A saved page: an article and a WordPress comment list."""
    rng = random.Random(4)
    body = "".join(f"<p>{' '.join(rng.choice(WORDS) for _ in range(40))}.</p>\n" for _ in range(30))
    items = []
    written = 0
    k = 0
    while written < size:
        k += 1
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 40)))
        item = (
            f'<li class="comment" id="comment-{k}"><div class="comment-author">'
            f'<cite class="fn">Reader {k % 97}</cite></div><div class="comment-metadata">'
            f'<time>May 2, 2024</time></div><div class="comment-content"><p>{text}.</p>'
            "</div></li>\n"
        )
        items.append(item)
        written += len(item)
    path.write_text(
        "<!DOCTYPE html><html><head><title>Harbour votes</title></head><body><article>"
        f"<h1>Harbour town votes to rebuild the old lighthouse</h1>{body}</article>"
        f'<ol class="commentlist">{"".join(items)}</ol></body></html>'
    )


def thread(path: Path, size: int) -> None:
    """A Hacker News thread saved from its API (bench/make_thread.py)."""
    comments = max(100, size // 420)
    subprocess.run(
        [sys.executable, str(HERE / "make_thread.py"), str(path), str(comments)], check=True
    )


SHAPES: dict[str, tuple[Callable[[Path, int], None], int, str]] = {
    "big-page": (big_page, 100_000_000, "txt"),
    "one-word": (one_word, 42_000_000, "txt"),
    "one-line": (one_line, 20_000_000, "txt"),
    "short-comments": (short_comments, 20_000_000, "txt"),
    "html": (html_page, 20_000_000, "html"),
    "thread": (thread, 20_000_000, "json"),
}


def peak(path: Path) -> tuple[int, float]:
    """(peak resident bytes, seconds) of `reader parse --json path` in its own process."""
    command = [sys.executable, "-m", "reader", "parse", "--json", str(path)]
    start = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        process = subprocess.Popen(command, stdout=devnull, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{path}: reader failed: {process.stderr.read().decode()[-500:]}")
    return usage.ru_maxrss * 1024, seconds


def tiny(suffix: str) -> Path:
    """A page of the kind, as small as it comes: what loading that kind costs."""
    path = FOLDER / f"tiny.{suffix}"
    if suffix == "txt":
        path.write_text("Harbour town votes\n\nThe council voted.\n")
    elif suffix == "html":
        html_page(path, 100)
    else:
        thread(path, 100)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shapes", nargs="*", metavar="SHAPE", help=", ".join(SHAPES))
    parser.add_argument("--scale", type=float, default=1.0, help="times the default sizes")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    args = parser.parse_args()
    FOLDER.mkdir(exist_ok=True)
    bases = {suffix: peak(tiny(suffix))[0] for suffix in ("txt", "html", "json")}
    print("baseline, a tiny page: " + ", ".join(f"{k} {v / 1e6:.0f} MB" for k, v in bases.items()))
    print(f"{'shape':<15} {'file MB':>8} {'peak MB':>8} {'less base':>10} {'x file':>7} {'s':>6}")
    worst = 0.0
    for name in args.shapes or SHAPES:
        if name not in SHAPES:
            raise SystemExit(f"no shape {name!r}; the shapes are {', '.join(SHAPES)}")
        make, size, suffix = SHAPES[name]
        path = FOLDER / f"{name}.{suffix}"
        make(path, int(size * args.scale))
        file_size = path.stat().st_size
        top, seconds = peak(path)
        base = bases[suffix]
        ratio = (top - base) / file_size
        worst = max(worst, ratio)
        print(
            f"{name:<15} {file_size / 1e6:8.1f} {top / 1e6:8.0f} {(top - base) / 1e6:10.0f}"
            f" {ratio:6.1f}x {seconds:6.1f}"
        )
        if not args.keep:
            path.unlink()
    verdict = "under" if worst < TARGET else "OVER"
    print(f"worst: {worst:.1f}x the file ({verdict} the {TARGET}x target)")
    print(json.dumps({"worst": round(worst, 1)}))


if __name__ == "__main__":
    main()
