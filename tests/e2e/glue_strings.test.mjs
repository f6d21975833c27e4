// The glue's fast path for short strings from the wasm (scripts/glue_strings.py) against TextDecoder: every
// string the page shows or sets as an attribute passes through it, so it must decode exactly what the wasm
// wrote, in every UTF-8 length, at every length around its 64-byte limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const patched = execFileSync('python3', ['-c', 'import glue_strings; print(glue_strings.PATCHED)'],
  { cwd: path.join(root, 'scripts'), encoding: 'utf8' });

/** The patched getStringFromWasm0 over `memory`, with TextDecoder behind it as in the glue. */
function fastPath(memory) {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let fallbacks = 0;
  const decodeText = (bytes) => (fallbacks++, decoder.decode(bytes));
  // eslint-disable-next-line no-new-func
  const get = new Function('getUint8ArrayMemory0', 'decodeText', `${patched}\nreturn getStringFromWasm0;`)(
    () => memory, decodeText);
  return { get, fallbacks: () => fallbacks };
}

test('short strings decode as TextDecoder decodes them, in every UTF-8 length', () => {
  const pieces = ['a', ' ', '~', '\u0000', 'é', 'đ', 'Ư', '·', 'ߺ', 'ệ', '₫', '℃', '—', '한', 'ｱ', '\uFFFD', '😀', '𝔸'];
  const encoder = new TextEncoder();
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let n = 0; n < 3000; n++) {
    let s = '';
    const len = next() % 40;
    for (let i = 0; i < len; i++) s += pieces[next() % pieces.length];
    const bytes = encoder.encode(s);
    const memory = new Uint8Array(bytes.length + 16);
    const at = 5 + (n % 7); // not at offset 0
    memory.set(bytes, at);
    const { get } = fastPath(memory);
    assert.equal(get(at, bytes.length), s, JSON.stringify(s));
  }
});

test('only four-byte characters and strings over 64 bytes go to TextDecoder', () => {
  const encoder = new TextEncoder();
  const cases = [['Tỉnh ủy Yên Bái', 0], ['x'.repeat(64), 0], ['x'.repeat(65), 1], ['Hà Nội 😀', 1], ['', 0]];
  for (const [s, expected] of cases) {
    const bytes = encoder.encode(s);
    const { get, fallbacks } = fastPath(bytes);
    assert.equal(get(0, bytes.length), s);
    assert.equal(fallbacks(), expected, JSON.stringify(s));
  }
});
