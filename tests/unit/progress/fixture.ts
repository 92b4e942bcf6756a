/**
 * A hand-made week for the progress page, in Europe/Amsterdam (UTC+2 in May). Today is
 * Friday 2026-05-22, 15:00; the page's first period is the last 4 weeks, 2026-04-27 to 05-22.
 *
 *   Mon 11 May  4 h sitting; 2 schedule prompts, both done                 (week 20: 100%)
 *   Mon 18      5 h sitting, 9 breaks; prompts done, partly, skipped        (2 of 3)
 *   Tue 19      6 h sitting, 6 breaks; prompts done, done, done             (3 of 3)
 *   Wed 20      4 h sitting, 10 breaks; prompts done, unanswered            (1 of 2)
 *   Thu 21      2 h sitting, 4 breaks; no prompts
 *   Fri 22      1 h 30 min sitting, 3 breaks; no prompts (today)
 *   Week 21: 6 of 8 prompts followed = 75%; sitting 66,600 s over 5 days = 3 h 42 min a day.
 *   Streak (80%, no bout of 60 min): Fri met, Thu met, Wed 50% missed -> 2.
 *   Weeks 18 and 19 have no figures and no prompts: no adherence (a gap, never 0%).
 */
import { vi } from 'vitest';
import type { DateRange, ProgressData, ProgressSource } from '@/lib/browser/progress-source';
import type { PromptOutcome, PromptRecord } from '@/lib/prompts/types';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { tallyPrompts } from '@/lib/stats/tally';
import type { Checkin, DaySummary } from '@/lib/stats/types';

export const ZONE = 'Europe/Amsterdam';
export const NOW = Date.parse('2026-05-22T15:00:00+02:00');

/** Sitting seconds per hour from a map of hour -> seconds. */
function hours(spread: Record<number, number>): number[] {
  return Array.from({ length: 24 }, (_, h) => spread[h] ?? 0);
}

function day(date: string, fields: Partial<DaySummary>): DaySummary {
  return {
    date,
    sittingSeconds: 0,
    standingSeconds: 0,
    movingSeconds: 0,
    awaySeconds: 0,
    untrackedSeconds: 0,
    breaks: 0,
    longestBoutSeconds: 0,
    boutsOver30: 0,
    workDay: true,
    workSittingSeconds: 0,
    workPresentSeconds: 0,
    workBreaks: 0,
    boutSeconds: [],
    sittingByHour: hours({}),
    ...fields,
  };
}

export const SUMMARIES: DaySummary[] = [
  day('2026-05-11', {
    sittingSeconds: 14400,
    breaks: 8,
    workBreaks: 8,
    workPresentSeconds: 21600,
    boutSeconds: [1800, 1800, 1800, 1800, 1800, 1800, 1800, 1800],
    longestBoutSeconds: 1800,
    boutsOver30: 8,
    sittingByHour: hours({ 9: 3600, 10: 3600, 14: 3600, 15: 3600 }),
  }),
  day('2026-05-18', {
    sittingSeconds: 18000,
    standingSeconds: 3600,
    breaks: 9,
    workBreaks: 8,
    workPresentSeconds: 28800,
    boutSeconds: [1200, 2400, 1800, 600, 3000],
    longestBoutSeconds: 3000,
    boutsOver30: 3,
    sittingByHour: hours({ 9: 3000, 10: 3600, 11: 2400, 13: 3000, 14: 3600, 15: 2400 }),
  }),
  day('2026-05-19', {
    sittingSeconds: 21600,
    breaks: 6,
    workBreaks: 6,
    workPresentSeconds: 25200,
    boutSeconds: [3900, 1500, 4200],
    longestBoutSeconds: 4200,
    boutsOver30: 2,
    sittingByHour: hours({ 8: 3600, 9: 3600, 10: 3600, 11: 3600, 13: 3600, 14: 3600 }),
  }),
  day('2026-05-20', {
    sittingSeconds: 14400,
    standingSeconds: 7200,
    breaks: 10,
    workBreaks: 10,
    workPresentSeconds: 21600,
    boutSeconds: [900, 1200, 600, 1500],
    longestBoutSeconds: 1500,
    sittingByHour: hours({ 9: 3600, 10: 3600, 14: 3600, 15: 3600 }),
  }),
  day('2026-05-21', {
    sittingSeconds: 7200,
    breaks: 4,
    workBreaks: 4,
    workPresentSeconds: 10800,
    boutSeconds: [900, 1200],
    longestBoutSeconds: 1200,
    sittingByHour: hours({ 10: 3600, 11: 3600 }),
  }),
  day('2026-05-22', {
    sittingSeconds: 5400,
    breaks: 3,
    workBreaks: 3,
    workPresentSeconds: 7200,
    boutSeconds: [1800, 2400],
    longestBoutSeconds: 2400,
    boutsOver30: 2,
    sittingByHour: hours({ 13: 3600, 14: 1800 }),
  }),
];

function prompt(local: string, outcome: PromptOutcome | null): PromptRecord {
  const at = Date.parse(`${local}:00+02:00`);
  return {
    id: String(at),
    offeredAt: at,
    entryId: 'chin-retraction',
    reason: 'limit',
    boutSeconds: 1800,
    channel: 'notification',
    outcome,
    snoozes: 0,
    reminded: false,
  };
}

export const PROMPTS: PromptRecord[] = [
  prompt('2026-05-11T10:00', 'done'),
  prompt('2026-05-11T15:00', 'done'),
  prompt('2026-05-18T09:30', 'done'),
  prompt('2026-05-18T11:00', 'partly'),
  prompt('2026-05-18T14:00', 'skipped'),
  prompt('2026-05-19T09:00', 'done'),
  prompt('2026-05-19T11:00', 'done'),
  prompt('2026-05-19T14:00', 'done'),
  prompt('2026-05-20T10:00', 'done'),
  prompt('2026-05-20T15:00', 'unanswered'),
];

export const CHECKINS: Checkin[] = [
  {
    week: '2026-W20',
    at: Date.parse('2026-05-15T16:00:00+02:00'),
    tension: { 'neck-shoulders': 6, 'low-back-pelvis': 4 },
    moving: 'same',
  },
];

export function progressData(overrides: Partial<ProgressData> = {}): ProgressData {
  return {
    summaries: SUMMARIES,
    tallies: tallyPrompts(PROMPTS, ZONE),
    checkins: CHECKINS,
    pauses: [],
    settings: DEFAULT_SETTINGS,
    timeZone: ZONE,
    uiLanguage: 'en-GB',
    historyAvailable: true,
    checkinDismissed: null,
    now: NOW,
    ...overrides,
  };
}

/** A progress source that answers every load with the same data and records what it is asked. */
export function fakeSource(data: ProgressData = progressData(), { failSave = false } = {}) {
  const loads: DateRange[] = [];
  const saved: Checkin[] = [];
  const dismissed: string[] = [];
  const source = {
    load: vi.fn(async (range: DateRange) => {
      loads.push(range);
      return data;
    }),
    saveCheckin: vi.fn(async (checkin: Checkin) => {
      if (failSave) throw new Error('QuotaExceededError');
      saved.push(checkin);
    }),
    dismissCheckin: vi.fn(async (week: string) => {
      dismissed.push(week);
    }),
  } satisfies ProgressSource;
  return { source, data, loads, saved, dismissed };
}
