// The options page in real Chromium: both languages and themes, screenshots, axe, no requests;
// a changed setting is saved to storage.sync.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch, messages, poll } from './harness.mjs';

for (const lang of ['en', 'nl']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`options page (${lang}, ${colorScheme})`, async (t) => {
      const session = await launch({ lang, colorScheme });
      t.after(() => session.close());
      const page = await session.openPage('options.html');
      await page.setViewportSize({ width: 900, height: 900 });
      await page.locator('.options__title').waitFor();
      assert.equal(
        (await page.locator('.options__title').textContent())?.trim(),
        messages(lang).optionsTitle,
      );
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      await session.screenshot(page, `options-${lang}-${colorScheme}`);
      await session.finish();
    });
  }
}

test('a setting changed on the options page is saved to storage.sync', async (t) => {
  const session = await launch();
  t.after(() => session.close());
  const page = await session.openPage('options.html');
  await page.locator('.options__title').waitFor();
  await page.getByRole('checkbox', { name: messages('en').optionsRegionKneeAnkle, exact: true }).check();
  const saved = await poll(() =>
    session.inExtension(() => chrome.storage.sync.get('settings').then((stored) => stored.settings)),
  );
  assert.deepEqual(saved.focusRegions, ['knee-ankle']);
  await session.finish();
});
