// Browser timings of chugiai in headless Chromium, served on localhost (see docs/performance.md).
//
//   node bench/browser.mjs --dist dist --engine PATH.wasm [--gold ../shared/gold] [--loads 7] [--json FILE]
//
// Measures, each as the median of several runs:
//   - the engine alone, in the browser: `annotate` of the sample and of 1 MiB, from the bare module built by
//     bench/wasm-engine (same release profile as the page), without any rendering: the first call, then the
//     steady state once V8's optimising tier has taken over;
//   - the page (`trunk build --release` output in --dist): navigation start to the first highlight painted
//     (the sample pre-rendered in the HTML), and to the running app's own first highlight painted (the wasm
//     run, the app's first render with the sample's stored annotation), on a cold cache (a new browser context each
//     load); the single-file page dist/chugiai.html from file://;
//   - an edit in the page: the text selected in the textarea and a `paste` event dispatched (select all,
//     paste), until the reading view shows the new text highlighted, no annotation in progress (annotate +
//     render), and until the next frame after that (first screen shown),
//     for the sample and for 1 MiB of concatenated articles;
//   - JS heap (CDP Performance.getMetrics, the largest reading taken after each step) and the wasm memory.
// Exits 1 when a budget is missed, 2 when something could not be measured.

import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { chromium } from "playwright-core";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const dist = path.resolve(args.dist ?? "dist");
const enginePath = args.engine ? path.resolve(args.engine) : null;
const goldDir = path.resolve(args.gold ?? "../shared/gold");
const loads = Number(args.loads ?? 7);
const BUDGET = { engineSampleMs: 1, firstHighlightMs: 300, bigFirstScreenMs: 1500 };
const CONCAT_BYTES = 1 << 20;

// ---- texts: the sample article and 1 MiB of the gold articles joined by blank lines (as the criterion bench)
const articles = fs
  .readdirSync(goldDir)
  .filter((n) => n.endsWith(".json"))
  .sort()
  .map((n) => ({ name: n, text: JSON.parse(fs.readFileSync(path.join(goldDir, n), "utf8")).text }));
const sample = (articles.find((a) => a.name === "seed-000.json") ?? articles[0]).text;
let big = "";
while (Buffer.byteLength(big) < CONCAT_BYTES) {
  for (const a of articles) {
    if (big) big += "\n\n";
    big += a.text;
    if (Buffer.byteLength(big) >= CONCAT_BYTES) break;
  }
}
const bigBytes = Buffer.byteLength(big);

// ---- a static server for dist/ and the engine module
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml" };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  let file;
  if (url.pathname === "/__engine.wasm" && enginePath) file = enginePath;
  else if (url.pathname === "/__blank.html") {
    res.writeHead(200, { "content-type": TYPES[".html"] });
    return res.end("<!DOCTYPE html><title>bench</title>");
  } else {
    file = path.join(dist, decodeURIComponent(url.pathname));
    if (!file.startsWith(dist)) file = null;
    else if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  }
  if (!file || !fs.existsSync(file)) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const results = {};
const problems = [];

// Records, from the very start of the document, when the first highlight enters the DOM and when the frame
// after it has been produced (requestAnimationFrame, then a task after that frame); the same for the first
// highlight of the running app. The page's HTML holds the sample pre-rendered (src/prerender.rs), so its
// first highlight comes with the HTML; the app, mounted on the body, takes its place once the wasm has run.
// Only highlights in the article count: the legend and the side pane carry data-label too.
const FIRST_HIGHLIGHT = `
  window.__bench = { firstMark: null, firstMarkFrame: null, appMark: null, appMarkFrame: null, wasm: null };
  addEventListener("TrunkApplicationStarted", (e) => { window.__bench.wasm = e.detail && e.detail.wasm; });
  new MutationObserver((_, obs) => {
    const b = window.__bench;
    const frameAfter = (key) => requestAnimationFrame(() => setTimeout(() => {
      b[key] = performance.now();
      if (b.firstMarkFrame !== null && b.appMarkFrame !== null) console.debug("__bench:first-highlight");
    }, 0));
    if (b.firstMark === null && document.querySelector(".reading-view mark[data-label], .reading-view [data-directive]")) {
      b.firstMark = performance.now();
      frameAfter("firstMarkFrame");
    }
    if (b.appMark === null && document.querySelector("body > .app .reading-view mark[data-label]")) {
      b.appMark = performance.now();
      obs.disconnect();
      frameAfter("appMarkFrame");
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function firstHighlight(url) {
  const context = await browser.newContext(); // empty cache: a first visit
  await context.addInitScript(FIRST_HIGHLIGHT);
  const page = await context.newPage();
  // Nothing of Playwright's runs in the page until the highlight is painted: waitForFunction (or any evaluate)
  // first injects Playwright's own script, whose compilation (30-40 ms in traces) landed in the middle of the
  // page's start-up and was counted as the page's. The init script says when it is done on the console.
  const done = page.waitForEvent("console", { predicate: (m) => m.text() === "__bench:first-highlight", timeout: 20000 });
  await page.goto(url, { waitUntil: "commit" });
  try {
    await done;
  } catch {
    const b = await page.evaluate(() => window.__bench);
    await context.close();
    throw new Error(`no highlight of the app within 20 s at ${url} (first highlight at ${b.firstMark} ms)`);
  }
  const b = await page.evaluate(() => ({ ...window.__bench, wasm: undefined }));
  await context.close();
  return b;
}

// ---- 1. the engine alone
if (enginePath) {
  const page = await browser.newPage();
  await page.goto(`${origin}/__blank.html`);
  results.engine = await page.evaluate(
    async ({ sample, big }) => {
      const { instance } = await WebAssembly.instantiateStreaming(fetch("/__engine.wasm"), {});
      const ex = instance.exports;
      const enc = new TextEncoder();
      function time(text, rounds) {
        const bytes = enc.encode(text);
        const p = ex.alloc(bytes.length);
        new Uint8Array(ex.memory.buffer, p, bytes.length).set(bytes);
        let t = performance.now();
        const found = ex.annotate(p, bytes.length); // warm-up, and the size of one call
        const one = performance.now() - t;
        // performance.now() is coarse (0.1 ms here): time batches of at least 20 ms, report the mean per call.
        const k = Math.max(1, Math.ceil(20 / Math.max(one, 0.01)));
        const per = [];
        for (let r = 0; r < rounds; r++) {
          t = performance.now();
          for (let j = 0; j < k; j++) ex.annotate(p, bytes.length);
          per.push((performance.now() - t) / k);
        }
        ex.free(p, bytes.length);
        per.sort((a, b) => a - b);
        return { ms: per[per.length >> 1], found, bytes: bytes.length, calls: k * rounds };
      }
      // The first call runs on V8's baseline wasm compiler and builds the engine's tables: what the page pays
      // once at load. Then warm up until the optimising tier has taken over (two 250 ms windows agreeing
      // within 10%, at most 10 s), and time the steady state.
      const bytes = enc.encode(sample);
      const p = ex.alloc(bytes.length);
      new Uint8Array(ex.memory.buffer, p, bytes.length).set(bytes);
      let t = performance.now();
      ex.annotate(p, bytes.length);
      const firstCallMs = performance.now() - t;
      const start = performance.now();
      let last = Infinity;
      for (;;) {
        t = performance.now();
        let n = 0;
        while (performance.now() - t < 250) (ex.annotate(p, bytes.length), n++);
        const per = (performance.now() - t) / n;
        if ((Math.abs(per - last) <= 0.1 * per && performance.now() - start > 2000) || performance.now() - start > 10000) break;
        last = per;
      }
      const warmUpMs = performance.now() - start;
      ex.free(p, bytes.length);
      return { firstCallMs, warmUpMs, sample: time(sample, 15), big: time(big, 7), memoryBytes: ex.memory.buffer.byteLength };
    },
    { sample, big },
  );
  await page.close();
}

// ---- 2. first highlight, served and single file
const app = `${origin}/`;
try {
  const runs = [];
  for (let i = 0; i < loads; i++) runs.push(await firstHighlight(app));
  results.firstHighlight = {
    domMs: median(runs.map((r) => r.firstMark)),
    frameMs: median(runs.map((r) => r.firstMarkFrame)),
    runs: runs.map((r) => Math.round(r.firstMarkFrame)),
    appDomMs: median(runs.map((r) => r.appMark)),
    appFrameMs: median(runs.map((r) => r.appMarkFrame)),
    appRuns: runs.map((r) => Math.round(r.appMarkFrame)),
  };
} catch (e) {
  problems.push(`first highlight: ${e.message}`);
}
const single = path.join(dist, "chugiai.html");
if (fs.existsSync(single)) {
  try {
    const runs = [];
    for (let i = 0; i < loads; i++) runs.push(await firstHighlight(`file://${single}`));
    results.singleFile = {
      frameMs: median(runs.map((r) => r.firstMarkFrame)),
      appFrameMs: median(runs.map((r) => r.appMarkFrame)),
    };
  } catch (e) {
    problems.push(`single file: ${e.message}`);
  }
}

// ---- 3. edits in the page: the sample and 1 MiB, pasted into the textarea
async function edit(page, text) {
  return page.evaluate(
    (text) =>
      new Promise((resolve) => {
        const ta = document.querySelector("textarea");
        const head = text.slice(0, 40);
        // Done: no annotation in progress and the reading view shows the new text, highlighted (or empty).
        const done = () => {
          const view = document.querySelector(".reading-view");
          if (!view || document.querySelector("progress.annotating")) return false;
          const marked = view.querySelector("[data-label]") !== null;
          return text === "" ? !marked : marked && view.textContent.startsWith(head);
        };
        let t0;
        let finished = false;
        const check = () => {
          if (finished || !done()) return;
          finished = true;
          obs.disconnect();
          const dom = performance.now() - t0;
          requestAnimationFrame(() => setTimeout(() => resolve({ dom, frame: performance.now() - t0 }), 0));
        };
        const obs = new MutationObserver(check);
        obs.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
        // A paste over the whole text (select all, paste): typing into the box is ignored while it holds a
        // text too large to show (1 MB and more), so the paste event it is, as a reader would do it.
        ta.focus();
        ta.select();
        const data = new DataTransfer();
        data.setData("text/plain", text);
        t0 = performance.now();
        ta.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
        queueMicrotask(check);
      }),
    text,
  );
}

const heap = [];
try {
  const context = await browser.newContext();
  await context.addInitScript(FIRST_HIGHLIGHT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const readHeap = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    heap.push(metrics.find((m) => m.name === "JSHeapUsedSize").value);
  };
  page.setDefaultTimeout(180000);
  await page.goto(app);
  await page.waitForFunction(() => window.__bench.firstMarkFrame !== null, null, { timeout: 20000 });
  await readHeap();
  const small = [];
  for (let i = 0; i < 15; i++) {
    await edit(page, "");
    small.push(await edit(page, sample));
  }
  await readHeap();
  const large = [];
  for (let i = 0; i < 3; i++) {
    await edit(page, "");
    large.push(await edit(page, big));
    await readHeap();
  }
  const marks = await page.evaluate(() => document.querySelectorAll("mark, [data-label]").length);
  const wasmBytes = await page.evaluate(() => window.__bench.wasm?.memory?.buffer?.byteLength ?? null);
  results.edit = {
    sample: { domMs: median(small.map((r) => r.dom)), frameMs: median(small.map((r) => r.frame)) },
    big: { bytes: bigBytes, domMs: median(large.map((r) => r.dom)), frameMs: median(large.map((r) => r.frame)),
      runs: large.map((r) => Math.round(r.frame)), highlights: marks },
  };
  results.memory = { peakJsHeapBytes: Math.max(...heap), wasmMemoryBytes: wasmBytes };
  await context.close();
} catch (e) {
  problems.push(`edits: ${e.message}`);
}

await browser.close();
server.close();

// ---- report
const ms = (x) => (x === undefined || x === null || Number.isNaN(x) ? "n/a" : x < 10 ? `${x.toFixed(3)} ms` : `${x.toFixed(0)} ms`);
const verdict = (x, max) => (x === undefined || x === null || Number.isNaN(x) ? "NOT MEASURED" : x <= max ? "met" : "MISSED");
const lines = [];
const e = results.engine;
if (e) {
  lines.push(`engine (wasm, no rendering), sample, first call (baseline tier, tables built): ${ms(e.firstCallMs)}; optimised after ${(e.warmUpMs / 1000).toFixed(1)} s of warm-up`);
  lines.push(`engine (wasm, no rendering), sample ${e.sample.bytes} B: ${ms(e.sample.ms)} (${(e.sample.bytes / e.sample.ms / 1e3).toFixed(1)} MB/s, ${e.sample.found} spans)   budget <= 1 ms: ${verdict(e.sample.ms, BUDGET.engineSampleMs)}`);
  lines.push(`engine (wasm, no rendering), 1 MiB ${e.big.bytes} B: ${ms(e.big.ms)} (${(e.big.bytes / e.big.ms / 1e3).toFixed(1)} MB/s, ${e.big.found} spans)`);
} else lines.push("engine (wasm): not measured (no --engine)");
const f = results.firstHighlight;
lines.push(`navigation -> first highlight painted (cold, median of ${loads}; pre-rendered in the HTML): ${ms(f?.frameMs)} (in DOM ${ms(f?.domMs)}; runs ${f?.runs?.join(", ")})   budget <= 300 ms: ${verdict(f?.frameMs, BUDGET.firstHighlightMs)}`);
lines.push(`navigation -> the app running, its own first highlight painted (the wasm run, the app's first render): ${ms(f?.appFrameMs)} (in DOM ${ms(f?.appDomMs)}; runs ${f?.appRuns?.join(", ")})`);
if (results.singleFile) lines.push(`single file from file:// -> first highlight painted: ${ms(results.singleFile.frameMs)}; the app's: ${ms(results.singleFile.appFrameMs)}`);
const s = results.edit?.sample;
lines.push(`sample pasted -> DOM updated (annotate + render): ${ms(s?.domMs)}; -> next frame: ${ms(s?.frameMs)}`);
const b = results.edit?.big;
lines.push(`1 MiB pasted -> DOM updated: ${ms(b?.domMs)}; -> first screen shown: ${ms(b?.frameMs)} (runs ${b?.runs?.join(", ")}; ${b?.highlights} highlights)   budget <= 1500 ms: ${verdict(b?.frameMs, BUDGET.bigFirstScreenMs)}`);
const m = results.memory;
if (m) lines.push(`JS heap, largest reading: ${(m.peakJsHeapBytes / 1e6).toFixed(1)} MB; wasm memory after 1 MiB: ${m.wasmMemoryBytes === null ? "n/a" : (m.wasmMemoryBytes / 1e6).toFixed(1) + " MB"}`);
for (const p of problems) lines.push(`problem: ${p}`);
console.log(lines.join("\n"));
if (args.json) fs.writeFileSync(args.json, JSON.stringify(results, null, 2));
const missed =
  (e && e.sample.ms > BUDGET.engineSampleMs) ||
  (f && f.frameMs > BUDGET.firstHighlightMs) ||
  (b && b.frameMs > BUDGET.bigFirstScreenMs);
process.exit(problems.length ? 2 : missed ? 1 : 0);
