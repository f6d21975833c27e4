#!/usr/bin/env python3
"""Gives the wasm-bindgen glue a fast path for the short strings the wasm hands to the browser.

Run first by scripts/post_build.sh (Trunk's post_build hook; TRUNK_STAGING_DIR is the build's output), so the
page, the embed scripts and the single file all have it; or by hand as `scripts/glue_strings.py [DIR]`.

Every string from the wasm (a tag or attribute name, an attribute value, a text) goes through the glue's
`getStringFromWasm0`, which calls `TextDecoder.decode`. That call costs about the same for 5 bytes as for
500: rendering the highlights of a 1 MiB article sets about 100,000 attributes (class, data-s, data-e,
title, ...), so 200,000 strings, and decoding them took 0.8 s of the page's main thread (Chromium CPU profile,
2026-11-29, docs/performance.md). Strings of up to 64 bytes are now decoded by a loop in JavaScript (the
wasm's strings are valid UTF-8: one-, two- and three-byte sequences are read directly; a four-byte one goes
to TextDecoder); longer ones go to TextDecoder as before.

The glue is wasm-bindgen's (the version pinned in Cargo.lock). If its `getStringFromWasm0` is not the one
this script knows, the build fails here, so an upgrade cannot drop the fast path silently. Trunk has put the
glue's sha384 in index.html (`integrity=`): it is replaced with the patched glue's.
"""
import base64
import hashlib
import os
import re
import sys

ORIGINAL = """function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}"""

PATCHED = """function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    // chugiai (scripts/glue_strings.py): short strings without TextDecoder, whose cost per call dominates them.
    if (len <= 64) {
        const m = getUint8ArrayMemory0();
        let s = "";
        for (let i = ptr, end = ptr + len; i < end; i++) {
            const b = m[i];
            if (b < 0x80) s += String.fromCharCode(b);
            else if (b < 0xe0) s += String.fromCharCode(((b & 0x1f) << 6) | (m[++i] & 0x3f));
            else if (b < 0xf0) s += String.fromCharCode(((b & 0x0f) << 12) | ((m[++i] & 0x3f) << 6) | (m[++i] & 0x3f));
            else return decodeText(m.subarray(ptr, ptr + len));
        }
        return s;
    }
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}"""


def sri(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", "dist")
    wasm_names = [n for n in os.listdir(out_dir) if n.endswith("_bg.wasm")]
    if len(wasm_names) != 1:
        sys.exit("glue_strings.py: expected one _bg.wasm in %s, found %r" % (out_dir, wasm_names))
    glue = os.path.join(out_dir, wasm_names[0][: -len("_bg.wasm")] + ".js")
    with open(glue, "rb") as f:
        before = f.read()
    text = before.decode("utf-8")
    if PATCHED in text:
        return
    if text.count(ORIGINAL) != 1:
        sys.exit("glue_strings.py: %s has no getStringFromWasm0 of the known form (wasm-bindgen upgraded?)" % glue)
    after = text.replace(ORIGINAL, PATCHED).encode("utf-8")
    with open(glue, "wb") as f:
        f.write(after)
    index = os.path.join(out_dir, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()
    old = sri(before)
    if old in html:
        html = html.replace(old, sri(after))
    elif re.search(r"integrity=", html):
        sys.exit("glue_strings.py: index.html has an integrity hash, but not the glue's")
    with open(index, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
