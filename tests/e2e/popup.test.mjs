// The popup in real Chromium: figures after a driven half hour, in English and Dutch, light
// and dark; the first-day empty state. Each case checks axe and that nothing left the browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch, messages } from './harness.mjs';

const EN = messages('en');
const NL = messages('nl');

for (const lang of ['en', 'nl']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`popup after a 25-minute bout (${lang}, ${colorScheme})`, async (t) => {
      const session = await launch({ lang, colorScheme });
      t.after(() => session.close());

      await session.beginBout();
      await session.sitFor(25);
      const popup = await session.openPopup('figures');

      assert.equal(await popup.locator('.bout-ring__value').textContent(), '25');
      assert.equal(await session.figure(popup, 'sitting'), '25 min');
      assert.equal(await popup.locator('[data-status]').getAttribute('data-status'), 'sitting');
      assert.equal(await session.badgeText(), '25');

      // The texts are the chosen language's; the Dutch ones really differ from the English.
      const texts = lang === 'nl' ? NL : EN;
      if (lang === 'nl') assert.notEqual(NL.sittingToday, EN.sittingToday);
      assert.equal(await popup.locator('[data-figure=sitting] dt').textContent(), texts.sittingToday);
      assert.equal(await popup.locator('[data-figure=breaks] dt').textContent(), texts.breaksToday);
      assert.equal(await popup.locator('fieldset.posture legend').textContent(), texts.postureHeading);
      assert.equal(await popup.locator('[data-status]').textContent(), texts.statusSitting);
      assert.equal(await popup.evaluate(() => document.documentElement.lang), lang);

      const dark = await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      assert.equal(dark, colorScheme === 'dark');

      await session.screenshot(popup, `popup-${lang}-${colorScheme}`);
      await session.finish();
    });
  }
}

test('popup on the first day shows the empty state', async (t) => {
  const session = await launch({ lang: 'en' });
  t.after(() => session.close());

  const popup = await session.openPopup('empty');
  assert.equal(await popup.locator('[data-testid=empty]').isVisible(), true);
  assert.equal(await popup.locator('[data-testid=empty] h2').textContent(), EN.emptyTitle);
  assert.equal(await popup.locator('.bout-ring').count(), 0);
  assert.equal(await popup.locator('button[data-posture]').count(), 3);

  await session.screenshot(popup, 'popup-en-empty');
  await session.finish();
});

for (const [lang, colorScheme] of [
  ['en', 'light'],
  ['nl', 'dark'],
]) {
  test(`after an hour of standing: "still standing?" in the popup and as a notification (${lang}, ${colorScheme})`, async (t) => {
    const texts = lang === 'nl' ? NL : EN;
    const session = await launch({ lang, colorScheme });
    t.after(() => session.close());

    await session.beginBout();
    await session.sitFor(5);
    const popup = await session.openPopup('figures');
    await popup.locator('button[data-posture=standing]').click();
    await popup.locator('[data-status=standing]').waitFor();
    await session.sitFor(55);
    const notShown = await session.inExtension(() => chrome.notifications.getAll());
    assert.equal(notShown['balans-standing'], undefined, 'not before an hour');
    await session.sitFor(5);

    const shown = await session.inExtension(() => chrome.notifications.getAll());
    assert.ok(shown['balans-standing'], 'the question is a notification');
    await popup.reload();
    const question = popup.locator('[data-notice=standing]');
    await question.waitFor();
    assert.equal(await question.locator('h2').textContent(), texts.standingQuestionTitle);
    await session.screenshot(popup, `popup-${lang}-${colorScheme}-standing-question`);

    // "Still standing": the question goes, from the popup and from the notifications.
    await question.getByRole('button', { name: texts.standingQuestionYes }).click();
    await question.waitFor({ state: 'detached' });
    const cleared = await session.inExtension(() => chrome.notifications.getAll());
    assert.equal(cleared['balans-standing'], undefined);
    assert.equal(await popup.locator('[data-status]').getAttribute('data-status'), 'standing');
    await session.finish();
  });
}
