/**
 * A hand-written week, Monday 2026-05-18 to Sunday 2026-05-24 (ISO week 2026-W21), in
 * Europe/Amsterdam (UTC+2 in May). The expectations in period.test.ts, weeks.test.ts and
 * streak.test.ts were worked out by hand from these records; the working is in the comments there.
 *
 * Days:
 *   Mon 18  work day; bout pieces 1200 2400 1800 600 3000
 *   Tue 19  work day; bout pieces 3900 1500 4200 (a 70 min piece)
 *   Wed 20  no summary (browser closed); one prompt still logged
 *   Thu 21  work day; bout pieces 900 1200 600 1500; no schedule prompts
 *   Fri 22  work day; bout pieces 2700 1800; paused 13:00-15:00 local (PAUSE_FRIDAY)
 *   Sat 23  not a work day; one piece 3600
 *   Sun 24  not a work day; untracked all day
 *
 * Catalogue entries used (family; regions):
 *   chin-retraction (neck; neck-shoulders)
 *   sit-to-stand (hip-stability; low-back-pelvis, knee-ankle)
 *   shoulder-rolls (neck; neck-shoulders, shoulder)
 *   belly-breathing (deep-core; low-back-pelvis, neck-shoulders)
 *   isometric-external-rotation (rotator-cuff; shoulder)
 *   mini-squat (hip-stability; knee-ankle, low-back-pelvis)
 *   water-break (posture; low-back-pelvis, knee-ankle)
 *   posture-reset (neck; neck-shoulders, low-back-pelvis)
 *   take-the-stairs (posture; knee-ankle, low-back-pelvis)
 *   stand-up (posture; low-back-pelvis)
 *   retired-exercise: not in the catalogue
 */
import type { PromptOutcome, PromptReason, PromptRecord } from '@/lib/prompts/types';
import type { DaySummary, PauseRecord, PeriodStats } from '@/lib/stats/types';

export const ZONE = 'Europe/Amsterdam';

/** A day summary: the fields given, zeros (and `workDay` true) for the rest. */
export function day(date: string, fields: Partial<DaySummary> = {}): DaySummary {
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
    sittingByHour: new Array<number>(24).fill(0),
    ...fields,
  };
}

/** Instant of a local time in May 2026 in Amsterdam, "2026-05-18T09:30" (CEST, UTC+2). */
export function cest(local: string): number {
  return Date.parse(`${local}:00+02:00`);
}

/** A prompt record offered at `at` (ms); its id is the time as text. */
export function prompt(
  at: number,
  reason: PromptReason,
  outcome: PromptOutcome | null,
  entryId: string,
  extra: Partial<PromptRecord> = {},
): PromptRecord {
  return {
    id: String(at),
    offeredAt: at,
    entryId,
    reason,
    boutSeconds: 1800,
    channel: reason === 'limit' ? 'notification' : 'move-now',
    outcome,
    snoozes: 0,
    reminded: false,
    ...(outcome !== null ? { answeredAt: at + 120_000 } : {}),
    ...extra,
  };
}

export const WEEK_SUMMARIES: DaySummary[] = [
  day('2026-05-18', {
    sittingSeconds: 18000,
    workSittingSeconds: 16200,
    standingSeconds: 3600,
    movingSeconds: 1200,
    awaySeconds: 2400,
    breaks: 9,
    workBreaks: 8,
    workPresentSeconds: 28800,
    boutSeconds: [1200, 2400, 1800, 600, 3000],
    longestBoutSeconds: 3000,
    boutsOver30: 3,
  }),
  day('2026-05-19', {
    sittingSeconds: 21600,
    workSittingSeconds: 19800,
    standingSeconds: 1800,
    movingSeconds: 600,
    untrackedSeconds: 3600,
    breaks: 6,
    workBreaks: 5,
    workPresentSeconds: 25200,
    boutSeconds: [3900, 1500, 4200],
    longestBoutSeconds: 4200,
    boutsOver30: 2,
  }),
  day('2026-05-21', {
    sittingSeconds: 14400,
    workSittingSeconds: 14400,
    standingSeconds: 7200,
    movingSeconds: 1800,
    breaks: 10,
    workBreaks: 10,
    workPresentSeconds: 21600,
    boutSeconds: [900, 1200, 600, 1500],
    longestBoutSeconds: 1500,
    boutsOver30: 0,
  }),
  day('2026-05-22', {
    sittingSeconds: 7200,
    workSittingSeconds: 7200,
    breaks: 7,
    workBreaks: 7,
    workPresentSeconds: 10800,
    boutSeconds: [2700, 1800],
    longestBoutSeconds: 2700,
    boutsOver30: 2,
  }),
  day('2026-05-23', {
    workDay: false,
    sittingSeconds: 3600,
    movingSeconds: 900,
    breaks: 1,
    boutSeconds: [3600],
    longestBoutSeconds: 3600,
    boutsOver30: 1,
  }),
  day('2026-05-24', { workDay: false, untrackedSeconds: 86400 }),
  // Outside the week: must never be counted in it.
  day('2026-05-25', { sittingSeconds: 99999, breaks: 99, boutSeconds: [9999], longestBoutSeconds: 9999 }),
];

export const WEEK_PROMPTS: PromptRecord[] = [
  // Sunday 23:59 local, before the week.
  prompt(cest('2026-05-17T23:59'), 'limit', 'skipped', 'stand-up'),
  // Monday: 5 schedule prompts (3 done, 1 partly, 1 skipped) and 1 "Move now" done.
  prompt(cest('2026-05-18T00:30'), 'limit', 'done', 'chin-retraction'),
  prompt(cest('2026-05-18T09:30'), 'limit', 'done', 'sit-to-stand'),
  prompt(cest('2026-05-18T10:15'), 'limit', 'partly', 'shoulder-rolls'),
  prompt(cest('2026-05-18T11:00'), 'limit', 'done', 'belly-breathing', { snoozes: 2, reminded: true }),
  prompt(cest('2026-05-18T14:00'), 'limit', 'skipped', 'stand-up', { skipReason: 'meeting' }),
  prompt(cest('2026-05-18T15:30'), 'asked', 'done', 'isometric-external-rotation'),
  // Tuesday: 4 schedule prompts (2 done, 1 snoozed to the end, 1 unanswered); a "Move now" skipped.
  prompt(cest('2026-05-19T01:30'), 'limit', 'unanswered', 'stand-up', { reminded: true }),
  prompt(cest('2026-05-19T10:00'), 'limit', 'done', 'mini-squat'),
  prompt(cest('2026-05-19T11:30'), 'limit', 'snoozed', 'chin-retraction', { snoozes: 1 }),
  prompt(cest('2026-05-19T16:00'), 'limit', 'done', 'retired-exercise'),
  prompt(cest('2026-05-19T17:00'), 'asked', 'skipped', 'stand-up', { skipReason: 'not-now' }),
  // Wednesday (no summary): 1 schedule prompt done.
  prompt(cest('2026-05-20T10:00'), 'limit', 'done', 'chin-retraction'),
  // Thursday: no schedule prompt answered (one still open); 2 "Move now" (done, partly).
  prompt(cest('2026-05-21T10:00'), 'asked', 'done', 'water-break'),
  prompt(cest('2026-05-21T14:00'), 'asked', 'partly', 'posture-reset'),
  prompt(cest('2026-05-21T16:45'), 'limit', null, 'sit-to-stand'),
  // Friday: 2 schedule prompts (1 done, 1 skipped).
  prompt(cest('2026-05-22T09:00'), 'limit', 'done', 'chin-retraction'),
  prompt(cest('2026-05-22T10:00'), 'limit', 'skipped', 'sit-to-stand', { skipReason: 'pain' }),
  // Saturday: 1 "Move now" done.
  prompt(cest('2026-05-23T11:00'), 'asked', 'done', 'take-the-stairs'),
  // Monday after the week.
  prompt(cest('2026-05-25T09:00'), 'limit', 'done', 'chin-retraction'),
];

/** Friday 13:00-15:00 local. */
export const PAUSE_FRIDAY: PauseRecord = { from: cest('2026-05-22T13:00'), until: cest('2026-05-22T15:00') };

/** The whole week, Monday 18 to Sunday 24 (the 17th's and 25th's records are outside it). */
export const WEEK_EXPECTED: PeriodStats = {
  from: '2026-05-18',
  to: '2026-05-24',
  days: 7,
  sittingSeconds: 64800, // 18000 + 21600 + 14400 + 7200 + 3600
  workSittingSeconds: 57600, // 16200 + 19800 + 14400 + 7200
  standingSeconds: 12600, // 3600 + 1800 + 7200
  movingSeconds: 4500, // 1200 + 600 + 1800 + 900
  untrackedSeconds: 90000, // 3600 + 86400
  breaks: 33, // 9 + 6 + 10 + 7 + 1
  breaksPerWorkHour: 1.25, // (8 + 5 + 10 + 7) / ((28800 + 25200 + 21600 + 10800) / 3600) = 30 / 24
  boutsOver30: 8, // 3 + 2 + 0 + 2 + 1
  longestBoutSeconds: 4200,
  // 15 pieces: 600 600 900 1200 1200 1500 1500 [1800] 1800 2400 2700 3000 3600 3900 4200
  medianBoutSeconds: 1800,
  prompts: { offered: 12, done: 7, partly: 1, skipped: 2, snoozed: 1, unanswered: 1 }, // 5 + 4 + 1 + 0 + 2
  adherence: 8 / 12, // (7 + 1) / 12
  extraMoves: 4, // 1 + 0 + 0 + 2 + 0 + 1
  byFamily: { neck: 5, 'hip-stability': 2, 'deep-core': 1, 'rotator-cuff': 1, posture: 2 },
  byRegion: { 'neck-shoulders': 6, 'low-back-pelvis': 6, 'knee-ankle': 4, shoulder: 2 },
};
