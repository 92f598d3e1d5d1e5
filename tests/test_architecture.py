"""The model, the parsers and the analysis run without Textual."""

from __future__ import annotations

import subprocess
import sys

MODULES = [
    "reader.model",
    "reader.ingest.page",
    "reader.ingest.source",
    "reader.render.json_out",
    "reader.render.markdown",
    "reader.render.plain",
    "reader.sources",
    "reader.cli",
]


def test_model_and_parsers_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in MODULES)
        + "from reader.sources import load_document\n"
        + "load_document(None)\n"
        + "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
