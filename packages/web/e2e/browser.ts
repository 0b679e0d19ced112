import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { parseEnv } from '../../server/src/env';
import { type RunningServer, startServer } from '../../server/src/server';

/** A real directive of the project's corpus (seed 003: a plan of 123 tasks, 3 targets). */
export const SEED_003 = fileURLToPath(
  new URL('../../extract/corpus/dev/003_79301f997b111d77.txt', import.meta.url),
);

/** Debian's Chromium, never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const ARTIFACTS = fileURLToPath(new URL('../../../test-results/e2e', import.meta.url));

/** End-to-end tests run where Chromium is installed; CI installs it and insists. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`CI must install Chromium at ${CHROMIUM} for the end-to-end tests`);
  console.warn(`end-to-end tests not run: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  return false;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // the machine has no network but loopback: keep Chromium from reaching for Google's services
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A signed-in page whose console errors and page errors are collected, to fail the test on any. */
export async function signedIn(
  browser: Browser,
  baseUrl: string,
  username: string,
  password: string,
  errors: string[],
) {
  const context: BrowserContext = await browser.newContext({
    baseURL: baseUrl,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page: Page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${username}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${username}: ${err.message}`));
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
  return { context, page };
}

let step = 0;
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  step++;
  await page.screenshot({ path: path.join(ARTIFACTS, `${String(step).padStart(2, '0')}-${name}.png`) });
}

/** The real server on a fresh data folder with the demo province, on a free port of loopback. */
export async function startE2eServer(
  password: string,
): Promise<{ server: RunningServer; base: string; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-e2e-'));
  const env = {
    ...parseEnv({
      DATA_DIR: dir,
      HOST: '127.0.0.1',
      DONDOC_DEMO_PASSWORD: password,
      DONDOC_DEMO_CORPUS: path.join(dir, 'none'),
    }),
    PORT: 0,
  };
  // start seeds the demo only on the embedded default folder or when asked
  const server = await startServer(env, pino({ level: 'silent' }), { demo: true });
  return { server, base: `http://127.0.0.1:${server.port}`, dir };
}

/** What an end-to-end suite runs against: the real server on a fresh demo province, and Chromium. */
export interface E2eWorld {
  server: RunningServer;
  /** The server's address, e.g. http://127.0.0.1:43567 */
  base: string;
  /** The server's data folder. */
  dir: string;
  browser: Browser;
}

/**
 * Registers the suite's set-up and tear-down: before its tests, the server on a fresh data folder
 * with the demo province (every user's password `password`) and Chromium; after them, both closed
 * and the folder removed. `ready` runs once both are up, for the suite's own set-up (sign in,
 * import a draft, keep the names its tests use). The world returned can be read once that is done.
 */
export function useE2eWorld(options: {
  password: string;
  ready?: (world: E2eWorld) => unknown;
  /** For the start and `ready` together. */
  timeout?: number;
}): E2eWorld {
  let current: E2eWorld | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    let base: string;
    ({ server, base, dir } = await startE2eServer(options.password));
    browser = await launch();
    current = { server, base, dir, browser };
    await options.ready?.(current);
  }, options.timeout ?? 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const get = <K extends keyof E2eWorld>(key: K) => {
    if (!current)
      throw new Error(`the end-to-end world is not up yet: ${key} is read before its beforeAll ran`);
    return current[key];
  };
  return {
    get server() {
      return get('server');
    },
    get base() {
      return get('base');
    },
    get dir() {
      return get('dir');
    },
    get browser() {
      return get('browser');
    },
  };
}

/** A phone and an office screen: every screen is checked at both widths. */
export const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1366, height: 768 },
] as const;

/** Collects the page's console errors and page errors into `errors`. */
export function watchErrors(page: Page, who: string, errors: string[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${who}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${who}: ${err.message}`));
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's WCAG 2.1 AA (and best-practice) violations of serious or critical impact on the page. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // evaluated through the debugging protocol, which the page's Content-Security-Policy does not
  // govern: a <script> tag would be refused by script-src 'self'
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page as a global
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return (
      result.violations as {
        id: string;
        impact: string;
        help: string;
        nodes: { target: string[]; failureSummary: string }[];
      }[]
    ).map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map(
        (n) => `${n.target.join(' ')} — ${n.failureSummary.split('\n').slice(1, 2).join('')}`,
      ),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.help}\n    ${v.nodes.slice(0, 5).join('\n    ')}`,
    );
}

/** 1.6 Mbps down, 750 kbps up, 150 ms latency: a commune office's link. */
export const SLOW_LINK = {
  offline: false,
  latency: 150,
  downloadThroughput: 200_000,
  uploadThroughput: 93_750,
};

/**
 * Opens `url` in a fresh context on the slow link and waits for the login form: the bytes that
 * crossed the wire (headers and compressed bodies), the milliseconds until the form showed and
 * those until the last byte arrived.
 */
export async function throttledFirstLoad(browser: Browser, baseUrl: string, url = '/dang-nhap') {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'vi-VN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
  let bytes = 0;
  let firstRequest = Number.POSITIVE_INFINITY;
  let lastByte = 0;
  const responses: { url: string; encoding?: string; cacheControl?: string }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    firstRequest = Math.min(firstRequest, e.timestamp);
  });
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    lastByte = Math.max(lastByte, e.timestamp);
  });
  cdp.on('Network.responseReceived', (e) => {
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    responses.push({
      url: e.response.url,
      encoding: h['content-encoding'],
      cacheControl: h['cache-control'],
    });
  });
  const started = Date.now();
  await page.goto(url);
  await page.getByLabel('Tên đăng nhập').waitFor({ timeout: 60_000 });
  const ms = Date.now() - started;
  await context.close();
  // the wire alone, without the time this (shared, busy) machine takes to run the script
  const networkMs = Math.round((lastByte - firstRequest) * 1000);
  return { bytes, ms, networkMs, responses };
}
