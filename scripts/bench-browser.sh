#!/usr/bin/env bash
# Browser timings in headless Chromium on localhost: bench/browser.mjs against the release build in dist/
# (from `trunk build --release`), plus the engine alone as a bare wasm module (bench/wasm-engine, built here
# with the page's release profile). Prints medians and budgets; exits 1 when a budget is missed, 2 when
# something could not be measured.
# usage: scripts/bench-browser.sh [--loads N] [--json FILE]
#   DIST=dir     the built page (default dist)      GOLD=dir   the articles (default ../shared/gold)
#   CHROMIUM=path the browser (default /usr/bin/chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${DIST:-dist}
if [[ ! -f $dist/index.html ]]; then
  echo "bench-browser: no $dist/index.html; build the page first (trunk build --release)" >&2
  exit 2
fi
if ! node -e 'require.resolve("playwright-core")' 2>/dev/null; then
  npm ci --no-audit --no-fund --loglevel=error
fi
target=${CARGO_TARGET_DIR:-target}
cargo build -q --release --target wasm32-unknown-unknown --manifest-path bench/wasm-engine/Cargo.toml \
  --target-dir "$target"
engine=$target/wasm32-unknown-unknown/release/chugiai_wasm_engine.wasm
if [[ -x node_modules/.bin/wasm-opt ]]; then # the page's wasm goes through wasm-opt -Oz too
  node_modules/.bin/wasm-opt -Oz "$engine" -o "$target/chugiai_wasm_engine.opt.wasm"
  engine=$target/chugiai_wasm_engine.opt.wasm
fi
exec node bench/browser.mjs --dist "$dist" --engine "$engine" --gold "${GOLD:-../shared/gold}" "$@"
