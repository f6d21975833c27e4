#!/usr/bin/env python3
"""Writes the embed scripts of chugiai (the <chu-giai> element and window.chugiai) from the built wasm.

Run by Trunk as a post_build hook after single_file.py (TRUNK_STAGING_DIR is the build's output before it moves
to dist/), or by hand as `scripts/embed_bundle.py [DIR]` on a built dist/. It writes:
- DIR/embed/chugiai.js + DIR/embed/chugiai_bg.wasm: a classic script and the wasm it fetches from next to
  itself (found through document.currentScript);
- DIR/embed/chugiai-embed.js: the same script with the wasm inlined (gzipped, base64): one self-contained file;
- DIR/demo-host.html: the demo host page (static/demo-host.html), a news article page embedding the element.
Each script is the wasm-bindgen glue made a classic script (its exports and import.meta removed, all inside
one function scope), then static/style.css as a string (adopted by each element's shadow root only), then
static/embed/element.js, minified by terser (scripts/post_build.sh runs this before the glue itself is minified). Nothing in them uses eval; the wasm needs 'wasm-unsafe-eval' under a CSP.
"""
import json
import os
import re
import shutil
import subprocess
import sys

import glue_file
from single_file import inline_wasm  # the wasm gzipped in base64, unpacked by the browser

ROOT = os.environ.get("TRUNK_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fail(msg):
    sys.exit("embed_bundle.py: " + msg)


def classic(glue):
    """The ES-module glue as statements for a function body: no export, no import, no import.meta."""
    if re.search(r"^\s*import\b", glue, re.M):
        fail("the glue imports other files (snippets); the embed scripts cannot carry them")
    glue = re.sub(r"^export\s*\{[^}]*\}\s*;?\s*$", "", glue, flags=re.M)
    glue = re.sub(r"^export\s+default\s+[A-Za-z_$][\w$]*\s*;?\s*$", "", glue, flags=re.M)
    glue = re.sub(r"^export\s+(?=(?:async\s+)?function\b|class\b|const\b|let\b|var\b)", "", glue, flags=re.M)
    glue = glue.replace("import.meta.url", "__chugiai_base")
    if re.search(r"\bexport\b\s*[{*]|^export\b|import\.meta|\beval\s*\(|new\s+Function\b", glue, re.M):
        fail("the glue still has an export, import.meta or eval")
    return glue


def minify(code, path):
    """`code` minified by terser (node_modules/.bin/terser) as a classic script; `path` is a scratch file."""
    terser = os.path.join(ROOT, "node_modules", ".bin", "terser")
    if not os.path.exists(terser):
        fail("no node_modules/.bin/terser: run scripts/setup.sh (npm ci) first")
    with open(path, "w", encoding="utf-8") as f:
        f.write(code)
    subprocess.run([terser, path, "--ecma", "2020", "--compress", "--mangle", "--comments", "/^ chugiai embed/",
                    "-o", path], check=True)
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", "dist")
    glue_path = glue_file.path(out_dir, "embed_bundle.py")
    with open(glue_path, encoding="utf-8") as f:
        glue = classic(f.read())
    with open(glue_path[: -len(".js")] + "_bg.wasm", "rb") as f:
        wasm = f.read()
    with open(os.path.join(ROOT, "static", "style.css"), encoding="utf-8") as f:
        css = f.read()
    with open(os.path.join(ROOT, "static", "embed", "element.js"), encoding="utf-8") as f:
        element = f.read()
    # The glue names its init function __wbg_init (export { initSync, __wbg_init as default }).
    if not re.search(r"\b(?:async\s+)?function\s+__wbg_init\b", glue):
        fail("no __wbg_init in the glue")

    def script(source):
        return (
            "/* chugiai embed: <chu-giai> and window.chugiai (README: Embed in your CMS). MIT. */\n"
            "(function () {\n'use strict';\n"
            "if (window.chugiai && customElements.get('chu-giai')) return;\n"
            "const __chugiai_base = (document.currentScript && document.currentScript.src) || location.href;\n"
            + glue
            + "\nconst __CHUGIAI_APP_CSS = " + json.dumps(css, ensure_ascii=False) + ";\n"
            + "let __chugiai_started = null;\n"
            + "function __chugiai_start() {\n"
            + "  if (!__chugiai_started) {\n"
            + "    // The page's main() runs on start too: this tells it the document is not ours (src/embed.rs).\n"
            + "    globalThis.__chugiaiEmbed = true;\n"
            + "    __chugiai_started = __wbg_init({ module_or_path: " + source + " });\n"
            + "  }\n"
            + "  return __chugiai_started;\n"
            + "}\n"
            + element
            + "\n})();\n"
        )

    embed = os.path.join(out_dir, "embed")
    os.makedirs(embed, exist_ok=True)
    with open(os.path.join(embed, "chugiai_bg.wasm"), "wb") as f:
        f.write(wasm)
    # One script minified (terser, as a classic script); the wasm's source goes in after, as a function of the
    # script's base URL in place of a placeholder name (terser leaves a global name alone, and renames the
    # script's own), so terser never reads the inlined wasm.
    placeholder = "__CHUGIAI_WASM_SOURCE__"
    code = minify(script(placeholder + "(__chugiai_base)"), os.path.join(embed, "chugiai.js"))
    if code.count(placeholder) != 1:
        fail("the minified script lost the wasm source placeholder")
    with open(os.path.join(embed, "chugiai.js"), "w", encoding="utf-8") as f:
        f.write(code.replace(placeholder, "((base) => new URL('chugiai_bg.wasm', base))"))
    with open(os.path.join(embed, "chugiai-embed.js"), "w", encoding="utf-8") as f:
        f.write(code.replace(placeholder, "(() => " + inline_wasm(wasm) + ")"))
    shutil.copyfile(os.path.join(ROOT, "static", "demo-host.html"), os.path.join(out_dir, "demo-host.html"))


if __name__ == "__main__":
    main()
