/**
 * The progress page's figures kept by calendar month (IndexedDB `months`): the settled days'
 * summaries and each local date's prompt tally, one record a month. A year is then twelve
 * records to read instead of hundreds of summaries and thousands of prompts, which is what
 * keeps `statsYearMs` and `statsFiveYearsMs` in budget. The records are kept up to date on
 * write: a settled day replaces its summary, a prompt's outcome its date's tally. Pure.
 */
import { nextDate } from '../model/local-days';
import type { PromptRecord } from '../prompts/types';
import { isEmptyTally, type PromptTally, tallyPrompts } from './tally';
import type { DaySummary } from './types';

export interface MonthRecord {
  /** The calendar month, "YYYY-MM". */
  month: string;
  /** The month's settled days, in date order, one per date. */
  summaries: DaySummary[];
  /** The prompts' tally of each local date of the month that has any, by date. */
  tallies: Record<string, PromptTally>;
}

/** The month a local date falls in, "YYYY-MM". */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

function emptyMonth(month: string): MonthRecord {
  return { month, summaries: [], tallies: {} };
}

const byDate = (a: DaySummary, b: DaySummary) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The month's record with these summaries (all of that month) over the ones it had for their dates. */
export function withSummaries(
  record: MonthRecord | undefined,
  month: string,
  summaries: readonly DaySummary[],
): MonthRecord {
  const base = record ?? emptyMonth(month);
  const dates = new Set(summaries.map((summary) => summary.date));
  const kept = base.summaries.filter((summary) => !dates.has(summary.date));
  return { ...base, summaries: [...kept, ...summaries].sort(byDate) };
}

/**
 * The month's record with a date's tally set, or taken out when the tally counts nothing; null
 * when there is no record and nothing to count (a month gets a record only once it has something).
 */
export function withTally(
  record: MonthRecord | undefined,
  date: string,
  tally: PromptTally,
): MonthRecord | null {
  if (!record && isEmptyTally(tally)) return null;
  const base = record ?? emptyMonth(monthOf(date));
  const { [date]: _old, ...others } = base.tallies;
  return { ...base, tallies: isEmptyTally(tally) ? others : { ...others, [date]: tally } };
}

/** Summaries grouped by month, each group in date order (the last of two for one date wins). */
export function summariesByMonth(summaries: readonly DaySummary[]): Map<string, DaySummary[]> {
  const months = new Map<string, Map<string, DaySummary>>();
  for (const summary of summaries) {
    const month = monthOf(summary.date);
    let days = months.get(month);
    if (!days) {
      days = new Map();
      months.set(month, days);
    }
    days.set(summary.date, summary);
  }
  return new Map([...months].map(([month, days]) => [month, [...days.values()].sort(byDate)]));
}

/**
 * Every month's record made from scratch, from all summaries and all prompts (prompts dated in
 * `timeZone`): for the schema upgrade that brings in the store, a restore, and the bench.
 */
export function monthRecords(
  summaries: readonly DaySummary[],
  prompts: readonly PromptRecord[],
  timeZone: string,
): MonthRecord[] {
  const records = new Map<string, MonthRecord>();
  const recordOf = (month: string) => {
    let record = records.get(month);
    if (!record) {
      record = emptyMonth(month);
      records.set(month, record);
    }
    return record;
  };
  for (const [month, days] of summariesByMonth(summaries)) recordOf(month).summaries = days;
  for (const [date, tally] of tallyPrompts(prompts, timeZone)) {
    if (!isEmptyTally(tally)) recordOf(monthOf(date)).tallies[date] = tally;
  }
  return [...records.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/** The summaries and tallies of the dates `from` through `to` held by month records. */
export function daysOfMonths(
  records: readonly MonthRecord[],
  from: string,
  to: string,
): { summaries: DaySummary[]; tallies: Map<string, PromptTally> } {
  const summaries: DaySummary[] = [];
  const tallies = new Map<string, PromptTally>();
  const after = nextDate(to);
  for (const record of records) {
    for (const summary of record.summaries) {
      if (summary.date >= from && summary.date < after) summaries.push(summary);
    }
    for (const [date, tally] of Object.entries(record.tallies)) {
      if (date >= from && date < after) tallies.set(date, tally);
    }
  }
  return { summaries, tallies };
}
