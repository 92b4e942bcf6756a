/**
 * Display helpers for the figures: pure, the locale comes in as an argument.
 *
 * Adherence is shown rounded down to a whole percent, so the figure shown never claims more than
 * was done: 79.5% shows as 79% (it misses an 80% goal), and 100% means every prompt was done.
 */

/** What a figure without a value shows (a day without prompts has no adherence: never 0% or 100%). */
export const NO_VALUE = '—';

/** Tolerance so that 0.29 (stored as 0.28999…) still shows as 29%. */
const EPSILON = 1e-9;

const formats = new Map<string, Intl.NumberFormat>();

/** A number format with at most `digits` decimals, made once per kind: making one costs far more than using it. */
function numberFormat(locale: string, digits: number, percent = false): Intl.NumberFormat {
  const key = `${locale}|${digits}|${percent}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      ...(percent ? { style: 'percent' } : {}),
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format;
}

/** Adherence (0-1 or null) as a whole percent rounded down, e.g. "83%" or "83 %"; null shows "—". */
export function formatAdherence(adherence: number | null, locale: string): string {
  if (adherence === null || !Number.isFinite(adherence)) return NO_VALUE;
  const percent = Math.floor(Math.min(1, Math.max(0, adherence)) * 100 + EPSILON);
  return numberFormat(locale, 0, true).format(percent / 100);
}

/** A number with at most `digits` decimals (rounded half away from zero by Intl); null shows "—". */
export function formatNumber(value: number | null, locale: string, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  return numberFormat(locale, digits).format(value);
}

/** Seconds as whole minutes (rounded), e.g. "42"; null shows "—". */
export function formatMinutes(seconds: number | null, locale: string): string {
  if (seconds === null || !Number.isFinite(seconds)) return NO_VALUE;
  return numberFormat(locale, 0).format(Math.round(seconds / 60));
}
