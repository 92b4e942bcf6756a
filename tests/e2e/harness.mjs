// Shared helpers for the end-to-end tests: a real headless Chromium with the built extension.
//
// Every test launches its own fresh profile. The background is driven through the e2e build's
// test hook (entrypoints/background/test-hook.ts) by messages sent from an extension page,
// never by calling the engine. Every request leaving the extension (pages and the service
// worker) is recorded; `finish()` fails the test if there was any, and runs axe on every
// page still open.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { headlessExtensionArgs } from '../../scripts/browser.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BUILDS = {
  e2e: join(ROOT, '.output/chrome-mv3-e2e'),
  production: join(ROOT, '.output/chrome-mv3'),
};
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const AXE_SOURCE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'about:', 'chrome:'];
export const POPUP_VIEWPORT = { width: 360, height: 640 };

const LANGS = {
  en: { tag: 'en-US', language: 'en_US' },
  nl: { tag: 'nl-NL', language: 'nl_NL' },
};

/** The extension's own texts (public/_locales/LANG/messages.json) as key -> message. */
export function messages(lang) {
  const file = join(ROOT, 'public/_locales', lang, 'messages.json');
  const catalogue = JSON.parse(readFileSync(file, 'utf8'));
  return Object.fromEntries(Object.entries(catalogue).map(([key, value]) => [key, value.message]));
}

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Polls `probe` until it returns a truthy value; returns that value. */
export async function poll(probe, { timeout = 10_000, interval = 50, message = 'condition' } = {}) {
  const describe = () => (typeof message === 'function' ? message() : message);
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${describe()}`);
    await sleep(interval);
  }
}

/**
 * A fixed-offset zone in which it is around noon now, so that the half hour a test drives
 * the clock forward never crosses local midnight (days and their splits are unit-tested).
 * `BALANS_E2E_TZ` overrides it.
 */
export function middayZone(now = new Date()) {
  if (process.env.BALANS_E2E_TZ) return process.env.BALANS_E2E_TZ;
  const offset = now.getUTCHours() - 12; // Etc/GMT+N is N hours behind UTC.
  if (offset === 0) return 'Etc/GMT';
  return offset > 0 ? `Etc/GMT+${offset}` : `Etc/GMT${offset}`;
}

function isOutside(url) {
  return !LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme));
}

/**
 * Launches Chromium with one build of the extension in a fresh profile.
 * @param {{ build?: 'e2e' | 'production', lang?: 'en' | 'nl', colorScheme?: 'light' | 'dark' }} options
 */
export async function launch({ build = 'e2e', lang = 'en', colorScheme = 'light', timeZone: zone } = {}) {
  const dir = BUILDS[build];
  assert.ok(
    existsSync(join(dir, 'manifest.json')),
    `${dir} is missing: build it first (npx wxt build${build === 'e2e' ? ' --mode e2e' : ''})`,
  );
  const { tag, language } = LANGS[lang];
  const profile = mkdtempSync(join(tmpdir(), 'balans-e2e-'));
  const timeZone = zone ?? middayZone();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...headlessExtensionArgs(dir), `--lang=${tag}`],
    env: { ...process.env, LANGUAGE: language, TZ: timeZone },
    locale: tag,
    colorScheme,
    viewport: POPUP_VIEWPORT,
  });

  // Pages' requests and, in Chromium, the service worker's (request.serviceWorker() is set).
  // `requests` holds those that would leave the browser; `allRequests` every one, for checks.
  const requests = [];
  const allRequests = [];
  context.on('request', (request) => {
    const from = request.serviceWorker() ? 'service worker' : 'page';
    const line = `${request.method()} ${request.url()} (${from})`;
    allRequests.push(line);
    if (isOutside(request.url())) requests.push(line);
  });

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const workerUrl = new URL(worker.url());
  assert.equal(workerUrl.protocol, 'chrome-extension:');
  const extensionId = workerUrl.host;
  const origin = `chrome-extension://${extensionId}`;

  const pages = [];
  let driver = null;

  async function openPage(path = 'popup.html') {
    const page = await context.newPage();
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.goto(`${origin}/${path}`);
    pages.push(page);
    return page;
  }

  /** The extension page the test drives the background from. */
  async function driverPage() {
    if (!driver || driver.isClosed()) driver = await openPage('popup.html');
    return driver;
  }

  /** Runs `fn(arg)` inside an extension page (where `chrome.*` is available). */
  async function inExtension(fn, arg) {
    return (await driverPage()).evaluate(fn, arg);
  }

  const session = {
    context,
    worker,
    extensionId,
    origin,
    lang,
    colorScheme,
    timeZone,
    requests,
    allRequests,
    openPage,
    driverPage,
    inExtension,

    /** Sends one test-hook message to the background and returns its answer. */
    hook(message) {
      return inExtension((m) => chrome.runtime.sendMessage(m), { type: 'balans-test', ...message });
    },

    /** Present and active from now on: the start of a bout. */
    async beginBout() {
      await session.hook({ op: 'advance', minutes: 0 });
      await session.hook({ op: 'idle', state: 'active' });
    },

    /** `minutes` times: the clock one minute on, then the heartbeat alarm. */
    async sitFor(minutes) {
      for (let i = 0; i < minutes; i++) {
        await session.hook({ op: 'advance', minutes: 1 });
        await session.hook({ op: 'alarm', name: 'heartbeat' });
      }
    },

    /** The whole of storage.local (or one key). */
    async storage(key) {
      const all = await inExtension((k) => chrome.storage.local.get(k ?? null), key);
      return key ? all[key] : all;
    },

    /** The tracker record once the background has written it. */
    record() {
      return poll(() => session.storage('tracker'), { message: 'the tracker record in storage.local' });
    },

    badgeText() {
      return inExtension(() => chrome.action.getBadgeText({}));
    },

    /** Opens the popup in a tab and waits until it has rendered (`data-ready`, or the value given). */
    async openPopup(ready) {
      const page = await openPage('popup.html');
      await page.waitForSelector(ready ? `main.popup[data-ready=${ready}]` : 'main.popup[data-ready]');
      return page;
    },

    /** Text of a day figure in the popup, e.g. figure(page, 'sitting') -> "25 min". */
    async figure(page, id) {
      return (await page.locator(`[data-figure=${id}] dd`).textContent())?.trim();
    },

    screenshot: (page, name, options) => screenshot(page, name, options),
    audit: (page) => audit(page),

    /**
     * Stops the extension's service worker through the DevTools protocol, the way Chrome
     * terminates an idle MV3 worker, and waits until it is really gone.
     */
    async stopWorker() {
      const page = await driverPage();
      const cdp = await context.newCDPSession(page);
      const browserCdp = await context.browser().newBrowserCDPSession();
      try {
        const statuses = [];
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          for (const version of versions)
            if (version.scriptURL.startsWith(origin)) statuses.push(version.runningStatus);
        });
        await cdp.send('ServiceWorker.enable');
        const workerTargets = async () =>
          (await browserCdp.send('Target.getTargets')).targetInfos.filter(
            (target) => target.type === 'service_worker' && target.url.startsWith(origin),
          );
        assert.equal((await workerTargets()).length, 1, 'the service worker runs before the stop');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await poll(async () => statuses.includes('stopped') && (await workerTargets()).length === 0, {
          message: 'the service worker to stop',
        });
        await cdp.send('ServiceWorker.disable');
        return { statuses, targetsAfter: (await workerTargets()).length };
      } finally {
        await cdp.detach().catch(() => {});
        await browserCdp.detach().catch(() => {});
      }
    },

    /** Runs axe on every open page, asserts no request left the browser, then closes. */
    async finish() {
      for (const page of pages) if (!page.isClosed()) await audit(page);
      assertNoRequests(requests);
    },

    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
  return session;
}

export function assertNoRequests(requests) {
  assert.deepEqual(requests, [], `requests left the extension:\n  ${requests.join('\n  ')}`);
}

/** Saves a screenshot of the whole page under test-results/screenshots/NAME.png. */
/** Saves a screenshot; `fullPage: false` keeps what the window shows (pages with a pinned bar). */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // Let the ring's transition settle before the picture.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 450))));
  await page.screenshot({ path, fullPage });
  return path;
}

/**
 * Runs axe-core (WCAG 2.0 A/AA and 2.1 AA) on a page and fails on any violation.
 * The extension's CSP (script-src 'self') refuses an added <script>, so the source is
 * evaluated through the DevTools protocol instead, which CSP does not govern.
 */
export async function audit(page) {
  const hasAxe = await page.evaluate(() => typeof window.axe === 'object');
  if (!hasAxe) await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  const violations = await page.evaluate(
    (tags) =>
      window.axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((result) =>
        result.violations.map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          help: violation.help,
          nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
        })),
      ),
    AXE_TAGS,
  );
  const report = violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`)
    .join('\n  ');
  assert.deepEqual(violations, [], `axe found violations on ${page.url()}:\n  ${report}`);
}
