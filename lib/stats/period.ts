/**
 * Figures of a period (one local day, a week, any run of dates) from the stored day summaries
 * and the prompt log (issue: adherence and progress). Pure: no clock, no storage; the zone
 * comes in as an argument.
 *
 * Rules:
 * - A period is the local dates `from` through `to`, inclusive. Summaries dated outside it are
 *   ignored; a date without a summary counts as a day of zeros (it still counts in `days`).
 *   Two summaries with the same date: the last one given wins.
 * - A prompt belongs to the local date of its `offeredAt`. Two records with the same `id` are one
 *   prompt (the last one given wins). A prompt still open (`outcome` null) is not counted yet.
 * - `prompts` and `adherence` count only prompts offered by the schedule (reason 'limit'), each
 *   once with its final outcome (a snoozed prompt is one record; reminders are not records).
 *   Adherence = (done + partly) / offered, null when no such prompt has an outcome.
 * - `extraMoves` counts prompts the person asked for (reason 'asked') that were done or partly done.
 * - `byFamily` and `byRegion` count done and partly done prompts of both reasons by the catalogue
 *   entry's family and by each of its regions (an entry with two regions adds one to each); an
 *   entry id the catalogue does not know is left out of both.
 * - `breaksPerWorkHour` = sum of `workBreaks` / (sum of `workPresentSeconds` / 3600), null when
 *   there was no presence in work hours.
 * - `longestBoutSeconds` is the longest day's piece; `medianBoutSeconds` the median of all bout
 *   pieces of the period (the mean of the middle two for an even count), null without pieces.
 */
import { findMeta } from '../catalogue/meta';
import type { Family, Region } from '../catalogue/types';
import { datesBetween, localDate } from '../model/local-days';
import type { PromptRecord } from '../prompts/types';
import type { DaySummary, OutcomeCounts, PeriodStats } from './types';

export interface PeriodInput {
  /** First local date, YYYY-MM-DD. */
  from: string;
  /** Last local date, YYYY-MM-DD (inclusive). */
  to: string;
  summaries: readonly DaySummary[];
  prompts: readonly PromptRecord[];
  /** IANA zone whose local days the prompts are assigned to. */
  timeZone: string;
}

/** Summaries by date and prompts by the local date they were offered: made once, read per period. */
export interface StatsIndex {
  summaries: ReadonlyMap<string, DaySummary>;
  prompts: ReadonlyMap<string, readonly PromptRecord[]>;
}

export function emptyOutcomeCounts(): OutcomeCounts {
  return { offered: 0, done: 0, partly: 0, skipped: 0, snoozed: 0, unanswered: 0 };
}

/** Indexes summaries by date and prompts (one per id) by the local date of `offeredAt`. */
export function indexRecords(
  summaries: readonly DaySummary[],
  prompts: readonly PromptRecord[],
  timeZone: string,
): StatsIndex {
  const byDate = new Map<string, DaySummary>();
  for (const summary of summaries) byDate.set(summary.date, summary);
  const byId = new Map<string, PromptRecord>();
  for (const prompt of prompts) byId.set(prompt.id, prompt);
  const promptsByDate = new Map<string, PromptRecord[]>();
  for (const prompt of byId.values()) {
    const date = localDate(prompt.offeredAt, timeZone);
    const list = promptsByDate.get(date);
    if (list) list.push(prompt);
    else promptsByDate.set(date, [prompt]);
  }
  return { summaries: byDate, prompts: promptsByDate };
}

/** Figures of the local dates `from` through `to` (see the rules at the top of this file). */
export function periodStats(input: PeriodInput): PeriodStats {
  return statsOfIndex(input.from, input.to, indexRecords(input.summaries, input.prompts, input.timeZone));
}

/** Figures of the local dates `from` through `to` from an index made by `indexRecords`. */
export function statsOfIndex(from: string, to: string, index: StatsIndex): PeriodStats {
  const dates = datesBetween(from, to);
  let sittingSeconds = 0;
  let workSittingSeconds = 0;
  let standingSeconds = 0;
  let movingSeconds = 0;
  let untrackedSeconds = 0;
  let breaks = 0;
  let workBreaks = 0;
  let workPresentSeconds = 0;
  let boutsOver30 = 0;
  let longestBoutSeconds = 0;
  const pieces: number[] = [];
  const prompts = emptyOutcomeCounts();
  let extraMoves = 0;
  const byFamily: Partial<Record<Family, number>> = {};
  const byRegion: Partial<Record<Region, number>> = {};

  for (const date of dates) {
    const day = index.summaries.get(date);
    if (day) {
      sittingSeconds += day.sittingSeconds;
      workSittingSeconds += day.workSittingSeconds;
      standingSeconds += day.standingSeconds;
      movingSeconds += day.movingSeconds;
      untrackedSeconds += day.untrackedSeconds;
      breaks += day.breaks;
      workBreaks += day.workBreaks;
      workPresentSeconds += day.workPresentSeconds;
      boutsOver30 += day.boutsOver30;
      longestBoutSeconds = Math.max(longestBoutSeconds, day.longestBoutSeconds);
      pieces.push(...day.boutSeconds);
    }
    for (const prompt of index.prompts.get(date) ?? []) {
      const outcome = prompt.outcome;
      if (outcome === null) continue;
      const completed = outcome === 'done' || outcome === 'partly';
      if (prompt.reason === 'limit') {
        prompts.offered += 1;
        prompts[outcome] += 1;
      } else if (completed) {
        extraMoves += 1;
      }
      if (!completed) continue;
      const meta = findMeta(prompt.entryId);
      if (!meta) continue;
      byFamily[meta.family] = (byFamily[meta.family] ?? 0) + 1;
      for (const region of new Set(meta.regions)) byRegion[region] = (byRegion[region] ?? 0) + 1;
    }
  }

  return {
    from,
    to,
    days: dates.length,
    sittingSeconds,
    workSittingSeconds,
    standingSeconds,
    movingSeconds,
    untrackedSeconds,
    breaks,
    breaksPerWorkHour: workPresentSeconds > 0 ? workBreaks / (workPresentSeconds / 3600) : null,
    boutsOver30,
    longestBoutSeconds,
    medianBoutSeconds: median(pieces),
    prompts,
    adherence: adherenceOf(prompts),
    extraMoves,
    byFamily,
    byRegion,
  };
}

/** (done + partly) / offered, or null when nothing was offered. */
export function adherenceOf(counts: OutcomeCounts): number | null {
  return counts.offered > 0 ? (counts.done + counts.partly) / counts.offered : null;
}

/** The median of a list of numbers (mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}
