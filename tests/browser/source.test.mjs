// Checks on the page's source that need no browser: user text reaches the DOM only as
// text (no HTML sinks fed anything but literals), and the highlight layout nests and
// splits crossing intervals correctly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { root } from './browser.mjs';
import { nestIntervals, bucketByParagraph } from '../../web/src/highlight.js';
import { SlicedWork } from '../../web/src/slices.js';

test('no HTML sinks fed anything but string literals', async () => {
  const dir = path.join(root, 'web/src');
  const sink = /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|srcdoc|document\.write(ln)?)\b/;
  const literal = /\b(innerHTML|outerHTML)\s*=\s*(['"])[^'"]*\2\s*;|insertAdjacentHTML\(\s*'[a-z]+'\s*,\s*(['"])[^'"]*\3\s*\)/i;
  const offenders = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.js'))) {
    const lines = (await readFile(path.join(dir, name), 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (sink.test(line) && !literal.test(line)) offenders.push(`${name}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(offenders, []);
});

// Renders a tree as "[kind text]" brackets, to compare layouts at a glance.
function show(text, node) {
  let out = '';
  let pos = node.start;
  for (const c of node.children) {
    out += text.slice(pos, c.start) + `[${c.item}:` + show(text, c) + ']';
    pos = c.end;
  }
  return out + text.slice(pos, node.end);
}

const iv = (start, end, rank, item) => ({ start, end, rank, item });

const CASES = [
  // Plain nesting.
  { name: 'NestsInnerInOuter', text: 'abcdefghij', intervals: [iv(0, 10, 1, 's'), iv(2, 5, 4, 'n')], expected: '[s:ab[n:cde]fghij]' },
  { name: 'EqualSpansOuterRankFirst', text: 'abcdef', intervals: [iv(0, 6, 4, 'n'), iv(0, 6, 2, 'c')], expected: '[c:[n:abcdef]]' },
  { name: 'AdjacentIntervals', text: 'abcdef', intervals: [iv(0, 3, 4, 'a'), iv(3, 6, 4, 'b')], expected: '[a:abc][b:def]' },
  // Crossing intervals.
  { name: 'InnerCrossingOuterIsSplit', text: 'one. two.', intervals: [iv(0, 4, 1, 's1'), iv(5, 9, 1, 's2'), iv(2, 7, 3, 'q')], expected: '[s1:on[q:e.]][q: ][s2:[q:tw]o.]' },
  { name: 'OuterStartingInsideInnerSplitsInner', text: 'abcdefgh', intervals: [iv(0, 5, 3, 'q'), iv(3, 8, 1, 's')], expected: '[q:abc][s:[q:de]fgh]' },
  { name: 'SameRankCrossingSplitsLater', text: 'abcdef', intervals: [iv(0, 4, 5, 'x'), iv(2, 6, 5, 'y')], expected: '[x:ab[y:cd]][y:ef]' },
  // Clipping and degenerate input.
  { name: 'ClipsToRange', text: 'abcdef', intervals: [iv(-3, 2, 4, 'n'), iv(5, 99, 4, 'm')], expected: '[n:ab]cde[m:f]' },
  { name: 'DropsEmptyAndReversed', text: 'abc', intervals: [iv(1, 1, 4, 'e'), iv(2, 1, 4, 'r')], expected: 'abc' },
];

for (const c of CASES) {
  test(`nestIntervals ${c.name}`, () => {
    assert.equal(show(c.text, nestIntervals(c.intervals, 0, c.text.length)), c.expected);
  });
}

test('bucketByParagraph puts an interval in every paragraph it overlaps', () => {
  const paragraphs = [{ start: 0, end: 5 }, { start: 6, end: 10 }, { start: 11, end: 20 }];
  const a = iv(2, 8, 3, 'a');
  const b = iv(12, 13, 4, 'b');
  const c = iv(5, 6, 4, 'gap');
  assert.deepEqual(bucketByParagraph([a, b, c], paragraphs).map((list) => list.map((x) => x.item)), [['a'], ['a'], ['b']]);
});

test('SlicedWork runs its jobs in order over several tasks, and cancel drops the rest', async () => {
  const done = [];
  function* job(name, steps) {
    for (let i = 0; i < steps; i++) {
      done.push(`${name}${i}`);
      yield;
    }
  }
  const work = new SlicedWork({ sliceMs: 0 }); // one step per task
  work.add(job('a', 3));
  work.add(job('b', 2));
  assert.ok(work.busy);
  work.run();
  assert.ok(done.length < 5, 'not all in the first task');
  await work.idle();
  assert.deepEqual(done, ['a0', 'a1', 'a2', 'b0', 'b1']);
  assert.ok(!work.busy);
  work.add(job('c', 100));
  const idle = work.idle();
  work.cancel();
  await idle;
  assert.ok(done.length < 5 + 100, 'cancelled before the end');
  work.add(job('d', 1));
  work.run(Infinity);
  assert.equal(done[done.length - 1], 'd0');
});

test('nestIntervals stays fast on many crossing intervals', () => {
  const n = 20000;
  const intervals = [];
  for (let i = 0; i < n; i++) intervals.push(iv(i * 2, i * 2 + 5, 1 + (i % 5), `m${i}`));
  const t0 = performance.now();
  nestIntervals(intervals, 0, n * 2 + 5);
  assert.ok(performance.now() - t0 < 2000);
});

test('dist/parallax.html is one file: one inline script, nothing fetched, CSP first', async () => {
  const html = await readFile(path.join(root, 'dist/parallax.html'), 'utf8');
  assert.equal(html.match(/<script/gi).length, 1, 'one <script> element');
  assert.equal(html.match(/<\/script/gi).length, 1, 'nothing inside closes it early');
  const script = html.slice(html.indexOf('<script>') + 8, html.indexOf('</script>'));
  assert.ok(!script.includes('<!--'), 'no "<!--" that would change how the script ends');
  assert.ok(!/<(link|img|iframe)\b|\bsrc=|\bhref="http/i.test(html.slice(0, html.indexOf('<script>'))), 'no external resources');
  const csp = html.indexOf('Content-Security-Policy');
  assert.ok(csp > 0 && csp < html.indexOf('<style>') && csp < html.indexOf('<script>'));
  assert.match(html, /connect-src 'none'/);
  assert.ok(script.includes('createParallax'), 'the wasm module is inlined');
});
