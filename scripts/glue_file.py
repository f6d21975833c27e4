"""The wasm-bindgen glue JS of a build, for the post-build steps that rewrite it (scripts/glue_strings.py,
scripts/minify_glue.py): where it is, and how to replace it while keeping index.html's integrity hash of it
(Trunk puts the glue's sha384 in index.html, `integrity=` of its modulepreload link)."""
import base64
import hashlib
import os
import re
import sys


def sri(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")


def path(out_dir, step):
    """The glue JS next to the build's one `_bg.wasm` in `out_dir`; `step` names the caller in errors."""
    wasm_names = [n for n in os.listdir(out_dir) if n.endswith("_bg.wasm")]
    if len(wasm_names) != 1:
        sys.exit("%s: expected one _bg.wasm in %s, found %r" % (step, out_dir, wasm_names))
    return os.path.join(out_dir, wasm_names[0][: -len("_bg.wasm")] + ".js")


def replace(out_dir, step, glue, before, after):
    """Writes `after` (bytes) as the glue, which held `before`, and puts its hash in index.html in place of
    the old one."""
    with open(glue, "wb") as f:
        f.write(after)
    index = os.path.join(out_dir, "index.html")
    with open(index, encoding="utf-8") as f:
        html = f.read()
    old = sri(before)
    if old in html:
        html = html.replace(old, sri(after))
    elif re.search(r"integrity=", html):
        sys.exit("%s: index.html has an integrity hash, but not the glue's" % step)
    with open(index, "w", encoding="utf-8") as f:
        f.write(html)
