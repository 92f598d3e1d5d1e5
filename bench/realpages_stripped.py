"""The HTML rows of the real-pages table on the dev pages with the publisher's data taken
out: how the rules that stand in for the data (the byline and headline shown, extraction's
guess) do on pages that state less.

    .venv/bin/python bench/realpages_stripped.py [--strip ld|meta|microdata|all] [--jobs 2]
        [--cmd CMD] [--rows]

``ld`` removes the JSON-LD; ``meta`` every ``<meta>`` but the charset's; ``microdata``
every microdata attribute; ``all`` the three. The stripped copies of the dev pages (the
held-out ones are never read) go to a temporary folder with their truth and the scorer,
and bench/realpages.py scores them there; its "all" row is the figure (its own
dev/held-out split of these pages means nothing here).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from realpages import FOLDER, split

_LD = re.compile(rb"<script[^>]*ld\+json[^>]*>.*?</script>", re.S | re.I)
_META = re.compile(rb"<meta\b[^>]*>", re.I)
_MICRODATA = re.compile(
    rb"\s(?:itemprop|itemscope|itemtype)(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]*))?", re.I
)


def stripped(page: bytes, strip: str) -> bytes:
    if strip in ("ld", "all"):
        page = _LD.sub(b"", page)
    if strip in ("meta", "all"):
        page = _META.sub(lambda m: m[0] if b"charset" in m[0].lower() else b"", page)
    if strip in ("microdata", "all"):
        page = _MICRODATA.sub(b"", page)
    return page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--strip", choices=["ld", "meta", "microdata", "all"], default="all")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rows", action="store_true", help="also print each page's row")
    parser.add_argument("--cmd", help="the reader command (bench/realpages.py's default)")
    args = parser.parse_args()
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
    dev, _ = split(list(truth))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        (out / "html").mkdir()
        for page in dev:
            data = (FOLDER / "html" / f"{page}.html").read_bytes()
            (out / "html" / f"{page}.html").write_bytes(stripped(data, args.strip))
        dev_truth = {page: truth[page] for page in dev}
        (out / "truth.json").write_text(json.dumps(dev_truth), encoding="utf-8")
        shutil.copy(FOLDER / "score_realpages.py", out)
        command = [sys.executable, str(Path(__file__).with_name("realpages.py"))]
        command += ["--input", "html", "--jobs", str(args.jobs)]
        command += ["--cmd", args.cmd] if args.cmd else []
        command += ["--rows", "all"] if args.rows else []
        env = {**os.environ, "REALPAGES": str(out), "REALPAGES_DEV_ONLY": "1"}
        return subprocess.run(command, env=env, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
