/** ISO weeks and weekly figures, worked out by hand from a calendar. */
import { describe, expect, it } from 'vitest';
import { addDays, isoWeek, isoWeekday, weeklyStats, weekStart, weeksBetween } from '@/lib/stats/weeks';
import { WEEK_EXPECTED, WEEK_PROMPTS, WEEK_SUMMARIES, ZONE } from './fixture';

describe('isoWeek', () => {
  it.each([
    ['2026-05-18', '2026-W21'], // Monday
    ['2026-05-24', '2026-W21'], // Sunday of the same week
    ['2026-05-25', '2026-W22'],
    ['2026-01-01', '2026-W01'], // a Thursday: week 1 of its own year
    ['2025-12-29', '2026-W01'], // Monday of 2026's week 1
    ['2025-12-28', '2025-W52'],
    ['2026-12-31', '2026-W53'], // 2026 starts on a Thursday: 53 weeks
    ['2027-01-03', '2026-W53'], // Sunday, still 2026's week 53
    ['2027-01-04', '2027-W01'],
    ['2021-01-03', '2020-W53'], // leap year 2020 starts on a Wednesday: 53 weeks
    ['2024-12-30', '2025-W01'],
    ['2024-02-29', '2024-W09'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });
});

describe('weekStart and isoWeekday', () => {
  it.each([
    ['2026-05-18', 1, '2026-05-18'],
    ['2026-05-20', 3, '2026-05-18'],
    ['2026-05-24', 7, '2026-05-18'],
    ['2026-03-01', 7, '2026-02-23'], // Sunday: back over the end of February
    ['2021-01-03', 7, '2020-12-28'], // back over the new year
    ['2026-03-29', 7, '2026-03-23'], // the day clocks go forward in Europe: dates know no zone
  ])('%s: weekday %i, week starts %s', (date, weekday, monday) => {
    expect(isoWeekday(date)).toBe(weekday);
    expect(weekStart(date)).toBe(monday);
  });

  it.each([
    ['2026-05-18', 6, '2026-05-24'],
    ['2026-05-18', -1, '2026-05-17'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('weeksBetween', () => {
  it('whole Monday-Sunday weeks holding the range', () => {
    expect(weeksBetween('2026-05-20', '2026-06-01')).toEqual([
      { week: '2026-W21', from: '2026-05-18', to: '2026-05-24' },
      { week: '2026-W22', from: '2026-05-25', to: '2026-05-31' },
      { week: '2026-W23', from: '2026-06-01', to: '2026-06-07' },
    ]);
  });

  it('one day is one week; an empty range no week', () => {
    expect(weeksBetween('2026-05-24', '2026-05-24')).toEqual([
      { week: '2026-W21', from: '2026-05-18', to: '2026-05-24' },
    ]);
    expect(weeksBetween('2026-05-25', '2026-05-24')).toEqual([]);
  });

  it('over the new year of a 53-week year', () => {
    expect(weeksBetween('2026-12-27', '2027-01-04').map((w) => w.week)).toEqual([
      '2026-W52',
      '2026-W53',
      '2027-W01',
    ]);
  });
});

describe('weeklyStats', () => {
  const input = (from: string, to: string) => ({
    from,
    to,
    summaries: WEEK_SUMMARIES,
    prompts: WEEK_PROMPTS,
    timeZone: ZONE,
  });

  it('the fixture week is one week with the hand-worked figures', () => {
    expect(weeklyStats(input('2026-05-18', '2026-05-24'))).toEqual([{ week: '2026-W21', ...WEEK_EXPECTED }]);
  });

  it('weeks at the ends of the range are cut to it', () => {
    const [first, second] = weeklyStats(input('2026-05-20', '2026-05-31'));
    // Wednesday to Sunday: sitting Thu 14400 + Fri 7200 + Sat 3600; prompts Wed 1 done, Fri 1 done 1 skipped.
    expect(first).toMatchObject({
      week: '2026-W21',
      from: '2026-05-20',
      to: '2026-05-24',
      days: 5,
      sittingSeconds: 25200,
      prompts: { offered: 3, done: 2, partly: 0, skipped: 1, snoozed: 0, unanswered: 0 },
      adherence: 2 / 3,
      extraMoves: 3, // Thu 2 + Sat 1
    });
    // The next week holds only Monday 25: its summary and its one prompt.
    expect(second).toMatchObject({
      week: '2026-W22',
      from: '2026-05-25',
      to: '2026-05-31',
      days: 7,
      sittingSeconds: 99999,
      breaks: 99,
      longestBoutSeconds: 9999,
      medianBoutSeconds: 9999,
      prompts: { offered: 1, done: 1 },
      adherence: 1,
    });
  });
});
