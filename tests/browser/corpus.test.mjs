// The page on real text: the bundled example (when examples/*.txt exist) and the five
// seed articles of ../shared/corpus/seeds (skipped when absent). The page must show what
// the report holds, and on the seeds the troop-figure and Tuesday/Wednesday conflicts must
// appear as cards.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launch, open, fillArticles, analyze, exportText, screenshot, root } from './browser.mjs';

const seedsDir = path.join(root, '../shared/corpus/seeds');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
});

// What the page shows, to compare with the exported report.
async function rendered(page) {
  return page.evaluate(() => ({
    articles: [...document.querySelectorAll('#reading article.article')].map((a) => ({
      sentences: new Set([...a.querySelectorAll('[data-sentence]')].map((s) => s.dataset.sentence)).size,
      mentions: new Set([...a.querySelectorAll('mark[data-mention]')].map((m) => m.dataset.mention)).size,
    })),
    cards: [...document.querySelectorAll('#panel-discrepancies .conflict-card')].map((c) => c.dataset.group),
  }));
}

function checkAgainstReport(report, shown) {
  assert.equal(shown.articles.length, report.documents.length);
  const keys = ['numbers', 'dates', 'quotes', 'entities', 'claims'];
  report.documents.forEach((doc, i) => {
    assert.equal(shown.articles[i].sentences, doc.sentence_spans.length, `sentences of ${doc.id}`);
    const mentions = keys.flatMap((k) => report[k] || []).filter((m) => m.doc === doc.id);
    assert.equal(shown.articles[i].mentions, mentions.length, `highlights of ${doc.id}`);
  });
  assert.deepEqual(shown.cards, (report.groups || []).filter((g) => g.conflict).map((g) => g.id));
}

test('Load example analyses the bundled example', async (t) => {
  const { page } = browser;
  await open(page);
  if (await page.isDisabled('#load-example')) {
    t.skip('no examples/*.txt were bundled');
    return;
  }
  await page.click('#load-example');
  await page.waitForFunction(() => document.body.dataset.state === 'done');
  await screenshot(page, '09-example');
  const report = JSON.parse((await exportText(page, 'export-json')).text);
  const shown = await rendered(page);
  checkAgainstReport(report, shown);
  // The example disagrees on the evacuation figure and on the day the fire broke out.
  assert.ok(shown.cards.length >= 2, `conflict cards: ${shown.cards.length}`);
  assert.ok(shown.articles.every((a) => a.mentions > 5), 'every article has highlights');
});

test('the five seed articles: troop figures and Tuesday/Wednesday', async (t) => {
  if (!existsSync(seedsDir)) {
    t.skip(`no seed corpus at ${seedsDir} (../shared is not present)`);
    return;
  }
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort();
  const articles = [];
  for (const f of files) articles.push({ name: f.replace(/\.txt$/, ''), published: '', text: await readFile(path.join(seedsDir, f), 'utf8') });
  const { page } = browser;
  await open(page);
  await page.fill('#reference-date', '2024-10-23');
  await fillArticles(page, articles);
  await analyze(page);
  await screenshot(page, '10-seeds');
  const report = JSON.parse((await exportText(page, 'export-json')).text);
  checkAgainstReport(report, await rendered(page));

  const byId = new Map(['numbers', 'dates'].flatMap((k) => (report[k] || []).map((m) => [m.id, m])));
  const conflicts = (report.groups || []).filter((g) => g.conflict);
  const troops = conflicts.find((g) => g.kind === 'quantity' && g.members.some((id) => /troop|soldier/i.test((byId.get(id) || {}).unit || '')));
  const days = conflicts.find((g) => {
    const texts = g.members.map((id) => (byId.get(id) || {}).text || '');
    return g.kind === 'event' && texts.some((x) => /Tuesday/.test(x)) && texts.some((x) => /Wednesday/.test(x));
  });
  assert.ok(troops, 'a troop-figure conflict group');
  assert.ok(days, 'a Tuesday/Wednesday conflict group');
  // Each card shows the group's readings, not one row per mention: the days card has a
  // Tuesday and a Wednesday, the odd one out marked, and one sentence on top.
  for (const g of [troops, days]) {
    const card = page.locator(`#panel-discrepancies .conflict-card[data-group="${g.id}"]`);
    assert.equal(await card.locator('.reading-card').count(), g.readings.length);
    for (const [i, r] of g.readings.entries()) {
      assert.equal(await card.locator('.reading-card').nth(i).locator('.reading-article').count(), new Set(r.documents).size, `articles of reading ${i} of ${g.id}`);
    }
  }
  const dayCard = page.locator(`#panel-discrepancies .conflict-card[data-group="${days.id}"]`);
  assert.equal(await dayCard.locator('.reading-card.odd').count(), 1);
  assert.match(await dayCard.locator('.reading-card.odd .reading-value').textContent(), /Tuesday/);
  assert.match(await dayCard.locator('.card-sentence').textContent(), /^\S.* says Tuesday \(Oct 22\); three articles say Wednesday \(Oct 23\)$/);
  assert.equal(await dayCard.locator('.conflict-kind').textContent(), 'Contradicts');
  // No heading or tooltip shows the core's folded words.
  const headings = await page.$$eval('#panel-discrepancies .card-title, #panel-corroboration .agree-card', (els) => els.map((e) => e.textContent));
  for (const h of headings) assert.ok(!/\b(are see|thi war|troop that)\b/.test(h), `heading in the article's words: ${h}`);
  // People & orgs: the tab's count is the number of names it lists.
  await page.click('#tab-people');
  const more = page.locator('#panel-people .show-more:visible');
  while (await more.count()) await more.first().click();
  assert.equal(String(await page.locator('#panel-people .entity-row').count()), await page.textContent('#tab-people .tab-count'));
});

test('the seeds without publication dates: the page says which days could not be placed', async (t) => {
  if (!existsSync(seedsDir)) {
    t.skip(`no seed corpus at ${seedsDir} (../shared is not present)`);
    return;
  }
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort();
  const articles = [];
  for (const f of files) articles.push({ name: f.replace(/\.txt$/, ''), published: '', text: await readFile(path.join(seedsDir, f), 'utf8') });
  const { page } = browser;
  await open(page);
  await fillArticles(page, articles);
  await analyze(page);
  const notice = await page.textContent('#panel-discrepancies .unplaced-notice');
  assert.match(notice, /“Tuesday”/);
  assert.match(notice, /without a publication date/);
});
