#!/usr/bin/env python3
"""Minifies the wasm-bindgen glue JS of the build with terser (npm, node_modules/.bin/terser).

Run by scripts/post_build.sh, Trunk's post_build hook (TRUNK_STAGING_DIR is the build's output before it moves to dist/),
or by hand as `scripts/minify_glue.py [DIR]` on a built dist/. Trunk's own `minify` handles the HTML and the
inlined CSS but leaves the glue as wasm-bindgen wrote it (57 KB, 10.1 KB gzipped); terser makes it about 25 KB,
7.5 KB gzipped. The glue's exports keep their names (it is minified as a module). Trunk has already put the
glue's sha384 in index.html (`integrity=` of its modulepreload link), so the hash is replaced there too.
The single file (the next step) is made from the minified glue; the embed scripts (the step before) minify
their own.
"""
import os
import subprocess
import sys

import glue_file

ROOT = os.environ.get("TRUNK_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", "dist")
    terser = os.path.join(ROOT, "node_modules", ".bin", "terser")
    if not os.path.exists(terser):
        sys.exit("minify_glue.py: no node_modules/.bin/terser: run scripts/setup.sh (npm ci) first")
    glue = glue_file.path(out_dir, "minify_glue.py")
    with open(glue, "rb") as f:
        before = f.read()
    subprocess.run([terser, glue, "--module", "--ecma", "2020", "--compress", "--mangle", "-o", glue + ".min"],
                   check=True)
    with open(glue + ".min", "rb") as f:
        after = f.read()
    os.remove(glue + ".min")
    glue_file.replace(out_dir, "minify_glue.py", glue, before, after)


if __name__ == "__main__":
    main()
