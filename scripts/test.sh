#!/usr/bin/env bash
# Installs whatever is missing, then runs every check and test:
#   format, clippy (native and wasm32), native tests of the workspace, `trunk build --release` (dist/ and the
#   single file dist/chugiai.html), the bundle budget (scripts/bench-bundle-size.sh), browser tests of the components (wasm-bindgen-test in headless Chromium),
#   end-to-end tests of the built page over http and of the single file over file:// (node --test).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
step() { printf '\n==> %s\n' "$1" >&2; shift; "$@"; }

step "format" cargo fmt --all --check
step "clippy" cargo clippy --workspace --all-targets -q -- -D warnings
step "clippy (wasm32)" cargo clippy -p chugiai-web --all-targets --target wasm32-unknown-unknown -q -- -D warnings
step "native tests" cargo test --workspace
step "build: trunk build --release" trunk build --release
step "bundle budget (served ≤ 400 KB, single file ≤ 550 KB, gzipped)" bash scripts/bench-bundle-size.sh dist
step "browser tests (headless Chromium)" cargo test --target wasm32-unknown-unknown -p chugiai-web
step "end-to-end tests (headless Chromium)" node --test tests/e2e/

wasm=$(ls dist/*_bg.wasm)
gz() { gzip -9 -c "$1" | wc -c; }
printf '\nsizes: wasm %s bytes (%s gzipped), glue JS %s bytes, dist/chugiai.html %s bytes (%s gzipped)\n' \
  "$(wc -c <"$wasm")" "$(gz "$wasm")" "$(cat dist/*.js | wc -c)" \
  "$(wc -c <dist/chugiai.html)" "$(gz dist/chugiai.html)" >&2
