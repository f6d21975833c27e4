#!/usr/bin/env python3
"""Writes chugiai.html: the built page as one self-contained file that works opened from file:// offline.

Run by Trunk as a post_build hook (TRUNK_STAGING_DIR is the build's output before it moves to dist/), or by hand
as `scripts/single_file.py [DIR]` on a built dist/. From index.html it:
- inlines the wasm-bindgen glue JS as a module script (its snippet imports become data: URLs),
- embeds the wasm gzip-compressed, as base64, and hands the bytes to the glue's init function once the browser's
  DecompressionStream has unpacked them (base64 of the raw wasm gzips to about 1.3 times the gzipped wasm: the
  compressed bytes keep the whole file, gzipped, about 130 KB smaller),
- drops the preload links of the separate files, and any live-reload script of `trunk serve`.
A page opened from file:// cannot load module scripts or fetch the wasm (origin null); this one needs neither.
"""
import base64
import gzip
import os
import re
import sys


def data_url(mime, data):
    return "data:%s;base64,%s" % (mime, base64.b64encode(data).decode("ascii"))


def inline_wasm(wasm):
    """A JS expression: a Promise of the wasm's bytes (an ArrayBuffer), from the bytes gzipped and in base64.

    Shared with embed_bundle.py. DecompressionStream('gzip') is in every current browser (Chrome 80, Firefox 113,
    Safari 16.4); Uint8Array.fromBase64 is used where the browser has it (faster than atob and a copy loop)."""
    b64 = base64.b64encode(gzip.compress(wasm, 9, mtime=0)).decode("ascii")
    return (
        "new Response(new Blob([((s) => Uint8Array.fromBase64 ? Uint8Array.fromBase64(s)"
        " : Uint8Array.from(atob(s), (c) => c.charCodeAt(0)))(\"" + b64 + "\")]).stream()"
        ".pipeThrough(new DecompressionStream(\"gzip\"))).arrayBuffer()"
    )


def inline_snippets(js, base_dir):
    """Replaces `from './snippets/…'` (and bare `import './snippets/…'`) with data: URLs, recursively."""

    def repl(m):
        path = os.path.normpath(os.path.join(base_dir, m.group(2)))
        with open(path, encoding="utf-8") as f:
            inner = inline_snippets(f.read(), os.path.dirname(path))
        return m.group(1) + '"' + data_url("text/javascript", inner.encode("utf-8")) + '"'

    return re.sub(r"""((?:\bfrom|\bimport)\s*)['"](\.{1,2}/[^'"]+)['"]""", repl, js)


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", "dist")
    index = os.path.join(out_dir, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()

    # Trunk's loader: <script type="module" …> import init, * as bindings from '/NAME-HASH.js';
    #                 const wasm = await init({ module_or_path: '/NAME-HASH_bg.wasm' }); … </script>
    loader = re.search(r"<script\b[^>]*>(?:(?!</script>).)*?from\s*['\"]([^'\"]+\.js)['\"](?:(?!</script>).)*?"
                       r"module_or_path:\s*['\"]([^'\"]+\.wasm)['\"](?:(?!</script>).)*?</script>", html, re.S)
    if not loader:
        sys.exit("single_file.py: no Trunk loader script found in %s" % index)
    js_name = os.path.basename(loader.group(1))
    wasm_name = os.path.basename(loader.group(2))
    with open(os.path.join(out_dir, js_name), encoding="utf-8") as f:
        glue = inline_snippets(f.read(), out_dir)
    with open(os.path.join(out_dir, wasm_name), "rb") as f:
        wasm = f.read()

    # The glue ends with `export { initSync, __wbg_init as default };` (or `export default __wbg_init;`): find
    # the init function's name and call it below; the exports themselves are harmless in an inline module.
    # Names added here start with __chugiai_ so as not to clash with the glue's own top-level names.
    names = re.findall(r"\bexport\s*\{[^}]*?\b([A-Za-z_$][\w$]*)\s+as\s+default\b", glue)
    names += re.findall(r"\bexport\s+default\s+([A-Za-z_$][\w$]*)\s*;", glue)
    if len(names) != 1:
        sys.exit("single_file.py: expected one default export in %s, found %r" % (js_name, names))
    script = (
        "<script type=\"module\">\n" + glue.replace("</script", "<\\/script")
        + "\nconst __chugiai_wasm = await " + inline_wasm(wasm) + ";\n"
        + "const __chugiai_exports = await " + names[0] + "({ module_or_path: __chugiai_wasm });\n"
        + "dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", { detail: { wasm: __chugiai_exports } }));\n"
        + "</script>"
    )

    page = html[: loader.start()] + script + html[loader.end():]
    # Preload links of the separate glue/wasm files.
    page = re.sub(r"<link\b[^>]*\brel=\"?(?:modulepreload|preload)\b[^>]*>\s*", "", page)
    # `trunk serve` live reload (a websocket back to the dev server): meaningless in a saved file.
    page = re.sub(r"<script\b[^>]*>(?:(?!</script>).)*?__TRUNK_ADDRESS__(?:(?!</script>).)*?</script>", "",
                  page, flags=re.S)
    if re.search(r"(?:src|href)=\"?[^\"> ]+\.(?:js|wasm|css)\b", page):
        sys.exit("single_file.py: chugiai.html still refers to a separate file")
    with open(os.path.join(out_dir, "chugiai.html"), "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main()
