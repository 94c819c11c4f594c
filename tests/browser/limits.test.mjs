// Input over the core's limits (5 MiB per article, 64 MiB in all, 2,000 articles) is
// never dropped silently: the page says so beside the article while it is typed, and
// shows the core's own warning or refusal after Analyze. The page's byte count and the
// core's agree at the exact boundary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, analyze, screenshot } from './browser.mjs';

const MIB = 1024 * 1024;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
});

// Sets the article texts directly (typing megabytes would take minutes).
async function setTexts(page, texts) {
  await page.evaluate((list) => {
    const app = window.parallaxApp;
    while (document.querySelectorAll('.article-card').length < list.length) document.getElementById('add-article').click();
    list.forEach((spec, i) => {
      const area = document.querySelectorAll('.article-card .article-text')[i];
      area.value = spec.text !== undefined ? spec.text : spec.unit.repeat(spec.count) + (spec.tail || '');
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    return app !== undefined;
  }, texts);
}

const notices = (page) => page.$$eval('.article-card', (cards) => cards.map((c) => (c.querySelector('.article-notice').hidden ? '' : c.querySelector('.article-notice').textContent)));

test('an article over 5 MiB is flagged beside it, and the core agrees to the byte', async () => {
  const { page } = browser;
  await open(page);
  // Lines of 8 KiB with 'é' (two bytes in UTF-8): exactly 5 MiB, then one byte more.
  // (Lines keep the textareas' layout cheap.)
  const line = `${'é'.repeat(4095)}a\n`;
  await setTexts(page, [
    { unit: line, count: (5 * MIB) / 8192 },
    { unit: line, count: (5 * MIB) / 8192, tail: 'a' },
    { text: 'A small article: 1,200 people left their homes on Tuesday, the mayor said.' },
  ]);
  const before = await notices(page);
  assert.equal(before[0], '', 'exactly at the limit is fine');
  assert.match(before[1], /Too large to analyse: 5\.0 MiB \(5,242,881 bytes\), over the limit of 5 MiB per article/);
  assert.equal(before[2], '');
  assert.match(await page.textContent('#drop-hint'), /5 MiB per article, 64 MiB in all, 2,000 articles/);

  await analyze(page);
  await screenshot(page, '21-over-limit');
  // The small article comes after 10 MiB of text: it is drawn when scrolled to.
  await page.locator('#reading article.article').nth(2).scrollIntoViewIfNeeded();
  await page.locator('#reading article.article[data-index="2"][data-drawn="true"]').waitFor();
  const articles = await page.$$eval('#reading article.article', (els) =>
    els.map((a) => ({ notice: (a.querySelector('.article-notice') || { textContent: '' }).textContent, body: a.querySelector('.article-body').textContent.length })),
  );
  assert.equal(articles.length, 3);
  assert.doesNotMatch(articles[0].notice, /not analysed/, 'the core took the article at the limit');
  assert.match(articles[1].notice, /5242881 bytes, over the limit of 5 MiB for one document; it was not analysed/);
  assert.match(await page.textContent('#status'), /1 not analysed/);
  assert.equal(articles[1].body, 0, 'the refused text is not shown as if analysed');
  assert.ok(articles[2].body > 0);
  // Beside the article in the editor too, and still after the analysis.
  assert.match((await notices(page))[1], /Too large to analyse/);
  assert.equal(await page.locator('.article-card.over-limit').count(), 1);
});

test('more than 2,000 articles: a message before, the core refusal after', async () => {
  const { page } = browser;
  await open(page);
  const articles = Array.from({ length: 2001 }, (_, i) => ({ name: `N${i}`, published: '', text: `Article ${i} says 3 boats sank.` }));
  await page.evaluate((ws) => localStorage.setItem('parallax.workspace.v1', JSON.stringify(ws)), { referenceDate: '', articles });
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('.article-card').length === 2001);
  assert.match(await page.textContent('#input-alert'), /Too many articles: 2,001, over the limit of 2,000/);
  assert.equal(await page.isVisible('#input-alert'), true);

  await page.click('#analyze');
  await page.waitForFunction(() => document.body.dataset.state === 'error');
  assert.match(await page.textContent('#input-alert'), /refused to analyse these articles: too many documents: 2001 \(the limit is 2000\)/);
  assert.match(await page.textContent('#status'), /Not analysed: too many documents/);
  assert.equal(await page.locator('#reading article.article').count(), 0, 'no stale results');

  // Removing one brings it under the limit: the messages go and the analysis runs.
  page.once('dialog', (d) => d.accept());
  await page.click('[aria-label="Remove article 2001"]');
  assert.equal(await page.isVisible('#input-alert'), false);
  await analyze(page);
  assert.equal(await page.locator('#reading article.article').count(), 2000);
});

test('more than 64 MiB in all: a message before, the core refusal after', async () => {
  const { page } = browser;
  await open(page);
  // Thirteen articles of exactly 5 MiB: each is allowed, together they are not. (The
  // editor is hidden while they are set: laying out 65 MiB of textareas takes long.)
  await page.click('#toggle-input');
  await setTexts(page, Array.from({ length: 13 }, () => ({ unit: `${'x'.repeat(8191)}\n`, count: (5 * MIB) / 8192 })));
  assert.deepEqual(new Set(await notices(page)), new Set(['']));
  assert.match(await page.textContent('#input-alert'), /Too much text in all: 65\.0 MiB \(68,157,440 bytes\), over the limit of 64 MiB/);
  await page.click('#analyze');
  await page.waitForFunction(() => document.body.dataset.state === 'error', null, { timeout: 60000 });
  assert.match(await page.textContent('#input-alert'), /refused to analyse these articles: the documents hold 68157440 bytes in all; the limit is 64 MiB/);
});
