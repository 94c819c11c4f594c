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
    // A speaker as an attribution may leave it, with a stray ";": shown without it.
    at(b, B.text, 'We have never seen the water this high.', { id: 'u2', speaker: 'Ana Ruiz;', group: ['g-u'] }),
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
    {
      id: 'q1', kind: 'quantity', label: 'people evacuated', members: ['n1', 'n2'], conflict: true, conflict_kind: 'estimates_differ',
      readings: [
        { value: 1200, low: null, high: null, qualifier: 'approx', text: 'about 1,200', members: ['n1'], documents: [a], sources: ['the mayor'] },
        { value: 2000, low: null, high: null, qualifier: 'exact', text: '2,000', members: ['n2'], documents: [b], sources: ['Officials'] },
      ],
      explanation: 'the mayor: about 1,200 (a); Officials: 2,000 (b)',
    },
    {
      id: 'e1', kind: 'event', label: 'evacuation day', members: ['d1', 'd2'], conflict: true, conflict_kind: 'contradicts',
      readings: [
        { value: '2024-03-12', text: 'Tuesday (Mar 12)', members: ['d1'], documents: [a], sources: [] },
        { value: '2024-03-11', text: 'Monday (Mar 11)', members: ['d2'], documents: [b], sources: [] },
      ],
      explanation: 'Tuesday vs Monday',
    },
    {
      id: 'g-u', kind: 'utterance', label: 'Ana Ruiz: “we have never see water thi high”', members: ['u1', 'u2'], conflict: true, conflict_kind: 'contradicts',
      readings: [
        { value: 'We have never seen water this high,', text: 'We have never seen water this high,', members: ['u1'], documents: [a], sources: ['Ana Ruiz'] },
        { value: 'We have never seen the water this high.', text: 'We have never seen the water this high.', members: ['u2'], documents: [b], sources: ['Ana Ruiz'] },
      ],
      diffs: [
        [{ op: '=', words: 'we have never see water thi high' }],
        [{ op: '=', words: 'we have never see' }, { op: '+', words: 'the' }, { op: '=', words: 'water thi high' }],
      ],
      attribution_conflict: false,
      explanation: 'wording differs',
    },
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

test('one discrepancy card per conflict group, its readings side by side', async () => {
  const { page } = browser;
  const cards = await page.$$eval('#panel-discrepancies .conflict-card', (els) =>
    els.map((c) => ({
      group: c.dataset.group,
      readings: [...c.querySelectorAll('.reading-card')].map((r) => r.querySelector('.reading-value').textContent),
      title: c.querySelector('.card-title').textContent,
      diff: [...c.querySelectorAll('.diff-changed')].map((d) => d.textContent.trim()),
    })),
  );
  assert.deepEqual(cards.map((c) => c.group), ['q1', 'e1', 'g-u']);
  assert.deepEqual(cards[0].readings, ['about 1,200 residents', '2,000 people']);
  assert.deepEqual(cards[1].readings, ['Tuesday (Mar 12)', 'Monday (Mar 11)']);
  assert.deepEqual(cards[2].diff, ['the'], 'quote variant shows the word-level difference');
  assert.equal(cards[2].title, 'Ana Ruiz: “We have never seen water this high”', 'the article\'s words, not the folded key');
  const panel = await page.textContent('#panel-discrepancies');
  assert.ok(!panel.includes('Ruiz;'), `no stray ";" after a speaker: ${panel}`);
  const kind = await page.textContent('#panel-discrepancies .conflict-card[data-group="q1"] .conflict-kind');
  assert.equal(kind, 'Estimates differ by source', 'the card names the kind of conflict');
  assert.equal(
    await page.textContent('#panel-discrepancies .conflict-card[data-group="q1"] .card-sentence'),
    'Harbour Gazette says about 1,200 residents, citing the mayor; Valley Times says 2,000 people, citing Officials',
  );
  assert.equal(await page.textContent('#tab-discrepancies .tab-count'), '3');
});

test('a discrepancy row reveals the mention; from the keyboard its tooltip shows', async () => {
  const { page } = browser;
  const row = page.locator('#panel-discrepancies .conflict-card[data-group="q1"] .reading-card:nth-child(2) .member-link');
  await row.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.dataset.mention === 'n2');
  const focused = await page.evaluate(() => ({ id: document.activeElement.dataset.mention, flash: document.activeElement.classList.contains('flash') }));
  assert.deepEqual(focused, { id: 'n2', flash: true });
  await page.waitForFunction(() => !document.getElementById('tooltip').hidden);
  const tip = await page.textContent('#tooltip');
  for (const s of ['2,000', 'people', 'exact', 'Officials', 'Estimates differ by source', 'Valley Times says 2,000 people']) assert.ok(tip.includes(s), `tooltip has ${s}: ${tip}`);
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
  assert.match(corroboration, /Claims stated by several articles \(1\)/);
  assert.match(corroboration, /Claims in one article only \(1\)/);
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
  assert.match(md, /\*\*Estimates differ by source\.\*\* Harbour Gazette says about 1,200 residents, citing the mayor/);
  assert.match(md, /\| about 1,200 residents \| Harbour Gazette \| the mayor \|  \|/);
  const csv = (await exportText(page, 'export-csv')).text.trim().split('\r\n');
  assert.equal(csv.length, 7, 'a header, two numbers, two dates, two quotes');
  assert.match(csv[1], /^number,Harbour Gazette,n1,.*,"1,200",1200,,,,count,residents,approx,the mayor,,q1,estimates_differ,"about 1,200 residents"$/);
  assert.match(csv.find((l) => l.startsWith('quote,Valley Times')), /,Ana Ruiz,g-u,contradicts,/);
  const json = JSON.parse((await exportText(page, 'export-json')).text);
  assert.equal(json.groups.length, 4);
});
