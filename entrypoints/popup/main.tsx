import { render } from 'preact';
import './style.css';
import { browserTrackerSource } from '@/lib/browser/popup-source';
import { createTranslator, loadMessages, pickLocale } from '@/lib/i18n';
import { App } from './App';

const root = document.getElementById('app') as HTMLElement;
// The browser's language is the usual choice: its messages load while storage is read.
const uiLanguage = browserTrackerSource.uiLanguage();
const likelyMessages = loadMessages(pickLocale(undefined, uiLanguage), 'popup');
void browserTrackerSource.load().then(async (data) => {
  const locale = pickLocale(data.settings.language, data.uiLanguage);
  await likelyMessages;
  await loadMessages(locale, 'popup');
  const tr = createTranslator(locale);
  document.documentElement.lang = tr.locale;
  document.title = tr.t('popupTitle');
  render(<App source={browserTrackerSource} initial={data} tr={tr} now={Date.now} />, root);
  // Read by `npm run bench` (popupFirstContentMs): the day's figures are in the DOM now.
  performance.mark('balans-first-content');
});
