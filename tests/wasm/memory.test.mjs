// One wasm module instance serves every analysis of a page's life: 1,000 analyses in a
// row must give back all the memory they take. Two measures: the bytes the allocator
// has handed out (heapInUse(), exact) and the size of the wasm memory (which can only
// grow, so growth after warm-up means something is kept).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const createParallax = require(join(root, 'build', 'wasm', 'parallax.js'));

const RUNS = 1000;
// The same RUNS inputs run twice: the first pass is the warm-up, because a first-time input
// (say, the first year-like figure, at run 634) builds one of the core's lookup tables
// once. Through the second pass every input has been seen, so the heap must not move.

const examples = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(root, 'examples', f), 'utf8') }));

// A rotating mix: the examples in different subsets and orders, each run's text a little
// different (numbers, dates, quotes), plus odd input (empty, lone surrogates, NUL, a bad
// reference date) so that warnings and error paths are exercised too.
function inputFor(run) {
  const kind = run % 10;
  if (kind === 7) return { documents: [{ name: '', text: '' }, { name: 'x', text: ' \n\t ' }], options: {} };
  if (kind === 8) {
    const odd = `Broken \uD800 surrogate, NUL \u0000 byte, “unmatched quote ${run} said. 😀 ${'1,'.repeat(50)}`;
    return { documents: [{ name: `odd ${run}`, text: odd, published: 'not a date' }], options: { referenceDate: '2025-13-40' } };
  }
  const count = 1 + (run % examples.length);
  const documents = [];
  for (let i = 0; i < count; i++) {
    const e = examples[(run + i) % examples.length];
    const extra = `\nOn March ${1 + (run % 28)}, ${run} people said “we counted ${run * 3} of them”, officials told reporters.`;
    documents.push({ name: e.name, text: e.text + extra, published: i === 0 ? '2025-03-12' : '' });
  }
  return { documents, options: { referenceDate: '2025-03-12' } };
}

test(`${RUNS} analyses in one module instance do not grow its heap`, async () => {
  assert.ok(examples.length >= 2, 'needs the bundled examples');
  const parallax = await createParallax();
  assert.equal(typeof parallax.heapInUse, 'function', 'the module exports heapInUse()');
  for (let run = 0; run < RUNS; run++) {
    const { documents, options } = inputFor(run);
    parallax.analyze(documents, options);
  }
  const inUse = [];
  const memory = [];
  for (let run = 0; run < RUNS; run++) {
    const { documents, options } = inputFor(run);
    const report = JSON.parse(parallax.analyze(documents, options));
    assert.equal(typeof report, 'object');
    inUse.push(parallax.heapInUse());
    memory.push(parallax.HEAP8.buffer.byteLength);
  }
  // Between analyses only one-time state stays allocated, so through the second pass the
  // figure must not move at all: a leak of even one byte per analysis fails here.
  const settled = new Set(inUse);
  assert.deepEqual([...settled], [inUse[0]], `bytes in use through the second pass: ${[...settled].slice(0, 10).join(', ')}`);
  assert.equal(memory[RUNS - 1], memory[0], `the wasm memory grew from ${memory[0]} to ${memory[RUNS - 1]} bytes in the second pass`);
});

test('an over-limit document is refused without keeping its memory', async () => {
  const parallax = await createParallax();
  const big = 'a'.repeat((5 << 20) + 1);
  const before = parallax.heapInUse();
  for (let i = 0; i < 20; i++) {
    const report = JSON.parse(parallax.analyze([{ name: 'big', text: big }, { name: 'small', text: 'A small article.' }], {}));
    assert.ok(report.warnings.some((w) => w.doc === 'big' && /not analysed/.test(w.message)));
  }
  const grown = parallax.heapInUse() - before;
  assert.ok(grown < 1 << 20, `20 refusals left ${grown} bytes allocated`);
});
