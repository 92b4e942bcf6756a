/**
 * popupFirstContentMs: production build in headless Chromium with the worker already
 * running; from navigation start to the popup's mark set right after the day's figures
 * are rendered. A morning of sitting is stored first so there are figures to show.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { feed } from '../../lib/model/engine';
import type { TrackerEvent } from '../../lib/model/types';
import { createRecord } from '../../lib/tracker/record';
import { headlessExtensionArgs } from '../browser.mjs';

interface ExtensionGlobal {
  chrome: {
    storage: {
      local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> };
    };
  };
}

function morningRecord(now: number) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const record = createRecord(zone, now);
  const start = now - 90 * 60_000;
  const events: TrackerEvent[] = [{ type: 'start', at: start, state: 'active' }];
  for (let at = start + 60_000; at <= now; at += 60_000) events.push({ type: 'tick', at });
  events.splice(40, 0, { type: 'idle', at: start + 40 * 60_000, state: 'locked' });
  events.splice(46, 0, { type: 'idle', at: start + 46 * 60_000, state: 'active' });
  for (const event of events) feed(record.engine, event);
  record.lastIdleState = 'active';
  record.idleEverSeen = true;
  return record;
}

export interface PageLoads {
  popupFirstContentMs: number[];
  /** Files of the build each page really requested (paths relative to the build). */
  popupFiles: string[];
  promptFiles: string[];
}

/** The largest exercise text: the worst case for what the prompt page loads. */
const PROMPT_ENTRY = 'supported-single-leg-stance';

export async function measurePages(executablePath: string, loads = 10): Promise<PageLoads> {
  const extension = resolve('.output/chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'balans-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: headlessExtensionArgs(extension),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const url = `chrome-extension://${id}/popup.html`;
    const page = await context.newPage();
    const requested = new Set<string>();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    page.on('request', (request) => {
      const { protocol, pathname } = new URL(request.url());
      if (protocol === 'chrome-extension:') requested.add(pathname.replace(/^\//, ''));
    });
    await page.goto(url);
    // The worker writes its record when it first starts: seed only after, or the seed is overwritten.
    for (let i = 0; i < 100; i++) {
      const stored = await page.evaluate(() =>
        (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get('tracker'),
      );
      if (stored.tracker) break;
      await new Promise((done) => setTimeout(done, 50));
    }
    const now = Date.now();
    await page.evaluate(
      ([record, prompter]) =>
        (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set({ tracker: record, prompter }),
      [
        morningRecord(now),
        {
          active: {
            id: 'bench',
            offeredAt: now,
            entryId: PROMPT_ENTRY,
            reason: 'limit',
            boutSeconds: 1800,
            channel: 'notification',
            outcome: null,
            snoozes: 0,
            reminded: false,
          },
        },
      ] as const,
    );
    const times: number[] = [];
    for (let i = 0; i < loads; i++) {
      await page.goto(url);
      await page.waitForSelector('main[data-ready=figures]');
      const mark = await page.evaluate(
        () => performance.getEntriesByName('balans-first-content')[0]?.startTime,
      );
      if (mark === undefined) throw new Error('the popup set no first-content mark');
      times.push(mark);
    }
    const popupFiles = [...requested];
    requested.clear();
    await page.goto(`chrome-extension://${id}/prompt.html?id=bench`);
    await page.waitForSelector('.card');
    return { popupFirstContentMs: times, popupFiles, promptFiles: [...requested] };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
