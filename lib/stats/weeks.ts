/**
 * ISO weeks (Monday to Sunday; week 1 holds the year's first Thursday) on local dates, and the
 * figures per week. Pure date arithmetic on YYYY-MM-DD: no zone is involved until prompts are
 * assigned to their local day.
 */
import { indexRecords, type PeriodInput, type StatsIndex, statsOfIndex } from './period';
import type { PeriodStats } from './types';

const DAY_MS = 86_400_000;

function utcOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function dateOf(utc: number): string {
  return new Date(utc).toISOString().slice(0, 10);
}

/** The later of two YYYY-MM-DD dates. */
function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}

/** The earlier of two YYYY-MM-DD dates. */
function earlierDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(utcOf(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return dateOf(utcOf(date) + days * DAY_MS);
}

/** The Monday of the week holding `date`. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The ISO week of a date, e.g. "2026-W21"; the year is the ISO week-year (that of the Thursday). */
export function isoWeek(date: string): string {
  return isoWeekOfMonday(utcOf(weekStart(date)));
}

/** The ISO week whose Monday starts at `monday` (ms, UTC midnight). */
function isoWeekOfMonday(monday: number): string {
  const thursday = monday + 3 * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

export interface WeekRange {
  /** ISO week, e.g. "2026-W21". */
  week: string;
  /** The week's Monday. */
  from: string;
  /** The week's Sunday. */
  to: string;
}

/** Every Monday-Sunday week that holds a date from `from` through `to`, oldest first. */
export function weeksBetween(from: string, to: string): WeekRange[] {
  const weeks: WeekRange[] = [];
  if (from > to) return weeks;
  const last = utcOf(to);
  for (let monday = utcOf(weekStart(from)); monday <= last; monday += 7 * DAY_MS) {
    weeks.push({ week: isoWeekOfMonday(monday), from: dateOf(monday), to: dateOf(monday + 6 * DAY_MS) });
  }
  return weeks;
}

/** Figures of one ISO week, with the week's name. */
export interface WeekStats extends PeriodStats {
  week: string;
}

/**
 * A PeriodStats per Monday-Sunday week holding a date from `from` through `to`, oldest first.
 * The first and last weeks are cut to the range (their `from`/`to` and `days` say so), so the
 * weeks together are exactly the period: nothing outside it is counted.
 */
export function weeklyStats(input: PeriodInput): WeekStats[] {
  return weeklyStatsOfIndex(
    input.from,
    input.to,
    indexRecords(input.summaries, input.prompts, input.timeZone),
  );
}

/** `weeklyStats` from an index made by `indexRecords`. */
export function weeklyStatsOfIndex(from: string, to: string, index: StatsIndex): WeekStats[] {
  return weeksBetween(from, to).map((range) => ({
    week: range.week,
    ...statsOfIndex(laterDate(range.from, from), earlierDate(range.to, to), index),
  }));
}
