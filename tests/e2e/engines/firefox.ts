import { existsSync } from 'node:fs';
import puppeteer, { type KeyInput } from 'puppeteer-core';
import type { Problem } from '../fixtures';
import { splitChord, viewportSetter, type Driver, type Engine } from './driver';
import { DESKTOP } from './reader';

/** Debian's Firefox ESR, never a downloaded one; FIREFOX_PATH overrides. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `No Firefox at ${path}. Install it with \`apt-get install -y firefox-esr\` or set FIREFOX_PATH.`,
    );
  }
  return path;
}

/** Puppeteer's names for the keys in a chord. */
const KEYS: Record<string, KeyInput> = { Space: ' ' };

/**
 * Firefox through Puppeteer over WebDriver BiDi: no driver to install, the browser speaks it
 * itself. Each reader gets its own user context (storage, workers, cache).
 */
export async function launchFirefox(origin: string): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
  });
  const version = (await browser.version()).replace('firefox/', 'Firefox ');
  return {
    async newReader(): Promise<Driver> {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(DESKTOP);
      const problems: Problem[] = [];
      page.on('console', (message) => {
        const type = message.type();
        if (type !== 'error' && type !== 'warn') return;
        problems.push({
          kind: type === 'error' ? 'console.error' : 'console.warning',
          text: message.text(),
          url: message.location().url ?? '',
        });
      });
      page.on('pageerror', (error) => {
        problems.push({
          kind: 'pageerror',
          text: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          url: page.url(),
        });
      });
      page.on('requestfailed', (request) => {
        const errorText = request.failure()?.errorText ?? 'failed';
        // The page gave up on it itself (see ProblemLog's note on net::ERR_ABORTED).
        if (errorText === 'NS_BINDING_ABORTED') return;
        problems.push({
          kind: 'requestfailed',
          text: `${request.method()} ${errorText}`,
          url: request.url(),
        });
      });
      page.on('response', (response) => {
        if (response.status() < 400) return;
        problems.push({
          kind: 'http',
          text: `${response.status()} ${response.request().method()}`,
          url: response.url(),
          status: response.status(),
        });
      });
      return {
        engine: 'firefox',
        traits: { version, seesNetwork: true, offline: 'device' },
        origin,
        setViewport: viewportSetter((size) => page.setViewport(size), DESKTOP),
        async goto(path) {
          await page.goto(new URL(path, origin).href);
        },
        async reload() {
          await page.reload();
        },
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        click: (x, y) => page.mouse.click(x, y),
        async press(chord) {
          const { modifier, key } = splitChord(chord);
          if (modifier) await page.keyboard.down(modifier);
          await page.keyboard.press(KEYS[key] ?? (key as KeyInput));
          if (modifier) await page.keyboard.up(modifier);
        },
        async goOffline() {
          await page.setOfflineMode(true);
          return 'device';
        },
        takeProblems: async () => problems.splice(0),
        screenshot: async () => Buffer.from(await page.screenshot()),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
