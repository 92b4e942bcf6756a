/** Local dates (YYYY-MM-DD) in words, in the page's language. Pure. */
import type { Locale } from '@/lib/i18n';

export function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}

const cache = new Map<string, Intl.DateTimeFormat>();

/** A date string is a calendar day, not an instant: it is read and written in UTC so no zone can shift it. */
export function formatDate(date: string, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format.format(Date.parse(`${date}T00:00:00Z`));
}

/** "18 May 2026" / "18 mei 2026". */
export const longDate = (date: string, locale: Locale) =>
  formatDate(date, locale, { day: 'numeric', month: 'long', year: 'numeric' });

/** "Mon 18 May" / "ma 18 mei". */
export const shortDay = (date: string, locale: Locale) =>
  formatDate(date, locale, { weekday: 'short', day: 'numeric', month: 'short' });

/** "18 May" / "18 mei". */
export const dayMonth = (date: string, locale: Locale) =>
  formatDate(date, locale, { day: 'numeric', month: 'short' });

/** The week number of an ISO week name, "2026-W21" -> "21". */
export const weekNumber = (week: string) => String(Number(week.slice(6)));
