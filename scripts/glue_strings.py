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
import os
import sys

import glue_file

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


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", "dist")
    glue = glue_file.path(out_dir, "glue_strings.py")
    with open(glue, "rb") as f:
        before = f.read()
    text = before.decode("utf-8")
    if PATCHED in text:
        return
    if text.count(ORIGINAL) != 1:
        sys.exit("glue_strings.py: %s has no getStringFromWasm0 of the known form (wasm-bindgen upgraded?)" % glue)
    glue_file.replace(out_dir, "glue_strings.py", glue, before, text.replace(ORIGINAL, PATCHED).encode("utf-8"))


if __name__ == "__main__":
    main()
