#!/usr/bin/env bash
# Held-out measurement: generate pages nobody tuned on, export them with the CLI, score them (all pages and
# per extractor), and print the dev figures per extractor beside them.
# usage: scripts/heldout/run.sh [SEED] [COUNT] [OUT]     (defaults: 1 45 /tmp/heldout)
# Needs the packages in scripts/heldout/README.md; not part of CI.
set -euo pipefail
SEED=${1:-1}
COUNT=${2:-45}
OUT=${3:-/tmp/heldout}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=$(cd "$ROOT/../shared" && pwd)
PAGES="$OUT/pages"
PRED="$OUT/pred"
mkdir -p "$PAGES"
/usr/bin/python3 "$ROOT/scripts/heldout/generate.py" --seed "$SEED" --count "$COUNT" --out "$PAGES"
node "$ROOT/scripts/build.mjs" >/dev/null
rm -rf "$PRED" && mkdir -p "$PRED"
node "$ROOT/dist/cli.js" export --format json --out "$PRED" "$PAGES"/*.txt >/dev/null

# score DIR PRED LABEL: the whole set, then one row per extractor (gold + dump linked into a scratch dir)
score() {
  local gold=$1 pred=$2 label=$3
  printf '%-22s %s\n' "$label all" "$(node "$SHARED/eval/score.mjs" "$gold" "$pred")"
  for ex in pdfminer pdftotext pdftotext-raw; do
    local sub="$OUT/by-extractor/$label/$ex"
    rm -rf "$sub" && mkdir -p "$sub"
    for g in "$gold"/*.gold.json; do
      if grep -q "\"extractor\": *\"$ex\"" "$g"; then
        local stem; stem=$(basename "$g" .gold.json)
        ln -s "$g" "$sub/"; ln -s "$gold/$stem.txt" "$sub/"
      fi
    done
    printf '%-22s %s\n' "$label $ex" "$(node "$SHARED/eval/score.mjs" "$sub" "$pred")"
  done
}
DEVPRED="$OUT/devpred"
rm -rf "$DEVPRED" && mkdir -p "$DEVPRED"
node "$ROOT/dist/cli.js" export --format json --out "$DEVPRED" "$SHARED"/corpus/dev/*.txt >/dev/null
echo "== held-out (seed $SEED, $COUNT pages in $PAGES; predictions in $PRED)"
score "$PAGES" "$PRED" heldout
echo "== dev"
score "$SHARED/corpus/dev" "$DEVPRED" dev
