// Fifty articles: the analysis runs in the worker (the page keeps answering), a second
// Analyze replaces the first (its result is dropped), and Cancel stops a running job.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, analyze, screenshot } from './browser.mjs';

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

async function restore(page, ws) {
  await open(page);
  await page.evaluate((data) => localStorage.setItem('parallax.workspace.v1', JSON.stringify(data)), ws);
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll('.article-card').length === n, ws.articles.length);
}

test('fifty articles are analysed and shown; a newer Analyze wins', async () => {
  const { page } = browser;
  await restore(page, workspace(50, 40));
  // First job, then a second one straight away: only the second may be rendered.
  await page.click('#analyze');
  await page.locator('.article-card').nth(49).locator('.article-name').fill('Last outlet');
  await analyze(page);
  const titles = await page.$$eval('#reading .article-title', (els) => els.map((e) => e.textContent));
  assert.equal(titles.length, 50);
  assert.match(titles[49], /Last outlet$/);
  await screenshot(page, '11-fifty');
});

test('the page answers while the worker analyses; Cancel stops it', async () => {
  const { page } = browser;
  await restore(page, workspace(50, 400));
  await page.click('#analyze');
  await page.waitForFunction(() => document.body.dataset.state === 'busy');
  const t0 = Date.now();
  await page.evaluate(() => 1 + 1);
  assert.ok(Date.now() - t0 < 500, 'the main thread is not blocked');
  await page.waitForSelector('#cancel:not([hidden])');
  await page.click('#cancel');
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'idle');
  assert.match(await page.textContent('#status'), /cancelled/);
  // The worker is replaced: a new analysis still works.
  await restore(page, workspace(3, 2));
  await analyze(page);
  assert.equal(await page.locator('#reading article.article').count(), 3);
});
