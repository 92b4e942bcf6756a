import { describe, expect, it } from 'vitest';
import { nextDate } from '@/lib/model/local-days';

/** The calendar date after `date` the long way: through a Date. */
function byDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

describe('nextDate', () => {
  it('gives the day after every date from 1900 to 2100', () => {
    const wrong: string[] = [];
    for (let at = Date.UTC(1900, 0, 1); at <= Date.UTC(2100, 11, 31); at += 86_400_000) {
      const date = new Date(at).toISOString().slice(0, 10);
      if (nextDate(date) !== byDate(date)) wrong.push(date);
    }
    expect(wrong).toEqual([]);
  });

  it('reads an unusual date as before', () => {
    for (const date of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-05-00', '0099-05-03', '2026-5-3']) {
      expect(nextDate(date), date).toBe(byDate(date));
    }
  });
});
