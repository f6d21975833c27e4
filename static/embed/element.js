// The <chu-giai> element and window.chugiai, appended by scripts/embed_bundle.py to the wasm-bindgen glue
// inside one classic script (no eval, no inline style, no request but the wasm next to the script).
// In scope here: __chugiai_start() (starts the wasm module, once), __CHUGIAI_APP_CSS (static/style.css), and
// the glue's exports annotateJson(text), renderApp(container, …) and destroyApp(id) (src/embed.rs).

// What an embedded app needs besides the page's stylesheet: its own fonts and colours (nothing inherited from
// the host page: `all: initial`), no full-viewport height.
const EMBED_CSS = `
:host { display: block; }
:host([hidden]) { display: none; }
.chugiai-root {
  all: initial; display: block;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  text-align: start; overflow-wrap: break-word;
}
.chugiai-root .app { min-height: 0; border-radius: 6px; }
.chugiai-root .app header h1 { font-size: 1.1rem; margin: 0; }
`;

let appSheet = null;
/** The app's stylesheet in `root` (a shadow root) only: constructable, adopted, once per root. */
function adoptAppStyle(root) {
  if (!appSheet) {
    appSheet = new CSSStyleSheet();
    appSheet.replaceSync(__CHUGIAI_APP_CSS + EMBED_CSS);
  }
  if (!root.adoptedStyleSheets.includes(appSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, appSheet];
}

/**
 * The app in `element`'s shadow root (made open if it has none), styled there only. Options: { text, labels
 * ("PERSON,LOCATION" or an array), directives (false: not marked), theme, lang, readOnly }. Returns { unmount() }.
 */
function mountApp(element, options = {}) {
  const root = element.shadowRoot || element.attachShadow({ mode: 'open' });
  adoptAppStyle(root);
  const container = document.createElement('div');
  container.className = 'chugiai-root';
  container.setAttribute('part', 'root');
  root.append(container);
  const labels = Array.isArray(options.labels) ? options.labels.join(',') : String(options.labels || '');
  const id = renderApp(container, String(options.text ?? ''), labels, options.directives !== false,
    String(options.theme || 'auto'), String(options.lang || 'vi'), Boolean(options.readOnly));
  return {
    unmount() {
      destroyApp(id);
      container.remove();
    },
  };
}

const LABEL_NAMES = {
  vi: { PERSON: 'Người', POSITION: 'Chức vụ', ORGANIZATION: 'Tổ chức', LOCATION: 'Địa danh', DATE: 'Thời gian',
    DOCUMENT: 'Văn bản', EVENT: 'Sự kiện', MISC: 'Khác', DIRECTIVE: 'Chỉ đạo' },
  en: { PERSON: 'Person', POSITION: 'Position', ORGANIZATION: 'Organisation', LOCATION: 'Location',
    DATE: 'Date', DOCUMENT: 'Document', EVENT: 'Event', MISC: 'Other', DIRECTIVE: 'Directive' },
};

// Styles of the in-place overlay (for=…), adopted by each element's shadow root only.
const OVERLAY_CSS = `
:host { display: block; contain: style; }
:host([hidden]) { display: none; }
.bar { all: initial; display: flex; flex-wrap: wrap; gap: .3rem .5rem; align-items: center; margin: .5rem 0;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  color: #1f2937; }
.bar .name { font-weight: 600; margin-right: .25rem; }
.bar button { all: initial; cursor: pointer; font: inherit; color: inherit; padding: .05rem .5rem;
  border-radius: 999px; border: 1px solid #d1d5db; background: #f9fafb; }
.bar button[aria-pressed="false"] { opacity: .45; text-decoration: line-through; }
.bar button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.layer { position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible; pointer-events: none; }
.hl { position: absolute; display: block; pointer-events: none; mix-blend-mode: multiply; border-radius: 2px;
  border-bottom: 2px solid transparent; opacity: .55; }
.hl.directive { opacity: 1; mix-blend-mode: normal; background: transparent; height: 0 !important;
  border-bottom: 2px dashed #dc2626; }
.hidden-label .hl { display: none; }
.hl[data-label="PERSON"], .bar [data-label="PERSON"] { background: #fde68a; border-bottom-color: #b45309; }
.hl[data-label="POSITION"], .bar [data-label="POSITION"] { background: #fbcfe8; border-bottom-color: #be185d; }
.hl[data-label="ORGANIZATION"], .bar [data-label="ORGANIZATION"] { background: #bfdbfe; border-bottom-color: #1d4ed8; }
.hl[data-label="LOCATION"], .bar [data-label="LOCATION"] { background: #bbf7d0; border-bottom-color: #15803d; }
.hl[data-label="DATE"], .bar [data-label="DATE"] { background: #e9d5ff; border-bottom-color: #7e22ce; }
.hl[data-label="DOCUMENT"], .bar [data-label="DOCUMENT"] { background: #fed7aa; border-bottom-color: #c2410c; }
.hl[data-label="EVENT"], .bar [data-label="EVENT"] { background: #a5f3fc; border-bottom-color: #0e7490; }
.hl[data-label="MISC"], .bar [data-label="MISC"] { background: #e5e7eb; border-bottom-color: #4b5563; }
.bar button[data-label] { border-color: transparent; }
:host([theme="dark"]) .bar { color: #e5e7eb; }
:host([theme="dark"]) .bar button:not([data-label]) { background: #1f2937; border-color: #374151; }
:host([theme="dark"]) .hl { mix-blend-mode: screen; opacity: .35; }
`;

let overlaySheet = null;
function adoptOverlayStyle(root) {
  if (!overlaySheet) {
    overlaySheet = new CSSStyleSheet();
    overlaySheet.replaceSync(OVERLAY_CSS);
  }
  if (!root.adoptedStyleSheets.includes(overlaySheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, overlaySheet];
}

const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|IFRAME|OBJECT|SVG|CANVAS|CHU-GIAI|BUTTON|SELECT|TEXTAREA)$/;
const BLOCK = /^(P|DIV|H[1-6]|LI|UL|OL|BLOCKQUOTE|SECTION|ARTICLE|HEADER|FOOTER|FIGURE|FIGCAPTION|TABLE|TR|TD|TH|BR|PRE|ASIDE|NAV|DL|DT|DD|HR|MAIN|ADDRESS)$/;

/**
 * The text of an element as the engine reads it: white space collapsed, a line break between blocks; and,
 * for every text node, where each of its code points went (code point offset in the text → UTF-16 offset in
 * the node), so that spans of the annotation can be drawn over the element's own text.
 */
function readText(root) {
  let text = '';
  let cps = 0;
  const segs = [];
  const brk = () => {
    if (text !== '' && !text.endsWith('\n')) {
      if (text.endsWith(' ')) { text = text.slice(0, -1); cps -= 1; fixLast(); }
      text += '\n';
      cps += 1;
    }
  };
  // A trailing space removed before a break belongs to no code point any more.
  const fixLast = () => {
    const s = segs[segs.length - 1];
    if (s && s.start + s.offs.length - 1 > cps) s.offs.length = cps - s.start + 1;
  };
  const walk = (node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === Node.TEXT_NODE) {
        const data = c.data;
        const offs = []; // offs[i] = UTF-16 offset of the node's i-th kept code point; one more at the end
        let out = '';
        let i = 0;
        while (i < data.length) {
          const cp = data.codePointAt(i);
          const len = cp > 0xffff ? 2 : 1;
          const ch = data.slice(i, i + len);
          if (/\s/.test(ch)) {
            const prev = out !== '' ? out[out.length - 1] : text[text.length - 1];
            if (prev !== undefined && prev !== ' ' && prev !== '\n') { offs.push(i); out += ' '; }
          } else {
            offs.push(i);
            out += ch;
          }
          i += len;
        }
        offs.push(data.length);
        if (out !== '') {
          segs.push({ node: c, start: cps, offs });
          text += out;
          cps += offs.length - 1;
        }
      } else if (c.nodeType === Node.ELEMENT_NODE) {
        if (SKIP.test(c.tagName) || c.hidden || c.getAttribute('aria-hidden') === 'true') continue;
        const block = BLOCK.test(c.tagName);
        if (block) brk();
        walk(c);
        if (block) brk();
      }
    }
  };
  walk(root);
  if (text.endsWith(' ') || text.endsWith('\n')) { text = text.slice(0, -1); cps -= 1; fixLast(); }
  return { text, segs };
}

/** The DOM position of code point `cp` of readText's text (`end`: just after code point cp - 1). */
function position(segs, cp, end) {
  let lo = 0;
  let hi = segs.length - 1;
  const at = end ? cp - 1 : cp;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].start <= at) lo = mid; else hi = mid - 1;
  }
  const s = segs[lo];
  if (!s) return null;
  let k = at - s.start;
  if (k < 0) k = 0; // in a line break between blocks: the start of the next text
  if (k > s.offs.length - 2) k = s.offs.length - 2;
  if (end) return [s.node, s.offs[k + 1]];
  return [s.node, s.offs[k]];
}

/** Plain text of an element's own content: white space collapsed, blank lines kept as paragraph breaks. */
function ownText(el) {
  return el.textContent.split(/\n[ \t\r\f]*\n\s*/).map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '').join('\n');
}

let started = null;
function ready() {
  if (!started) started = __chugiai_start().then(() => api);
  return started;
}

const domReady = () => new Promise((ok) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => ok(), { once: true });
  else ok();
});

/** Annotates in place: highlights drawn over `target`'s own text, in `host`'s shadow root. */
class Overlay {
  constructor(host, target, options) {
    this.host = host;
    this.target = target;
    this.options = options;
    this.root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    adoptOverlayStyle(this.root);
    this.box = document.createElement('div');
    this.box.className = 'overlay';
    this.box.setAttribute('part', 'overlay');
    this.bar = document.createElement('div');
    this.bar.className = 'bar';
    this.layer = document.createElement('div');
    this.layer.className = 'layer';
    this.box.append(this.bar, this.layer);
    this.root.append(this.box);
    this.hidden = new Set();
    this.showDirectives = options.directives !== false;
    const lang = String(options.lang || 'vi').toLowerCase().startsWith('en') ? 'en' : 'vi';
    this.names = LABEL_NAMES[lang];
    if (options.labels) {
      const shown = new Set(String(options.labels).toUpperCase().split(/[\s,]+/).filter(Boolean));
      for (const l of Object.keys(LABEL_NAMES.en)) if (l !== 'DIRECTIVE' && !shown.has(l)) this.hidden.add(l);
    }
    this.update();
    this.frame = 0;
    this.redraw = () => {
      if (!this.frame) this.frame = requestAnimationFrame(() => { this.frame = 0; this.draw(); });
    };
    this.resize = new ResizeObserver(this.redraw);
    this.resize.observe(target);
    this.resize.observe(document.documentElement);
    this.mutate = new MutationObserver(() => { this.update(); this.redraw(); });
    this.mutate.observe(target, { childList: true, subtree: true, characterData: true });
    addEventListener('resize', this.redraw);
    if (document.fonts) document.fonts.ready.then(this.redraw);
  }

  update() {
    const { text, segs } = readText(this.target);
    this.segs = segs;
    this.annotation = JSON.parse(annotateJson(text));
    this.drawBar();
    this.draw();
  }

  drawBar() {
    const counts = {};
    for (const e of this.annotation.entities) counts[e.label] = (counts[e.label] || 0) + 1;
    const bar = this.bar;
    bar.replaceChildren();
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = 'chugiai';
    bar.append(name);
    const toggle = (key, label, n) => {
      const b = document.createElement('button');
      b.type = 'button';
      if (key !== 'DIRECTIVE') b.dataset.label = key;
      b.dataset.key = key;
      b.dataset.count = String(n);
      const on = key === 'DIRECTIVE' ? this.showDirectives : !this.hidden.has(key);
      b.setAttribute('aria-pressed', String(on));
      b.textContent = `${label} ${n}`;
      b.addEventListener('click', () => {
        if (key === 'DIRECTIVE') this.showDirectives = !this.showDirectives;
        else if (this.hidden.has(key)) this.hidden.delete(key);
        else this.hidden.add(key);
        this.drawBar();
        this.draw();
      });
      bar.append(b);
    };
    for (const key of Object.keys(LABEL_NAMES.en)) {
      if (key === 'DIRECTIVE') toggle(key, this.names[key], this.annotation.directives.length);
      else if (counts[key]) toggle(key, this.names[key], counts[key]);
    }
  }

  /** One absolutely placed box per line of each span, over the target's text (which stays as it was). */
  draw() {
    const layer = this.layer;
    const origin = layer.getBoundingClientRect();
    const boxes = [];
    const range = document.createRange();
    const place = (start, end, make, underline) => {
      const a = position(this.segs, start, false);
      const b = position(this.segs, end, true);
      if (!a || !b) return;
      try {
        range.setStart(a[0], a[1]);
        range.setEnd(b[0], b[1]);
      } catch (_) {
        return;
      }
      for (const r of range.getClientRects()) {
        if (r.width < 1 || r.height < 1) continue;
        const el = make();
        el.style.left = `${r.left - origin.left}px`;
        el.style.top = `${(underline ? r.bottom : r.top) - origin.top}px`;
        el.style.width = `${r.width}px`;
        el.style.height = `${r.height}px`;
        boxes.push(el);
      }
    };
    for (const e of this.annotation.entities) {
      if (this.hidden.has(e.label)) continue;
      place(e.start, e.end, () => {
        const m = document.createElement('mark');
        m.className = 'hl';
        m.dataset.label = e.label;
        m.dataset.start = String(e.start);
        m.title = `${this.names[e.label] || e.label}: ${e.text}`;
        return m;
      });
    }
    if (this.showDirectives) {
      for (const d of this.annotation.directives) {
        place(d.start, d.end, () => {
          const m = document.createElement('span');
          m.className = 'hl directive';
          m.dataset.directive = d.strength || '';
          return m;
        }, true);
      }
    }
    layer.replaceChildren(...boxes);
  }

  unmount() {
    this.resize.disconnect();
    this.mutate.disconnect();
    removeEventListener('resize', this.redraw);
    this.box.remove();
  }
}

function optionsOf(el) {
  return {
    text: undefined,
    labels: el.getAttribute('labels') || undefined,
    directives: el.getAttribute('directives') !== 'off',
    theme: el.getAttribute('theme') || undefined,
    lang: el.getAttribute('lang') || undefined,
    readOnly: el.hasAttribute('readonly'),
  };
}

class ChuGiai extends HTMLElement {
  static get observedAttributes() { return ['for', 'labels', 'theme', 'lang', 'readonly', 'directives']; }

  connectedCallback() {
    if (this._mounted || this._pending) return;
    this._pending = Promise.all([ready(), domReady()]).then(() => {
      this._pending = null;
      if (this.isConnected) this._mount();
    }).catch((e) => {
      this._pending = null;
      this.setAttribute('data-error', String(e && e.message || e));
      console.error('chugiai:', e);
    });
  }

  disconnectedCallback() {
    if (this._mounted) { this._mounted.unmount(); this._mounted = null; }
  }

  attributeChangedCallback() {
    if (this._mounted) { this._mounted.unmount(); this._mounted = null; this._mount(); }
  }

  _mount() {
    const options = optionsOf(this);
    const selector = this.getAttribute('for');
    if (selector) {
      const target = document.querySelector(selector);
      if (!target) throw new Error(`chugiai: no element matches for="${selector}"`);
      this._mounted = new Overlay(this, target, options);
    } else {
      options.text = ownText(this);
      this._mounted = mountApp(this, options);
    }
    this.setAttribute('data-ready', '');
    this.dispatchEvent(new CustomEvent('chugiai-ready', { bubbles: true }));
  }
}

const api = {
  /** Resolves (to this object) when the wasm module has started. */
  get ready() { return ready(); },
  /** The annotation of `text` (annotation-format.md: { text, entities, directives }), no interface. */
  annotate: (text) => ready().then(() => JSON.parse(annotateJson(String(text ?? '')))),
  /**
   * The app in `element`'s shadow root; options { text, labels, directives, theme, lang, readOnly }, or
   * { for: element-or-selector } to highlight that element's own text in place. Resolves to { unmount() }.
   */
  mount: (element, options = {}) => ready().then(() => {
    if (options.for) {
      const target = typeof options.for === 'string' ? document.querySelector(options.for) : options.for;
      if (!target) throw new Error('chugiai: mount: no target element for in-place annotation');
      return new Overlay(element, target, options);
    }
    return mountApp(element, options);
  }),
};

if (!window.chugiai) window.chugiai = api;
if (!customElements.get('chu-giai')) customElements.define('chu-giai', ChuGiai);
