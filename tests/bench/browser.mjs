// The page in headless Chromium, end to end: from the Analyze click to the results drawn
// (analysis over, the articles in view drawn, one frame later), and the longest task the
// main thread ran meanwhile (PerformanceObserver 'longtask': tasks over 50 ms), for
// invented articles (tests/browser/invented.mjs: the example's sentences, figures varied),
// each run in a freshly opened page left idle IDLE_MS first (as a reader pasting would).
//
//   node tests/bench/browser.mjs [OUT_DIR] [--runs=3] [--only=50]
//
// Prints a table and writes OUT_DIR/browser.json (default build/bench). Each input is
// analysed RUNS times in a fresh page; the table shows the median run.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launch, open, root } from '../browser/browser.mjs';
import { inventArticles } from '../browser/invented.mjs';

const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--')) || path.join(root, 'build/bench');
const runs = Number((args.find((a) => a.startsWith('--runs=')) || '--runs=3').slice(7));
const only = (args.find((a) => a.startsWith('--only=')) || '').slice(7);
// --only=50 is the 50-article input alone (not 500).

const IDLE_MS = 2500;

const INPUTS = [
  { name: '5 articles', count: 5, bytes: 20_000 },
  { name: '50 articles', count: 50, bytes: 20_000 },
  { name: '500 articles', count: 500, bytes: 20_000 },
  { name: 'one 1 MB article', count: 1, bytes: 1_000_000 },
].filter((i) => !only || i.name.startsWith(`${only} `));

// One analysis: puts the articles in the page (not timed), clicks Analyze, waits.
async function once(page, articles) {
  await open(page);
  await page.evaluate((list) => {
    const app = window.parallaxApp;
    app._articles = list.map((a) => app._withId(a));
    app._editor.render(app._articles);
  }, articles);
  // A reader pastes for a while before pressing Analyze: the page warms its worker up
  // meanwhile (main-controller.js _warmUp). Measured from a page that has been idle 2.5 s.
  await page.waitForTimeout(IDLE_MS);
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))));
        observer.observe({ type: 'longtask' });
        const reading = document.getElementById('reading');
        let t1 = 0;
        const check = () => {
          const done = ['done', 'error'].includes(document.body.dataset.state) && reading.dataset.drawing !== 'true';
          if (!done || t1) return;
          t1 = -1;
          // The frame that shows them.
          requestAnimationFrame(() =>
            setTimeout(() => {
              t1 = performance.now();
              // Long tasks are reported after they end: give the last one time to arrive.
              setTimeout(() => {
                observer.disconnect();
                const mine = tasks.filter((t) => t.start >= t0 - 1);
                resolve({
                  ms: t1 - t0,
                  longest: mine.reduce((m, t) => Math.max(m, t.duration), 0),
                  longTasks: mine.length,
                  state: document.body.dataset.state,
                  status: document.getElementById('status').textContent,
                  ranges: window.parallaxApp._reading.rangeCount,
                  marks: document.querySelectorAll('#reading mark').length,
                  drawn: document.querySelectorAll('#reading article[data-drawn="true"]').length,
                });
              }, 300);
            }),
          );
        };
        const watch = new MutationObserver(check);
        watch.observe(document.body, { attributes: true, attributeFilter: ['data-state'] });
        watch.observe(reading, { attributes: true, attributeFilter: ['data-drawing'] });
        const t0 = performance.now();
        document.getElementById('analyze').click();
      }),
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const results = [];
const browser = await launch({ width: 1280, height: 800 });
try {
  browser.context.setDefaultTimeout(10 * 60_000);
  for (const input of INPUTS) {
    const articles = inventArticles(input.count, input.bytes);
    const mb = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 2 ** 20;
    const samples = [];
    for (let r = 0; r < runs; r++) {
      const s = await once(browser.page, articles);
      if (s.state !== 'done') throw new Error(`${input.name}: ${s.status}`);
      samples.push(s);
    }
    const mid = samples.find((s) => s.ms === median(samples.map((x) => x.ms)));
    results.push({ input: input.name, mb: Number(mb.toFixed(2)), clickToDrawnMs: Math.round(mid.ms), longestTaskMs: Math.round(median(samples.map((s) => s.longest))), samples });
    console.error(`${input.name}: ${samples.map((s) => `${Math.round(s.ms)} ms (longest task ${Math.round(s.longest)} ms)`).join(', ')}`);
  }
} finally {
  await browser.close();
}

await mkdir(outDir, { recursive: true });
await writeFile(path.join(outDir, 'browser.json'), JSON.stringify({ runs, results }, null, 2));
console.log('\n| page in headless Chromium     | input    | Analyze click → drawn | longest main-thread task |');
console.log('|-------------------------------|----------|-----------------------|--------------------------|');
for (const r of results) {
  const longest = r.longestTaskMs ? `${r.longestTaskMs} ms` : '< 50 ms (none reported)';
  console.log(`| ${r.input.padEnd(29)} | ${`${r.mb} MB`.padEnd(8)} | ${`${(r.clickToDrawnMs / 1000).toFixed(2)} s`.padEnd(21)} | ${longest.padEnd(24)} |`);
}
console.log(`Median of ${runs} runs each, each in a freshly opened page idle for ${IDLE_MS / 1000} s first; a 1280×800 window.`);
