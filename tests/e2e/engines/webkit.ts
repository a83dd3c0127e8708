import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { Key, remote } from 'webdriverio';
import type { Problem } from '../fixtures';
import { splitChord, type Driver, type Engine, type Viewport } from './driver';
import { startRelay } from './relay';

/** Debian's WebKitGTK (webkit2gtk-driver, libwebkit2gtk-4.1-0) and the X server it draws on. */
const PROGRAMS = {
  driver: ['WEBKIT_DRIVER_PATH', '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
  browser: [
    'MINIBROWSER_PATH',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    'webkit2gtk-driver',
  ],
  xvfb: ['XVFB_PATH', '/usr/bin/Xvfb', 'xvfb'],
} as const;

function programPath(program: keyof typeof PROGRAMS): string {
  const [variable, fallback, debianPackage] = PROGRAMS[program];
  const path = process.env[variable] ?? fallback;
  if (!existsSync(path)) {
    throw new Error(
      `No ${program} at ${path}. Install it with \`apt-get install -y ${debianPackage}\` or set ${variable}.`,
    );
  }
  return path;
}

const KEYS: Record<string, string> = {
  Enter: Key.Enter,
  Space: ' ',
  Escape: Key.Escape,
  F3: Key.F3,
  Control: Key.Ctrl,
};

/** A program in its own process group, so that ending it ends what it started (MiniBrowser). */
function start(
  command: string,
  args: string[],
  env?: NodeJS.ProcessEnv,
): { child: ChildProcess; end: () => void } {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const end = () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  // A worker that dies mid-run still takes its browser with it.
  process.once('exit', end);
  child.once('exit', () => process.off('exit', end));
  return { child, end };
}

/** An X display of our own: Xvfb picks a free number and writes it to fd 3. */
async function startXvfb(): Promise<{ display: string; end: () => void }> {
  const { child: xvfb, end } = start(programPath('xvfb'), [
    '-displayfd',
    '3',
    '-nolisten',
    'tcp',
    '-screen',
    '0',
    '1600x1200x24',
  ]);
  const display = await new Promise<string>((resolve, reject) => {
    let written = '';
    xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (written.includes('\n')) resolve(`:${written.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb stopped (exit ${code}) before it started`)));
  });
  return { display, end };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForDriver(port: number, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null)
      throw new Error(`WebKitWebDriver stopped (exit ${driver.exitCode})`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

/**
 * Runs in the page: keeps the console errors and warnings, uncaught errors, resources that
 * failed and CSP violations that classic WebDriver cannot report, from the first script a
 * driver runs in the page on (not before: WebDriver has no script that runs first).
 */
function recordProblems(): void {
  const page = window as Window & { __readerProblems?: Problem[] };
  if (page.__readerProblems) return;
  const seen: Problem[] = [];
  page.__readerProblems = seen;
  for (const [level, kind] of [
    ['error', 'console.error'],
    ['warn', 'console.warning'],
  ] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      seen.push({ kind, text: args.map(String).join(' '), url: location.href });
      original.apply(console, args);
    };
  }
  window.addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent) {
        seen.push({ kind: 'pageerror', text: event.message, url: event.filename });
        return;
      }
      const resource = event.target as { src?: string; href?: string };
      seen.push({
        kind: 'requestfailed',
        text: 'did not load',
        url: resource.src ?? resource.href ?? '',
      });
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    seen.push({ kind: 'pageerror', text: String(event.reason), url: location.href });
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push({
      kind: 'console.error',
      text: `Content-Security-Policy: ${event.violatedDirective} blocked ${event.blockedURI}`,
      url: event.sourceFile,
    });
  });
}

/** Runs in the page: forgets everything a reader left on the site (storage, workers, caches). */
async function forgetReader(): Promise<void> {
  localStorage.clear();
  sessionStorage.clear();
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
  await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
}

/**
 * WebKit: MiniBrowser driven by WebKitWebDriver over classic WebDriver (WebdriverIO), on an
 * Xvfb display of its own. WebKitWebDriver holds one session, so each worker has its own, and
 * each reader starts from a site with nothing stored. The browser reaches the site through a
 * relay, the only way to take it offline that classic WebDriver leaves.
 */
export async function launchWebKit(site: string): Promise<Engine> {
  const browserPath = programPath('browser');
  const xvfb = await startXvfb();
  const port = await freePort();
  const webDriver = start(programPath('driver'), [`--port=${port}`], { DISPLAY: xvfb.display });
  const relay = await startRelay(site);
  const origin = relay.origin;
  const endAll = async () => {
    await relay.close();
    webDriver.end();
    xvfb.end();
  };
  try {
    await waitForDriver(port, webDriver.child);
    const webkitgtk: Record<string, unknown> = {
      'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation'] },
    };
    const session = await remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only: no BiDi session.
        'wdio:enforceWebDriverClassic': true,
        ...webkitgtk,
      },
    });
    const version = `WebKitGTK ${session.capabilities.browserVersion ?? ''}`.trim();
    // MiniBrowser's window has a tool bar: the viewport is the window less that.
    const [chromeWidth, chromeHeight] = await session.execute(() => [
      window.outerWidth - window.innerWidth,
      window.outerHeight - window.innerHeight,
    ]);
    // What was asked for, and what MiniBrowser gave (its window has a least width).
    let asked: Viewport | undefined;
    let viewport: Viewport = { width: 0, height: 0 };
    const run = <T>(expression: string) =>
      session.execute(`(${String(recordProblems)})();\nreturn (${expression});`) as Promise<T>;
    const problems: Problem[] = [];
    const keepProblems = async () => {
      problems.push(
        ...(await session.execute(
          () =>
            (window as Window & { __readerProblems?: Problem[] }).__readerProblems?.splice(0) ?? [],
        )),
      );
    };

    return {
      async newReader(): Promise<Driver> {
        relay.restore();
        problems.length = 0;
        // A page of the site without the app, to clear what the last reader kept there.
        await session.url(`${origin}/favicon.svg`);
        await session.deleteAllCookies();
        await session.execute(`return (${String(forgetReader)})()`);
        await session.url('about:blank');
        return {
          engine: 'webkit',
          traits: { version, seesNetwork: false, offline: 'network' },
          origin,
          async setViewport(size) {
            if (asked?.width === size.width && asked.height === size.height) return viewport;
            asked = size;
            await session.setWindowRect(
              null,
              null,
              size.width + chromeWidth,
              size.height + chromeHeight,
            );
            const [width, height] = await session.execute(() => [
              window.innerWidth,
              window.innerHeight,
            ]);
            viewport = { width, height };
            return viewport;
          },
          async goto(path) {
            await keepProblems();
            await session.url(new URL(path, origin).href);
          },
          async reload() {
            await keepProblems();
            await session.refresh();
          },
          evaluate: run,
          async click(x, y) {
            await session
              .action('pointer', { parameters: { pointerType: 'mouse' } })
              .move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' })
              .down({ button: 0 })
              .up({ button: 0 })
              .perform();
          },
          async press(chord) {
            const { modifier, key } = splitChord(chord);
            const keys = session.action('key');
            if (modifier) keys.down(KEYS[modifier] ?? modifier);
            keys.down(KEYS[key] ?? key).up(KEYS[key] ?? key);
            if (modifier) keys.up(KEYS[modifier] ?? modifier);
            await keys.perform();
          },
          async goOffline() {
            relay.cut();
            return 'network';
          },
          async takeProblems() {
            await keepProblems().catch(() => undefined);
            return problems.splice(0);
          },
          screenshot: async () => Buffer.from(await session.takeScreenshot(), 'base64'),
          close: async () => undefined,
        };
      },
      async close() {
        await session.deleteSession().catch(() => undefined);
        await endAll();
      },
    };
  } catch (error) {
    await endAll();
    throw error;
  }
}
