"""Parse throughput and peak memory of `reader parse --json` on the generated file.

    python bench/parse_speed.py            # makes /tmp/reader-big.txt if absent
    python bench/parse_speed.py FILE

Prints MB/s (file size over wall time of read + parse + JSON) and peak memory as a
multiple of the file size (tracemalloc, Python allocations), best of three runs.
"""

from __future__ import annotations

import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from reader.pipeline import load_document
from reader.render.json_out import to_json

HERE = Path(__file__).parent


def measure(path: str) -> tuple[float, float]:
    start = time.perf_counter()
    to_json(load_document(path))
    return time.perf_counter() - start, 0.0


def peak_memory(path: str) -> int:
    tracemalloc.start()
    to_json(load_document(path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/reader-big.txt"
    if not Path(path).exists():
        subprocess.run([sys.executable, str(HERE / "make_big.py"), path], check=True)
    size = Path(path).stat().st_size
    seconds = min(measure(path)[0] for _ in range(3))
    peak = peak_memory(path)
    print(f"file: {path} ({size / 1e6:.2f} MB)")
    print(f"parse + JSON: {seconds:.2f} s, {size / 1e6 / seconds:.2f} MB/s (target >= 5)")
    print(f"peak memory: {peak / 1e6:.0f} MB, {peak / size:.1f}x the file (target <= 30x)")


if __name__ == "__main__":
    main()
