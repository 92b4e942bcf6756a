/**
 * Properties of the figures over random summaries and prompt logs: what must hold whatever the
 * records, checked without working any figure out by the code under test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAMILIES, REGIONS } from '@/lib/catalogue/types';
import { localDater } from '@/lib/model/local-dater';
import { localDate } from '@/lib/model/local-days';
import type { PromptOutcome, PromptRecord } from '@/lib/prompts/types';
import { formatAdherence } from '@/lib/stats/format';
import {
  daysOfMonths,
  type MonthRecord,
  monthOf,
  monthRecords,
  withSummaries,
  withTally,
} from '@/lib/stats/months';
import { indexDays, median, periodStats, statsOfIndex } from '@/lib/stats/period';
import { type DayGoal, streak } from '@/lib/stats/streak';
import { tallyPrompts } from '@/lib/stats/tally';
import type { DaySummary, OutcomeCounts, PeriodStats } from '@/lib/stats/types';
import { addDays, weeklyStats } from '@/lib/stats/weeks';

const DAY_MS = 86_400_000;
const ZONES = [
  'UTC',
  'Europe/Amsterdam',
  'America/New_York',
  'Pacific/Chatham',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
];
const ENTRY_IDS = [
  'chin-retraction',
  'sit-to-stand',
  'belly-breathing',
  'seated-twist',
  'water-break',
  'no-such-entry',
];
const OUTCOMES: (PromptOutcome | null)[] = [null, 'done', 'partly', 'skipped', 'snoozed', 'unanswered'];
const OUTCOME_KEYS: (keyof OutcomeCounts)[] = [
  'offered',
  'done',
  'partly',
  'skipped',
  'snoozed',
  'unanswered',
];
const ADDITIVE = [
  'sittingSeconds',
  'workSittingSeconds',
  'standingSeconds',
  'movingSeconds',
  'untrackedSeconds',
  'breaks',
  'boutsOver30',
  'extraMoves',
  'days',
] as const;

/** A Monday from 2024 to 2027 (2024-01-01 is a Monday): the weeks include clock changes. */
const monday = fc.integer({ min: 0, max: 4 * 52 }).map((n) => addDays('2024-01-01', 7 * n));
const zone = fc.constantFrom(...ZONES);

const summaryFields = fc.record({
  workDay: fc.boolean(),
  sittingSeconds: fc.nat(50_000),
  workSittingSeconds: fc.nat(30_000),
  standingSeconds: fc.nat(20_000),
  movingSeconds: fc.nat(10_000),
  awaySeconds: fc.nat(20_000),
  untrackedSeconds: fc.nat(86_400),
  breaks: fc.nat(40),
  workBreaks: fc.nat(30),
  workPresentSeconds: fc.oneof(fc.constant(0), fc.nat(40_000)),
  boutSeconds: fc.array(fc.integer({ min: 60, max: 12_000 }), { maxLength: 6 }),
});

type SummaryFields = typeof summaryFields extends fc.Arbitrary<infer T> ? T : never;

function summaryOn(date: string, fields: SummaryFields): DaySummary {
  return {
    date,
    ...fields,
    longestBoutSeconds: Math.max(0, ...fields.boutSeconds),
    boutsOver30: fields.boutSeconds.filter((s) => s >= 1800).length,
    sittingByHour: new Array<number>(24).fill(0),
  };
}

/** Summaries for the 9 dates from the Sunday before `monday` through the Monday after, some missing. */
const summariesAround = (start: string) =>
  fc
    .array(fc.option(summaryFields, { freq: 4 }), { minLength: 9, maxLength: 9 })
    .map((days) =>
      days.flatMap((fields, i) => (fields === null ? [] : [summaryOn(addDays(start, i - 1), fields)])),
    );

const promptFields = fc.record({
  reason: fc.constantFrom('limit', 'asked' as const),
  outcome: fc.constantFrom(...OUTCOMES),
  entryId: fc.constantFrom(...ENTRY_IDS),
  snoozes: fc.nat(3),
  reminded: fc.boolean(),
});

/** Prompts offered from two days before `monday` (UTC) to nine days after, each at its own instant. */
const promptsAround = (start: string) =>
  fc
    .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 11 * DAY_MS - 1 }), promptFields), {
      maxLength: 40,
      selector: ([offset]) => offset,
    })
    .map((list) =>
      list.map(([offset, fields]): PromptRecord => {
        const offeredAt = Date.parse(`${start}T00:00:00Z`) - 2 * DAY_MS + offset;
        return { id: String(offeredAt), offeredAt, boutSeconds: 1800, channel: 'notification', ...fields };
      }),
    );

const world = fc.tuple(monday, zone).chain(([start, timeZone]) =>
  fc.record({
    monday: fc.constant(start),
    timeZone: fc.constant(timeZone),
    summaries: summariesAround(start),
    prompts: promptsAround(start),
  }),
);

function sumOf(parts: PeriodStats[], pick: (s: PeriodStats) => number | undefined): number {
  return parts.reduce((total, s) => total + (pick(s) ?? 0), 0);
}

/** The additive fields of `whole` equal the sums over `parts`; the longest is the parts' maximum. */
function expectSumOfParts(whole: PeriodStats, parts: PeriodStats[]): void {
  for (const key of ADDITIVE) expect(whole[key], key).toBe(sumOf(parts, (s) => s[key]));
  for (const key of OUTCOME_KEYS) expect(whole.prompts[key], key).toBe(sumOf(parts, (s) => s.prompts[key]));
  for (const family of FAMILIES) {
    expect(whole.byFamily[family] ?? 0, family).toBe(sumOf(parts, (s) => s.byFamily[family]));
  }
  for (const region of REGIONS) {
    expect(whole.byRegion[region] ?? 0, region).toBe(sumOf(parts, (s) => s.byRegion[region]));
  }
  expect(whole.longestBoutSeconds).toBe(Math.max(0, ...parts.map((s) => s.longestBoutSeconds)));
  const medians = parts.flatMap((s) => (s.medianBoutSeconds === null ? [] : [s.medianBoutSeconds]));
  if (medians.length === 0) expect(whole.medianBoutSeconds).toBeNull();
  else {
    expect(whole.medianBoutSeconds).toBeGreaterThanOrEqual(Math.min(...medians));
    expect(whole.medianBoutSeconds).toBeLessThanOrEqual(Math.max(...medians));
  }
}

describe('figures of a period', () => {
  it('are the same from the month records, written a record at a time, as from the raw records', () => {
    fc.assert(
      fc.property(world, ({ monday: start, timeZone, summaries, prompts }) => {
        // As the history writes them: each prompt counts its date again from the prompts so far.
        const months = new Map<string, MonthRecord>();
        const written: PromptRecord[] = [];
        for (const prompt of prompts) {
          written.push(prompt);
          const date = localDate(prompt.offeredAt, timeZone);
          const sameDay = written.filter((other) => localDate(other.offeredAt, timeZone) === date);
          const tally = tallyPrompts(sameDay, timeZone).get(date);
          const next = tally && withTally(months.get(monthOf(date)), date, tally);
          if (next) months.set(monthOf(date), next);
        }
        for (const summary of summaries) {
          const month = monthOf(summary.date);
          months.set(month, withSummaries(months.get(month), month, [summary]));
        }
        const records = [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
        expect(records).toEqual(monthRecords(summaries, prompts, timeZone));

        const from = addDays(start, -1);
        const to = addDays(start, 7);
        const kept = daysOfMonths(records, from, to);
        expect(statsOfIndex(from, to, indexDays(kept.summaries, kept.tallies))).toEqual(
          periodStats({ from, to, summaries, prompts, timeZone }),
        );
      }),
    );
  });

  it('a week equals the sum of its days', () => {
    fc.assert(
      fc.property(world, ({ monday: start, timeZone, summaries, prompts }) => {
        const sunday = addDays(start, 6);
        const week = periodStats({ from: start, to: sunday, summaries, prompts, timeZone });
        const days = [0, 1, 2, 3, 4, 5, 6].map((i) => {
          const date = addDays(start, i);
          return periodStats({ from: date, to: date, summaries, prompts, timeZone });
        });
        expect(week.days).toBe(7);
        expectSumOfParts(week, days);
      }),
    );
  });

  it('weekly figures add up to the figures of the whole range', () => {
    fc.assert(
      fc.property(world, fc.nat(8), fc.nat(8), ({ monday: start, timeZone, summaries, prompts }, a, b) => {
        const from = addDays(start, a - 1);
        const to = addDays(from, b);
        const input = { from, to, summaries, prompts, timeZone };
        const weeks = weeklyStats(input);
        expectSumOfParts(periodStats(input), weeks);
        // The weeks run on from one another, Monday to Sunday, cut to the range.
        expect(weeks[0]?.from).toBe(from);
        expect(weeks.at(-1)?.to).toBe(to);
        for (const [i, week] of weeks.entries()) {
          expect(week.days).toBeGreaterThanOrEqual(1);
          expect(week.days).toBeLessThanOrEqual(7);
          const next = weeks[i + 1];
          if (next) expect(next.from).toBe(addDays(week.to, 1));
        }
      }),
    );
  });

  it('adherence is null or within 0-1, and null exactly when no schedule prompt has an outcome', () => {
    fc.assert(
      fc.property(world, fc.nat(8), fc.nat(8), ({ monday: start, timeZone, summaries, prompts }, a, b) => {
        const from = addDays(start, a - 1);
        const to = addDays(from, b);
        const stats = periodStats({ from, to, summaries, prompts, timeZone });
        const answered = prompts.filter((p) => {
          const date = localDate(p.offeredAt, timeZone);
          return p.reason === 'limit' && p.outcome !== null && date >= from && date <= to;
        });
        expect(stats.prompts.offered).toBe(answered.length);
        if (answered.length === 0) expect(stats.adherence).toBeNull();
        else {
          expect(stats.adherence).not.toBeNull();
          expect(stats.adherence).toBeGreaterThanOrEqual(0);
          expect(stats.adherence).toBeLessThanOrEqual(1);
        }
        expect(formatAdherence(stats.adherence, 'en')).toMatch(
          stats.adherence === null ? /^—$/ : /^\d{1,3}%$/,
        );
      }),
    );
  });

  it('the order of the records does not matter', () => {
    fc.assert(
      fc.property(world, ({ monday: start, timeZone, summaries, prompts }) => {
        const input = { from: start, to: addDays(start, 6), summaries, prompts, timeZone };
        const reversed = { ...input, summaries: [...summaries].reverse(), prompts: [...prompts].reverse() };
        expect(periodStats(reversed)).toEqual(periodStats(input));
      }),
    );
  });

  it('breaks per work hour is null exactly when there was no presence in work hours', () => {
    fc.assert(
      fc.property(world, ({ monday: start, timeZone, summaries, prompts }) => {
        const stats = periodStats({ from: start, to: addDays(start, 6), summaries, prompts, timeZone });
        const inWeek = summaries.filter((s) => s.date >= start && s.date <= addDays(start, 6));
        const present = inWeek.reduce((t, s) => t + s.workPresentSeconds, 0);
        if (present === 0) expect(stats.breaksPerWorkHour).toBeNull();
        else expect(stats.breaksPerWorkHour).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('median', () => {
  it('is the middle of the sorted list (the mean of the middle two for an even count)', () => {
    fc.assert(
      fc.property(
        // Whole seconds (counted) and any numbers (selected).
        fc.oneof(
          fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }),
          fc.array(
            fc.oneof(
              fc.integer({ min: 0, max: 50 }),
              fc.double({ min: -5, max: 50, noNaN: true }).map((v) => v + 0),
            ),
            {
              maxLength: 300,
            },
          ),
        ),
        (values) => {
          const sorted = [...values].sort((a, b) => a - b);
          const mid = Math.floor(sorted.length / 2);
          const expected =
            sorted.length === 0
              ? null
              : sorted.length % 2 === 1
                ? sorted[mid]
                : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
          expect(median(values)).toBe(expected);
        },
      ),
    );
  });
});

describe('local dates of many instants', () => {
  // Instants from 2024 to 2027, near one another (so runs of one day and clock changes both come up).
  const instants = fc
    .tuple(
      fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) }),
      fc.array(fc.integer({ min: -3 * DAY_MS, max: 3 * DAY_MS }), { minLength: 1, maxLength: 60 }),
    )
    .map(([base, offsets]) => offsets.map((offset) => base + offset));

  it('localDater gives what localDate gives, in time order or not', () => {
    fc.assert(
      fc.property(instants, zone, fc.boolean(), (list, timeZone, sorted) => {
        const ats = sorted ? [...list].sort((a, b) => a - b) : list;
        const dateOf = localDater(timeZone);
        for (const at of ats) expect(dateOf(at), String(at)).toBe(localDate(at, timeZone));
      }),
    );
  });

  it('localDater is right on both sides of every clock change of a year', () => {
    for (const timeZone of [
      'Europe/Amsterdam',
      'America/New_York',
      'Pacific/Chatham',
      'Australia/Lord_Howe',
    ]) {
      const dateOf = localDater(timeZone);
      const wrong: number[] = [];
      // Every 15 minutes of 2026: each clock change falls on a quarter hour in these zones.
      for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2027, 0, 1); at += 15 * 60_000) {
        for (const near of [at - 1, at]) if (dateOf(near) !== localDate(near, timeZone)) wrong.push(near);
      }
      expect(wrong, timeZone).toEqual([]);
    }
  });
});

describe('streak', () => {
  const goal = fc.record({
    minAdherence: fc.constantFrom(0, 0.5, 0.8, 1),
    maxBoutMinutes: fc.constantFrom(20, 45, 60, 120),
  });
  const pauses = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 11 * DAY_MS }), fc.integer({ min: 1, max: DAY_MS })),
    { maxLength: 3 },
  );

  it('is never negative nor more than the work days up to today; a looser goal never shortens it', () => {
    fc.assert(
      fc.property(
        world,
        goal,
        goal,
        pauses,
        fc.nat(8),
        ({ monday: start, timeZone, summaries, prompts }, g1, g2, spans, t) => {
          const today = addDays(start, t - 1);
          const base = Date.parse(`${start}T00:00:00Z`) - 2 * DAY_MS;
          const pauseRecords = spans.map(([from, length]) => ({
            from: base + from,
            until: base + from + length,
          }));
          const strict: DayGoal = {
            minAdherence: Math.max(g1.minAdherence, g2.minAdherence),
            maxBoutMinutes: Math.min(g1.maxBoutMinutes, g2.maxBoutMinutes),
          };
          const loose: DayGoal = {
            minAdherence: Math.min(g1.minAdherence, g2.minAdherence),
            maxBoutMinutes: Math.max(g1.maxBoutMinutes, g2.maxBoutMinutes),
          };
          const input = { summaries, prompts, pauses: pauseRecords, today, timeZone };
          const n = streak({ ...input, goal: strict });
          const workDays = summaries.filter((s) => s.workDay && s.date <= today).length;
          expect(n).toBeGreaterThanOrEqual(0);
          expect(n).toBeLessThanOrEqual(workDays);
          expect(streak({ ...input, goal: loose })).toBeGreaterThanOrEqual(n);
        },
      ),
    );
  });
});
