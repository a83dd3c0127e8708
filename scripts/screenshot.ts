/**
 * `npm run screenshot -- <url> <out.png> [width] [height] [dark]`: a full-page screenshot in
 * Debian's Chromium, for looking at the layout at phone and desktop widths.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

const [
  url = 'http://localhost:5173/',
  out = 'screenshot.png',
  width = '1280',
  height = '800',
  scheme,
] = process.argv.slice(2);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
  isMobile: Number(width) < 600,
  hasTouch: Number(width) < 600,
  deviceScaleFactor: 1,
});
page.on('console', (message) => {
  if (message.type() === 'error' || message.type() === 'warning')
    console.log(`[console] ${message.text()}`);
});
page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page
  .locator('h1')
  .first()
  .waitFor({ timeout: 15_000 })
  .catch(() => console.log('no h1 yet'));
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`wrote ${out}`);
