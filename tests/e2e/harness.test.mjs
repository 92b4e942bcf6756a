// Checks on the harness itself, so that the other tests' "nothing left the browser" and
// "in Dutch" mean something.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launch, messages, poll } from './harness.mjs';

test('the request watcher sees requests from pages and from the service worker', async (t) => {
  const session = await launch();
  t.after(() => session.close());

  // A page's request to the outside is caught...
  const page = await session.driverPage();
  await page.evaluate(() => {
    const image = new Image();
    image.src = 'http://127.0.0.1:9/from-page.png';
    document.body.append(image);
  });
  await poll(() => session.requests.some((line) => line.includes('/from-page.png (page)')), {
    timeout: 5000,
    message: () => `the page's probe request; seen: ${session.allRequests.join(', ')}`,
  });

  // ...and the service worker's requests are watched too. (An outside fetch from the worker
  // never starts: the extension's CSP, connect-src 'self', stops it before the network.)
  const url = await session.worker.evaluate(async () => {
    const target = chrome.runtime.getURL('manifest.json?from-worker');
    await fetch(target);
    await fetch('http://127.0.0.1:9/from-worker').catch(() => null);
    return target;
  });
  await poll(() => session.allRequests.includes(`GET ${url} (service worker)`), {
    timeout: 5000,
    message: () => `the worker's probe request; seen: ${session.allRequests.join(', ')}`,
  });
  assert.equal(session.requests.length, 1, session.requests.join('\n'));
});

test('Dutch is really the browser language under lang "nl"', async (t) => {
  const session = await launch({ lang: 'nl' });
  t.after(() => session.close());
  const [ui, message] = await session.inExtension(() => [
    chrome.i18n.getUILanguage(),
    chrome.i18n.getMessage('sittingToday'),
  ]);
  assert.match(ui, /^nl/);
  assert.equal(
    message,
    messages('nl').sittingToday,
    'chrome.i18n answers in Dutch (chromium-l10n installed?)',
  );
  assert.notEqual(message, messages('en').sittingToday);
  await session.finish();
});
