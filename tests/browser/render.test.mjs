// Large results are drawn without blocking: highlights as CSS Custom Highlight ranges (the
// <mark> fallback where the API is missing), articles drawn when scrolled to, long lists
// in pages, and a progress bar that says how far the analysis is. The thresholds are
// lowered for these tests (window.parallaxRenderOptions) so that small inputs take the
// large-input paths; timing is measured in scripts/bench, never asserted here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, analyze, ANALYSIS_TIMEOUT } from './browser.mjs';
import { inventedWorkspace } from './invented.mjs';

const SMALL_THRESHOLDS = { eagerChars: 3000, eagerMentions: 50, rangeMentions: 40 };
const TEST_LIMIT = { timeout: 10 * 60_000 };

// A browser whose page starts with the given render options (and, for the fallback,
// without the Highlight API).
async function browserWith({ options = SMALL_THRESHOLDS, noHighlightApi = false } = {}) {
  const browser = await launch();
  await browser.page.addInitScript(
    ({ options, noHighlightApi }) => {
      window.parallaxRenderOptions = options;
      if (noHighlightApi) delete window.Highlight;
    },
    { options, noHighlightApi },
  );
  return browser;
}

// Opens the page on an invented workspace and analyses it.
async function analyseWorkspace(page, ws) {
  await open(page);
  await page.evaluate((data) => localStorage.setItem('parallax.workspace.v1', JSON.stringify(data)), ws);
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll('.article-card').length === n, ws.articles.length);
  await analyze(page, { timeout: ANALYSIS_TIMEOUT * 2 });
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'done', await page.textContent('#status'));
}

// Highlights drawn in an article: distinct mentions as <mark>s, and ranges.
const drawnIn = (page, index) =>
  page.evaluate((i) => {
    const article = document.querySelector(`#reading article.article[data-index="${i}"]`);
    return {
      mode: article.dataset.highlights,
      drawn: article.dataset.drawn === 'true',
      marks: new Set([...article.querySelectorAll('mark[data-mention]')].map((m) => m.dataset.mention)).size,
      liteParagraphs: article.querySelectorAll('.para[data-lite]').length,
      paragraphs: article.querySelectorAll('.para').length,
    };
  }, index);

test('many highlights are drawn as CSS highlight ranges; the tab stop is a <mark>', TEST_LIMIT, async () => {
  const browser = await browserWith();
  try {
    const { page } = browser;
    await analyseWorkspace(page, inventedWorkspace(3, 6000));
    const api = await page.evaluate(() => ({
      supported: typeof Highlight === 'function' && !!CSS.highlights,
      names: [...CSS.highlights.keys()].sort(),
      numbers: CSS.highlights.get('px-number') ? CSS.highlights.get('px-number').size : 0,
      conflicts: ['number', 'date', 'quote'].reduce((n, k) => n + (CSS.highlights.get(`px-${k}-conflict`) || { size: 0 }).size, 0),
      ranges: window.parallaxApp._reading.rangeCount,
    }));
    assert.ok(api.supported, 'Chromium has the Custom Highlight API');
    // Claims and names are hidden by default: their highlights are not registered.
    assert.deepEqual(api.names, ['px-date', 'px-date-conflict', 'px-number', 'px-number-conflict', 'px-quote', 'px-quote-conflict']);
    assert.ok(api.numbers > 5, `number ranges: ${api.numbers}`);
    assert.ok(api.conflicts > 5, `ranges of mentions in discrepancies: ${api.conflicts}`);
    const first = await drawnIn(page, 0);
    assert.equal(first.mode, 'ranges');
    assert.ok(first.drawn);
    assert.ok(first.liteParagraphs > 0 && first.liteParagraphs < first.paragraphs, JSON.stringify(first));
    // Every mention of a drawn article is drawn, as a range or inside a paragraph with <mark>s.
    const counts = await page.evaluate(() => {
      const app = window.parallaxApp;
      const drawn = [...document.querySelectorAll('#reading article[data-drawn="true"]')];
      const mentions = drawn.reduce((n, a) => n + app._model.mentionsByDoc[Number(a.dataset.index)].length, 0);
      const marks = new Set([...document.querySelectorAll('#reading mark[data-mention]')].map((m) => m.dataset.mention)).size;
      return { drawn: drawn.length, mentions, marks, ranges: app._reading.rangeCount };
    });
    assert.ok(counts.drawn >= 1 && counts.marks + counts.ranges >= counts.mentions, JSON.stringify(counts));
    // The styles reach the text: a ::highlight rule for numbers exists.
    const rule = await page.evaluate(() => [...document.styleSheets].flatMap((s) => [...s.cssRules]).some((r) => r.selectorText === '::highlight(px-number)'));
    assert.ok(rule);
    // Each article's first paragraph with a highlight has <mark>s: the tab stop.
    const drawn = await page.locator('#reading article[data-drawn="true"]').count();
    assert.equal(await page.locator('#reading article[data-drawn="true"][data-highlights="ranges"] mark[tabindex="0"]').count(), drawn);
    // Ticking Claims in the legend registers their highlight.
    await page.getByLabel('Show claim highlights').check();
    assert.ok(await page.evaluate(() => CSS.highlights.has('px-claim')));
    await page.getByLabel('Show claim highlights').uncheck();
    assert.ok(!(await page.evaluate(() => CSS.highlights.has('px-claim'))));
  } finally {
    await browser.close();
  }
});

test('a long article drawn in slices gets all its highlights and all its claim rows', TEST_LIMIT, async () => {
  // Default thresholds: what a reader gets. The model, the reading view's highlights and
  // the corroboration rows of an article this long are each worked out over several
  // tasks (slices.js); the result must be what drawing it at once gives.
  const browser = await browserWith({ options: {} });
  try {
    const { page } = browser;
    await analyseWorkspace(page, inventedWorkspace(1, 250_000));
    const state = await page.evaluate(() => {
      const app = window.parallaxApp;
      const model = app._model;
      const report = model.report;
      const keys = ['numbers', 'dates', 'quotes', 'entities', 'claims'];
      const article = document.querySelector('#reading article.article[data-index="0"]');
      const placed = model.mentionsByDoc[0].filter((m) => typeof m.start === 'number').length;
      const marks = new Set([...article.querySelectorAll('mark[data-mention]')].map((m) => m.dataset.mention)).size;
      const panel = document.getElementById('panel-corroboration');
      return {
        inReport: keys.reduce((n, k) => n + report[k].length, 0),
        indexed: model.mentionById.size,
        inDoc: model.mentionsByDoc[0].length,
        placed,
        intervals: placed + model.documents[0].sentences.length,
        drawn: article.dataset.drawn === 'true',
        highlights: marks + app._reading.rangeCount,
        busy: app._corroboration._work.busy,
        claims: panel.querySelectorAll('.claim-row li').length,
        text: panel.textContent,
      };
    });
    // Large enough for several steps of each (a thousand intervals, fifty claims a step).
    assert.ok(state.intervals > 3000, `intervals: ${state.intervals}`);
    assert.ok(state.claims > 200, `claims drawn: ${state.claims}`);
    // The model indexed every mention; the reading view drew every one.
    assert.equal(state.indexed, state.inReport);
    assert.equal(state.inDoc, state.inReport);
    assert.ok(state.drawn);
    assert.ok(state.highlights >= state.placed, JSON.stringify({ ...state, text: undefined }));
    // The corroboration rows, finished, are what one synchronous drawing gives.
    assert.equal(state.busy, false);
    const once = await page.evaluate(() => {
      const app = window.parallaxApp;
      app._corroboration.render(app._model);
      app._corroboration._work.run(Infinity);
      const panel = document.getElementById('panel-corroboration');
      return { claims: panel.querySelectorAll('.claim-row li').length, text: panel.textContent };
    });
    assert.equal(state.claims, once.claims);
    assert.equal(state.text, once.text);
  } finally {
    await browser.close();
  }
});

test('pointing at a paragraph drawn with ranges gives it <mark>s and the tooltip', TEST_LIMIT, async () => {
  const browser = await browserWith();
  try {
    const { page } = browser;
    await analyseWorkspace(page, inventedWorkspace(2, 6000));
    const para = page.locator('#reading article[data-index="0"] .para[data-lite]').first();
    await para.scrollIntoViewIfNeeded();
    const index = await para.getAttribute('data-paragraph');
    await para.hover({ position: { x: 5, y: 5 } });
    const upgraded = page.locator(`#reading article[data-index="0"] .para[data-paragraph="${index}"]`);
    await upgraded.locator('mark[data-mention]').first().waitFor();
    assert.equal(await upgraded.getAttribute('data-lite'), null);
    const mark = upgraded.locator('mark[data-mention]').first();
    await mark.hover();
    await page.locator('#tooltip:not([hidden])').waitFor();
    assert.ok((await page.textContent('#tooltip')).length > 0);
  } finally {
    await browser.close();
  }
});

test('arrow keys, Home and End move between highlights across paragraphs drawn with ranges', TEST_LIMIT, async () => {
  const browser = await browserWith();
  try {
    const { page } = browser;
    await analyseWorkspace(page, inventedWorkspace(2, 6000));
    const article = page.locator('#reading article[data-index="0"]');
    const stop = article.locator('mark[tabindex="0"]');
    assert.equal(await stop.count(), 1, 'one tab stop per article');
    await stop.focus();
    const where = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el && el.matches('mark[data-mention]') ? { para: Number(el.closest('.para').dataset.paragraph), mention: el.dataset.mention } : null;
      });
    const start = await where();
    assert.ok(start);
    const seen = new Set([start.mention]);
    let last = start;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('ArrowRight');
      const now = await where();
      assert.ok(now, `focus stays on a highlight after ${i + 1} presses`);
      assert.ok(now.para >= last.para, 'never backwards');
      seen.add(now.mention);
      last = now;
    }
    assert.ok(last.para > start.para, `reached a later paragraph (${start.para} → ${last.para})`);
    assert.ok(seen.size > 20);
    await page.keyboard.press('End');
    const end = await where();
    const lastWithMentions = await page.evaluate(() => Math.max(...window.parallaxApp._reading._states[0].withMentions));
    assert.equal(end.para, lastWithMentions);
    await page.keyboard.press('ArrowLeft');
    assert.ok((await where()).para <= end.para);
    await page.keyboard.press('Home');
    assert.equal((await where()).para, start.para);
    // A card's link reaches a mention in the second article's last paragraph (drawn with
    // ranges, if drawn at all yet).
    const target = await page.evaluate(() => {
      const numbers = window.parallaxApp._model.mentionsByDoc[1].filter((x) => x.mkind === 'number');
      return numbers[numbers.length - 1].id;
    });
    assert.ok(await page.evaluate((id) => window.parallaxApp._reading.reveal(id), target));
    assert.equal(await page.evaluate(() => document.activeElement.dataset.mention), target);
    assert.equal(await page.locator('#reading article[data-index="1"]').getAttribute('data-drawn'), 'true');
  } finally {
    await browser.close();
  }
});

test('without the Highlight API every highlight is a <mark>', TEST_LIMIT, async () => {
  const browser = await browserWith({ noHighlightApi: true });
  try {
    const { page } = browser;
    await analyseWorkspace(page, inventedWorkspace(2, 6000));
    const state = await drawnIn(page, 0);
    assert.equal(state.mode, 'marks');
    assert.equal(state.liteParagraphs, 0);
    const counts = await page.evaluate(() => {
      const model = window.parallaxApp._model;
      const marks = new Set([...document.querySelectorAll('#reading article[data-index="0"] mark[data-mention]')].map((m) => m.dataset.mention)).size;
      return { marks, mentions: model.mentionsByDoc[0].filter((m) => typeof m.start === 'number').length, ranges: window.parallaxApp._reading.rangeCount };
    });
    assert.equal(counts.ranges, 0);
    assert.equal(counts.marks, counts.mentions);
    // Keyboard navigation as ever.
    await page.locator('#reading article[data-index="0"] mark[tabindex="0"]').focus();
    const before = await page.evaluate(() => document.activeElement.dataset.mention);
    await page.keyboard.press('ArrowRight');
    const after = await page.evaluate(() => document.activeElement.dataset.mention);
    assert.ok(after && after !== before);
  } finally {
    await browser.close();
  }
});

test('articles out of view are drawn when scrolled to', TEST_LIMIT, async () => {
  const browser = await browserWith();
  try {
    const { page } = browser;
    await analyseWorkspace(page, inventedWorkspace(8, 4000));
    const last = page.locator('#reading article[data-index="7"]');
    assert.equal(await last.getAttribute('data-drawn'), null, 'not drawn while out of view');
    assert.equal(await last.locator('.para').count(), 0);
    // Its title and facts are there already; its body keeps about its height.
    assert.match(await last.locator('.article-title').textContent(), /Outlet 8/);
    // From the keyboard: an article not drawn yet is a tab stop that draws it and moves to
    // its first highlight.
    const fourth = page.locator('#reading article[data-index="3"]');
    assert.equal(await fourth.getAttribute('data-drawn'), null);
    await page.keyboard.press('Tab'); // focus-visible from the keyboard
    await fourth.locator('.article-body').focus();
    assert.equal(await fourth.getAttribute('data-drawn'), 'true');
    assert.ok(await page.evaluate(() => document.activeElement.matches('#reading article[data-index="3"] mark[tabindex="0"]')));
    await last.scrollIntoViewIfNeeded();
    await page.locator('#reading article[data-index="7"][data-drawn="true"]').waitFor();
    assert.ok((await last.locator('.para').count()) > 5);

    await page.waitForFunction(() => document.getElementById('reading').dataset.drawing === 'false');
  } finally {
    await browser.close();
  }
});

test('the progress bar says which step the analysis is at and how many articles are drawn', TEST_LIMIT, async () => {
  const browser = await browserWith();
  try {
    const { page } = browser;
    await open(page);
    await page.evaluate((data) => localStorage.setItem('parallax.workspace.v1', JSON.stringify(data)), inventedWorkspace(20, 3000));
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.article-card').length === 20);
    await analyze(page, { timeout: ANALYSIS_TIMEOUT * 2 });
    // Record every state of the bar during a second analysis.
    await page.evaluate(() => {
      window.__progress = [];
      const bar = document.getElementById('progress');
      new MutationObserver(() => window.__progress.push({ now: Number(bar.getAttribute('aria-valuenow')), text: bar.getAttribute('aria-valuetext') })).observe(bar, {
        attributes: true,
        attributeFilter: ['aria-valuetext'],
      });
    });
    await analyze(page, { timeout: ANALYSIS_TIMEOUT * 2 });
    const seen = await page.evaluate(() => window.__progress);
    const texts = seen.map((s) => s.text);
    for (const step of ['step 1 of 4', 'step 2 of 4: analysing 20 articles', 'step 3 of 4', 'step 4 of 4: drawing']) {
      assert.ok(texts.some((t) => t.startsWith(step)), `${step} in ${JSON.stringify(texts)}`);
    }
    assert.ok(texts.some((t) => /drawing \d+ of \d+ articles? in view/.test(t)), JSON.stringify(texts));
    // The fraction only grows, and ends full.
    const values = seen.map((s) => s.now);
    assert.deepEqual(values, [...values].sort((a, b) => a - b));
    assert.equal(values[values.length - 1], 100);
    assert.equal(await page.locator('#progress').getAttribute('role'), 'progressbar');
    assert.ok(await page.locator('#progress').isHidden(), 'hidden once drawn');
  } finally {
    await browser.close();
  }
});

test('long lists of cards and claims are shown a page at a time', TEST_LIMIT, async () => {
  const browser = await browserWith();
  try {
    const { page } = browser;
    await analyseWorkspace(page, inventedWorkspace(6, 6000));
    const sizes = await page.evaluate(() => {
      const model = window.parallaxApp._model;
      return { cards: model.discrepancyGroups().length, claims: document.querySelector('#section-single h3').textContent };
    });
    // Cards: 30 to a page.
    const cards = page.locator('#panel-discrepancies .conflict-card');
    if (sizes.cards > 30) {
      assert.equal(await cards.count(), 30);
      await page.click('#tab-discrepancies');
      await page.locator('#panel-discrepancies .show-more').click();
      assert.equal(await cards.count(), Math.min(60, sizes.cards));
    } else {
      assert.equal(await cards.count(), sizes.cards);
    }
    // Claims: 40 to a page, per section.
    await page.click('#tab-corroboration');
    const sections = await page.$$eval('#panel-corroboration .claim-section', (els) =>
      els.map((s) => ({ id: s.id, total: Number((s.querySelector('h3').textContent.match(/\((\d+)\)/) || [])[1]), rows: s.querySelectorAll(':scope > ul > li').length, more: !!s.querySelector('.show-more:not([hidden])') })),
    );
    const long = sections.filter((s) => s.total > 40);
    assert.ok(long.length > 0, `a section longer than a page: ${JSON.stringify(sections)}`);
    for (const s of sections) {
      assert.equal(s.rows, Math.min(40, s.total), JSON.stringify(s));
      assert.equal(s.more, s.total > 40);
    }
    const id = long[0].id;
    await page.locator(`#${id} .show-more`).click();
    assert.equal(await page.locator(`#${id} > ul > li`).count(), Math.min(80, long[0].total));
  } finally {
    await browser.close();
  }
});
