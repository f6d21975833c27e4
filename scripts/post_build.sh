#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml): Trunk starts all the hooks of a stage at once, so the steps that read
# each other's output run here, one after the other, on the build's staging directory (TRUNK_STAGING_DIR).
#   0. scripts/glue_strings.py the glue's fast path for short strings from the wasm (all three below get it);
#   1. scripts/embed_bundle.py dist/embed/ (minified with terser) and dist/demo-host.html, from the glue as
#      wasm-bindgen wrote it (it turns the glue's exports into a classic script by their names);
#   2. scripts/minify_glue.py  the glue JS minified (terser), its hash updated in index.html;
#   3. scripts/prerender_page.py the sample's first screen, pre-rendered (static/prerender.html), in index.html;
#   4. scripts/single_file.py  dist/chugiai.html, the page as one self-contained file, from the minified glue.
set -euo pipefail
here=$(dirname "$0")
python3 "$here/glue_strings.py" "$@"
python3 "$here/embed_bundle.py" "$@"
python3 "$here/minify_glue.py" "$@"
python3 "$here/prerender_page.py" "$@"
python3 "$here/single_file.py" "$@"
