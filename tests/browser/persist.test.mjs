// No lost work: what is typed is in the browser's storage within a moment, even while
// typing goes on, so a crashed tab or a browser that goes away keeps the articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launch, open, pageUrl } from './browser.mjs';

const cards = (page) =>
  page.$$eval('.article-card', (els) => els.map((c) => ({ name: c.querySelector('.article-name').value, text: c.querySelector('.article-text').value })));

const TYPED = 'Officials said 1,200 people left their homes on Tuesday night after the river rose.';

// Types the name, then the text key by key (about 1.7 s of typing) and returns at once.
async function typeArticle(page) {
  await page.locator('.article-card').nth(0).locator('.article-name').fill('Crash Gazette');
  await page.locator('.article-card').nth(0).locator('.article-text').pressSequentially(TYPED, { delay: 20 });
}

test('a crashed tab keeps what was typed up to the crash', async () => {
  const browser = await launch();
  try {
    const { context, page } = browser;
    await open(page);
    await typeArticle(page);
    // Kill the renderer straight after the last key: no pagehide, no unload, no flush.
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    cdp.send('Page.crash').catch(() => {});
    await crashed;

    const again = await context.newPage();
    await again.goto(pageUrl);
    await again.waitForSelector('.article-card');
    const [first] = await cards(again);
    assert.equal(first.name, 'Crash Gazette');
    // Typing went on for far longer than the save delay (200 ms): what was typed is kept up
    // to a moment before the crash. A debounced save would have kept nothing; how many of
    // the last keys are lost depends on how late the save timer runs on a loaded machine,
    // so the bound is half the text, not a count of keys.
    assert.ok(TYPED.startsWith(first.text), `restored text is what was typed: ${JSON.stringify(first.text)}`);
    assert.ok(first.text.length >= TYPED.length / 2, `restored ${first.text.length} of ${TYPED.length} characters`);
    assert.match(await again.textContent('#status'), /Restored/);
  } finally {
    await browser.close();
  }
});

test('articles survive the browser going away and coming back with the same profile', async () => {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'parallax-profile-'));
  try {
    const first = await launch({ profile });
    await open(first.page);
    await typeArticle(first.page);
    // The last keys are saved within the save delay: wait for them to be stored.
    await first.page.waitForFunction((typed) => (localStorage.getItem('parallax.workspace.v1') || '').includes(typed), TYPED);
    // Close without running beforeunload handlers, then the whole browser.
    await first.page.close({ runBeforeUnload: false });
    await first.close();

    const second = await launch({ profile });
    try {
      await second.page.goto(pageUrl);
      await second.page.waitForSelector('.article-card');
      const [restored] = await cards(second.page);
      assert.deepEqual(restored, { name: 'Crash Gazette', text: TYPED });
    } finally {
      await second.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
