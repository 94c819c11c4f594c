// The page in Chromium over file://: paste, analyze, read, export, persist — offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, fillArticles, analyze, exportText, screenshot, networkRequests } from './browser.mjs';

// Two short articles of our own about one invented event.
const ARTICLES = [
  {
    name: 'Harbour Gazette',
    published: '2024-03-12',
    text: [
      'Flood closes river crossing',
      'By Jane Doe',
      'About 1,200 residents were evacuated on Tuesday after the river rose 3.5 metres, the mayor said.',
      '“We have never seen water this high,” Mayor Ana Ruiz told reporters. The bridge will stay shut for at least two weeks.',
      'Subscribe to our newsletter.',
    ].join('\n'),
  },
  {
    name: 'Valley Times',
    published: '2024-03-13',
    text: [
      'Thousands leave homes as river floods',
      'Officials said 2,000 people left their homes on Monday night. Mayor Ana Ruiz said: “We have never seen the water this high.”',
      'The crossing, which carries 15,000 cars a day, could reopen within ten days.',
      'Ünïcödé check: café — 😀 emoji before a number, 42 boats.',
    ].join('\n'),
  },
];

const HOSTILE = {
  name: '<b>Evil</b> Outlet',
  published: '2024-03-13',
  text: [
    'Hostile article <img src=x onerror="window.__pwned=1"> with markup.',
    'It also has <script>window.__pwned=2</script> inline, and <a href="https://example.com/">a link</a>.',
    'Plain sentence with 7 numbers at the end.',
  ].join('\n'),
};

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
});

test('analyzes two pasted articles and renders every sentence and highlight', async () => {
  const { page } = browser;
  await open(page);
  await screenshot(page, '01-empty');
  await fillArticles(page, ARTICLES);
  await analyze(page);
  await screenshot(page, '02-analyzed');

  const { name, text } = await exportText(page, 'export-json');
  assert.equal(name, 'parallax-report.json');
  const report = JSON.parse(text);
  assert.equal(report.documents.length, 2);

  const rendered = await page.evaluate(() =>
    [...document.querySelectorAll('#reading article.article')].map((a) => ({
      sentences: new Set([...a.querySelectorAll('[data-sentence]')].map((s) => s.dataset.sentence)).size,
      mentions: new Set([...a.querySelectorAll('mark[data-mention]')].map((m) => m.dataset.mention)).size,
      text: [...a.querySelectorAll('.article-body > p')].map((p) => p.textContent).join('\n'),
      furniture: a.querySelectorAll('.para.furniture').length,
      title: a.querySelector('.article-title').textContent,
    })),
  );
  assert.equal(rendered.length, 2);
  const mentionKeys = ['numbers', 'dates', 'quotes', 'entities', 'claims'];
  report.documents.forEach((doc, i) => {
    assert.ok(doc.sentence_spans.length > 0, `document ${i} has sentences`);
    assert.equal(rendered[i].sentences, doc.sentence_spans.length, `sentence count of document ${i}`);
    const mentions = mentionKeys.flatMap((k) => report[k] || []).filter((m) => m.doc === doc.id);
    assert.equal(rendered[i].mentions, mentions.length, `highlight count of document ${i}`);
    // The paragraphs' text, cut at the report's UTF-16 offsets, is shown exactly.
    const expected = doc.paragraph_spans.map(([start, end]) => ARTICLES[i].text.slice(start, end)).join('\n');
    assert.equal(rendered[i].text, expected, `text of document ${i}`);
    assert.equal(rendered[i].furniture, doc.paragraph_spans.filter((p) => p.length > 2).length);
    assert.match(rendered[i].title, new RegExp(ARTICLES[i].name));
  });
  assert.match(await page.textContent('#summary'), /2 articles/);
});

test('article text containing HTML is shown as text and runs nothing', async () => {
  const { page } = browser;
  await open(page);
  await fillArticles(page, [ARTICLES[0], HOSTILE]);
  await analyze(page);
  await page.waitForTimeout(300); // give a would-be onerror handler time to fire
  await screenshot(page, '03-hostile');
  const result = await page.evaluate(() => ({
    pwned: window.__pwned,
    images: document.querySelectorAll('#reading img, #article-list img').length,
    scripts: document.querySelectorAll('body script').length,
    links: document.querySelectorAll('#reading a').length,
    bold: document.querySelectorAll('#reading b').length,
    text: document.querySelector('#reading').textContent,
  }));
  assert.equal(result.pwned, undefined);
  assert.equal(result.images, 0);
  assert.equal(result.scripts, 1, 'only the page script itself');
  assert.equal(result.links, 0);
  assert.equal(result.bold, 0);
  assert.ok(result.text.includes('<img src=x onerror="window.__pwned=1">'));
  assert.ok(result.text.includes('<script>window.__pwned=2</script>'));
  assert.ok(result.text.includes('<b>Evil</b> Outlet'), 'the outlet name is text too');
});

test('articles survive a reload', async () => {
  const { page } = browser;
  await open(page);
  await fillArticles(page, ARTICLES);
  await page.fill('#reference-date', '2024-03-14');
  await page.reload();
  await page.waitForSelector('.article-card');
  const values = await page.evaluate(() =>
    [...document.querySelectorAll('.article-card')].map((c) => ({
      name: c.querySelector('.article-name').value,
      published: c.querySelector('.article-date').value,
      text: c.querySelector('.article-text').value,
    })),
  );
  assert.deepEqual(values, ARTICLES);
  assert.equal(await page.inputValue('#reference-date'), '2024-03-14');
});

test('articles can be added, reordered and removed; Clear asks first', async () => {
  const { page } = browser;
  await open(page);
  await fillArticles(page, [...ARTICLES, { name: 'Third', published: '', text: 'A third article with 3 lines.' }]);
  const names = () => page.$$eval('.article-name', (els) => els.map((e) => e.value));
  assert.deepEqual(await names(), ['Harbour Gazette', 'Valley Times', 'Third']);
  await page.click('[aria-label="Move article 3 up"]');
  assert.deepEqual(await names(), ['Harbour Gazette', 'Third', 'Valley Times']);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Move article 2 up', 'focus follows the moved article');
  // From the keyboard: Alt+Down on a name moves its article; the caret stays in the name.
  await page.locator('.article-name').nth(0).focus();
  await page.keyboard.press('Alt+ArrowDown');
  assert.deepEqual(await names(), ['Third', 'Harbour Gazette', 'Valley Times']);
  assert.equal(await page.evaluate(() => document.activeElement.value), 'Harbour Gazette');
  await page.keyboard.press('Alt+ArrowUp');
  assert.deepEqual(await names(), ['Harbour Gazette', 'Third', 'Valley Times']);
  // Not inside the text, where Alt+arrows belong to the editor.
  await page.locator('.article-text').nth(0).focus();
  await page.keyboard.press('Alt+ArrowDown');
  assert.deepEqual(await names(), ['Harbour Gazette', 'Third', 'Valley Times']);
  page.once('dialog', (d) => d.accept());
  await page.click('[aria-label="Remove article 2"]');
  assert.deepEqual(await names(), ['Harbour Gazette', 'Valley Times']);

  page.once('dialog', (d) => d.dismiss());
  await page.click('#clear');
  assert.deepEqual(await names(), ['Harbour Gazette', 'Valley Times'], 'dismissed: nothing cleared');
  page.once('dialog', (d) => d.accept());
  await page.click('#clear');
  assert.deepEqual(await names(), ['', '']);
  await page.reload();
  await page.waitForSelector('.article-card');
  assert.deepEqual(await names(), ['', ''], 'the clear is persisted');
});

test('dropped HTML files become text, without scripts or boilerplate', async () => {
  const { page } = browser;
  await open(page);
  const html = `<!doctype html><html><head><meta property="og:site_name" content="Dropped News">
    <meta property="article:published_time" content="2024-03-12T08:00:00Z"><script>window.__pwned=3</script>
    <style>p{color:red}</style></head><body><nav><p>Home | World | Sport</p></nav>
    <article><h1>River floods town</h1><p>About <b>1,200</b> people left.</p><p>The bridge is shut.</p>
    <img src="x" onerror="window.__pwned=4"></article><footer><p>Copyright 2024</p></footer></body></html>`;
  await page.evaluate(async (source) => {
    const dt = new DataTransfer();
    dt.items.add(new File([source], 'dropped.html', { type: 'text/html' }));
    dt.items.add(new File(['Plain text article.\nSecond line.'], 'plain.txt', { type: 'text/plain' }));
    const zone = document.getElementById('input-pane');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, html);
  await page.waitForFunction(() => [...document.querySelectorAll('.article-name')].some((e) => e.value === 'plain'));
  const cards = await page.$$eval('.article-card', (els) =>
    els.map((c) => ({ name: c.querySelector('.article-name').value, published: c.querySelector('.article-date').value, text: c.querySelector('.article-text').value })),
  );
  const dropped = cards.find((c) => c.name === 'Dropped News');
  assert.ok(dropped, JSON.stringify(cards));
  assert.equal(dropped.published, '2024-03-12');
  assert.equal(dropped.text, 'River floods town\nAbout 1,200 people left.\nThe bridge is shut.');
  assert.equal(cards.find((c) => c.name === 'plain').text, 'Plain text article.\nSecond line.');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
});

test('exports Markdown and CSV', async () => {
  const { page } = browser;
  await open(page);
  await fillArticles(page, ARTICLES);
  await analyze(page);
  const md = await exportText(page, 'export-md');
  assert.match(md.text, /^# Parallax report/);
  assert.match(md.text, /Harbour Gazette/);
  const csv = await exportText(page, 'export-csv');
  assert.match(csv.text, /^type,document,id,start,end,text,value/);
});

test('works on a narrow window', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 420, height: 800 });
  try {
    await open(page);
    await fillArticles(page, ARTICLES);
    await analyze(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
    await screenshot(page, '07-narrow');
    await page.locator('#reading').scrollIntoViewIfNeeded();
    await screenshot(page, '08-narrow-reading');
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('makes no network request and violates no CSP rule', async () => {
  const { page, log } = browser;
  await open(page);
  await fillArticles(page, ARTICLES);
  await analyze(page);
  assert.deepEqual(networkRequests(log), []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(log.errors, []);
  // The policy itself forbids connections: a fetch from the page fails.
  const fetched = await page.evaluate(() => fetch('https://example.com/').then(() => 'fetched', () => 'blocked'));
  assert.equal(fetched, 'blocked');
  log.errors.length = 0;
});
