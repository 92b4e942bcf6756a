/**
 * statsYearMs, statsFiveYearsMs and dbBytesPerYear: real IndexedDB in headless Chromium with
 * the production build. A synthetic heavy year (or five), in the shape the extension stores
 * it, is written into the extension's own database; then the progress page is opened on the
 * whole range and its marks time reading and computing the figures (median of 5 loads).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { headlessExtensionArgs } from '../browser.mjs';
import { storedYears } from './stored-year';

const CHUNK = 4000;

async function waitForSchema(page: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const ready = await page.evaluate(
      () =>
        new Promise<boolean>((done) => {
          const open = indexedDB.open('balans');
          // Not there yet: opening it here would create an empty version 1 under the extension's
          // feet, and its own upgrade would then fail. Abort, and ask again.
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onsuccess = () => {
            const names = [...open.result.objectStoreNames];
            open.result.close();
            done(names.includes('months'));
          };
          open.onerror = () => done(false);
        }),
    );
    if (ready) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('the extension never created its database');
}

async function put(page: Page, store: string, records: unknown[]): Promise<void> {
  for (let i = 0; i < records.length; i += CHUNK) {
    await page.evaluate(
      ([name, chunk]) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('balans');
          open.onsuccess = () => {
            const tx = open.result.transaction(name as string, 'readwrite');
            for (const record of chunk as unknown[]) tx.objectStore(name as string).put(record);
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      [store, records.slice(i, i + CHUNK)] as const,
    );
  }
}

export interface StoredFigures {
  usageBytes: number;
  statsMs: number[];
}

async function launch(executablePath: string, profile: string) {
  const extension = resolve('.output/chrome-mv3');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: headlessExtensionArgs(extension),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const page = await context.newPage();
  await page.goto(`${origin}/popup.html`);
  return { context, origin, page };
}

export async function measureStored(
  executablePath: string,
  years: number,
  loads = 5,
): Promise<StoredFigures> {
  const data = storedYears(years);
  const profile = mkdtempSync(join(tmpdir(), 'balans-bench-stats-'));
  try {
    const writing = await launch(executablePath, profile);
    await waitForSchema(writing.page);
    for (const [store, records] of Object.entries(data.stores)) await put(writing.page, store, records);
    await writing.context.close();
    // Opened again, the database has folded its write-ahead log into its tables: what a year of
    // writing a little at a time leaves on disk, not what one burst of writes leaves.
    const { context, origin, page } = await launch(executablePath, profile);
    try {
      const usage = () => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
      // Chromium sometimes answers from a usage cache not yet filled (tens of KB for megabytes on
      // disk): read it again once the page has read the data, and keep the larger reading.
      const usageBefore = await usage();
      const { first, last } = data;
      const statsMs: number[] = [];
      for (let i = 0; i < loads; i++) {
        await page.goto(`${origin}/progress.html?from=${first}&to=${last}`);
        const ms = await page.waitForFunction(
          () => performance.getEntriesByName('balans-stats', 'measure')[0]?.duration,
          undefined,
          { timeout: 60_000 },
        );
        statsMs.push(Number(await ms.jsonValue()));
      }
      return { usageBytes: Math.max(usageBefore, await usage()), statsMs };
    } finally {
      await context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
