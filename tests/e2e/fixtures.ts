import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Request,
  type Response,
  type TestInfo,
  type WebError,
} from '@playwright/test';

/** Something the browser reported that a reader would count as broken. */
export type Problem = {
  kind: 'console.error' | 'console.warning' | 'pageerror' | 'requestfailed' | 'http';
  text: string;
  /** The resource involved, when there is one. */
  url: string;
  status?: number | undefined;
};

/** A problem a test causes on purpose: a 404 it asks for, a 500 it injects. */
export type ExpectedProblem = {
  /** Substring of, or pattern for, the resource's URL. */
  url: string | RegExp;
  /** The HTTP status; a "Failed to load resource" console line carries it too. */
  status?: number;
  /** Why this is expected, for the report. */
  reason: string;
};

const SERVICE_WORKER_BLOCKED = 'Service Worker registration blocked by Playwright';

const matchesUrl = (pattern: string | RegExp, url: string) =>
  typeof pattern === 'string' ? url.includes(pattern) : pattern.test(url);

function describe(problem: Problem): string {
  const where = problem.url ? ` [${problem.url}]` : '';
  return `${problem.kind}: ${problem.text}${where}`;
}

/**
 * Collects console errors and warnings, uncaught page errors, failed requests and HTTP error
 * responses from every page of the contexts it watches. A test fails when any occurred that it
 * did not declare with `expect()`, and also when a declared one never happened (a stale excuse).
 */
export class ProblemLog {
  readonly seen: Problem[] = [];
  /** Requests the page cancelled itself; kept for the report, not counted as problems. */
  readonly aborted: string[] = [];
  private readonly expected: ExpectedProblem[] = [];

  watch(context: BrowserContext): void {
    context.on('console', (message: ConsoleMessage) => {
      const type = message.type();
      if (type !== 'error' && type !== 'warning') return;
      const text = message.text();
      // Said by Playwright itself when a test blocks service workers (the default here).
      if (text === SERVICE_WORKER_BLOCKED) return;
      const status = /status of (\d{3})/.exec(text)?.[1];
      this.seen.push({
        kind: type === 'error' ? 'console.error' : 'console.warning',
        text,
        url: message.location().url,
        status: status === undefined ? undefined : Number(status),
      });
    });
    context.on('weberror', (error: WebError) => {
      const cause = error.error();
      this.seen.push({
        kind: 'pageerror',
        text: `${cause.name}: ${cause.message}`,
        url: error.page()?.url() ?? '',
      });
    });
    context.on('requestfailed', (request: Request) => {
      const errorText = request.failure()?.errorText ?? 'failed';
      // The page itself gave up on the request: a navigation away from a favicon still loading,
      // a cancelled fetch, the unread body of an error response when the context closes. A
      // broken resource shows up as an HTTP error or a network error instead.
      if (errorText === 'net::ERR_ABORTED') {
        this.aborted.push(request.url());
        return;
      }
      this.seen.push({
        kind: 'requestfailed',
        text: `${request.method()} ${errorText}`,
        url: request.url(),
      });
    });
    context.on('response', (response: Response) => {
      if (response.status() < 400) return;
      this.seen.push({
        kind: 'http',
        text: `${response.status()} ${response.request().method()}`,
        url: response.url(),
        status: response.status(),
      });
    });
  }

  /** Declares a problem this test provokes on purpose. */
  expect(problem: ExpectedProblem): void {
    this.expected.push(problem);
  }

  private isExpected(problem: Problem): boolean {
    return this.expected.some((expected) => this.matches(expected, problem));
  }

  private matches(expected: ExpectedProblem, problem: Problem): boolean {
    if (problem.kind === 'pageerror') return false;
    if (!matchesUrl(expected.url, problem.url)) return false;
    return expected.status === undefined || expected.status === problem.status;
  }

  /** Problems nobody declared. */
  unexpected(): Problem[] {
    return this.seen.filter((problem) => !this.isExpected(problem));
  }

  /** Declared problems that never happened. */
  unmet(): ExpectedProblem[] {
    return this.expected.filter(
      (expected) => !this.seen.some((problem) => this.matches(expected, problem)),
    );
  }

  /**
   * After a test: attaches what was seen, and fails the test with the report (only when it
   * passed otherwise, so that its own error stays on top).
   */
  async settle(testInfo: TestInfo): Promise<void> {
    if (this.seen.length > 0 || this.aborted.length > 0) {
      await testInfo.attach('browser-problems.json', {
        body: JSON.stringify({ problems: this.seen, aborted: this.aborted }, null, 2),
        contentType: 'application/json',
      });
    }
    const report = this.report();
    if (report !== undefined && testInfo.status === testInfo.expectedStatus) {
      throw new Error(report);
    }
  }

  report(): string | undefined {
    const unexpected = this.unexpected();
    const unmet = this.unmet();
    if (unexpected.length === 0 && unmet.length === 0) return undefined;
    const lines: string[] = [];
    if (unexpected.length > 0) {
      lines.push(`The browser reported ${unexpected.length} problem(s):`);
      lines.push(...unexpected.map((problem) => `  - ${describe(problem)}`));
    }
    if (unmet.length > 0) {
      lines.push('Expected problems that never happened (is the test still testing it?):');
      lines.push(
        ...unmet.map(
          (expected) =>
            `  - ${String(expected.url)}${expected.status ? ` ${expected.status}` : ''}: ${expected.reason}`,
        ),
      );
    }
    return lines.join('\n');
  }
}

type Fixtures = {
  /** Every console error/warning, page error and failed request fails the test unless expected. */
  problems: ProblemLog;
  /**
   * A brand-new browser context (no storage, no history) with this project's device settings,
   * watched for problems like the test's own context and closed after the test.
   */
  newReaderContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
};

export const test = base.extend<Fixtures>({
  problems: [
    async ({ context }, use, testInfo) => {
      const log = new ProblemLog();
      log.watch(context);
      await use(log);
      await log.settle(testInfo);
    },
    { auto: true },
  ],

  newReaderContext: async (
    {
      browser,
      problems,
      baseURL,
      viewport,
      isMobile,
      hasTouch,
      deviceScaleFactor,
      locale,
      timezoneId,
      colorScheme,
      serviceWorkers,
    },
    use,
  ) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      const projectOptions = Object.fromEntries(
        Object.entries({
          baseURL,
          viewport,
          isMobile,
          hasTouch,
          deviceScaleFactor,
          locale,
          timezoneId,
          colorScheme,
          serviceWorkers,
        }).filter(([, value]) => value !== undefined),
      ) as BrowserContextOptions;
      const context = await browser.newContext({ ...projectOptions, ...options });
      problems.watch(context);
      contexts.push(context);
      return context;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };
