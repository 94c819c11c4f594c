// The WebAssembly build must give the same report as the native build (RE2's tester.h
// idea: two implementations checked against each other), and its UTF-16 offsets must
// index JavaScript strings exactly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const createParallax = require(join(root, 'build', 'wasm', 'parallax.js'));
const cli = join(root, 'build', 'native', 'parallax');
const parallax = await createParallax();

function textFiles(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
}

function nativeReport(files, date) {
  const out = execFileSync(cli, ['analyze', '--offsets', 'utf16', '--date', date, ...files], {
    maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(out.toString('utf8'));
}

function wasmReport(files, date) {
  const docs = files.map((f) => ({ name: basename(f), text: readFileSync(f, 'utf8') }));
  return JSON.parse(parallax.analyze(docs, { referenceDate: date }));
}

const corpora = [
  { name: 'examples', dir: join(root, 'examples'), date: '2025-03-12' },
  { name: 'seeds', dir: join(root, '..', 'shared', 'corpus', 'seeds'), date: '2024-10-23' },
];

for (const corpus of corpora) {
  test(`wasm report equals native report on ${corpus.name}`, (t) => {
    if (!existsSync(corpus.dir)) {
      t.skip(`${corpus.dir} is absent (a user's clone has no ../shared)`);
      return;
    }
    const files = textFiles(corpus.dir);
    assert.ok(files.length >= 2, 'needs at least two articles');
    const native = nativeReport(files, corpus.date);
    const wasm = wasmReport(files, corpus.date);
    assert.equal(wasm.ok, true);
    assert.deepStrictEqual(wasm, native);
  });

  test(`UTF-16 offsets slice every mention's text on ${corpus.name}`, (t) => {
    if (!existsSync(corpus.dir)) {
      t.skip(`${corpus.dir} is absent (a user's clone has no ../shared)`);
      return;
    }
    const files = textFiles(corpus.dir);
    const report = wasmReport(files, corpus.date);
    const texts = Object.fromEntries(report.documents.map((d, i) => [d.id, readFileSync(files[i], 'utf8')]));
    let checked = 0;
    for (const kind of ['numbers', 'dates', 'quotes', 'entities', 'claims']) {
      for (const m of report[kind]) {
        assert.equal(texts[m.doc].slice(m.start, m.end), m.text, `${kind} ${m.id}`);
        checked += 1;
      }
    }
    for (const d of report.documents) {
      for (const [start, end] of d.sentence_spans) assert.ok(end <= texts[d.id].length && start < end);
      checked += d.sentence_spans.length;
    }
    assert.ok(checked > 0);
  });
}

test('non-ASCII text gets UTF-16 offsets', () => {
  const text = 'Caf\u00e9 \u{1F600} fire. It spread \u2014 fast.';
  const report = JSON.parse(parallax.analyze([{ name: 'a.txt', text }, { name: 'b.txt', text }], {}));
  const [first, second] = report.documents[0].sentence_spans;
  assert.equal(text.slice(first[0], first[1]), 'Caf\u00e9 \u{1F600} fire.');
  assert.equal(text.slice(second[0], second[1]), 'It spread \u2014 fast.');
  assert.equal(report.documents[1].id, 'b');
});

test('errors come back as data, never thrown', () => {
  for (const bad of [[42], 'text', null, undefined, [{ text: 7 }]]) {
    const report = JSON.parse(parallax.analyze(bad, null));
    assert.equal(typeof report.ok, 'boolean');
    if (!report.ok) assert.match(report.error, /\w/);
  }
  const refused = JSON.parse(parallax.analyze(5, {}));
  assert.equal(refused.ok, false);
  assert.match(refused.error, /array of documents/);
});

test('invalid dates and empty articles give warnings, not failures', () => {
  const report = JSON.parse(parallax.analyze(
    [{ name: 'a.txt', text: '', published: 'Tuesday' }, { name: 'b.txt', text: 'One.' }], { referenceDate: 'soon' }));
  assert.equal(report.ok, true);
  const messages = report.warnings.map((w) => w.message).join('\n');
  assert.match(messages, /empty/);
  assert.match(messages, /not a valid|not YYYY-MM-DD/);
});
