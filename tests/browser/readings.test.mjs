// Cards as readings, on articles we wrote about an invented event (the Harlow dam): two
// say the gates were opened on Wednesday, one says Tuesday; all three give the same
// figure and the same quote (one only a fragment of it), and a fourth article words the
// quote differently. The page must show one Days card with two readings, the odd one out
// marked, the kind and a sentence on top; agreement is corroboration, not a discrepancy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, fillArticles, analyze, exportText, screenshot } from './browser.mjs';
import { HARLOW, SELLA_RADIO } from './harlow.mjs';

const TIMEOUT = { timeout: 60000 };

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
});

async function analyzeArticles(page, articles, referenceDate = '') {
  await open(page);
  if (referenceDate) await page.fill('#reference-date', referenceDate);
  await fillArticles(page, articles);
  await analyze(page);
}

const cards = (page) =>
  page.$$eval('#panel-discrepancies .conflict-card', (els) =>
    els.map((c) => ({
      group: c.dataset.group,
      kindLabel: c.querySelector('.card-kind').textContent,
      title: c.querySelector('.card-title').textContent,
      context: (c.querySelector('.card-context') || { textContent: '' }).textContent,
      kind: c.querySelector('.conflict-kind').textContent,
      sentence: c.querySelector('.card-sentence').textContent,
      readings: [...c.querySelectorAll('.reading-card')].map((r) => ({
        value: r.querySelector('.reading-value').textContent,
        odd: r.classList.contains('odd'),
        mark: (r.querySelector('.odd-mark') || { textContent: '' }).textContent,
        articles: [...r.querySelectorAll('.reading-article .member-doc')].map((d) => d.textContent),
        inserted: [...r.querySelectorAll('.diff-changed')].map((d) => d.textContent.trim()),
        removed: [...r.querySelectorAll('.diff-removed')].map((d) => d.textContent.trim()),
        partial: (r.querySelector('.partial-note') || { textContent: '' }).textContent,
      })),
    })),
  );

test('Tuesday against two Wednesdays: one card, two readings, the odd one out marked, kind and sentence on top', async () => {
  const { page } = browser;
  await analyzeArticles(page, HARLOW);
  await screenshot(page, '20-days-card');
  const shown = await cards(page);
  assert.equal(shown.length, 1, JSON.stringify(shown));
  const [card] = shown;
  assert.equal(card.kindLabel, 'Days');
  assert.equal(card.kind, 'Contradicts');
  // What the day is about, in one article's own words around the date.
  assert.equal(card.context, '“Water board chief Tomas Weir said on Wednesday that the gates of the Harlow…” — Harlow Post');
  assert.equal(card.sentence, 'River Herald says Tuesday (May 14); Harlow Post and Valley Times say Wednesday (May 15)');
  assert.equal(card.readings.length, 2);
  const tuesday = card.readings.find((r) => /Tuesday/.test(r.value));
  const wednesday = card.readings.find((r) => /Wednesday/.test(r.value));
  assert.deepEqual(tuesday.articles, ['River Herald']);
  assert.equal(tuesday.odd, true);
  assert.equal(tuesday.mark, 'Odd one out');
  assert.deepEqual(wednesday.articles, ['Harlow Post', 'Valley Times']);
  assert.equal(wednesday.odd, false);
  // The summary bar counts it, by kind.
  const bar = await page.textContent('#summary-bar');
  assert.match(bar, /1 discrepancy/);
  assert.match(bar, /1 contradiction(?!s)/);
  assert.match(bar, /3 articles/);
  assert.equal(await page.textContent('#tab-discrepancies .tab-count'), '1');
});

test('groups the articles agree on are corroboration, not discrepancies, and have no red border', async () => {
  const { page } = browser;
  await analyzeArticles(page, HARLOW);
  const report = JSON.parse((await exportText(page, 'export-json')).text);
  const agreeing = report.groups.filter((g) => g.kind !== 'claim' && !g.conflict);
  const figure = agreeing.find((g) => g.kind === 'quantity');
  assert.ok(figure, 'the 1,200 residents form one agreeing group');
  assert.equal(await page.locator(`#panel-discrepancies [data-group="${figure.id}"]`).count(), 0, 'not a discrepancy card');
  await page.click('#tab-corroboration');
  const agree = page.locator(`#section-agree .agree-card[data-group="${figure.id}"]`);
  await agree.waitFor(TIMEOUT);
  assert.match(await agree.textContent(), /three articles say 1,200 residents/);
  assert.match(await agree.textContent(), /3 of 3 sources/);
  const border = await agree.evaluate((el) => getComputedStyle(el).borderLeftColor);
  const red = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = getComputedStyle(document.documentElement).getPropertyValue('--conflict');
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  });
  assert.notEqual(border, red, 'an agreeing group has no red border');
  // The quote all three print (one only in part) agrees too: identical renderings and
  // the fragment are one reading.
  const quote = agreeing.find((g) => g.kind === 'utterance');
  assert.ok(quote, 'the mayor\'s words are one agreeing utterance group');
  assert.match(await page.textContent(`#section-agree [data-group="${quote.id}"]`), /three articles quote the same words/);
  await page.click('#tab-discrepancies');
});

test('quotes: identical renderings collapse, a fragment agrees, a different word is shown as a diff of the original', async () => {
  const { page } = browser;
  await analyzeArticles(page, [...HARLOW, SELLA_RADIO]);
  await screenshot(page, '21-quote-card');
  const quote = (await cards(page)).find((c) => c.kindLabel === 'Quote wording');
  assert.ok(quote, 'a quote card');
  // The heading is the article's own words, never the core's folded key ("thi year").
  assert.match(quote.title, /^Lina Brandt: “The dam is safe and the valley will not flood this year”$/);
  assert.equal(quote.readings.length, 2, 'two wordings, not one per article');
  const [common, other] = quote.readings;
  assert.equal(common.value, 'The dam is safe and the valley will not flood this year');
  assert.deepEqual(common.articles, ['Harlow Post', 'Valley Times', 'River Herald'], 'the identical renderings and the fragment are one reading');
  assert.match(common.partial, /River Herald quotes part of it: “will not flood this year”/);
  assert.equal(common.odd, false);
  assert.deepEqual(other.articles, ['Sella Radio']);
  assert.equal(other.odd, true);
  assert.deepEqual(other.inserted, ['secure']);
  assert.deepEqual(other.removed, ['safe']);
  assert.equal(quote.kind, 'Contradicts');
  assert.equal(quote.sentence, 'Sella Radio quotes different words from three articles');
  // Tooltips show the article's words too.
  const tip = await page.evaluate(() => {
    const mark = [...document.querySelectorAll('#reading mark.hl-quote')].find((m) => m.textContent.includes('secure'));
    mark.focus();
    return mark.dataset.mention;
  });
  assert.ok(tip);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => !document.getElementById('tooltip').hidden, null, TIMEOUT);
  const tipText = await page.textContent('#tooltip');
  assert.ok(!/thi year|are see/.test(tipText), tipText);
});

test('dates that cannot be placed for want of a publication date are named beside the article and above the discrepancies', async () => {
  const { page } = browser;
  await analyzeArticles(page, HARLOW.map((a) => ({ ...a, published: '' })));
  const notice = await page.textContent('#panel-discrepancies .unplaced-notice');
  assert.match(notice, /without a publication date/);
  for (const a of HARLOW) assert.ok(notice.includes(a.name), `${a.name} named: ${notice}`);
  assert.match(notice, /“Tuesday”/);
  const beside = await page.$$eval('#reading article.article .unplaced-dates', (els) => els.map((e) => e.textContent));
  assert.equal(beside.length, 3);
  assert.match(beside[2], /“Tuesday”.*cannot be placed: this article has no publication date/);
  const editor = await page.$$eval('.article-card .article-notice', (els) => els.map((e) => e.textContent));
  assert.ok(editor.some((t) => /no publication date/.test(t)), 'the editor card says it too');
  assert.match(await page.textContent('#summary-bar'), /without a date/);
  // With a reference date the days are placed and the card appears.
  await page.fill('#reference-date', '2024-05-15');
  await analyze(page);
  await page.waitForSelector('#panel-discrepancies .conflict-card.kind-event', TIMEOUT);
  assert.equal(await page.locator('#panel-discrepancies .unplaced-notice').count(), 0);
});

test('a reload brings back the articles and their results', async () => {
  const { page } = browser;
  await analyzeArticles(page, HARLOW);
  const before = await cards(page);
  await page.reload();
  await page.waitForSelector('#panel-discrepancies .conflict-card', TIMEOUT);
  await page.waitForFunction(() => document.body.dataset.state === 'done', null, TIMEOUT);
  assert.deepEqual(await cards(page), before);
  assert.match(await page.textContent('#status'), /last analysis/);
  assert.equal(await page.isDisabled('#export-json'), false);
  // Edited while away: the stored report no longer fits, so the analysis runs again.
  await page.evaluate(() => {
    const ws = JSON.parse(localStorage.getItem('parallax.workspace.v1'));
    ws.articles[2].text = ws.articles[2].text.replace('Tuesday', 'Wednesday');
    localStorage.setItem('parallax.workspace.v1', JSON.stringify(ws));
  });
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.state === 'done', null, TIMEOUT);
  await page.waitForFunction(() => !document.querySelector('#panel-discrepancies .conflict-card.kind-event'), null, TIMEOUT);
  assert.match(await page.textContent('#status'), /Analyzed 3 article/);
});

test('CSV: numbers, dates and quotes rows, one document column, speakers only from the attribution', async () => {
  const { page } = browser;
  await analyzeArticles(page, [...HARLOW, SELLA_RADIO]);
  const { name, text } = await exportText(page, 'export-csv');
  assert.equal(name, 'parallax-mentions.csv');
  const lines = text.trim().split('\r\n');
  const header = lines[0].split(',');
  assert.deepEqual(header, ['type', 'document', 'id', 'start', 'end', 'text', 'value', 'low', 'high', 'resolved', 'kind', 'unit', 'qualifier', 'source', 'speaker', 'group', 'conflict', 'reading']);
  assert.ok(!header.includes('article') && !header.includes('doc'), 'one document column');
  const rows = lines.slice(1).map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((f) => f.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')));
  const col = (r, c) => r[header.indexOf(c)];
  const types = new Set(rows.map((r) => r[0]));
  assert.deepEqual([...types].sort(), ['date', 'number', 'quote']);
  const tuesday = rows.find((r) => col(r, 'type') === 'date' && col(r, 'text') === 'Tuesday');
  assert.equal(col(tuesday, 'document'), 'River Herald');
  assert.equal(col(tuesday, 'resolved'), '2024-05-14');
  assert.equal(col(tuesday, 'conflict'), 'contradicts');
  assert.equal(col(tuesday, 'reading'), 'Tuesday (May 14)');
  const quotes = rows.filter((r) => col(r, 'type') === 'quote');
  assert.equal(quotes.length, 4);
  for (const q of quotes) {
    const expected = col(q, 'document') === 'Sella Radio' ? '' : 'Lina Brandt';
    assert.equal(col(q, 'speaker'), expected, `speaker of the quote in ${col(q, 'document')}`);
    assert.ok(!HARLOW.some((a) => a.name === col(q, 'speaker')), 'an outlet is never a speaker');
  }
  const figure = rows.find((r) => col(r, 'type') === 'number' && col(r, 'document') === 'Valley Times');
  assert.equal(col(figure, 'value'), '1200');
  // The core writes a group word as a description ('officials'); the case is its own.
  assert.equal(col(figure, 'source').toLowerCase(), 'officials');
});

test('Markdown carries the verdicts, kinds and readings', async () => {
  const { page } = browser;
  await analyzeArticles(page, [...HARLOW, SELLA_RADIO]);
  const { name, text } = await exportText(page, 'export-md');
  assert.equal(name, 'parallax-report.md');
  assert.match(text, /## Discrepancies \(2\)/);
  assert.match(text, /### Days: Tomas Weir/);
  assert.match(text, /\*\*Contradicts\.\*\* River Herald says Tuesday \(May 14\); Harlow Post, Valley Times and Sella Radio say Wednesday|\*\*Contradicts\.\*\* River Herald says Tuesday \(May 14\); (Harlow Post and Valley Times|three articles) say Wednesday \(May 15\)/);
  assert.match(text, /\| Tuesday \(May 14\) \| River Herald \|  \| odd one out \|/);
  assert.match(text, /\| Wednesday \(May 15\) \| Harlow Post, Valley Times \|  \| majority \|/);
  assert.match(text, /\| “The dam is \*\*secure\*\* ~~safe~~ and the valley will not flood this year” \| Sella Radio \||\| “The dam is ~~safe~~ \*\*secure\*\* and the valley will not flood this year” \| Sella Radio \|/);
  assert.match(text, /## Agreeing figures, days and quotes/);
  assert.match(text, /three articles say 1,200 residents/);
});

test('a toll that rises in later articles is "Updated later", in time order, with no odd one out', async () => {
  const { page } = browser;
  await analyzeArticles(page, [
    { name: 'Carrow Courier', published: '2024-08-10', text: 'Flood toll rises in Carrow\nThe flood in Carrow has killed 19 people, police said on Saturday.\nRescue teams are still searching the river banks.' },
    { name: 'Delta Daily', published: '2024-08-12', text: 'Carrow flood toll climbs\nThe flood in Carrow has killed 44 people, police said on Monday.\nMore rain is forecast.' },
  ]);
  const shown = (await cards(page)).filter((c) => c.kindLabel === 'Figures');
  assert.equal(shown.length, 1, JSON.stringify(shown));
  const [card] = shown;
  assert.equal(card.kind, 'Updated later');
  assert.equal(card.sentence, 'The figure rose: Carrow Courier (Aug 10) says 19 people; then Delta Daily (Aug 12) says 44 people');
  assert.deepEqual(card.readings.map((r) => [r.value, r.odd]), [['19 people', false], ['44 people', false]]);
  assert.match(await page.textContent('#summary-bar'), /1 updated later/);
  const border = await page.$eval('#panel-discrepancies .conflict-card', (el) => el.className);
  assert.match(border, /conflict-updated/);
});

test('copies of one story count once: three wire copies against one article is no majority', async (t) => {
  const { page } = browser;
  const copy = (name) => ({
    name,
    published: '2024-06-03',
    text: `Museum news from ${name}\nThe city museum will reopen on Friday after repairs that cost 4 million euros, the culture office said.\nVisitors are welcome.`,
  });
  await analyzeArticles(page, [copy('Wire One'), copy('Wire Two'), copy('Wire Three'), {
    name: 'Town Crier',
    published: '2024-06-03',
    text: 'Museum opens again\nThe city museum will reopen on Friday after repairs that cost 6 million euros, the culture office said.\nTickets are free on the first day.',
  }]);
  const report = JSON.parse((await exportText(page, 'export-json')).text);
  if (!(report.copies || []).length) {
    t.skip('the core found no copies among these articles (it decides what a copy is)');
    return;
  }
  const card = (await cards(page)).find((c) => c.kindLabel === 'Figures');
  assert.ok(card, 'a figures card');
  assert.deepEqual(card.readings.map((r) => r.odd), [false, false], 'one story against one article: no odd one out');
  assert.match(card.sentence, /three articles \(copies of one story\) say 4 million euros/);
  const counts = await page.$$eval('#panel-discrepancies .conflict-card.kind-quantity .reading-count', (els) => els.map((e) => e.textContent));
  assert.deepEqual(counts, ['3 articles (1 independent source: copies count once)', '1 article']);
});

test('a speaker spelt with a stray ";" is the same speaker: no attribution card', async () => {
  const { page } = browser;
  await analyzeArticles(page, HARLOW);
  const base = JSON.parse((await exportText(page, 'export-json')).text);
  const group = base.groups.find((g) => g.kind === 'utterance');
  assert.ok(group, 'the mayor\'s words are one utterance group');
  // As an attribution reader that kept the semicolon would report it.
  const quotes = base.quotes.map((q) => (q.id === group.members[0] ? { ...q, speaker: `${q.speaker};` } : q));
  const groups = base.groups.map((g) => (g.id === group.id ? { ...g, conflict: true, conflict_kind: 'contradicts', attribution_conflict: true } : g));
  await page.evaluate(([r, a]) => window.parallaxApp.showReport(r, a), [{ ...base, quotes, groups }, HARLOW]);
  assert.equal(await page.locator(`#panel-discrepancies [data-group="${group.id}"]`).count(), 0);
  assert.equal(await page.locator(`#panel-corroboration [data-group="${group.id}"]`).count(), 1);
  assert.ok(!(await page.textContent('#panel-corroboration')).includes('Brandt;'));
});
