#!/usr/bin/env bash
# Annotates the gold articles with the release CLI and scores them with ../shared/eval/score.py.
# usage: scripts/score-gold.sh [--json]      (GOLD=dir to score another annotated set)
set -euo pipefail
cd "$(dirname "$0")/.."
gold=${GOLD:-../shared/gold}
cargo build --profile cli -q -p chugiai-cli
bin=${CARGO_TARGET_DIR:-target}/cli/chugiai
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in" "$tmp/out"
python3 - "$gold" "$tmp/in" <<'PY'
import json, os, sys
g, t = sys.argv[1:3]
for n in os.listdir(g):
    if n.endswith(".json"):
        text = json.load(open(os.path.join(g, n), encoding="utf-8"))["text"]
        open(os.path.join(t, n[:-5] + ".txt"), "w", encoding="utf-8").write(text)
PY
"$bin" annotate --out "${PRED_DIR:-$tmp/out}" "$tmp"/in/*.txt
python3 ../shared/eval/score.py "$gold" "${PRED_DIR:-$tmp/out}" "$@"
