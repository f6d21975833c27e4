#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test chugiai, from the package registries only.
# Idempotent: each step is skipped when its tool is already there at the right version.
#   - Rust target wasm32-unknown-unknown (rustup)
#   - Trunk 0.21.14 (cargo install --locked; about 13 min the first time on 2 cores)
#   - wasm-bindgen CLI + wasm-bindgen-test-runner at the exact wasm-bindgen version of Cargo.lock (about 3 min)
#   - wasm-opt (npm package binaryen), terser and playwright-core (npm ci, into node_modules/)
#   - Chromium and chromedriver (apt), for the browser and end-to-end tests
#   - every crate (cargo fetch), since Trunk builds offline
# Needs: rustup/cargo, Node >= 20 with npm, python3; apt-get (as root or with sudo) if Chromium is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
say() { printf '[setup] %s\n' "$*" >&2; }
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

TRUNK_VERSION=0.21.14
WB_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
[ -n "$WB_VERSION" ] || { say "no wasm-bindgen in Cargo.lock"; exit 1; }
grep -q "^wasm_bindgen = \"$WB_VERSION\"" Trunk.toml || {
  say "Trunk.toml [tools] wasm_bindgen must equal Cargo.lock's wasm-bindgen $WB_VERSION"
  exit 1
}

command -v cargo >/dev/null || { say "needs Rust: install rustup first"; exit 1; }

rustup target list --installed | grep -qx wasm32-unknown-unknown \
  || { say "adding the wasm32-unknown-unknown target"; rustup target add wasm32-unknown-unknown; }

[ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ] \
  || { say "installing Trunk $TRUNK_VERSION (about 13 min on 2 cores)"; cargo install --locked "trunk@$TRUNK_VERSION"; }

# No --locked: wasm-bindgen-cli's own lock file wants a crate version the registry lacks.
{ [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WB_VERSION" ] \
    && [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" = "wasm-bindgen-test-runner $WB_VERSION" ]; } \
  || { say "installing wasm-bindgen-cli $WB_VERSION (about 3 min)"; cargo install --force wasm-bindgen-cli --version "$WB_VERSION"; }

if ! command -v npm >/dev/null; then
  say "installing Node.js and npm (apt)"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends nodejs npm
fi
node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' \
  || { say "needs Node >= 20 (playwright-core), found $(node --version)"; exit 1; }
# node_modules must hold exactly the versions of package.json.
node -e '
  const want = require("./package.json").devDependencies;
  for (const [name, v] of Object.entries(want)) {
    try { if (require(`./node_modules/${name}/package.json`).version !== v) process.exit(1); }
    catch { process.exit(1); }
  }' 2>/dev/null || { say "npm ci (binaryen, terser, playwright-core)"; npm ci --no-audit --no-fund --loglevel=error; }
wasm-opt --version | grep -q "version 132" || { say "wasm-opt is not binaryen 132: $(command -v wasm-opt)"; exit 1; }

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Chromium and chromedriver (apt)"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver
fi

cargo fetch --locked -q
say "ready: trunk $TRUNK_VERSION, wasm-bindgen $WB_VERSION, $(wasm-opt --version), $(chromium --version 2>/dev/null)"
