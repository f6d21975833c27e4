// Two or more builds of the bare engine (bench/wasm-engine, as scripts/bench-browser.sh builds it) timed
// side by side in one headless Chromium page: each instance warmed up for 3 s (V8's optimising tier), then
// batches of 20 ms per instance in turn, ROUNDS rounds (default 40). Prints the median time of one `annotate`
// of the sample per file. The same file given twice shows how far two instances of one build differ.
//
//   node bench/engine-ab.mjs A.wasm B.wasm [...]          (SAMPLE=static/sample.txt, JSFLAGS=V8 flags)
import fs from "node:fs";
import http from "node:http";
import { chromium } from "playwright-core";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node bench/engine-ab.mjs A.wasm B.wasm ...");
  process.exit(2);
}
const rounds = Number(process.env.ROUNDS ?? 40);
const sample = fs.readFileSync(process.env.SAMPLE ?? new URL("../static/sample.txt", import.meta.url), "utf8");
const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost").pathname;
  if (url.startsWith("/engine/")) {
    res.writeHead(200, { "content-type": "application/wasm" });
    return fs.createReadStream(files[Number(url.slice("/engine/".length))]).pipe(res);
  }
  res.writeHead(200, { "content-type": "text/html" });
  res.end("<!DOCTYPE html><title>engine A/B</title>");
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const flags = process.env.JSFLAGS ? [`--js-flags=${process.env.JSFLAGS}`] : [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", ...flags],
});
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
const medians = await page.evaluate(
  async ({ count, sample, rounds }) => {
    const bytes = new TextEncoder().encode(sample);
    const engines = [];
    for (let k = 0; k < count; k++) {
      const { instance } = await WebAssembly.instantiateStreaming(fetch(`/engine/${k}`), {});
      const ex = instance.exports;
      const p = ex.alloc(bytes.length);
      new Uint8Array(ex.memory.buffer, p, bytes.length).set(bytes);
      const t = performance.now();
      while (performance.now() - t < 3000) ex.annotate(p, bytes.length);
      engines.push({ ex, p });
    }
    const per = engines.map(() => []);
    for (let r = 0; r < rounds; r++) {
      engines.forEach(({ ex, p }, k) => {
        let calls = 0;
        const t = performance.now();
        while (performance.now() - t < 20) (ex.annotate(p, bytes.length), calls++);
        per[k].push((performance.now() - t) / calls);
      });
    }
    return per.map((a) => a.sort((x, y) => x - y)[a.length >> 1]);
  },
  { count: files.length, sample, rounds },
);
files.forEach((f, k) => console.log(`${f}: ${medians[k].toFixed(3)} ms per annotate of the sample`));
await browser.close();
server.close();
