// Saves docs/screenshot.png for the README: the bundled example, analysed, at 1280×800.
//
//   scripts/build-web && node tests/browser/screenshot.mjs
import path from 'node:path';
import { mkdir, stat } from 'node:fs/promises';
import { launch, open, analyze, root } from './browser.mjs';

const out = path.join(root, 'docs/screenshot.png');
const browser = await launch({ width: 1280, height: 800 });
try {
  const { page } = browser;
  await open(page);
  await page.click('#load-example');
  await page.waitForFunction(() => document.body.dataset.state === 'done');
  await analyze(page);
  // Show a conflict's tooltip, as a reader would see it.
  const conflict = page.locator('#reading mark.conflict').first();
  if (await conflict.count()) {
    await conflict.scrollIntoViewIfNeeded();
    await conflict.hover();
  }
  await page.waitForTimeout(300);
  await mkdir(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out} (${Math.round((await stat(out)).size / 1024)} KiB)`);
} finally {
  await browser.close();
}
