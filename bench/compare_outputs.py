"""Compare `reader parse --json` between two commits (or a commit and the work tree).

    .venv/bin/python bench/compare_outputs.py [BASE] [NEW] [--sets fixtures,shared,...]

BASE defaults to HEAD, NEW to the work tree ("."). Each side runs its own code (a
checkout of the commit in /tmp, the CLI through ``python -m reader parse --json``) on
the same inputs: the project's fixtures and demo, the reference article, every page of
../shared/corpus and ../shared/realpages (text and HTML), and the PolNeAR article texts.
A commit's outputs are cached under /tmp/reader-compare/<sha>/, so comparing many steps
against one base parses the base once. Prints the inputs whose output differs (with the
first differing top-level field) and exits 1 when any does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CACHE = Path(tempfile.gettempdir()) / "reader-compare"
CHUNK = 40


def inputs(sets: set[str]) -> list[Path]:
    files: list[Path] = []
    if "fixtures" in sets:
        files += sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
        files += sorted((ROOT / "tests" / "fixtures").glob("*.html"))
        files.append(ROOT / "reader" / "demo" / "demo_article.txt")
    if "shared" in sets and SHARED.is_dir():
        files += sorted((SHARED / "samples").glob("*.txt"))
        files += sorted((SHARED / "corpus").glob("*.txt"))
        files += sorted((SHARED / "corpus").glob("*.html"))
    if "realpages" in sets and (SHARED / "realpages").is_dir():
        files += sorted((SHARED / "realpages" / "txt").glob("*.txt"))
        files += sorted((SHARED / "realpages" / "html").glob("*.html"))
    if "polnear" in sets:
        files += polnear_files()
    return files


def polnear_files() -> list[Path]:
    """The PolNeAR article texts, written once to /tmp (never into the project)."""
    source = SHARED / "corpora" / "polnear-train.jsonl"
    if not source.is_file():
        return []
    folder = CACHE / "polnear-texts"
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    with source.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            path = folder / f"{number:04d}.txt"
            if not path.exists():
                path.write_text(json.loads(line)["text"], encoding="utf-8")
            files.append(path)
    return files


def checkout(rev: str) -> tuple[Path, str]:
    """A folder holding the code of REV ('.' is the work tree) and a cache key for it."""
    if rev == ".":
        return ROOT, ""
    sha = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", rev], capture_output=True, text=True, check=True
    ).stdout.strip()
    folder = CACHE / f"tree-{sha}"
    if not (folder / "reader").is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", sha], capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder, sha


def run_chunk(code: Path, files: list[Path]) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(code))
    env.pop("PYTHONSTARTUP", None)
    with tempfile.TemporaryDirectory() as home:  # no user settings or cache leak in
        env["XDG_CONFIG_HOME"] = env["XDG_CACHE_HOME"] = env["XDG_STATE_HOME"] = home
        env["XDG_DATA_HOME"] = home
        out = subprocess.run(
            [sys.executable, "-m", "reader", "parse", "--json", *map(str, files)],
            capture_output=True,
            text=True,
            env=env,
            cwd=str(code),
        )
    lines = out.stdout.splitlines()
    if len(lines) != len(files):  # one file failed: run them one by one to place the lines
        lines = []
        for file in files:
            one = subprocess.run(
                [sys.executable, "-m", "reader", "parse", "--json", str(file)],
                capture_output=True,
                text=True,
                env=env,
                cwd=str(code),
            )
            lines.append(one.stdout.strip() or f"ERROR {one.returncode}: {one.stderr.strip()}")
    return lines


def outputs(rev: str, files: list[Path], jobs: int) -> dict[str, str]:
    code, sha = checkout(rev)
    cached: dict[str, str] = {}
    store = CACHE / f"out-{sha}.json" if sha else None
    if store and store.is_file():
        cached = json.loads(store.read_text(encoding="utf-8"))
    todo = [f for f in files if str(f) not in cached]
    chunks = [todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK)]
    with ThreadPoolExecutor(jobs) as pool:
        for chunk, lines in zip(
            chunks, pool.map(lambda c: run_chunk(code, c), chunks), strict=True
        ):
            cached.update(zip(map(str, chunk), lines, strict=True))
    if store:
        store.write_text(json.dumps(cached), encoding="utf-8")
    return cached


def first_difference(old: str, new: str) -> str:
    try:
        a, b = json.loads(old), json.loads(new)
    except ValueError:
        return "not JSON"
    a, b = a.get("article", a), b.get("article", b)
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            return key
    return "order or formatting"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", nargs="?", default="HEAD")
    parser.add_argument("new", nargs="?", default=".")
    parser.add_argument("--sets", default="fixtures,shared,realpages,polnear", help="input sets")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    files = inputs(set(args.sets.split(",")))
    old = outputs(args.base, files, args.jobs)
    new = outputs(args.new, files, args.jobs)
    differ = [f for f in files if old[str(f)] != new[str(f)]]
    for file in differ:
        where = first_difference(old[str(file)], new[str(file)])
        print(f"differs: {file} ({where})")
    digest = hashlib.sha256("".join(new[str(f)] for f in files).encode()).hexdigest()[:12]
    print(f"{len(files) - len(differ)} of {len(files)} outputs identical; new outputs {digest}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
