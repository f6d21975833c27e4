#!/usr/bin/env bash
# Installs whatever is missing, then serves the page on http://127.0.0.1:8080 with the sample article preloaded
# (release build, rebuilt when a source changes). Extra arguments go to `trunk serve` (e.g. --port 9000).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/env.sh
echo "chugiai: building, then serving on http://127.0.0.1:8080 (Ctrl+C to stop)" >&2
exec trunk serve --release "$@"
