// The tracker in real Chromium: breaks and the badge, reports and undo through the popup,
// a service worker stopped mid-bout, and a production build that ignores the test hook.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { BUILDS, launch, messages, poll, sleep } from './harness.mjs';

const EN = messages('en');

test('a locked screen for 10 minutes is a break; the badge is empty while away', async (t) => {
  const session = await launch();
  t.after(() => session.close());

  await session.beginBout();
  await session.sitFor(5);
  assert.equal(await session.badgeText(), '5');

  await session.hook({ op: 'idle', state: 'locked' });
  assert.equal(await session.badgeText(), '', 'no minutes on the badge while locked');
  await session.hook({ op: 'advance', minutes: 10 });
  assert.equal(await session.badgeText(), '');
  // (The popup reckons with the real clock, not the hook's, so it cannot show the 10 minutes
  // away before the next event: the stored state is checked instead.)
  assert.equal((await session.record()).lastIdleState, 'locked');

  await session.hook({ op: 'idle', state: 'active' });
  assert.equal(await session.badgeText(), '', 'a new bout under a minute shows nothing');
  await session.sitFor(3);
  assert.equal(await session.badgeText(), '3', 'the new bout counts from the return');

  const popup = await session.openPopup('figures');
  assert.equal(await session.figure(popup, 'breaks'), '1');
  assert.equal(await session.figure(popup, 'sitting'), '8 min');
  assert.equal(await session.figure(popup, 'longest'), '5 min');
  assert.equal(await popup.locator('.bout-ring__value').textContent(), '3');
  assert.equal(await popup.locator('[data-status]').getAttribute('data-status'), 'sitting');
  await session.screenshot(popup, 'popup-en-after-break');
  await session.finish();
});

test('reporting standing in the popup can be undone', async (t) => {
  const session = await launch();
  t.after(() => session.close());

  await session.beginBout();
  await session.sitFor(4);
  const popup = await session.openPopup('figures');
  await popup.locator('button[data-posture=standing]').click();

  const undoButton = popup.locator('.undo__button');
  await undoButton.waitFor({ state: 'visible' });
  const noted = EN.reported.replace('{posture}', EN.reportStanding.toLowerCase());
  assert.equal(await popup.locator('.undo span').textContent(), noted);
  await popup.locator('[data-status=standing]').waitFor();
  assert.equal(await popup.locator('button[data-posture=standing]').getAttribute('aria-pressed'), 'true');
  assert.equal((await session.record()).undo?.posture.posture, 'standing');
  await session.screenshot(popup, 'popup-en-undo');
  await session.audit(popup);

  await undoButton.click();
  await popup.locator('.undo--done').waitFor();
  await popup.locator('[data-status=sitting]').waitFor();
  assert.equal(await popup.locator('.undo__button').count(), 0);
  assert.equal(await popup.locator('button[data-posture=sitting]').getAttribute('aria-pressed'), 'true');
  assert.equal((await session.record()).undo, null);

  // Had the report stood, these minutes would be standing ones.
  await session.sitFor(3);
  await poll(async () => (await session.figure(popup, 'sitting')) === '7 min', {
    message: 'the open popup to follow the record',
  });
  assert.equal(await session.figure(popup, 'standing'), '0 min');
  assert.equal(await popup.locator('.bout-ring__value').textContent(), '7');
  await session.screenshot(popup, 'popup-en-undone');
  await session.finish();
});

test('a service worker stopped mid-bout carries on with the same bout', async (t) => {
  const session = await launch();
  t.after(() => session.close());

  await session.beginBout();
  await session.sitFor(12);
  const before = await session.record();
  assert.equal(await session.badgeText(), '12');

  const stop = await session.stopWorker();
  assert.ok(stop.statuses.includes('stopped'), `worker statuses: ${stop.statuses.join(', ')}`);
  assert.equal(stop.targetsAfter, 0, 'no service worker target is left');

  // Any event wakes it again; the background starts from scratch and reads the stored record.
  assert.ok((await session.hook({ op: 'now' })).now >= before.engine.lastAt);
  const after = await poll(
    async () => {
      const record = await session.storage('tracker');
      return record && record.workerStartedAt > before.workerStartedAt ? record : null;
    },
    { message: 'the woken worker to record its start' },
  );
  assert.ok(after.workerStartedAt > before.workerStartedAt);

  await session.sitFor(5);
  const popup = await session.openPopup('figures');
  assert.equal(await popup.locator('.bout-ring__value').textContent(), '17');
  assert.equal(await session.figure(popup, 'sitting'), '17 min');
  assert.equal(await session.figure(popup, 'longest'), '17 min');
  assert.equal(await session.figure(popup, 'breaks'), '0');
  assert.equal(await session.badgeText(), '17');
  await session.finish();
});

test('the production build leaves the test hook out and ignores its messages', async (t) => {
  const source = readFileSync(join(BUILDS.production, 'background.js'), 'utf8');
  assert.equal(source.includes('balans-test'), false, 'the production background mentions the hook');

  const session = await launch({ build: 'production' });
  t.after(() => session.close());

  const before = await session.record();
  const engineBefore = JSON.stringify(before.engine);

  const answers = [];
  for (const message of [
    { op: 'advance', minutes: 60 },
    { op: 'idle', state: 'locked' },
    { op: 'alarm', name: 'heartbeat' },
  ]) {
    const answer = await session.hook(message).then(
      (value) => ({ value }),
      (error) => ({ error: String(error.message ?? error) }),
    );
    answers.push(answer);
    if (answer.error) assert.match(answer.error, /Receiving end does not exist|message port closed/);
    else assert.equal(answer.value, undefined, `the hook answered ${JSON.stringify(answer.value)}`);
  }

  t.diagnostic(
    `production answers to the hook: ${answers.map((a) => a.error ?? String(a.value)).join(', ')}`,
  );

  await sleep(300); // nothing may follow later either
  const after = await session.storage();
  assert.equal(JSON.stringify(after.tracker.engine), engineBefore, 'the engine state changed');
  assert.equal(after.tracker.workerStartedAt, before.workerStartedAt);
  assert.equal('balans-e2e' in after, false, 'the hook stored its clock');
  await session.finish();
});
