/**
 * Hand-worked figures of the fixture week (fixture.ts). Every expected number is written out;
 * the comment next to it shows the arithmetic from the fixture's records.
 */
import { describe, expect, it } from 'vitest';
import { median, periodStats } from '@/lib/stats/period';
import type { PeriodStats } from '@/lib/stats/types';
import { cest, prompt, WEEK_EXPECTED, WEEK_PROMPTS, WEEK_SUMMARIES, ZONE } from './fixture';

type DayRow = Omit<PeriodStats, 'from' | 'to' | 'days' | 'breaksPerWorkHour'> & {
  date: string;
  breaksPerWorkHour: number | null;
};

const zeroCounts = { offered: 0, done: 0, partly: 0, skipped: 0, snoozed: 0, unanswered: 0 };

const DAYS: DayRow[] = [
  {
    date: '2026-05-18',
    sittingSeconds: 18000,
    workSittingSeconds: 16200,
    standingSeconds: 3600,
    movingSeconds: 1200,
    untrackedSeconds: 0,
    breaks: 9,
    breaksPerWorkHour: 1, // 8 work breaks / 8 h present
    boutsOver30: 3,
    longestBoutSeconds: 3000,
    medianBoutSeconds: 1800, // 600 1200 [1800] 2400 3000
    // 00:30 (local Monday though Sunday in UTC) done, done, partly, snoozed twice then done, skipped.
    prompts: { offered: 5, done: 3, partly: 1, skipped: 1, snoozed: 0, unanswered: 0 },
    adherence: 0.8, // (3 + 1) / 5
    extraMoves: 1,
    // chin-retraction, shoulder-rolls; sit-to-stand; belly-breathing; isometric-external-rotation (asked)
    byFamily: { neck: 2, 'hip-stability': 1, 'deep-core': 1, 'rotator-cuff': 1 },
    // neck-shoulders: chin, rolls, belly; low-back: sit-to-stand, belly; knee: sit-to-stand; shoulder: rolls, isometric
    byRegion: { 'neck-shoulders': 3, 'low-back-pelvis': 2, 'knee-ankle': 1, shoulder: 2 },
  },
  {
    date: '2026-05-19',
    sittingSeconds: 21600,
    workSittingSeconds: 19800,
    standingSeconds: 1800,
    movingSeconds: 600,
    untrackedSeconds: 3600,
    breaks: 6,
    breaksPerWorkHour: 0.714286, // 5 / 7 h
    boutsOver30: 2,
    longestBoutSeconds: 4200,
    medianBoutSeconds: 3900, // 1500 [3900] 4200
    // 01:30 unanswered (reminded), done, snoozed (final), done (unknown entry); the asked skip is no prompt here.
    prompts: { offered: 4, done: 2, partly: 0, skipped: 0, snoozed: 1, unanswered: 1 },
    adherence: 0.5, // 2 / 4
    extraMoves: 0,
    byFamily: { 'hip-stability': 1 }, // mini-squat; retired-exercise is unknown and left out
    byRegion: { 'knee-ankle': 1, 'low-back-pelvis': 1 },
  },
  {
    date: '2026-05-20', // no summary: zeros, but its prompt counts
    sittingSeconds: 0,
    workSittingSeconds: 0,
    standingSeconds: 0,
    movingSeconds: 0,
    untrackedSeconds: 0,
    breaks: 0,
    breaksPerWorkHour: null,
    boutsOver30: 0,
    longestBoutSeconds: 0,
    medianBoutSeconds: null,
    prompts: { offered: 1, done: 1, partly: 0, skipped: 0, snoozed: 0, unanswered: 0 },
    adherence: 1,
    extraMoves: 0,
    byFamily: { neck: 1 },
    byRegion: { 'neck-shoulders': 1 },
  },
  {
    date: '2026-05-21',
    sittingSeconds: 14400,
    workSittingSeconds: 14400,
    standingSeconds: 7200,
    movingSeconds: 1800,
    untrackedSeconds: 0,
    breaks: 10,
    breaksPerWorkHour: 1.666667, // 10 / 6 h
    boutsOver30: 0,
    longestBoutSeconds: 1500,
    medianBoutSeconds: 1050, // 600 [900 1200] 1500 -> (900 + 1200) / 2
    prompts: zeroCounts, // the 16:45 prompt is still open
    adherence: null,
    extraMoves: 2, // water-break done, posture-reset partly
    byFamily: { posture: 1, neck: 1 },
    // water-break: low-back, knee; posture-reset: neck-shoulders, low-back
    byRegion: { 'low-back-pelvis': 2, 'knee-ankle': 1, 'neck-shoulders': 1 },
  },
  {
    date: '2026-05-22',
    sittingSeconds: 7200,
    workSittingSeconds: 7200,
    standingSeconds: 0,
    movingSeconds: 0,
    untrackedSeconds: 0,
    breaks: 7,
    breaksPerWorkHour: 2.333333, // 7 / 3 h
    boutsOver30: 2,
    longestBoutSeconds: 2700,
    medianBoutSeconds: 2250, // (1800 + 2700) / 2
    prompts: { offered: 2, done: 1, partly: 0, skipped: 1, snoozed: 0, unanswered: 0 },
    adherence: 0.5,
    extraMoves: 0,
    byFamily: { neck: 1 },
    byRegion: { 'neck-shoulders': 1 },
  },
  {
    date: '2026-05-23',
    sittingSeconds: 3600,
    workSittingSeconds: 0,
    standingSeconds: 0,
    movingSeconds: 900,
    untrackedSeconds: 0,
    breaks: 1,
    breaksPerWorkHour: null, // no presence in work hours
    boutsOver30: 1,
    longestBoutSeconds: 3600,
    medianBoutSeconds: 3600,
    prompts: zeroCounts,
    adherence: null,
    extraMoves: 1,
    byFamily: { posture: 1 },
    byRegion: { 'knee-ankle': 1, 'low-back-pelvis': 1 },
  },
  {
    date: '2026-05-24',
    sittingSeconds: 0,
    workSittingSeconds: 0,
    standingSeconds: 0,
    movingSeconds: 0,
    untrackedSeconds: 86400,
    breaks: 0,
    breaksPerWorkHour: null,
    boutsOver30: 0,
    longestBoutSeconds: 0,
    medianBoutSeconds: null,
    prompts: zeroCounts,
    adherence: null,
    extraMoves: 0,
    byFamily: {},
    byRegion: {},
  },
];

const input = (from: string, to: string) => ({
  from,
  to,
  summaries: WEEK_SUMMARIES,
  prompts: WEEK_PROMPTS,
  timeZone: ZONE,
});

describe('periodStats of one day (fixture week)', () => {
  it.each(DAYS)('$date', ({ date, breaksPerWorkHour, ...rest }) => {
    const stats = periodStats(input(date, date));
    expect(stats).toEqual({
      from: date,
      to: date,
      days: 1,
      ...rest,
      breaksPerWorkHour: breaksPerWorkHour === null ? null : expect.closeTo(breaksPerWorkHour, 5),
    });
  });
});

describe('periodStats of the week', () => {
  it('Monday to Sunday', () => {
    expect(periodStats(input('2026-05-18', '2026-05-24'))).toEqual(WEEK_EXPECTED);
  });

  it('ignores summaries and prompts outside the range, whatever order they come in', () => {
    const stats = periodStats({
      ...input('2026-05-18', '2026-05-24'),
      summaries: [...WEEK_SUMMARIES].reverse(),
      prompts: [...WEEK_PROMPTS].reverse(),
    });
    expect(stats).toEqual(WEEK_EXPECTED);
  });

  it('an empty range (from after to) has no days and no values', () => {
    expect(periodStats(input('2026-05-24', '2026-05-18'))).toEqual({
      from: '2026-05-24',
      to: '2026-05-18',
      days: 0,
      sittingSeconds: 0,
      workSittingSeconds: 0,
      standingSeconds: 0,
      movingSeconds: 0,
      untrackedSeconds: 0,
      breaks: 0,
      breaksPerWorkHour: null,
      boutsOver30: 0,
      longestBoutSeconds: 0,
      medianBoutSeconds: null,
      prompts: zeroCounts,
      adherence: null,
      extraMoves: 0,
      byFamily: {},
      byRegion: {},
    });
  });

  it('a run of missing days counts as days of zeros', () => {
    const stats = periodStats({ ...input('2026-06-01', '2026-06-10') });
    expect(stats).toMatchObject({ days: 10, sittingSeconds: 0, adherence: null, medianBoutSeconds: null });
  });
});

describe('prompts', () => {
  const at = cest('2026-05-18T10:00');
  const one = (records: ReturnType<typeof prompt>[]) =>
    periodStats({ from: '2026-05-18', to: '2026-05-18', summaries: [], prompts: records, timeZone: ZONE });

  it('a prompt snoozed twice and then done counts once, as done', () => {
    const stats = one([prompt(at, 'limit', 'done', 'chin-retraction', { snoozes: 2 })]);
    expect(stats.prompts).toEqual({ offered: 1, done: 1, partly: 0, skipped: 0, snoozed: 0, unanswered: 0 });
    expect(stats.adherence).toBe(1);
  });

  it('a prompt snoozed and never answered counts once, as snoozed', () => {
    const stats = one([prompt(at, 'limit', 'snoozed', 'chin-retraction', { snoozes: 3, reminded: true })]);
    expect(stats.prompts).toEqual({ offered: 1, done: 0, partly: 0, skipped: 0, snoozed: 1, unanswered: 0 });
    expect(stats.adherence).toBe(0);
  });

  it('a reminder is no new prompt: one reminded record is one prompt', () => {
    const stats = one([prompt(at, 'limit', 'partly', 'chin-retraction', { reminded: true })]);
    expect(stats.prompts.offered).toBe(1);
    expect(stats.adherence).toBe(1);
  });

  it('the same prompt stored twice (open, then answered) counts once with the later record', () => {
    const stats = one([
      prompt(at, 'limit', null, 'chin-retraction', { snoozes: 1 }),
      prompt(at, 'limit', 'skipped', 'chin-retraction', { snoozes: 1 }),
    ]);
    expect(stats.prompts).toEqual({ offered: 1, done: 0, partly: 0, skipped: 1, snoozed: 0, unanswered: 0 });
  });

  it('an open prompt is not counted yet: no adherence', () => {
    const stats = one([prompt(at, 'limit', null, 'chin-retraction')]);
    expect(stats.prompts.offered).toBe(0);
    expect(stats.adherence).toBeNull();
  });

  it('"Move now" prompts never count towards adherence, only as extra moves', () => {
    const stats = one([
      prompt(at, 'asked', 'done', 'chin-retraction'),
      prompt(at + 60_000, 'asked', 'partly', 'chin-retraction'),
      prompt(at + 120_000, 'asked', 'skipped', 'chin-retraction'),
      prompt(at + 180_000, 'asked', 'unanswered', 'chin-retraction'),
    ]);
    expect(stats.prompts.offered).toBe(0);
    expect(stats.adherence).toBeNull();
    expect(stats.extraMoves).toBe(2);
    expect(stats.byFamily).toEqual({ neck: 2 });
  });

  it('prompts belong to the local day they were offered: Monday in UTC differs from Amsterdam', () => {
    // In UTC, Monday holds 09:30 done, 10:15 partly, 11:00 done, 14:00 skipped (all CEST) and
    // Tuesday 01:30 CEST (= Monday 23:30 UTC) unanswered; Monday 00:30 CEST is Sunday in UTC.
    const stats = periodStats({ ...input('2026-05-18', '2026-05-18'), timeZone: 'UTC' });
    expect(stats.prompts).toEqual({ offered: 5, done: 2, partly: 1, skipped: 1, snoozed: 0, unanswered: 1 });
    expect(stats.adherence).toBe(0.6); // (2 + 1) / 5
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[60], 60],
    [[300, 60], 180],
    [[900, 60, 300], 300],
    [[1, 2, 3, 100], 2.5],
  ])('median(%j) = %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('leaves its input unsorted', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
