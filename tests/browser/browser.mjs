// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, a
// fresh profile per launch, dist/parallax.html opened over file://, and a record of
// every request, console error and CSP violation the page causes.
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// PARALLAX_PAGE: another build of the page (the benchmark compares builds with it).
export const pageFile = process.env.PARALLAX_PAGE ? path.resolve(process.env.PARALLAX_PAGE) : path.join(root, 'dist/parallax.html');
export const pageUrl = pathToFileURL(pageFile).href;
export const screenshotDir = path.join(root, 'build/screenshots');
export const executablePath = process.env.PARALLAX_CHROMIUM || '/usr/bin/chromium';

// Waits are on state (selectors, waitForFunction), never on the clock; their limits are
// generous because these tests share a loaded machine with builds: an action or wait
// gives up after ACTION_TIMEOUT, an analysis after ANALYSIS_TIMEOUT (scaled up by
// callers for large inputs).
export const ACTION_TIMEOUT = 60_000;
export const ANALYSIS_TIMEOUT = 120_000;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// profile: a user-data directory to reuse (kept on close); by default a fresh one that
// close() deletes.
// touch: a touch screen (taps, no hover), as on a phone.
export async function launch({ width = 1280, height = 800, profile: reuse, touch = false } = {}) {
  if (!existsSync(pageFile)) throw new Error(`missing ${pageFile}: run scripts/build-web first`);
  await mkdir(screenshotDir, { recursive: true });
  const profile = reuse || (await mkdtemp(path.join(os.tmpdir(), 'parallax-chromium-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width, height },
    hasTouch: touch,
    acceptDownloads: true,
  });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT);
  const log = { requests: [], errors: [] };
  const record = (target) => {
    target.on('request', (r) => log.requests.push(r.url()));
  };
  record(context);
  context.on('page', (p) => watchPage(p, log));
  const page = context.pages()[0] || (await context.newPage());
  watchPage(page, log);
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    context,
    page,
    log,
    profile,
    async close() {
      await context.close();
      if (!reuse) await rm(profile, { recursive: true, force: true });
    },
  };
}

function watchPage(page, log) {
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && log.errors.push(`worker: ${m.text()}`)));
}

// Requests that leave the machine (anything but the page file and its blob:/data: parts).
export function networkRequests(log) {
  return log.requests.filter((u) => !u.startsWith(pageUrl) && !/^(blob|data):/.test(u));
}

// Opens the page with empty storage (each test starts from a fresh workspace). The storage
// is emptied before leaving a page already open, so that the page loaded next does not
// restore (and start analysing) whatever the last test left there.
export async function open(page) {
  if (page.url().startsWith(pageUrl)) await page.evaluate(() => localStorage.clear()).catch(() => {});
  await page.goto(pageUrl);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('#article-list .article-card');
}

// Fills the article cards (adding cards as needed) with [{name, published, text}].
export async function fillArticles(page, articles) {
  for (let i = 0; i < articles.length; i++) {
    const count = await page.locator('.article-card').count();
    if (count <= i) await page.click('#add-article');
    const card = page.locator('.article-card').nth(i);
    await card.locator('.article-name').fill(articles[i].name);
    if (articles[i].published) await card.locator('.article-date').fill(articles[i].published);
    await card.locator('.article-text').fill(articles[i].text);
  }
}

// Presses Analyze and waits until the results are shown: the analysis is over and the
// articles in view are drawn (the reading view draws the others when scrolled to).
export async function analyze(page, { timeout = ANALYSIS_TIMEOUT } = {}) {
  await page.click('#analyze');
  await analysed(page, { timeout });
}

export async function analysed(page, { timeout = ANALYSIS_TIMEOUT } = {}) {
  await page.waitForFunction(
    () => ['done', 'error'].includes(document.body.dataset.state) && !document.getElementById('analyze').matches('[aria-busy="true"]') && document.getElementById('reading').dataset.drawing !== 'true',
    null,
    { timeout },
  );
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state !== 'done') throw new Error(`analysis ended in state ${state}: ${await page.textContent('#status')}`);
}

// Clicks an export button and returns the downloaded file's text.
export async function exportText(page, buttonId) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#${buttonId}`)]);
  const file = await download.path();
  const { readFile } = await import('node:fs/promises');
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: false });
}
