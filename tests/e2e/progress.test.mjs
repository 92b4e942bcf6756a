// A month of desk work, replayed through the test hook, then read on the progress page and
// checked against figures worked out by hand (tests/e2e/month-fixture.mjs); exported as CSV
// and JSON, read back, restored into a fresh profile and compared; printed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { launch, messages } from './harness.mjs';
import { month } from './month-fixture.mjs';

const EN = messages('en');
const CHUNK = 300;

async function replayMonth(session, steps) {
  await session.hook({ op: 'reset' });
  for (let i = 0; i < steps.length; i += CHUNK)
    await session.hook({ op: 'replay', steps: steps.slice(i, i + CHUNK) });
}

async function openProgress(session, fixture) {
  const page = await session.openPage(`progress.html?from=${fixture.from}&to=${fixture.to}`);
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.locator('[data-card=range]').waitFor();
  return page;
}

async function figure(page, card, id) {
  return (
    await page.locator(`[data-card=${card}] [data-figure=${id}] .stat__value`).first().textContent()
  )?.trim();
}

async function download(page, label) {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: label, exact: true }).click();
  const file = await (await waiting).path();
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

test('a month on the progress page matches the figures worked out by hand; export, restore, print', async (t) => {
  const fixture = month(Date.now());
  const session = await launch({ timeZone: 'UTC' });
  t.after(() => session.close());
  await replayMonth(session, fixture.steps);
  const page = await openProgress(session, fixture);

  // The four weeks (averages over the 20 work days with figures).
  assert.equal(await figure(page, 'range', 'sitting'), '1 h 30 min');
  assert.equal(await figure(page, 'range', 'standing'), '15 min');
  assert.equal(await figure(page, 'range', 'long-bouts'), '20');
  assert.equal(await figure(page, 'range', 'longest'), '55 min');
  assert.equal(await figure(page, 'range', 'usual'), '25 min');
  assert.equal(await figure(page, 'range', 'breaks-per-hour'), '1.7');
  assert.equal(await figure(page, 'range', 'adherence'), '100%');
  // All the sitting is between 09:00 and 11:00, inside the default work hours; nothing untracked.
  assert.equal(await figure(page, 'range', 'work-sitting'), '1 h 30 min');
  assert.equal(await figure(page, 'range', 'untracked'), '0 min');
  // Prompts and exercises: the 20 schedule prompts, all done, each counted once under its kind.
  const counts = Object.fromEntries(
    await page.$$eval('[data-breakdown] [data-row]', (rows) =>
      rows.map((row) => [row.getAttribute('data-row'), Number(row.querySelector('td')?.textContent)]),
    ),
  );
  assert.deepEqual(
    ['done', 'partly', 'skipped', 'snoozed', 'unanswered'].map((outcome) => counts[`outcome:${outcome}`]),
    [20, 0, 0, 0, 0],
  );
  const sumOf = (table) =>
    Object.entries(counts).reduce((sum, [key, n]) => (key.startsWith(`${table}:`) ? sum + n : sum), 0);
  assert.equal(sumOf('family'), 20);
  assert.ok(sumOf('region') >= 20, 'every exercise works at least one region');
  assert.equal((await page.locator('[data-figure=extra-moves] strong').textContent())?.trim(), '0');
  // Days since the month, without figures, neither count nor break the streak.
  assert.equal((await page.locator('[data-figure=streak]').textContent())?.match(/\d+/)?.[0], '20');
  await session.screenshot(page, 'progress-en-light-month');

  // Days CSV: one row a day, in seconds.
  const days = (await download(page, EN.dataExportDays)).trim().split(/\r?\n/);
  const header = days[0].split(',');
  const rows = days.slice(1).map((line) => Object.fromEntries(line.split(',').map((v, i) => [header[i], v])));
  const inMonth = rows.filter((row) => row.date >= fixture.from && row.date <= fixture.to);
  const workDays = inMonth.filter((row) => Number(row.sitting_seconds) > 0);
  assert.equal(workDays.length, 20);
  for (const row of workDays) {
    assert.equal(row.sitting_seconds, '5400');
    assert.equal(row.standing_seconds, '900');
    assert.equal(row.breaks, '3');
    assert.equal(row.longest_bout_seconds, '3300');
  }
  const [firstMonday] = workDays;
  assert.equal(firstMonday.untracked_seconds, '0');
  assert.equal(firstMonday.away_seconds, '47700', 'the first Monday starts at its first event');
  assert.equal(workDays[1].away_seconds, '80100');
  const weekend = inMonth.filter((row) => Number(row.sitting_seconds) === 0);
  for (const row of weekend) assert.equal(row.away_seconds, '86400');

  // Prompts CSV: one done prompt a work day.
  const prompts = (await download(page, EN.dataExportPrompts)).trim().split(/\r?\n/).slice(1);
  assert.equal(prompts.length, 20);
  assert.ok(prompts.every((line) => line.includes(',done,')));

  // The JSON backup restores into a fresh profile and shows the same figures.
  const backup = await download(page, EN.dataExportBackup);
  const parsed = JSON.parse(backup);
  assert.equal(parsed.format, 'balans-backup');
  assert.equal(parsed.stores.prompts.length, 20);

  await page.emulateMedia({ media: 'print' });
  await session.screenshot(page, 'progress-en-print');
  await page.emulateMedia({ media: 'screen' });
  await session.finish();

  const fresh = await launch({ timeZone: 'UTC' });
  t.after(() => fresh.close());
  const restorePage = await openProgress(fresh, fixture);
  const file = `${process.env.TMPDIR ?? '/tmp'}/balans-e2e-backup.json`;
  (await import('node:fs')).writeFileSync(file, backup);
  await restorePage.locator('#data-restore-file').setInputFiles(file);
  await restorePage.getByRole('button', { name: EN.dataRestoreConfirm, exact: true }).click();
  await restorePage.waitForEvent('load');
  await restorePage.locator('[data-card=range]').waitFor();
  assert.equal(await figure(restorePage, 'range', 'sitting'), '1 h 30 min');
  assert.equal(await figure(restorePage, 'range', 'adherence'), '100%');
  assert.equal(await figure(restorePage, 'range', 'long-bouts'), '20');
  await fresh.finish();
});

for (const [lang, colorScheme] of [
  ['en', 'dark'],
  ['nl', 'light'],
  ['nl', 'dark'],
]) {
  test(`the progress page in ${lang}, ${colorScheme}`, async (t) => {
    const fixture = month(Date.now());
    const session = await launch({ lang, colorScheme, timeZone: 'UTC' });
    t.after(() => session.close());
    // One week of the month is enough to see every part of the page.
    await replayMonth(session, fixture.steps.slice(0, fixture.steps.length / 4));
    const page = await openProgress(session, fixture);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal((await page.locator('h1').textContent())?.trim(), messages(lang).progressTitle);
    await session.screenshot(page, `progress-${lang}-${colorScheme}`);
    await session.finish();
  });
}
