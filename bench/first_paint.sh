#!/usr/bin/env bash
# First paint of the reading app against a minimal Textual app (one Static), under tmux.
#   bash bench/first_paint.sh [RUNS]
# Targets (issue 5): reader on the reference article <= 1.5x the minimal app;
# reader on a 20,000-comment page <= 3x the minimal app on the reference article.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
PY=.venv/bin/python
FP=../shared/tools/first_paint.py
REF=../shared/samples/000_eba45ebe7d5b167d.txt
BIG=${BIG:-/tmp/reader-big-20000.txt}
[ -f "$FP" ] && [ -f "$REF" ] || { echo "needs ../shared (first_paint.py, the reference article)"; exit 0; }
[ -f "$BIG" ] || $PY bench/make_big.py "$BIG" --comments 20000
ms() { python3 "$FP" --runs "$RUNS" --marker "$1" -- "${@:2}" | sed -n 's/.*median \([0-9]*\).*/\1/p'; }
minimal=$(ms "Kazakhstan unrest adds" $PY bench/minimal_app.py "$REF")
reader=$(ms "Kazakhstan unrest adds" .venv/bin/reader "$REF")
big=$(ms "Riverside council splits" .venv/bin/reader "$BIG")
echo "minimal app, reference article: ${minimal} ms"
echo "reader, reference article:      ${reader} ms ($(python3 -c "print(f'{$reader/$minimal:.2f}')")x, target 1.5x)"
echo "reader, 20,000 comments:        ${big} ms ($(python3 -c "print(f'{$big/$minimal:.2f}')")x, target 3x)"
