#!/usr/bin/env bash
# Bundle budget: fails (exit 1) when the served build is too big, gzipped.
#   - served build: every .wasm .js .mjs .css .html .json file under DIST (lexicons are inside the wasm or in
#     such files), except the single-file page and hidden folders (Trunk's .stage/), gzipped one by one: at most 400 KB in all;
#   - the single-file page DIST/chugiai.html, gzipped: at most 550 KB;
#   - the embed scripts (DIST/embed/, scripts/embed_bundle.py) are other downloads, for visitors of a host page,
#     held to the same budgets on their own: the pair embed/chugiai.js + embed/chugiai_bg.wasm at most 400 KB,
#     the self-contained embed/chugiai-embed.js at most 550 KB. The demo host page DIST/demo-host.html is not
#     counted (it stands for the host's own page).
# KB = 1000 bytes; gzip at level 9, as a server precompressing its files would.
# usage: scripts/bench-bundle-size.sh [DIST]      (default dist; run after `trunk build --release`)
#   SINGLE=name  the single-file page inside DIST (default chugiai.html); a missing one is a failure
set -euo pipefail
cd "$(dirname "$0")/.."
python3 - "${1:-dist}" "${SINGLE:-chugiai.html}" <<'PY'
import gzip, os, sys

dist, single = sys.argv[1], sys.argv[2]
SERVED_MAX, SINGLE_MAX = 400_000, 550_000
COUNTED = (".wasm", ".js", ".mjs", ".css", ".html", ".json")
if not os.path.isdir(dist):
    sys.exit(f"bench-bundle-size: no {dist}/ (build it first: trunk build --release)")

def gz(path):
    with open(path, "rb") as f:
        data = f.read()
    return len(data), len(gzip.compress(data, 9, mtime=0))

served_raw = served_gz = 0
others = []
embed = []
print(f"{'file':<48}{'bytes':>10}{'gzipped':>10}")
for root, dirs, names in os.walk(dist):
    dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # Trunk's .stage/ is a work area, not served
    for n in sorted(names):
        path = os.path.join(root, n)
        rel = os.path.relpath(path, dist)
        if rel == single or rel == "demo-host.html":
            continue
        if rel.startswith("embed" + os.sep):
            embed.append(rel)
            continue
        if not n.endswith(COUNTED):
            others.append(rel)
            continue
        raw, z = gz(path)
        served_raw += raw
        served_gz += z
        print(f"{rel:<48}{raw:>10}{z:>10}")
ok = True
print(f"{'served build, total':<48}{served_raw:>10}{served_gz:>10}  budget {SERVED_MAX // 1000} KB: ", end="")
if served_gz == 0:
    print("MISSED (no wasm/js/css/html file)")
    ok = False
elif served_gz > SERVED_MAX:
    print(f"MISSED by {(served_gz - SERVED_MAX) / 1000:.1f} KB")
    ok = False
else:
    print(f"met ({served_gz / 1000:.1f} KB)")
if others:
    print("not counted:", ", ".join(others))
spath = os.path.join(dist, single)
if os.path.isfile(spath):
    raw, z = gz(spath)
    verdict = f"met ({z / 1000:.1f} KB)" if z <= SINGLE_MAX else f"MISSED by {(z - SINGLE_MAX) / 1000:.1f} KB"
    ok &= z <= SINGLE_MAX
    print(f"{single + ' (single file)':<48}{raw:>10}{z:>10}  budget {SINGLE_MAX // 1000} KB: {verdict}")
else:
    print(f"{single}: missing (the single-file page is part of the release build)")
    ok = False
if embed:
    pair = [r for r in embed if r != os.path.join("embed", "chugiai-embed.js")]
    raw = z = 0
    for rel in pair:
        r, g = gz(os.path.join(dist, rel))
        raw += r
        z += g
        print(f"{rel:<48}{r:>10}{g:>10}")
    verdict = f"met ({z / 1000:.1f} KB)" if z <= SERVED_MAX else f"MISSED by {(z - SERVED_MAX) / 1000:.1f} KB"
    ok &= z <= SERVED_MAX
    print(f"{'embed script + wasm, total':<48}{raw:>10}{z:>10}  budget {SERVED_MAX // 1000} KB: {verdict}")
    spath = os.path.join(dist, "embed", "chugiai-embed.js")
    if os.path.isfile(spath):
        raw, z = gz(spath)
        verdict = f"met ({z / 1000:.1f} KB)" if z <= SINGLE_MAX else f"MISSED by {(z - SINGLE_MAX) / 1000:.1f} KB"
        ok &= z <= SINGLE_MAX
        print(f"{'embed/chugiai-embed.js (single script)':<48}{raw:>10}{z:>10}  budget {SINGLE_MAX // 1000} KB: {verdict}")
print("bundle budget:", "met" if ok else "MISSED")
sys.exit(0 if ok else 1)
PY
