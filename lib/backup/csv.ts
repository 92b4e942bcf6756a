/**
 * CSV exports of days and of prompts (docs/data-formats.md). RFC 4180: a header row, fields
 * separated by commas, records ended by CRLF, a field quoted when it holds a comma, a quote,
 * CR or LF (quotes doubled inside). Dates are ISO 8601; durations are whole seconds and say so
 * in their column names. The text returned has no byte order mark: `withBom` adds one for the
 * downloaded file, so Excel reads it as UTF-8. Pure.
 */
import { findMeta } from '../catalogue/meta';
import { localDate, zoneFormatter } from '../model/local-days';
import type { DayFigures } from '../model/types';
import type { PromptRecord } from '../prompts/types';
import { median } from '../stats/period';
import type { DaySummary } from '../stats/types';

export type Cell = string | number | boolean | null | undefined;

/** U+FEFF: tells spreadsheet programs (Excel above all) that the file is UTF-8. */
export const CSV_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;
/** A spreadsheet takes a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field. Numbers and booleans are written as they are; text that a spreadsheet would run as
 * a formula gets a leading apostrophe (OWASP's advice); null and undefined are empty.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows (the header first) as CSV text, every record ended by CRLF. */
export function csvText(rows: readonly (readonly Cell[])[]): string {
  let text = '';
  for (const row of rows) text += `${row.map(csvField).join(',')}\r\n`;
  return text;
}

export function withBom(text: string): string {
  return text.startsWith(CSV_BOM) ? text : CSV_BOM + text;
}

export const DAY_COLUMNS = [
  'date',
  'work_day',
  'sitting_seconds',
  'standing_seconds',
  'moving_seconds',
  'away_seconds',
  'untracked_seconds',
  'breaks',
  'longest_bout_seconds',
  'bouts_30_min_or_more',
  'bouts',
  'median_bout_seconds',
  'work_sitting_seconds',
  'work_present_seconds',
  'work_breaks',
] as const;

/** The median bout, as the progress page works it out, to the whole second. */
function roundedMedian(values: readonly number[]): number | null {
  const value = median(values);
  return value === null ? null : Math.round(value);
}

function isSummary(day: DayFigures | DaySummary): day is DaySummary {
  return 'workDay' in day;
}

/**
 * Days from the `days` store joined with their summaries (a summary wins; a day settled before
 * summaries existed keeps only its figures), in date order.
 */
export function mergeDays(
  days: readonly DayFigures[],
  summaries: readonly DaySummary[],
): (DayFigures | DaySummary)[] {
  const byDate = new Map<string, DayFigures | DaySummary>();
  for (const day of days) byDate.set(day.date, day);
  for (const summary of summaries) byDate.set(summary.date, summary);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * One row per local day, in date order. The work-hour columns, `bouts` and
 * `median_bout_seconds` are empty for a day that has figures but no summary.
 */
export function daysCsv(days: readonly (DaySummary | DayFigures)[]): string {
  const sorted = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rows: Cell[][] = [[...DAY_COLUMNS]];
  for (const day of sorted) {
    const summary = isSummary(day) ? day : null;
    rows.push([
      day.date,
      summary?.workDay,
      day.sittingSeconds,
      day.standingSeconds,
      day.movingSeconds,
      day.awaySeconds,
      day.untrackedSeconds,
      day.breaks,
      day.longestBoutSeconds,
      day.boutsOver30,
      summary?.boutSeconds.length,
      summary ? roundedMedian(summary.boutSeconds) : null,
      summary?.workSittingSeconds,
      summary?.workPresentSeconds,
      summary?.workBreaks,
    ]);
  }
  return csvText(rows);
}

const TIME_PARTS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
};

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * An instant as ISO 8601 local time with the zone's offset, to the second, e.g.
 * "2026-03-29T03:15:00+02:00" ("+00:00" for UTC, never "Z").
 */
export function isoWithOffset(at: number, timeZone: string): string {
  const whole = Math.floor(at / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const part of zoneFormatter(timeZone, TIME_PARTS).formatToParts(whole)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const year = parts.year ?? 1970;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  const hour = parts.hour ?? 0;
  const minute = parts.minute ?? 0;
  const second = parts.second ?? 0;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const utcFixed = year < 100 ? new Date(asUtc).setUTCFullYear(year) : asUtc;
  const offset = Math.round((utcFixed - whole) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

export const PROMPT_COLUMNS = [
  'id',
  'offered_at',
  'offered_date',
  'entry_id',
  'family',
  'reason',
  'channel',
  'bout_seconds',
  'outcome',
  'skip_reason',
  'snoozes',
  'reminded',
  'started_at',
  'answered_at',
] as const;

/** One row per prompt, in the order they were offered; times in `timeZone`. */
export function promptsCsv(prompts: readonly PromptRecord[], timeZone: string): string {
  const sorted = [...prompts].sort((a, b) => a.offeredAt - b.offeredAt);
  const time = (at: number | undefined) => (at === undefined ? null : isoWithOffset(at, timeZone));
  const rows: Cell[][] = [[...PROMPT_COLUMNS]];
  for (const prompt of sorted) {
    rows.push([
      prompt.id,
      time(prompt.offeredAt),
      prompt.date ?? localDate(prompt.offeredAt, timeZone),
      prompt.entryId,
      findMeta(prompt.entryId)?.family,
      prompt.reason,
      prompt.channel,
      Math.round(prompt.boutSeconds),
      prompt.outcome,
      prompt.skipReason,
      prompt.snoozes,
      prompt.reminded,
      time(prompt.startedAt),
      time(prompt.answeredAt),
    ]);
  }
  return csvText(rows);
}
