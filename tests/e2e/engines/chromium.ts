import type { BrowserType } from '@playwright/test';
import { chromiumLaunchOptions } from '../../../scripts/chromium';
import { ProblemLog } from '../fixtures';
import { viewportSetter, type Driver, type Engine } from './driver';
import { DESKTOP } from './reader';

/** Chromium through Playwright, as the rest of the suite drives it. */
export async function launchChromium(chromium: BrowserType, origin: string): Promise<Engine> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const version = `Chromium ${browser.version()}`;
  return {
    async newReader(): Promise<Driver> {
      const context = await browser.newContext({
        baseURL: origin,
        viewport: DESKTOP,
        deviceScaleFactor: 1,
        locale: 'en-GB',
        timezoneId: 'UTC',
        // Like the other engines, whose workers cannot be kept out.
        serviceWorkers: 'allow',
      });
      const page = await context.newPage();
      const log = new ProblemLog();
      log.watch(context);
      return {
        engine: 'chromium',
        traits: { version, seesNetwork: true, offline: 'device' },
        origin,
        setViewport: viewportSetter((size) => page.setViewportSize(size), DESKTOP),
        async goto(path) {
          await page.goto(path);
        },
        async reload() {
          await page.reload();
        },
        evaluate: (expression) => page.evaluate(expression),
        click: (x, y) => page.mouse.click(x, y),
        press: (chord) => page.keyboard.press(chord),
        async goOffline() {
          await context.setOffline(true);
          // Chromium's emulation fails every request but tells a page loaded after it that it is
          // online (Chromium 150 on); a browser that is really offline says it is not.
          await context.addInitScript(() => {
            Object.defineProperty(Navigator.prototype, 'onLine', {
              configurable: true,
              get: () => false,
            });
          });
          return 'device';
        },
        takeProblems: async () => log.seen.splice(0),
        screenshot: () => page.screenshot(),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}
