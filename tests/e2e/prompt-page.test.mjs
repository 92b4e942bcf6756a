// The prompt page for three exercises (seated, standing, a posture prompt) in both languages
// and both themes: the picture and card render, axe finds nothing, screenshots for review.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch } from './harness.mjs';

const EXERCISES = ['seated-twist', 'supported-single-leg-stance', 'stand-for-call'];

for (const lang of ['en', 'nl']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`prompt page for ${EXERCISES.length} exercises (${lang}, ${colorScheme})`, async (t) => {
      const session = await launch({ lang, colorScheme });
      t.after(() => session.close());
      for (const entryId of EXERCISES) {
        const prompt = {
          id: `e2e-${entryId}`,
          offeredAt: Date.now(),
          entryId,
          reason: 'limit',
          boutSeconds: 1860,
          channel: 'notification',
          outcome: null,
          snoozes: 0,
          reminded: false,
        };
        await session.inExtension((active) => chrome.storage.local.set({ prompter: { active } }), prompt);
        const page = await session.openPage(`prompt.html?id=${prompt.id}`);
        await page.setViewportSize({ width: 440, height: 680 });
        await page.locator('.card').waitFor();
        const picture = page.locator('.card [role=img] svg');
        assert.ok((await picture.locator('path, line, circle, ellipse, rect, polyline').count()) > 0);
        await session.screenshot(page, `prompt-${lang}-${colorScheme}-${entryId}`, { fullPage: false });
        await session.audit(page);
        await page.close();
      }
      await session.finish();
    });
  }
}
