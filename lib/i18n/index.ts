/**
 * Texts in Dutch and English. The messages live in `_locales` (so the manifest and the
 * browser can use them too) and are loaded here as well, one language at a time, so a page
 * can follow the person's choice instead of the browser's and carries only the language it shows,
 * and of that only its own part (see page-subsets.ts).
 */
import type en from '../../public/_locales/en/messages.json';
import type { MessagePage } from './page-subsets';

export type Locale = 'en' | 'nl';
export type LanguageSetting = 'auto' | Locale;
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, { message: string }>;

const catalogues: Partial<Record<Locale, Messages>> = {};

/** Makes a language's messages available to `createTranslator` (tests register both). */
export function registerMessages(locale: Locale, messages: Messages): void {
  catalogues[locale] = messages;
}

/** The pages that load their messages one language at a time (options has both: see all.ts). */
export type LoadingPage = Exclude<MessagePage, 'options'>;

type Part = () => Promise<{ default: Record<string, { message: string }> }>;

/** One literal import per language and page, so each part is a chunk of its own. */
const PARTS: Record<Locale, Record<LoadingPage, Part>> = {
  en: {
    popup: () => import('virtual:balans-messages/en/popup'),
    prompt: () => import('virtual:balans-messages/en/prompt'),
    progress: () => import('virtual:balans-messages/en/progress'),
  },
  nl: {
    popup: () => import('virtual:balans-messages/nl/popup'),
    prompt: () => import('virtual:balans-messages/nl/prompt'),
    progress: () => import('virtual:balans-messages/nl/progress'),
  },
};

/**
 * Loads, once, the messages of a language that a page shows (its own chunk). A page passes
 * its own name each time: the messages of other pages are not there.
 */
export async function loadMessages(locale: Locale, page: LoadingPage): Promise<void> {
  if (catalogues[locale]) return;
  catalogues[locale] = (await PARTS[locale][page]()).default as Messages;
}

export const LOCALES: readonly Locale[] = ['en', 'nl'];

/** The chosen language, or the browser's when it is Dutch, else English. */
export function pickLocale(setting: LanguageSetting | undefined, uiLanguage: string): Locale {
  if (setting === 'en' || setting === 'nl') return setting;
  return uiLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export interface Translator {
  locale: Locale;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A duration in whole minutes, e.g. "1 h 05 min" / "1 u 05 min". */
  duration(seconds: number): string;
  number(value: number): string;
}

export function createTranslator(locale: Locale): Translator {
  const messages = catalogues[locale];
  if (!messages) throw new Error(`Balans: the ${locale} messages are not loaded`);
  const numbers = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB');
  const t: Translator['t'] = (key, params) => {
    const text = messages[key]?.message ?? key;
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
  };
  return {
    locale,
    t,
    number: (value) => numbers.format(value),
    duration(seconds) {
      const minutes = Math.floor(Math.max(0, seconds) / 60);
      const h = Math.floor(minutes / 60);
      const m = minutes % 60;
      if (h === 0) return t('durationMinutes', { m });
      if (m === 0) return t('durationHoursOnly', { h });
      return t('durationHours', { h, m: String(m).padStart(2, '0') });
    },
  };
}
