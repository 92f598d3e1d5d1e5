#!/usr/bin/env bash
# First paint of a saved HTML page against its text copy, under tmux (issue 7: within 2x).
#   bash bench/html_paint.sh [RUNS] [PAGE...]     (pages: names in ../shared/corpus)
# The marker is the start of the headline, read from the page at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}; shift || true
PAGES=("$@"); [ ${#PAGES[@]} -gt 0 ] || PAGES=(detroitnews-indiana-teachers wptavern-stackoverflow-comments nytimes-deficit-tax-cuts)
FP=../shared/tools/first_paint.py
[ -f "$FP" ] || { echo "needs ../shared/tools/first_paint.py"; exit 0; }
ms() { python3 "$FP" --runs "$RUNS" --marker "$1" -- "${@:2}" | sed -n 's/.*median \([0-9]*\).*/\1/p'; }
for page in "${PAGES[@]}"; do
  txt=../shared/corpus/$page.txt; html=../shared/corpus/$page.html
  marker=$(.venv/bin/reader parse --json "$txt" | .venv/bin/python -c 'import json,sys; print(json.load(sys.stdin)["article"]["title"][:20])')
  t=$(ms "$marker" .venv/bin/reader "$txt"); h=$(ms "$marker" .venv/bin/reader "$html")
  echo "$page: text ${t} ms, html ${h} ms ($(python3 -c "print(f'{$h/$t:.2f}')")x, target 2x)"
done
