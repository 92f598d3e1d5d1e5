#!/usr/bin/env bash
# First paint of the reading app against a minimal Textual app (one Static), under tmux.
#   bash bench/first_paint.sh [RUNS]
# Targets (issue 17): reader on the reference article <= 1.1x the minimal app; on a
# 20,000-comment page (long comments, and short ones with author and date lines)
# <= 1.25x the minimal app on the reference article; fully analysed within twice the
# page's first paint.
# The programs take turns, run after run, so a change in the machine's load (the cores
# are shared) falls on all of them alike. "analysed" is when the comment count shows:
# the full parse (quotes, speakers; the comments flat) replacing the quick first article.
# "threaded" is when the comments' threading has landed too (the status bar's
# "threading replies…" gone; bench/landed.py): the whole analysis, as "analysed" was
# before the comments showed ahead of their threading.
# BASE=/tmp/old (a checkout of main: git archive main | tar -x -C /tmp/old) adds that
# tree's reader on the reference article and the two big pages, taking its turn in each
# run (a change's before and after in one run); both trees then run as `python -m reader`.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
PY=.venv/bin/python
FP=$PWD/../shared/tools/first_paint.py
REF=$PWD/../shared/samples/000_eba45ebe7d5b167d.txt
BIG=${BIG:-/tmp/reader-big-20000.txt}
SHORT=${SHORT:-/tmp/reader-short-20000.txt}
[ -f "$FP" ] && [ -f "$REF" ] || { echo "needs ../shared (first_paint.py, the reference article)"; exit 0; }
[ -f "$BIG" ] || $PY bench/make_big.py "$BIG" --comments 20000
[ -f "$SHORT" ] || $PY bench/make_big.py "$SHORT" --comments 20000 --short
# The full analysis shows the comment count: as many as the parser finds on each page.
count() { $PY -c 'import sys; from reader.sources import load_document as l; print(len(l(sys.argv[1]).article.comments))' "$1"; }
BIG_DONE="Comments ($(count "$BIG"))"
SHORT_DONE="Comments ($(count "$SHORT"))"
# Byte-compile first, as an installed program is: with PYTHONDONTWRITEBYTECODE set every
# run would compile reader's modules again, a cost the one-file minimal app hardly has.
$PY -m compileall -q reader bench/minimal_app.py >/dev/null
# And a first run that may write what an installed program's first run writes: the
# compiled date patterns beside the bytecode (reader/pattern_cache.py).
env -u PYTHONDONTWRITEBYTECODE $PY -m reader parse --json "$REF" >/dev/null
MARK=$(python3 -c 'import sys; print(open(sys.argv[1], encoding="utf-8").readline()[:22])' "$REF")  # the headline's start, read at run time
once() { python3 "$FP" --runs 1 --marker "$1" -- "${@:2}" | sed -n 's/.*median \([0-9]*\).*/\1/p'; }
landed() { $PY bench/landed.py --marker "$1" --gone "threading replies" -- "${@:2}"; }
READER=(.venv/bin/reader)
BASE=${BASE:-}
if [ -n "$BASE" ]; then
  READER=("$PWD/$PY" -m reader)
  $PY -m compileall -q "$BASE/reader" >/dev/null
  (cd "$BASE" && env -u PYTHONDONTWRITEBYTECODE "$OLDPWD/$PY" -m reader parse --json "$REF" >/dev/null)
fi
declare -A times
for _ in $(seq "$RUNS"); do
  times[minimal]+="$(once "$MARK" $PY bench/minimal_app.py "$REF") "
  times[reader]+="$(once "$MARK" "${READER[@]}" "$REF") "
  times[big]+="$(once "Riverside council splits" "${READER[@]}" "$BIG") "
  times[short]+="$(once "Riverside council splits" "${READER[@]}" "$SHORT") "
  if [ -n "$BASE" ]; then
    times[base_ref]+="$(cd "$BASE" && once "$MARK" "${READER[@]}" "$REF") "
    times[base_big]+="$(cd "$BASE" && once "Riverside council splits" "${READER[@]}" "$BIG") "
    times[base_short]+="$(cd "$BASE" && once "Riverside council splits" "${READER[@]}" "$SHORT") "
  fi
  times[ref_full]+="$(once "Comments (7)" "${READER[@]}" "$REF") "
  times[big_full]+="$(once "$BIG_DONE" "${READER[@]}" "$BIG") "
  times[short_full]+="$(once "$SHORT_DONE" "${READER[@]}" "$SHORT") "
  times[big_threaded]+="$(landed "$BIG_DONE" "${READER[@]}" "$BIG") "
  times[short_threaded]+="$(landed "$SHORT_DONE" "${READER[@]}" "$SHORT") "
  if [ -n "$BASE" ]; then
    times[base_big_full]+="$(cd "$BASE" && once "$BIG_DONE" "${READER[@]}" "$BIG") "
    times[base_short_full]+="$(cd "$BASE" && once "$SHORT_DONE" "${READER[@]}" "$SHORT") "
  fi
done
median() { python3 -c "import statistics, sys; print(round(statistics.median(map(float, sys.argv[1:]))))" $1; }
minimal=$(median "${times[minimal]}")
ratio() { python3 -c "print(f'{$1/$minimal:.2f}')"; }
reader=$(median "${times[reader]}")
big=$(median "${times[big]}")
short=$(median "${times[short]}")
ref_full=$(median "${times[ref_full]}")
big_full=$(median "${times[big_full]}")
short_full=$(median "${times[short_full]}")
of() { python3 -c "print(f'{$1/$2:.2f}')"; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)   runs: $RUNS (medians)"
echo "minimal app, reference article:        ${minimal} ms"
echo "reader, reference article:             ${reader} ms ($(ratio "$reader")x, target 1.1x)"
echo "reader, 20,000 long comments:          ${big} ms ($(ratio "$big")x, target 1.25x)"
echo "reader, 20,000 short comments:         ${short} ms ($(ratio "$short")x, target 1.25x)"
if [ -n "$BASE" ]; then
  base_ref=$(median "${times[base_ref]}")
  base_big=$(median "${times[base_big]}")
  base_short=$(median "${times[base_short]}")
  echo "base ($BASE), reference article:     ${base_ref} ms ($(ratio "$base_ref")x)"
  echo "base ($BASE), 20,000 long comments:   ${base_big} ms ($(ratio "$base_big")x)"
  echo "base ($BASE), 20,000 short comments:  ${base_short} ms ($(ratio "$base_short")x)"
fi
echo "  analysed, reference article:         ${ref_full} ms ($(of "$ref_full" "$reader")x its first paint)"
echo "  analysed, 20,000 long comments:      ${big_full} ms ($(of "$big_full" "$big")x its first paint, target 2x)"
echo "  analysed, 20,000 short comments:     ${short_full} ms ($(of "$short_full" "$short")x its first paint, target 2x)"
big_threaded=$(median "${times[big_threaded]}")
short_threaded=$(median "${times[short_threaded]}")
echo "  threaded, 20,000 long comments:      ${big_threaded} ms ($(of "$big_threaded" "$big")x its first paint)"
echo "  threaded, 20,000 short comments:     ${short_threaded} ms ($(of "$short_threaded" "$short")x its first paint)"
if [ -n "$BASE" ]; then
  base_big_full=$(median "${times[base_big_full]}")
  base_short_full=$(median "${times[base_short_full]}")
  echo "  base analysed, long comments:        ${base_big_full} ms ($(of "$base_big_full" "$base_big")x its first paint)"
  echo "  base analysed, short comments:       ${base_short_full} ms ($(of "$base_short_full" "$base_short")x its first paint)"
fi
