"""No module of reader uses another module's private names (`_ANY_DATE`, `_flush`)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).parent.parent / "reader"


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _borrowed(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules: set[str] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reader"):
            found += [f"{node.module}.{a.name}" for a in node.names if _private(a.name)]
            modules |= {a.asname or a.name for a in node.names}
        elif isinstance(node, ast.Import):
            modules |= {a.asname or a.name for a in node.names if a.name.startswith("reader")}
    for node in ast.walk(tree):
        value = node.value if isinstance(node, ast.Attribute) else None
        if isinstance(value, ast.Name) and value.id in modules and _private(node.attr):
            found.append(f"{value.id}.{node.attr}")
    return found


def test_no_module_imports_private_names():
    borrowed = {str(p.relative_to(ROOT)): _borrowed(p) for p in sorted(ROOT.rglob("*.py"))}
    assert {path: names for path, names in borrowed.items() if names} == {}
