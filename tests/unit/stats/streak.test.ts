/**
 * The day's goal and the streak on the fixture week, worked out by hand.
 *
 * Fixture days with the default goal (adherence >= 80%, no bout piece of 60 min or more):
 *   Mon 18 met      adherence 0.8, longest piece 3000 s (50 min)
 *   Tue 19 missed   adherence 0.5, a 4200 s (70 min) piece
 *   Wed 20 neutral  no summary
 *   Thu 21 met      no schedule prompt (adherence does not apply), longest 1500 s
 *   Fri 22 paused   pause 13:00-15:00 inside work hours (without it: missed, adherence 0.5)
 *   Sat 23 neutral  not a work day
 *   Sun 24 neutral  not a work day
 */
import { describe, expect, it } from 'vitest';
import { periodStats } from '@/lib/stats/period';
import {
  type DayGoal,
  DEFAULT_GOAL,
  dayGoalMet,
  dayStatuses,
  isPaused,
  localInstant,
  readGoal,
  streak,
} from '@/lib/stats/streak';
import type { PauseRecord, PeriodStats } from '@/lib/stats/types';
import { cest, day, PAUSE_FRIDAY, prompt, WEEK_PROMPTS, WEEK_SUMMARIES, ZONE } from './fixture';

describe('dayGoalMet', () => {
  const stats = (adherence: number | null) => ({ adherence }) as PeriodStats;
  it.each<[string, number | null, number[], DayGoal, boolean]>([
    ['80% and a 50 min piece', 0.8, [1200, 3000], DEFAULT_GOAL, true],
    ['4 of 5 (computed)', 4 / 5, [3000], DEFAULT_GOAL, true],
    ['79% misses', 0.79, [600], DEFAULT_GOAL, false],
    ['0% misses', 0, [], DEFAULT_GOAL, false],
    ['100%, no bouts', 1, [], DEFAULT_GOAL, true],
    ['no prompts: only the bout rule, 59:59', null, [3599], DEFAULT_GOAL, true],
    ['no prompts: a piece of exactly 60 min misses', null, [3600], DEFAULT_GOAL, false],
    ['100% but a 61 min piece', 1, [900, 3660], DEFAULT_GOAL, false],
    ['own goal 50% / 45 min: 0.5 and 44:59', 0.5, [2699], { minAdherence: 0.5, maxBoutMinutes: 45 }, true],
    ['own goal 50% / 45 min: a 45 min piece', 0.5, [2700], { minAdherence: 0.5, maxBoutMinutes: 45 }, false],
    ['own goal 70%: 7 of 10', 7 / 10, [], { minAdherence: 0.7, maxBoutMinutes: 60 }, true],
  ])('%s', (_name, adherence, pieces, goal, met) => {
    const summary = day('2026-05-18', { boutSeconds: pieces, longestBoutSeconds: Math.max(0, ...pieces) });
    expect(dayGoalMet(summary, stats(adherence), goal)).toBe(met);
  });

  it('on the fixture days, from their figures', () => {
    const met = ['2026-05-18', '2026-05-19', '2026-05-21', '2026-05-22'].map((date) => {
      const summary = WEEK_SUMMARIES.find((s) => s.date === date);
      if (!summary) throw new Error(date);
      const stats = periodStats({
        from: date,
        to: date,
        summaries: WEEK_SUMMARIES,
        prompts: WEEK_PROMPTS,
        timeZone: ZONE,
      });
      return dayGoalMet(summary, stats, DEFAULT_GOAL);
    });
    expect(met).toEqual([true, false, true, false]);
  });
});

describe('dayStatuses', () => {
  const base = {
    summaries: WEEK_SUMMARIES,
    prompts: WEEK_PROMPTS,
    timeZone: ZONE,
    from: '2026-05-18',
    to: '2026-05-24',
  };

  it('the fixture week with the Friday pause', () => {
    expect(dayStatuses({ ...base, pauses: [PAUSE_FRIDAY] }).map((d) => d.status)).toEqual([
      'met',
      'missed',
      'no-record',
      'met',
      'paused',
      'day-off',
      'day-off',
    ]);
  });

  it('without the pause Friday is missed', () => {
    expect(dayStatuses({ ...base, pauses: [] })[4]).toEqual({ date: '2026-05-22', status: 'missed' });
  });

  it('a work day without presence and without answered schedule prompts is absent (neutral)', () => {
    const summaries = [day('2026-05-18', { untrackedSeconds: 86400 })];
    const asked = [prompt(cest('2026-05-18T10:00'), 'asked', 'done', 'chin-retraction')];
    const statuses = dayStatuses({ ...base, to: '2026-05-18', summaries, prompts: asked, pauses: [] });
    expect(statuses).toEqual([{ date: '2026-05-18', status: 'absent' }]);
    // One schedule prompt skipped makes it a missed day (adherence 0).
    const skipped = [prompt(cest('2026-05-18T10:00'), 'limit', 'skipped', 'chin-retraction')];
    expect(
      dayStatuses({ ...base, to: '2026-05-18', summaries, prompts: skipped, pauses: [] })[0]?.status,
    ).toBe('missed');
  });
});

describe('streak', () => {
  const LOOSE: DayGoal = { minAdherence: 0.5, maxBoutMinutes: 75 };
  const STRICT_BOUT: DayGoal = { minAdherence: 0.8, maxBoutMinutes: 50 };
  const LATE_HOURS = { start: '16:00', end: '18:00' };

  it.each<
    [string, string, PauseRecord[], DayGoal | undefined, { start: string; end: string } | undefined, number]
  >([
    // Sun, Sat off; Fri paused; Thu met (1); Wed no record; Tue missed: stop.
    ['Sunday, Friday paused', '2026-05-24', [PAUSE_FRIDAY], undefined, undefined, 1],
    // Fri missed: stop at once.
    ['Sunday, no pause', '2026-05-24', [], undefined, undefined, 0],
    // Thu met today (1); Wed skipped; Tue missed.
    ['Thursday', '2026-05-21', [], undefined, undefined, 1],
    // Today (Tue) missed so far: it does not break; Mon met (1).
    ['Tuesday: today not met yet', '2026-05-19', [], undefined, undefined, 1],
    // Wed no record; Tue missed.
    ['Wednesday', '2026-05-20', [], undefined, undefined, 0],
    ['Monday, the first day', '2026-05-18', [], undefined, undefined, 1],
    ['before any record', '2026-05-17', [], undefined, undefined, 0],
    // 50% and 75 min: Tue (0.5, 70 min) met too: Thu, Tue, Mon = 3; Fri paused.
    ['loose goal, Friday paused', '2026-05-24', [PAUSE_FRIDAY], LOOSE, undefined, 3],
    // Fri (0.5, 45 min) met as well: 4.
    ['loose goal, no pause', '2026-05-24', [], LOOSE, undefined, 4],
    // Mon has a 50 min piece: missed. Thu met (1), Tue missed.
    ['50 min bouts, from Sunday', '2026-05-24', [PAUSE_FRIDAY], STRICT_BOUT, undefined, 1],
    ['50 min bouts, Monday', '2026-05-18', [], STRICT_BOUT, undefined, 0],
    // Work hours 16:00-18:00: the 13:00-15:00 pause is outside them, so Friday is missed.
    ['pause outside the work hours', '2026-05-24', [PAUSE_FRIDAY], undefined, LATE_HOURS, 0],
  ])('%s (today %s)', (_name, today, pauses, goal, workHours, expected) => {
    const input = { summaries: WEEK_SUMMARIES, prompts: WEEK_PROMPTS, pauses, today, timeZone: ZONE };
    expect(streak({ ...input, ...(goal ? { goal } : {}), ...(workHours ? { workHours } : {}) })).toBe(
      expected,
    );
  });

  it('no records: 0', () => {
    expect(streak({ summaries: [], prompts: [], pauses: [], today: '2026-05-24', timeZone: ZONE })).toBe(0);
  });

  it('a run of met work days across a weekend and a day off', () => {
    // Mon-Fri met (no prompts, short bouts), Sat/Sun not work days, Mon met, Tue not a work day, Wed met.
    const met = (date: string) =>
      day(date, { sittingSeconds: 3600, boutSeconds: [1800], longestBoutSeconds: 1800 });
    const summaries = [
      ...['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15'].map(met),
      day('2026-05-16', { workDay: false }),
      day('2026-05-17', { workDay: false }),
      met('2026-05-18'),
      day('2026-05-19', {
        workDay: false,
        sittingSeconds: 20000,
        boutSeconds: [7200],
        longestBoutSeconds: 7200,
      }),
      met('2026-05-20'),
    ];
    expect(streak({ summaries, prompts: [], pauses: [], today: '2026-05-20', timeZone: ZONE })).toBe(7);
  });
});

describe('isPaused (default work hours 08:30-17:30)', () => {
  const hours = { start: '08:30', end: '17:30' };
  it.each<[string, string, string, boolean]>([
    ['inside', '2026-05-22T13:00', '2026-05-22T15:00', true],
    ['ends as work starts', '2026-05-22T07:00', '2026-05-22T08:30', false],
    ['ends a minute into work', '2026-05-22T07:00', '2026-05-22T08:31', true],
    ['starts as work ends', '2026-05-22T17:30', '2026-05-22T23:00', false],
    ['starts a minute before work ends', '2026-05-22T17:29', '2026-05-22T23:00', true],
    ['from the day before to the day after', '2026-05-21T20:00', '2026-05-23T08:00', true],
    ['the evening before', '2026-05-21T18:00', '2026-05-21T23:59', false],
  ])('%s', (_name, from, until, paused) => {
    expect(isPaused('2026-05-22', [{ from: cest(from), until: cest(until) }], hours, ZONE)).toBe(paused);
  });

  it('work hours that do not end after they start: the whole local day', () => {
    const night = { start: '22:00', end: '06:00' };
    const evening = [{ from: cest('2026-05-22T23:00'), until: cest('2026-05-22T23:30') }];
    expect(isPaused('2026-05-22', evening, night, ZONE)).toBe(true);
    const nextDay = [{ from: cest('2026-05-23T00:00'), until: cest('2026-05-23T01:00') }];
    expect(isPaused('2026-05-22', nextDay, night, ZONE)).toBe(false);
  });
});

describe('localInstant', () => {
  it.each<[string, string, string, string]>([
    ['2026-05-18', '09:00', 'UTC', '2026-05-18T09:00:00.000Z'],
    ['2026-05-18', '00:00', 'Europe/Amsterdam', '2026-05-17T22:00:00.000Z'],
    ['2026-03-29', '08:30', 'Europe/Amsterdam', '2026-03-29T06:30:00.000Z'], // CEST from 02:00 CET
    ['2026-10-25', '08:30', 'Europe/Amsterdam', '2026-10-25T07:30:00.000Z'], // CET again
    ['2026-03-29', '02:30', 'Europe/Amsterdam', '2026-03-29T01:30:00.000Z'], // gap: shows 03:30 CEST
    ['2026-10-25', '02:30', 'Europe/Amsterdam', '2026-10-25T00:30:00.000Z'], // twice: the first (CEST)
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'], // gap: shows 03:30 EDT
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'], // twice: the first (EDT)
    ['2026-05-18', '09:00', 'Pacific/Chatham', '2026-05-17T20:15:00.000Z'], // +12:45
    ['2026-05-18', '09:00', 'Asia/Kolkata', '2026-05-18T03:30:00.000Z'], // +05:30
  ])('%s %s in %s', (date, time, zone, iso) => {
    expect(new Date(localInstant(date, time, zone)).toISOString()).toBe(iso);
  });
});

describe('readGoal', () => {
  it.each<[unknown, DayGoal]>([
    [undefined, { minAdherence: 0.8, maxBoutMinutes: 60 }],
    [{ minAdherence: 0.6 }, { minAdherence: 0.6, maxBoutMinutes: 60 }],
    [
      { minAdherence: 1.5, maxBoutMinutes: 45 },
      { minAdherence: 0.8, maxBoutMinutes: 45 },
    ],
    [
      { minAdherence: '0.5', maxBoutMinutes: 0 },
      { minAdherence: 0.8, maxBoutMinutes: 60 },
    ],
    [
      { minAdherence: 0, maxBoutMinutes: 90 },
      { minAdherence: 0, maxBoutMinutes: 90 },
    ],
  ])('readGoal(%j)', (stored, goal) => {
    expect(readGoal(stored)).toEqual(goal);
  });
});
