/**
 * `npm run bench [-- --json]`: the budgets of PRODUCT.md section 3, measured on the
 * production build. Prints figures; it asserts nothing (machines are shared and noisy).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, feed, heldDays } from '../lib/model/engine';
import { localDate } from '../lib/model/local-days';
import { DEFAULT_MODEL_CONFIG } from '../lib/model/types';
import { alarmsWhileAwayPerHour } from './bench/alarms-away';
import { measurePages } from './bench/popup-first-content';
import { fileKB, gzipKB, withImports } from './bench/sizes';
import { measureStored } from './bench/stats-in-browser';
import { heavyYear } from './bench/synthetic';
import { ensureChromium } from './browser.mjs';

const json = process.argv.includes('--json');
const log = (line: string) => {
  if (!json) console.log(line);
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function build(): void {
  log('Building the production zip for Chrome…');
  execFileSync('npx', ['wxt', 'zip'], { stdio: json ? 'ignore' : 'inherit' });
}

function replayYear() {
  const events = heavyYear();
  const zone = 'Europe/Amsterdam';
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    const state = createEngine({ ...DEFAULT_MODEL_CONFIG, timeZone: zone });
    for (const event of events) feed(state, event);
    feed(state, { type: 'end', at: (events[events.length - 1]?.at ?? 0) + 60_000 });
    heldDays(state, localDate(state.lastAt, zone));
    runs.push(performance.now() - started);
  }
  const ms = median(runs);
  return { ms, events: events.length, perSecond: Math.round(events.length / (ms / 1000)) };
}

async function main() {
  build();
  const root = '.output/chrome-mv3';
  const zip = readdirSync('.output').find((name) => name.endsWith('-chrome.zip'));
  if (!zip) throw new Error('wxt zip made no Chrome zip');
  const figures: Record<string, number> = {};

  figures.backgroundGzipKB = gzipKB(withImports(root, join(root, 'background.js')));
  figures.chromeZipKB = fileKB(join('.output', zip));
  log(`backgroundGzipKB       ${figures.backgroundGzipKB} KB   (budget <= 20)`);
  log(`chromeZipKB            ${figures.chromeZipKB} KB   (budget <= 300)`);

  const replay = replayYear();
  figures.replayYearMs = round(replay.ms, 1);
  figures.replayEventsPerSecond = replay.perSecond;
  log(`replayYearMs           ${figures.replayYearMs} ms for ${replay.events} events   (budget < 1000)`);
  log(`replayEventsPerSecond  ${figures.replayEventsPerSecond}`);

  const alarms = await alarmsWhileAwayPerHour();
  figures.alarmsWhileAwayPerHour = alarms.perHour;
  log(
    `alarmsWhileAwayPerHour ${alarms.perHour} (${alarms.firingsAway} firings in ${round(alarms.hoursAway)} h away; budget <= 1)`,
  );

  const chromiumPath = ensureChromium();
  if (existsSync(chromiumPath)) {
    // What each page really requested in Chromium (JS, CSS, images), gzip level 9.
    const pages = await measurePages(chromiumPath);
    const loaded = (files: string[]) =>
      files.filter((file) => /\.(js|css|svg|png)$/.test(file)).map((file) => join(root, file));
    figures.popupGzipKB = gzipKB(loaded(pages.popupFiles));
    figures.promptGzipKB = gzipKB(loaded(pages.promptFiles));
    figures.popupFirstContentMs = round(median(pages.popupFirstContentMs), 1);
    log(`popupGzipKB            ${figures.popupGzipKB} KB   (budget <= 25)`);
    log(`promptGzipKB           ${figures.promptGzipKB} KB   (budget <= 30)`);
    log(`popupFirstContentMs    ${figures.popupFirstContentMs} ms median of 10   (budget <= 50)`);

    const year = await measureStored(chromiumPath, 1);
    figures.statsYearMs = round(median(year.statsMs), 1);
    figures.dbBytesPerYear = year.usageBytes;
    log(`statsYearMs            ${figures.statsYearMs} ms median of 5   (budget < 100)`);
    log(
      `dbBytesPerYear         ${round(year.usageBytes / 1_048_576)} MB (${year.usageBytes} bytes; budget < 5 MB)`,
    );
    const five = await measureStored(chromiumPath, 5);
    figures.statsFiveYearsMs = round(median(five.statsMs), 1);
    log(`statsFiveYearsMs       ${figures.statsFiveYearsMs} ms median of 5   (budget < 300)`);
  }

  if (json) console.log(JSON.stringify(figures));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
