#!/usr/bin/env bash
# Engine throughput: runs the criterion benchmark crates/chugiai-core/benches/annotate.rs and prints the median
# time and throughput of each input in MB/s (1 MB = 10^6 bytes), read from criterion's estimates.json.
# usage: scripts/bench-engine.sh [--quick]      (--quick: shorter runs, for a smoke check)
#        CHUGIAI_GOLD=dir to read the articles from elsewhere than ../shared/gold
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
if [[ ${1:-} == --quick ]]; then
  args=(--warm-up-time 0.3 --measurement-time 1)
fi
target=${CARGO_TARGET_DIR:-target}
cargo bench -q -p chugiai-core --bench annotate -- "${args[@]}" >&2
python3 - "$target/criterion/annotate" <<'PY'
import json, os, sys
root = sys.argv[1]
print(f"{'input':<14}{'bytes':>10}{'median':>14}{'MB/s':>10}")
for name in ("sample", "gold_all", "concat_1mib"):
    d = os.path.join(root, name, "new")
    try:
        est = json.load(open(os.path.join(d, "estimates.json")))
        meta = json.load(open(os.path.join(d, "benchmark.json")))
    except FileNotFoundError:
        continue
    ns = est["median"]["point_estimate"]
    nbytes = meta["throughput"]["Bytes"]
    t = f"{ns / 1e6:.3f} ms" if ns >= 1e5 else f"{ns / 1e3:.1f} µs"
    print(f"{name:<14}{nbytes:>10}{t:>14}{nbytes / (ns / 1e9) / 1e6:>10.1f}")
PY
