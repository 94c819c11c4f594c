// Finding one's way: on a phone-sized screen the results come into view after Analyze
// and the summary bar jumps to each section; a tap on a card row leaves no tooltip; the
// status line never runs off the header; the empty-input messages agree; the help panel
// explains the verdicts and the keyboard; the reading view keeps claims and names quiet
// and its support badges agree with the corroboration view; the People & orgs count is
// what it lists.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, fillArticles, analyze, exportText, screenshot } from './browser.mjs';
import { HARLOW } from './harlow.mjs';

const TIMEOUT = { timeout: 60000 };
const browsers = [];
after(async () => {
  for (const b of browsers) await b.close();
});

async function start(options) {
  const b = await launch(options);
  browsers.push(b);
  return b.page;
}

// Whether the element's box is (at least partly) inside the window.
const inView = (page, selector) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.top < window.innerHeight && r.bottom > 0;
  });

test('390 px screen: after Analyze the results are in view; the summary bar jumps to the discrepancies and back', async () => {
  const page = await start({ width: 390, height: 800, touch: true });
  await open(page);
  await fillArticles(page, HARLOW);
  await page.locator('#analyze').scrollIntoViewIfNeeded();
  await page.tap('#analyze');
  await page.waitForFunction(() => document.body.dataset.state === 'done', null, TIMEOUT);
  await page.waitForFunction(() => {
    const r = document.getElementById('summary-bar').getBoundingClientRect();
    return !document.getElementById('summary-bar').hidden && r.top >= -1 && r.top < window.innerHeight / 2;
  }, null, TIMEOUT);
  // The discrepancies, far below the editor, are what the reader sees first.
  await page.waitForFunction(() => {
    const r = document.querySelector('#panel-discrepancies .conflict-card').getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  }, null, TIMEOUT);
  await screenshot(page, '22-narrow-summary');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
  // From the reading view, one tap takes the reader back to the discrepancies.
  await page.tap('#summary-bar [data-target="reading"]');
  await page.waitForFunction(() => {
    const r = document.querySelector('#reading article.article').getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  }, null, TIMEOUT);
  await page.tap('#summary-bar [data-target="discrepancies"]');
  await page.waitForFunction(() => {
    const card = document.querySelector('#panel-discrepancies .conflict-card');
    const r = card.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  }, null, TIMEOUT);
  assert.ok(await inView(page, '#summary-bar'), 'the bar stays at the top while the page scrolls');
  await screenshot(page, '23-narrow-discrepancies');
  await page.tap('#summary-bar [data-target="corroborated"]');
  await page.waitForFunction(() => !document.getElementById('panel-corroboration').hidden, null, TIMEOUT);
  await page.waitForFunction(() => {
    const r = document.getElementById('section-corroborated').getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  }, null, TIMEOUT);
  await page.tap('#summary-bar [data-target="reading"]');
  await page.waitForFunction(() => {
    const r = document.getElementById('results').getBoundingClientRect();
    return r.top < window.innerHeight && r.bottom > 0;
  }, null, TIMEOUT);
});

test('a tap on a card row reveals the mention without leaving a tooltip behind', async () => {
  const page = await start({ width: 390, height: 800, touch: true });
  await open(page);
  await fillArticles(page, HARLOW);
  await analyze(page);
  await page.tap('#summary-bar [data-target="discrepancies"]');
  const row = page.locator('#panel-discrepancies .conflict-card .reading-article .member-link').first();
  await row.scrollIntoViewIfNeeded();
  await row.tap();
  await page.waitForFunction(() => document.activeElement && document.activeElement.matches('mark[data-mention]'), null, TIMEOUT);
  assert.equal(await page.evaluate(() => document.getElementById('tooltip').hidden), true, 'no tooltip after a tap on a row');
  // A tap on a highlight shows its tooltip; a tap elsewhere takes it away.
  const mark = page.locator('#reading mark.conflict').first();
  await mark.scrollIntoViewIfNeeded();
  await mark.tap();
  await page.waitForFunction(() => !document.getElementById('tooltip').hidden, null, TIMEOUT);
  await page.tap('#reading-title');
  await page.waitForFunction(() => document.getElementById('tooltip').hidden, null, TIMEOUT);
});

test('status line wraps inside the header; empty input asks for two or more articles; help explains verdicts and keys', async () => {
  const page = await start({ width: 1024, height: 700 });
  await open(page);
  assert.match(await page.textContent('#reading .empty'), /two or more articles/);
  await page.click('#analyze');
  await page.waitForFunction(() => /two or more articles/.test(document.getElementById('status').textContent), null, TIMEOUT);
  // A long message stays inside the header, wrapped, not cut off.
  await page.evaluate(() => window.parallaxApp._status(`Analyzed 50 article(s) in 1234 ms. ${'Some articles were not analysed: see the message beside each one. '.repeat(3)}`));
  const box = await page.evaluate(() => {
    const s = document.getElementById('status');
    const h = document.querySelector('.app-header').getBoundingClientRect();
    const r = s.getBoundingClientRect();
    return { right: r.right, headerRight: h.right, left: r.left, scroll: s.scrollWidth - s.clientWidth, height: r.height };
  });
  assert.ok(box.right <= box.headerRight + 0.5 && box.left >= 0, JSON.stringify(box));
  assert.ok(box.scroll <= 0, `nothing cut off: ${JSON.stringify(box)}`);
  await page.click('#help > summary');
  const help = await page.textContent('#help .help-body');
  for (const words of ['Contradicts', 'Estimates differ by source', 'Updated later', 'Odd one out', 'only here', 'Keyboard', 'Ctrl+Enter', 'Alt+↑']) assert.ok(help.includes(words), `help mentions ${words}`);
  assert.ok(await page.isVisible('#help .help-body'));
});

test('reading view: conflicts first, claims and names quiet by default; support badges agree with the corroboration view', async () => {
  const page = await start({ width: 1280, height: 800 });
  await open(page);
  await fillArticles(page, HARLOW);
  await analyze(page);
  const state = await page.evaluate(() => ({
    hidden: ['claim', 'entity'].map((k) => document.getElementById('reading').classList.contains(`hide-${k}`)),
    shown: ['number', 'date', 'quote'].map((k) => document.getElementById('reading').classList.contains(`hide-${k}`)),
    firstLegend: document.querySelector('#legend .legend-item').textContent,
    badgeShown: [...document.querySelectorAll('#reading mark[data-support]')].some((m) => getComputedStyle(m, '::after').content !== 'none'),
  }));
  assert.deepEqual(state.hidden, [true, true]);
  assert.deepEqual(state.shown, [false, false, false]);
  assert.match(state.firstLegend, /Conflict/);
  assert.equal(state.badgeShown, false, 'no claim badge on every sentence by default');
  // The toggle is kept.
  await page.check('#legend input[aria-label="Show claim highlights"]');
  assert.equal(await page.evaluate(() => document.getElementById('reading').classList.contains('hide-claim')), false);
  // Every claim's badge says what the corroboration view says of its row.
  const report = JSON.parse((await exportText(page, 'export-json')).text);
  const badges = await page.$$eval('#reading mark[data-support]', (els) => Object.fromEntries(els.map((e) => [e.dataset.mention, e.dataset.support])));
  await page.click('#tab-corroboration');
  const rows = await page.$$eval('#panel-corroboration .claim-row', (els) =>
    els.map((r) => ({ support: r.querySelector('.support').textContent, texts: [...r.querySelectorAll('.member-text')].map((t) => t.textContent) })),
  );
  for (const claim of report.claims) {
    const row = rows.find((r) => r.texts.includes(claim.text));
    assert.ok(row, `claim listed: ${claim.text}`);
    assert.equal(badges[claim.id], row.support, `badge of ${claim.id}`);
  }
  assert.ok(Object.values(badges).includes('3 of 3 sources'));
});

test('People & orgs: the tab count is the number of names listed, long lists page with "Show more"', async () => {
  const page = await start({ width: 1280, height: 800 });
  await open(page);
  await fillArticles(page, HARLOW);
  await analyze(page);
  const base = JSON.parse((await exportText(page, 'export-json')).text);
  // Sixty people named in the first article (a synthetic report over its text).
  const text = HARLOW[0].text;
  const entities = Array.from({ length: 60 }, (_, i) => ({ id: `t${i}`, doc: base.documents[0].id, start: 0, end: 6, text: 'Valley', type: 'person', canonical: `Person ${String(i).padStart(2, '0')}` }));
  entities.push({ id: 'tb', doc: base.documents[1].id, start: 0, end: 6, text: 'Harlow', type: 'place', canonical: 'Harlow' });
  await page.evaluate(([r, articles]) => window.parallaxApp.showReport(r, articles), [{ ...base, entities }, HARLOW]);
  assert.ok(text.startsWith('Valley'));
  await page.click('#tab-people');
  assert.equal(await page.textContent('#tab-people .tab-count'), '61');
  const count = () => page.locator('#panel-people .entity-row').count();
  assert.equal(await count(), 26, 'the first page of people and the one place');
  const more = page.locator('#panel-people .show-more:visible');
  while (await more.count()) await more.first().click();
  assert.equal(await count(), 61, 'everything counted is listed');
});

test('People & orgs: a person named "Mayor Lina Brandt" and "Brandt" is listed once, with every article that names them', async () => {
  const page = await start({ width: 1280, height: 800 });
  await open(page);
  await fillArticles(page, HARLOW);
  await analyze(page);
  await page.click('#tab-people');
  const rows = page.locator('#panel-people .entity-row', { hasText: 'Brandt' });
  await rows.first().waitFor(TIMEOUT);
  assert.equal(await rows.count(), 1, 'one row for the mayor');
  assert.equal(await rows.locator('.entity-name').textContent(), 'Lina Brandt');
  const docs = await rows.locator('.entity-docs').textContent();
  for (const a of HARLOW.filter((x) => x.text.includes('Brandt'))) assert.ok(docs.includes(a.name), `${a.name} in "${docs}"`);
  assert.ok((await rows.locator('.variants').textContent()).includes('Brandt'));
});

test('a sentence every article prints is never "only here", even where the report left it ungrouped', async () => {
  const page = await start({ width: 1280, height: 800 });
  const SAME = 'The museum reopens on Friday after a year of repairs.';
  const articles = ['North Star', 'East Ledger', 'West Bulletin'].map((name, i) => ({ name, published: '2024-06-03', text: `Museum news ${i + 1}\n${SAME}\nVisitors ${i + 1} wrote in.` }));
  await open(page);
  await fillArticles(page, articles);
  await analyze(page);
  const base = JSON.parse((await exportText(page, 'export-json')).text);
  const claims = base.documents.map((d, i) => {
    const start = articles[i].text.indexOf(SAME);
    return { id: `cl${i}`, doc: d.id, start, end: start + SAME.length, text: SAME, group: null, support: 1 };
  });
  await page.evaluate(([r, a]) => window.parallaxApp.showReport(r, a), [{ ...base, claims, groups: base.groups.filter((g) => g.kind !== 'claim') }, articles]);
  // The core counts the three as copies of one story (they share the sentence word for
  // word): three articles, one independent source, never "only here".
  const expected = base.copies && base.copies.length ? '3 of 3 articles (1 independent)' : '3 of 3 sources';
  const badges = await page.$$eval('#reading mark[data-support]', (els) => els.map((e) => e.dataset.support));
  assert.deepEqual(badges, [expected, expected, expected]);
  await page.click('#tab-corroboration');
  const rows = await page.$$eval('#panel-corroboration .claim-row', (els) => els.map((r) => r.querySelector('.support').textContent));
  assert.deepEqual(rows, [expected], 'one row for the sentence, with the badge\'s figure');
});
