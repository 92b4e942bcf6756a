/**
 * Texts in Dutch and English. The messages live in `_locales` (so the manifest and the
 * browser can use them too) and are bundled here as well, so a page can switch language
 * on the person's choice instead of following the browser's.
 */
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';

export type Locale = 'en' | 'nl';
export type LanguageSetting = 'auto' | Locale;
export type MessageKey = keyof typeof en;

const catalogues: Record<Locale, Record<MessageKey, { message: string }>> = { en, nl };

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
  const numbers = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB');
  const t: Translator['t'] = (key, params) => {
    const text = messages[key]?.message ?? catalogues.en[key].message;
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
