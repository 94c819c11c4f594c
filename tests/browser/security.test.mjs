// Hostile input in every field the user controls (article text, outlet name, publication
// date, reference date) is shown as text and runs nothing, whichever view shows it; the
// page makes no network request while analysing and carries a CSP that forbids them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, analyze, exportText, networkRequests, screenshot } from './browser.mjs';

// Every payload sets a window flag if it ever runs.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=\'img\'">',
  '<script>window.__pwned="script"</script>',
  '<svg onload="window.__pwned=\'svg\'"></svg>',
  '<a href="javascript:window.__pwned=\'link\'">click</a>',
  '<iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
  '"><img src=x onerror=window.__pwned="attr">',
  "'-window.__pwned='quote'-'",
  'javascript:window.__pwned="url"',
  '[link](javascript:window.__pwned="md")',
  '${window.__pwned="template"}',
  '{{constructor.constructor("window.__pwned=\'angular\'")()}}',
];

const payload = (k) => PAYLOADS[k % PAYLOADS.length];

function article(i, name, published) {
  return {
    name,
    published,
    text: [
      `Officials said ${1200 + i} people left their homes on Tuesday, ${payload(3 * i)} the mayor said.`,
      `“We have never seen ${payload(3 * i + 1)} water this high,” said Mayor Ana Ruiz ${payload(3 * i + 2)}.`,
      `The ${payload(3 * i + 3)} Agency counted ${30 + i} boats on March 12, 2024.`,
    ].join('\n'),
  };
}

const WORKSPACE = {
  referenceDate: '<img src=x onerror=window.__pwned="refdate">',
  articles: [
    article(0, '<img src=x onerror="window.__pwned=\'name\'">', '2024-03-13'),
    article(1, 'javascript:window.__pwned="name-url"', '"><svg onload=window.__pwned="date">'),
    article(2, '"><script>window.__pwned="name-attr"</script>', 'javascript:window.__pwned="date-url"'),
    article(3, 'Plain Outlet', '<iframe src="javascript:window.__pwned=\'date-frame\'">'),
  ],
};

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
});

// Everything in the DOM that could run code or load something.
const dangerous = () => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['img', 'svg', 'iframe', 'object', 'embed', 'frame', 'video', 'audio', 'source', 'link', 'base', 'form'].includes(tag)) found.push(tag);
    if (tag === 'script' && el !== document.querySelector('body > script:last-of-type')) found.push('script');
    if (tag === 'a' && el.getAttribute('href') && !el.getAttribute('href').startsWith('#')) found.push(`a ${el.getAttribute('href')}`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
      // Attributes that load or navigate (data-* attributes and labels only hold text).
      if (['src', 'srcdoc', 'srcset', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background'].includes(attr.name.toLowerCase())) found.push(`${tag}[${attr.name}=${attr.value}]`);
      if (attr.name === 'style' && /url\(|expression/i.test(attr.value)) found.push(`${tag}[style=${attr.value}]`);
    }
  }
  return found;
};

test('crafted text, names and dates are shown as text in every view and run nothing', async () => {
  const { page, log } = browser;
  await open(page);
  await page.evaluate((ws) => localStorage.setItem('parallax.workspace.v1', JSON.stringify(ws)), WORKSPACE);
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll('.article-card').length === n, WORKSPACE.articles.length);
  const before = log.requests.length;
  await analyze(page);
  await screenshot(page, '31-hostile-everywhere');

  // Visit every view: hover and focus every highlight (tooltips), open every tab, reveal
  // every discrepancy, open the warnings, export.
  const marks = await page.locator('#reading mark[data-mention]').count();
  assert.ok(marks > 10, `highlights to visit: ${marks}`);
  for (let i = 0; i < marks; i += 3) {
    const mark = page.locator('#reading mark[data-mention]').nth(i);
    await mark.focus();
    await mark.hover({ force: true });
  }
  for (const tab of ['#tab-discrepancies', '#tab-corroboration', '#tab-people']) {
    await page.click(tab);
    for (const button of await page.locator('.tabpanel:not([hidden]) button:visible').all()) await button.click();
  }
  const warnings = page.locator('#warnings summary');
  if (await warnings.count()) await warnings.click();
  const md = await exportText(page, 'export-md');
  const json = await exportText(page, 'export-json');
  JSON.parse(json.text);
  assert.ok(md.text.includes('<img src=x onerror="window.__pwned=\'name\'">'), 'names are exported verbatim');
  await page.waitForTimeout(300); // time for a would-be onerror/onload to fire

  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(await page.evaluate(dangerous), []);
  const text = await page.evaluate(() => document.body.textContent);
  for (const p of PAYLOADS) assert.ok(text.includes(p), `shown as text: ${p}`);
  for (const a of WORKSPACE.articles) assert.ok(text.includes(a.name), `name shown as text: ${a.name}`);
  // A bad publication date is reported by the core, as text.
  assert.ok(text.includes('javascript:window.__pwned="date-url"'), 'the bad date is named in a warning');

  assert.deepEqual(networkRequests({ requests: log.requests.slice(before) }), [], 'no request while analysing and reading');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
});

test('the CSP meta tag forbids every connection, and the browser enforces it', async () => {
  const { page, log } = browser;
  await open(page);
  const csp = await page.evaluate(() => {
    const meta = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
    return meta && { content: meta.content, first: document.head.firstElementChild === meta || document.head.children[1] === meta };
  });
  assert.ok(csp, 'a CSP meta tag');
  assert.ok(csp.first, 'the CSP comes before anything it must govern');
  for (const directive of ["default-src 'none'", "connect-src 'none'", "img-src data:", "frame-src 'none'", "object-src 'none'", "form-action 'none'", "base-uri 'none'"]) {
    assert.ok(csp.content.includes(directive), `CSP has ${directive}`);
  }
  const attempts = await page.evaluate(async () => {
    const results = {};
    results.fetch = await fetch('https://example.com/x').then(() => 'sent', () => 'blocked');
    results.xhr = await new Promise((resolve) => {
      const x = new XMLHttpRequest();
      try {
        x.open('GET', 'https://example.com/x');
        x.onload = () => resolve('sent');
        x.onerror = () => resolve('blocked');
        x.send();
      } catch {
        resolve('blocked');
      }
    });
    results.websocket = await new Promise((resolve) => {
      try {
        const ws = new WebSocket('wss://example.com/x');
        ws.onopen = () => resolve('sent');
        ws.onerror = () => resolve('blocked');
      } catch {
        resolve('blocked');
      }
    });
    results.image = await new Promise((resolve) => {
      const img = new Image();
      img.onload = () => resolve('sent');
      img.onerror = () => resolve('blocked');
      img.src = 'https://example.com/x.png';
    });
    // sendBeacon() only queues: the CSP stops it later (checked below with the requests).
    navigator.sendBeacon('https://example.com/beacon', 'x');
    await new Promise((resolve) => setTimeout(resolve, 300));
    return results;
  });
  assert.deepEqual(attempts, { fetch: 'blocked', xhr: 'blocked', websocket: 'blocked', image: 'blocked' });
  // Chromium announces the attempts as requests to the driver, then the CSP stops them:
  // each one is a violation report.
  const violations = await page.evaluate(() => window.__csp);
  for (const v of ['connect-src https://example.com/x', 'img-src https://example.com/x.png', 'connect-src https://example.com/beacon']) {
    assert.ok(violations.includes(v), `${v} in ${JSON.stringify(violations)}`);
  }
  log.errors.length = 0; // the blocked attempts log console errors on purpose
});
