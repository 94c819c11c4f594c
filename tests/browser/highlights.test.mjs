// The highlight, tooltip and comparison panels, fed a report shaped like
// ../shared/REPORT.md whose mention arrays we fill ourselves: the page must show
// whatever the core reports, whichever extractors exist yet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, fillArticles, analyze, exportText, screenshot } from './browser.mjs';

const A = {
  name: 'Harbour Gazette',
  published: '2024-03-12',
  text: 'Flood closes crossing\nAbout 1,200 residents were evacuated on Tuesday, the mayor said.\n“We have never seen water this high,” Mayor Ana Ruiz told reporters. The bridge stays shut.',
};
const B = {
  name: 'Valley Times',
  published: '2024-03-13',
  text: 'River floods town\nOfficials said 2,000 people left their homes on Monday. 😀 Mayor Ana Ruiz said: “We have never seen the water this high.”\nThe bridge stays shut.',
};

// A mention of `needle` in `text` (the n-th occurrence), UTF-16 offsets.
function at(doc, text, needle, fields, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `"${needle}" occurs in ${doc}`);
  return { doc, start, end: start + needle.length, text: needle, ...fields };
}

function syntheticReport(base) {
  const [a, b] = base.documents.map((d) => d.id);
  const numbers = [
    at(a, A.text, '1,200', { id: 'n1', value: 1200, low: null, high: null, kind: 'count', unit: 'residents', qualifier: 'approx', source: 'the mayor', group: 'q1' }),
    at(b, B.text, '2,000', { id: 'n2', value: 2000, low: null, high: null, kind: 'count', unit: 'people', qualifier: 'exact', source: 'Officials', group: 'q1' }),
  ];
  const dates = [
    at(a, A.text, 'Tuesday', { id: 'd1', resolved: '2024-03-12', group: 'e1' }),
    at(b, B.text, 'Monday', { id: 'd2', resolved: '2024-03-11', group: 'e1' }),
  ];
  const quotes = [
    at(a, A.text, 'We have never seen water this high,', { id: 'u1', speaker: 'Ana Ruiz', group: 'g-u' }),
    at(b, B.text, 'We have never seen the water this high.', { id: 'u2', speaker: 'Ana Ruiz', group: ['g-u'] }),
  ];
  const entities = [
    at(a, A.text, 'Ana Ruiz', { id: 't1', type: 'person', canonical: 'Ana Ruiz' }),
    at(b, B.text, 'Mayor Ana Ruiz', { id: 't2', type: 'person', canonical: 'Ana Ruiz' }),
    at(a, A.text, 'Mayor', { id: 't3', type: 'other', canonical: 'Mayor' }), // overlaps t1's neighbour
  ];
  const claims = [
    at(a, A.text, 'The bridge stays shut.', { id: 'c1', group: 'c-bridge', support: 2 }),
    at(b, B.text, 'The bridge stays shut.', { id: 'c2', group: 'c-bridge', support: 2 }),
    at(a, A.text, 'About 1,200 residents were evacuated on Tuesday, the mayor said.', { id: 'c3', group: null, support: 1 }),
  ];
  const groups = [
    { id: 'q1', kind: 'quantity', label: 'people evacuated', members: ['n1', 'n2'], conflict: true, conflict_kind: 'estimates_differ', explanation: 'police: about 1,200 (Harbour Gazette); organisers: 2,000 (Valley Times)' },
    { id: 'e1', kind: 'event', label: 'evacuation day', members: ['d1', 'd2'], conflict: true, explanation: 'Tuesday vs Monday' },
    { id: 'g-u', kind: 'utterance', label: 'Ana Ruiz: never seen water this high', members: ['u1', 'u2'], conflict: true, explanation: 'wording differs' },
    { id: 'c-bridge', kind: 'claim', label: 'bridge shut', members: ['c1', 'c2'], conflict: false, explanation: '' },
  ];
  return { ...base, numbers, dates, quotes, entities, claims, groups };
}

let browser;
let report;
before(async () => {
  browser = await launch();
  const { page } = browser;
  await open(page);
  await fillArticles(page, [A, B]);
  await analyze(page);
  report = syntheticReport(JSON.parse((await exportText(page, 'export-json')).text));
  await page.evaluate(([r, articles]) => window.parallaxApp.showReport(r, articles), [report, [A, B]]);
});
after(async () => {
  if (browser) await browser.close();
});

test('every mention is highlighted over exactly its text', async () => {
  const { page } = browser;
  await screenshot(page, '04-highlights');
  const marks = await page.$$eval('mark[data-mention]', (els) => {
    const byId = {};
    for (const el of els) {
      const id = el.dataset.mention;
      byId[id] = (byId[id] || '') + el.textContent.replace(/^≠ /, '');
    }
    return byId;
  });
  for (const key of ['numbers', 'dates', 'quotes', 'entities', 'claims']) {
    for (const m of report[key]) assert.equal(marks[m.id], m.text, `mark ${m.id}`);
  }
  const kinds = await page.$$eval('mark[data-mention]', (els) => [...new Set(els.map((e) => e.className))].sort());
  assert.ok(kinds.some((k) => /hl-number.*conflict/.test(k)), 'conflicting number is marked');
  // Claim support badges: "2 of 2 sources" and "only here".
  const badges = await page.$$eval('mark[data-support]', (els) => els.map((e) => e.dataset.support).sort());
  assert.deepEqual(badges, ['2 of 2 sources', '2 of 2 sources', 'only here']);
});

test('one discrepancy card per conflict group, compatible vs contradictory marked', async () => {
  const { page } = browser;
  const cards = await page.$$eval('#panel-discrepancies .conflict-card', (els) =>
    els.map((c) => ({ group: c.dataset.group, members: c.querySelectorAll('.member').length, contradicts: c.querySelectorAll('.member.contradicts').length, diff: [...c.querySelectorAll('.diff-changed')].map((d) => d.textContent.trim()) })),
  );
  assert.deepEqual(cards.map((c) => c.group), ['q1', 'e1', 'g-u']);
  assert.ok(cards.every((c) => c.members === 2));
  assert.equal(cards[0].contradicts, 2, 'about 1,200 vs 2,000 cannot both hold');
  assert.deepEqual(cards[2].diff, ['the'], 'quote variant shows the word-level difference');
  const kind = await page.textContent('#panel-discrepancies .conflict-card[data-group="q1"] .conflict-kind');
  assert.equal(kind, 'Estimates differ', 'the card names the kind of conflict');
  assert.equal(await page.textContent('#tab-discrepancies .tab-count'), '3');
});

test('clicking a discrepancy item reveals the mention; focus shows its tooltip', async () => {
  const { page } = browser;
  await page.click('#panel-discrepancies .conflict-card[data-group="q1"] .member:nth-child(2) .member-link');
  const focused = await page.evaluate(() => ({ id: document.activeElement.dataset.mention, flash: document.activeElement.classList.contains('flash') }));
  assert.deepEqual(focused, { id: 'n2', flash: true });
  const tip = await page.evaluate(() => {
    const t = document.getElementById('tooltip');
    return { hidden: t.hidden, text: t.textContent };
  });
  assert.equal(tip.hidden, false);
  for (const s of ['2,000', 'people', 'exact', 'Officials', 'people evacuated']) assert.ok(tip.text.includes(s), `tooltip has ${s}: ${tip.text}`);
  await screenshot(page, '05-reveal-tooltip');
  // Arrow keys move between the highlights of an article.
  await page.keyboard.press('ArrowRight');
  const next = await page.evaluate(() => document.activeElement.dataset.mention);
  assert.notEqual(next, 'n2');
  assert.ok(next);
});

test('corroboration and people views', async () => {
  const { page } = browser;
  await page.click('#tab-corroboration');
  const corroboration = await page.textContent('#panel-corroboration');
  assert.match(corroboration, /Stated by several articles \(1\)/);
  assert.match(corroboration, /Only in one article \(1\)/);
  assert.match(corroboration, /only here/);
  await screenshot(page, '06-corroboration');
  await page.click('#tab-people');
  const people = await page.$$eval('#panel-people .entity-row', (els) => els.map((e) => e.textContent));
  assert.ok(people.some((t) => t.includes('Ana Ruiz') && t.includes('2 of 2 articles') && t.includes('Mayor Ana Ruiz')), people.join(' | '));
  await screenshot(page, '06-people');
  await page.click('#tab-discrepancies');
});

test('exports carry the groups', async () => {
  const { page } = browser;
  const md = (await exportText(page, 'export-md')).text;
  assert.match(md, /### Figures: people evacuated/);
  assert.match(md, /\| Harbour Gazette \| 1,200 \| 1,200 residents \| approx; source: the mayor \|/);
  const csv = (await exportText(page, 'export-csv')).text.trim().split('\r\n');
  assert.equal(csv.length, 3);
  assert.match(csv[1], /^Harbour Gazette,.*,n1,.*,"1,200",1200,,,count,residents,approx,the mayor,q1,yes$/);
  const json = JSON.parse((await exportText(page, 'export-json')).text);
  assert.equal(json.groups.length, 4);
});
