// Fifty articles: the analysis runs in the worker (the page keeps answering), a second
// Analyze replaces the first (its result is dropped), and Cancel stops a running job.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, analyze, screenshot, ANALYSIS_TIMEOUT } from './browser.mjs';

const PARAGRAPH = 'Officials said about 1,200 people left their homes on Tuesday after the river rose 3.5 metres. “We have never seen water this high,” Mayor Ana Ruiz told reporters on March 12.';

function workspace(count, paragraphs) {
  return {
    referenceDate: '2024-03-14',
    articles: Array.from({ length: count }, (_, i) => ({
      name: `Outlet ${i + 1}`,
      published: '2024-03-13',
      text: [`Headline number ${i + 1}`, ...Array.from({ length: paragraphs }, (_, p) => `${PARAGRAPH} Paragraph ${p + 1} of article ${i + 1}.`)].join('\n'),
    })),
  };
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
});

// Waits scale with the input: a restored workspace of 50 long articles fills 50 editors
// (and starts its analysis) before its cards can be counted.
const waitFor = (ws) => ({ timeout: ANALYSIS_TIMEOUT * Math.max(1, ws.articles.length / 10) });
// The node --test limit for one test: above every wait it makes.
const TEST_LIMIT = { timeout: 10 * 60_000 };

async function restore(page, ws) {
  await open(page);
  await page.evaluate((data) => localStorage.setItem('parallax.workspace.v1', JSON.stringify(data)), ws);
  await page.reload({ timeout: waitFor(ws).timeout });
  await page.waitForFunction((n) => document.querySelectorAll('.article-card').length === n, ws.articles.length, waitFor(ws));
}

test('fifty articles are analysed and shown; a newer Analyze wins', TEST_LIMIT, async () => {
  const { page } = browser;
  await restore(page, workspace(50, 40));
  // First job, then a second one straight away: only the second may be rendered.
  await page.click('#analyze');
  await page.locator('.article-card').nth(49).locator('.article-name').fill('Last outlet');
  await analyze(page, waitFor({ articles: { length: 50 } }));
  const titles = await page.$$eval('#reading .article-title', (els) => els.map((e) => e.textContent));
  assert.equal(titles.length, 50);
  assert.match(titles[49], /Last outlet$/);
  await screenshot(page, '11-fifty');
});

test('the page answers while the worker analyses; Cancel stops it', TEST_LIMIT, async () => {
  const { page } = browser;
  const big = workspace(50, 400);
  await restore(page, big);
  await page.click('#analyze');
  // The main thread answers (and the Cancel button shows) while the worker is busy: no
  // clock involved, the page is asked for its state while the analysis runs.
  await page.waitForFunction(() => document.body.dataset.state === 'busy' && !document.getElementById('cancel').hidden, null, waitFor(big));
  // Checked and clicked in one task, so the analysis cannot end in between.
  const clicked = await page.evaluate(() => {
    if (document.body.dataset.state !== 'busy') return `not busy: ${document.body.dataset.state}`;
    document.getElementById('cancel').click();
    return document.body.dataset.state;
  });
  assert.equal(clicked, 'idle');
  assert.match(await page.textContent('#status'), /cancelled/);
  // The worker is replaced: a new analysis still works.
  await restore(page, workspace(3, 2));
  await analyze(page);
  assert.equal(await page.locator('#reading article.article').count(), 3);
});
