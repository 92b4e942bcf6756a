// Prompts in real Chromium: a bout past the limit notifies and opens no window; the
// notification opens the prompt window; Start then Done is recorded and ends the bout.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch, messages, poll } from './harness.mjs';

const ALL_DAY = { workHours: { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '23:59' } };

async function promptsInDb(session) {
  return session.inExtension(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('balans');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('prompts').objectStore('prompts').getAll();
          request.onsuccess = () => {
            resolve(request.result);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

for (const [lang, colorScheme] of [
  ['en', 'light'],
  ['nl', 'dark'],
]) {
  test(`a bout past the limit notifies, then Start and Done end it (${lang}, ${colorScheme})`, async (t) => {
    const session = await launch({ lang, colorScheme });
    t.after(() => session.close());
    const text = messages(lang);
    await session.inExtension((settings) => chrome.storage.sync.set({ settings }), ALL_DAY);
    const windowsBefore = await session.inExtension(() => chrome.windows.getAll().then((all) => all.length));

    await session.beginBout();
    await session.sitFor(31);
    const active = await poll(async () => (await session.storage('prompter'))?.active, {
      message: 'a prompt at the sitting limit',
    });
    assert.equal(active.reason, 'limit');
    assert.equal(active.channel, 'notification');
    const notifications = await session.inExtension(() => chrome.notifications.getAll());
    assert.ok(notifications[active.id], 'the prompt is shown as a notification');
    const windowsAfter = await session.inExtension(() => chrome.windows.getAll().then((all) => all.length));
    assert.equal(windowsAfter, windowsBefore, 'no window opens by itself');

    const opened = session.context.waitForEvent('page', (page) => page.url().includes('prompt.html'));
    await session.hook({ op: 'notification-click' });
    const prompt = await opened;
    await prompt.setViewportSize({ width: 440, height: 680 });
    await prompt.locator('.card').waitFor();
    await session.screenshot(prompt, `prompt-${lang}-${colorScheme}-${active.entryId}`, { fullPage: false });
    await session.audit(prompt);

    const timer = prompt.locator('.timer__button');
    if (await timer.count()) {
      await timer.click();
      await poll(async () => (await session.storage('prompter'))?.active?.startedAt, {
        message: 'Start to be recorded',
      });
      assert.equal((await session.record()).engine.posture, 'moving', 'Start reports moving');
    }
    const closed = prompt.waitForEvent('close');
    await prompt.getByRole('button', { name: text.promptDone ?? 'Done', exact: true }).click();
    await closed;

    const stored = await poll(async () =>
      (await promptsInDb(session)).find((p) => p.id === active.id && p.outcome),
    );
    assert.equal(stored.outcome, 'done');
    assert.equal((await session.storage('prompter')).active, null);
    if (stored.startedAt) {
      const record = await session.record();
      assert.equal(record.engine.posture, 'sitting', 'the end of the exercise reports sitting');
      assert.equal(await session.badgeText(), '', 'the bout ended with the exercise');
    }
    await session.finish();
  });
}
