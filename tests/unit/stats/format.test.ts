import { describe, expect, it } from 'vitest';
import { formatAdherence, formatMinutes, formatNumber, NO_VALUE } from '@/lib/stats/format';

describe('formatAdherence', () => {
  it.each<[number | null, string, string]>([
    [null, 'en', '—'], // a day without prompts: a dash, never 0% or 100%
    [null, 'nl', '—'],
    [0, 'en', '0%'],
    [1, 'en', '100%'],
    [0.8, 'en', '80%'],
    [4 / 5, 'nl', '80%'],
    [0.795, 'en', '79%'], // rounded down: it misses an 80% goal, so it never shows 80%
    [0.999, 'en', '99%'], // 100% only when every prompt was done
    [0.29, 'en', '29%'], // 0.29 * 100 is 28.999… in floating point
    [2 / 3, 'en', '66%'],
    [Number.NaN, 'en', '—'],
  ])('%d in %s is %s', (adherence, locale, shown) => {
    expect(formatAdherence(adherence, locale)).toBe(shown);
  });
});

describe('formatNumber and formatMinutes', () => {
  it.each<[number | null, string, number | undefined, string]>([
    [1.25, 'en', undefined, '1.3'],
    [1.25, 'nl', undefined, '1,3'],
    [2, 'en', undefined, '2'],
    [0.714285, 'en', 2, '0.71'],
    [null, 'en', undefined, NO_VALUE],
  ])('formatNumber(%d, %s, %d) = %s', (value, locale, digits, shown) => {
    expect(formatNumber(value, locale, digits)).toBe(shown);
  });

  it.each<[number | null, string]>([
    [1800, '30'],
    [89, '1'],
    [90, '2'],
    [0, '0'],
    [null, NO_VALUE],
  ])('formatMinutes(%d) = %s', (seconds, shown) => {
    expect(formatMinutes(seconds, 'en')).toBe(shown);
  });
});
