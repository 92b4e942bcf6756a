/**
 * The day's goal and the streak: consecutive work days that met it (issue: adherence and
 * progress). Pure: `today` and the zone come in as arguments.
 *
 * Rules:
 * - Goal met: adherence at least `minAdherence` (a day without schedule prompts has no adherence,
 *   so only the bout rule applies) and no bout piece of `maxBoutMinutes` or more.
 * - A day is neutral (neither counts nor breaks the streak) when it has no summary, is not a work
 *   day (`summary.workDay` false), had no presence at all (no sitting, standing or moving seconds)
 *   and no answered schedule prompt, or is paused.
 * - Paused: a pause record overlaps the day's work hours, local `workHours.start` to `end` (the
 *   default work hours unless given; the whole local day when `end` is not after `start`). So a
 *   pause for a long meeting makes the day neutral rather than a bout that breaks the streak.
 * - Counting goes back from `today`: today adds one only once its goal is met and never breaks
 *   the streak; each earlier day adds one when met, is skipped when neutral, and ends the count
 *   when missed.
 */
import { wallClock } from '../model/local-dater';
import { dayStart, nextDate } from '../model/local-days';
import type { PromptRecord } from '../prompts/types';
import { DEFAULT_SETTINGS, type WorkHours } from '../settings';
import { adherenceOf, indexRecords, type StatsIndex } from './period';
import { emptyOutcomeCounts } from './tally';
import type { DaySummary, PauseRecord, PeriodStats } from './types';
import { addDays } from './weeks';

export interface DayGoal {
  /** Adherence (0-1) a day with schedule prompts needs. */
  minAdherence: number;
  /** A bout piece this long or longer misses the goal. */
  maxBoutMinutes: number;
}

export const DEFAULT_GOAL: DayGoal = Object.freeze({ minAdherence: 0.8, maxBoutMinutes: 60 });

/** Limits a settable goal is held to. */
export const GOAL_LIMITS = {
  minAdherence: { min: 0, max: 1 },
  maxBoutMinutes: { min: 1, max: 24 * 60 },
} as const;

/** A stored goal with anything missing or out of range replaced by its default. */
export function readGoal(stored: unknown): DayGoal {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_GOAL;
  const s = stored as Partial<DayGoal>;
  const inRange = (value: unknown, limits: { min: number; max: number }, fallback: number) =>
    typeof value === 'number' && Number.isFinite(value) && value >= limits.min && value <= limits.max
      ? value
      : fallback;
  return {
    minAdherence: inRange(s.minAdherence, GOAL_LIMITS.minAdherence, DEFAULT_GOAL.minAdherence),
    maxBoutMinutes: inRange(s.maxBoutMinutes, GOAL_LIMITS.maxBoutMinutes, DEFAULT_GOAL.maxBoutMinutes),
  };
}

/** Tolerance for adherence compared with the goal, so 4/5 meets 0.8 whatever the rounding. */
const EPSILON = 1e-9;

const NO_PROMPTS = emptyOutcomeCounts();

/** Whether a day met the goal; `stats` are that day's figures (`periodStats` of the one date). */
export function dayGoalMet(day: DaySummary, stats: Pick<PeriodStats, 'adherence'>, goal: DayGoal): boolean {
  const adherenceMet = stats.adherence === null || stats.adherence >= goal.minAdherence - EPSILON;
  const limit = goal.maxBoutMinutes * 60;
  const longest = Math.max(day.longestBoutSeconds, ...day.boutSeconds);
  return adherenceMet && longest < limit;
}

/**
 * How a day stands for the streak: 'met' or 'missed', or neutral: 'no-record' (no summary),
 * 'day-off' (not a work day), 'absent' (no presence and no answered schedule prompt), 'paused'.
 */
export type DayStatus = 'met' | 'missed' | 'no-record' | 'day-off' | 'absent' | 'paused';

export interface StreakInput {
  summaries: readonly DaySummary[];
  /** The prompts of the days; may be left out when `index` is given. */
  prompts?: readonly PromptRecord[];
  pauses: readonly PauseRecord[];
  /** The day's goal; DEFAULT_GOAL when left out. */
  goal?: DayGoal;
  /** Today's local date, YYYY-MM-DD. */
  today: string;
  timeZone: string;
  /** Work hours a pause must overlap to make a day paused; the default settings' when left out. */
  workHours?: Pick<WorkHours, 'start' | 'end'>;
  /**
   * `summaries` and `prompts` already indexed (`indexRecords` with the same zone), so a caller
   * that has the index need not make it again; when given, it is read instead of them.
   */
  index?: StatsIndex;
}

interface DayContext {
  index: StatsIndex;
  pauses: readonly PauseRecord[];
  goal: DayGoal;
  timeZone: string;
  workHours: Pick<WorkHours, 'start' | 'end'>;
}

function statusIn(date: string, ctx: DayContext): DayStatus {
  const day = ctx.index.summaries.get(date);
  if (!day) return 'no-record';
  if (!day.workDay) return 'day-off';
  if (isPaused(date, ctx.pauses, ctx.workHours, ctx.timeZone)) return 'paused';
  // The day's own tally: a whole period's figures for one date would cost a year of them each.
  const prompts = ctx.index.tallies.get(date)?.prompts ?? NO_PROMPTS;
  const present = day.sittingSeconds + day.standingSeconds + day.movingSeconds > 0;
  if (!present && prompts.offered === 0) return 'absent';
  return dayGoalMet(day, { adherence: adherenceOf(prompts) }, ctx.goal) ? 'met' : 'missed';
}

function contextOf(input: Omit<StreakInput, 'today'>): DayContext {
  return {
    index: input.index ?? indexRecords(input.summaries, input.prompts ?? [], input.timeZone),
    pauses: input.pauses,
    goal: input.goal ?? DEFAULT_GOAL,
    timeZone: input.timeZone,
    workHours: input.workHours ?? DEFAULT_SETTINGS.workHours,
  };
}

/** How each date from `from` through `to` stands for the streak, e.g. for a calendar of the goal. */
export function dayStatuses(
  input: Omit<StreakInput, 'today'> & { from: string; to: string },
): { date: string; status: DayStatus }[] {
  const ctx = contextOf(input);
  const out: { date: string; status: DayStatus }[] = [];
  for (let date = input.from; date <= input.to; date = nextDate(date)) {
    out.push({ date, status: statusIn(date, ctx) });
  }
  return out;
}

/** Consecutive work days up to today that met the goal (see the rules at the top of this file). */
export function streak(input: StreakInput): number {
  const ctx = contextOf(input);
  let earliest: string | undefined;
  for (const date of ctx.index.summaries.keys()) {
    if (earliest === undefined || date < earliest) earliest = date;
  }
  if (earliest === undefined) return 0;
  let count = statusIn(input.today, ctx) === 'met' ? 1 : 0;
  for (let date = addDays(input.today, -1); date >= earliest; date = addDays(date, -1)) {
    const status = statusIn(date, ctx);
    if (status === 'met') count += 1;
    else if (status === 'missed') break;
  }
  return count;
}

/** Whether a pause overlaps the local work hours of `date`. */
export function isPaused(
  date: string,
  pauses: readonly PauseRecord[],
  workHours: Pick<WorkHours, 'start' | 'end'>,
  timeZone: string,
): boolean {
  if (pauses.length === 0) return false;
  const dayFrom = dayStart(date, timeZone);
  const dayTo = dayStart(nextDate(date), timeZone);
  let from = dayFrom;
  let to = dayTo;
  if (workHours.end > workHours.start) {
    from = Math.min(Math.max(localInstant(date, workHours.start, timeZone), dayFrom), dayTo);
    to = Math.min(Math.max(localInstant(date, workHours.end, timeZone), dayFrom), dayTo);
  }
  return pauses.some((pause) => pause.from < to && pause.until > from);
}

const HOUR_MS = 3_600_000;

/**
 * The instant a local date shows the clock time "HH:MM". In a repeated hour (clocks set back) it
 * is the first of the two; in a clock change's gap the time is read with the offset before the
 * change, so 02:30 in a gap from 02:00 to 03:00 gives the instant the clock shows 03:30.
 */
export function localInstant(date: string, time: string, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const offsetAt = (at: number) => wallClock(at, timeZone) - (at - (((at % 1000) + 1000) % 1000));
  const near = wall - offsetAt(wall - offsetAt(wall));
  // Offsets on both sides of any clock change close to `near` (changes are far more than 6 h apart).
  const before = offsetAt(near - 6 * HOUR_MS);
  const after = offsetAt(near + 6 * HOUR_MS);
  const fits = [wall - before, wall - after].filter((at) => wallClock(at, timeZone) === wall);
  return fits.length > 0 ? Math.min(...fits) : wall - Math.min(before, after);
}
