import { render } from 'preact';
import { browser } from 'wxt/browser';
import './style.css';
import { DataControls } from '@/components/data/DataControls';
import { presetRange } from '@/components/progress/range';
import { browserDataSource } from '@/lib/browser/data-source';
import { browserProgressSource, type DateRange } from '@/lib/browser/progress-source';
import { createTranslator, loadMessages, pickLocale } from '@/lib/i18n';
import { localDate } from '@/lib/model/local-days';
import { App } from './App';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A period given in the page's address (`?from=YYYY-MM-DD&to=YYYY-MM-DD`), as a report link or the bench uses. */
function linkedRange(): DateRange | undefined {
  const params = new URLSearchParams(location.search);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return DATE.test(from) && DATE.test(to) && from <= to ? { from, to } : undefined;
}

const root = document.getElementById('app') as HTMLElement;
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const linked = linkedRange();
// A year back: today, this week and the streak come from it, and so does the first period shown.
const range = linked ?? presetRange('12m', localDate(Date.now(), zone));
// Read by `npm run bench` (statsYearMs): reading the record and working out the figures.
performance.mark('balans-stats-start');
// The messages of the browser's language load while the data is read (the language setting, read
// with the data, may still choose the other one: that one is loaded then).
loadMessages(pickLocale(undefined, browser.i18n.getUILanguage()), 'progress').catch(() => undefined);
browserProgressSource.load(range).then(
  async (data) => {
    const locale = pickLocale(data.settings.language, data.uiLanguage);
    await loadMessages(locale, 'progress');
    render(
      <App
        source={browserProgressSource}
        initial={data}
        locale={locale}
        now={Date.now}
        initialRange={linked}
        dataControls={(tr) => (
          <DataControls source={browserDataSource} tr={tr} onChange={() => location.reload()} />
        )}
      />,
      root,
    );
    performance.measure('balans-stats', 'balans-stats-start');
  },
  async (error: unknown) => {
    console.error('Balans: the progress page could not read its data', error);
    const locale = pickLocale(undefined, navigator.language);
    await loadMessages(locale, 'progress');
    render(<p class="load-failed">{createTranslator(locale).t('progressLoadFailed')}</p>, root);
  },
);
