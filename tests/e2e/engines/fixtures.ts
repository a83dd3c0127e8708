import { test as base } from '@playwright/test';
import { ProblemLog } from '../fixtures';
import { launchChromium } from './chromium';
import type { Engine, EngineName } from './driver';
import { launchFirefox } from './firefox';
import { Reader } from './reader';
import { launchWebKit } from './webkit';

export type EngineOptions = {
  /** Which engine this project's journeys run in, each through its own driver. */
  engine: EngineName;
};

type WorkerFixtures = EngineOptions & { browserEngine: Engine };
type TestFixtures = {
  /** A fresh reader (no storage, no workers) in this project's engine. */
  reader: Reader;
  /** What the engine reported that a reader would count as broken (as far as its driver sees). */
  problems: ProblemLog;
};

/**
 * The journeys' test: Playwright Test runs them in every engine, and only the reader's driver
 * changes. Nothing here asks for Playwright's own `page`, so Firefox and WebKit projects never
 * start a Chromium.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  engine: ['chromium', { option: true, scope: 'worker' }],

  browserEngine: [
    async ({ engine, playwright }, use, workerInfo) => {
      const site = workerInfo.project.use.baseURL;
      if (site === undefined) throw new Error('The journeys need a baseURL');
      const launched =
        engine === 'chromium'
          ? await launchChromium(playwright.chromium, site)
          : engine === 'firefox'
            ? await launchFirefox(site)
            : await launchWebKit(site);
      await use(launched);
      await launched.close();
    },
    // Starting a browser (and for WebKit an X server and a driver) on two busy cores.
    { scope: 'worker', timeout: 120_000 },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
  problems: async ({}, use) => {
    await use(new ProblemLog());
  },

  reader: async ({ browserEngine, problems }, use, testInfo) => {
    const driver = await browserEngine.newReader();
    testInfo.annotations.push({ type: 'engine', description: driver.traits.version });
    await use(new Reader(driver));
    if (testInfo.status !== testInfo.expectedStatus) {
      const screenshot = await driver.screenshot().catch(() => undefined);
      if (screenshot)
        await testInfo.attach('screenshot', { body: screenshot, contentType: 'image/png' });
    }
    problems.seen.push(...(await driver.takeProblems()));
    await driver.close();
    await problems.settle(testInfo);
  },
});

export { expect } from '@playwright/test';
