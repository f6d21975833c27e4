#!/usr/bin/env python3
"""Puts the page's first screen, pre-rendered (static/prerender.html, see src/prerender.rs), in index.html.

Run by scripts/post_build.sh on the build's staging directory (TRUNK_STAGING_DIR), before the single file is
made from index.html, or by hand as `scripts/prerender_page.py [DIR]` on a built dist/. The sample then shows
highlighted as soon as the HTML is parsed; the app replaces it when its wasm has started. A line of script
before it hides it when this browser has a saved session (the app restores that one instead), so the page never
shows the sample first and then another article. Idempotent: a page that has it already is left as it is.
"""
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MARK = 'id="chugiai-prerendered"'
# The keys of src/hooks/storage.rs (KEY_BASE, KEY_SESSION); the class is hidden by static/style.css.
SAVED = (
    "<script>try{if(localStorage.getItem('chugiai.base')||localStorage.getItem('chugiai.session'))"
    "document.documentElement.classList.add('chugiai-saved')}catch(e){}</script>"
)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR", "dist")
    page = os.path.join(out, "index.html")
    with open(page, encoding="utf-8") as f:
        html = f.read()
    if MARK in html:
        return
    with open(os.path.join(ROOT, "static", "prerender.html"), encoding="utf-8") as f:
        screen = f.read().strip()
    if MARK not in screen:
        sys.exit("prerender_page: static/prerender.html does not hold the pre-rendered screen")
    at = html.find("<body>")
    if at >= 0:
        at += len("<body>")
        html = html[:at] + SAVED + screen + html[at:]
    else:
        end = html.find("</html>")
        at = end if end >= 0 else len(html)
        html = html[:at] + "<body>" + SAVED + screen + "</body>" + html[at:]
    with open(page, "w", encoding="utf-8") as f:
        f.write(html)


if __name__ == "__main__":
    main()
