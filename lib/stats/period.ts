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
import { nextDate } from '../model/local-days';
import type { PromptRecord } from '../prompts/types';
import { addTally, emptyTally, type PromptTally, tallyPrompts } from './tally';
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

/** What is known of one local date: its summary and its prompts' tally, either or both. */
export interface IndexedDay {
  date: string;
  summary?: DaySummary;
  tally?: PromptTally;
}

/**
 * Summaries by date and the prompts' tally per local date they were offered: made once (one
 * pass over the prompts), then read per period, week or day without going over prompts again.
 */
export interface StatsIndex {
  summaries: ReadonlyMap<string, DaySummary>;
  tallies: ReadonlyMap<string, PromptTally>;
  /** Every date with a summary or a tally, in date order: a period is a run of these. */
  days: readonly IndexedDay[];
}

/** Indexes summaries by date and tallies prompts (one per id) by the local date of `offeredAt`. */
export function indexRecords(
  summaries: readonly DaySummary[],
  prompts: readonly PromptRecord[],
  timeZone: string,
): StatsIndex {
  return indexDays(summaries, tallyPrompts(prompts, timeZone));
}

/** Indexes summaries and prompt tallies already made per local date (as IndexedDB keeps them). */
export function indexDays(
  summaries: readonly DaySummary[],
  tallies: ReadonlyMap<string, PromptTally>,
): StatsIndex {
  const byDate = new Map<string, DaySummary>();
  for (const summary of summaries) byDate.set(summary.date, summary);
  const days = new Map<string, IndexedDay>();
  for (const [date, summary] of byDate) days.set(date, { date, summary });
  for (const [date, tally] of tallies) {
    const day = days.get(date);
    if (day) day.tally = tally;
    else days.set(date, { date, tally });
  }
  const ordered = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { summaries: byDate, tallies, days: ordered };
}

/** The position of the first day dated `date` or later (the length when there is none). */
function firstFrom(days: readonly IndexedDay[], date: string): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((days[mid] as IndexedDay).date < date) low = mid + 1;
    else high = mid;
  }
  return low;
}

const DAY_MS = 86_400_000;

/** The number of dates from `from` through `to` (0 when `from` is later). */
function datesIn(from: string, to: string): number {
  if (from > to) return 0;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Figures of the local dates `from` through `to` (see the rules at the top of this file). */
export function periodStats(input: PeriodInput): PeriodStats {
  return statsOfIndex(input.from, input.to, indexRecords(input.summaries, input.prompts, input.timeZone));
}

/** Figures of the local dates `from` through `to` from an index made by `indexRecords`. */
export function statsOfIndex(from: string, to: string, index: StatsIndex): PeriodStats {
  const days = datesIn(from, to);
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
  const tally = emptyTally();
  // Only the dates that have anything: a run of the index's days, found by halving.
  const first = firstFrom(index.days, from);
  const end = from <= to ? firstFrom(index.days, nextDate(to)) : first;
  for (let i = first; i < end; i++) {
    const { summary: day, tally: dayTally } = index.days[i] as IndexedDay;
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
    }
    if (dayTally) addTally(tally, dayTally);
  }
  const pieces: (readonly number[])[] = [];
  for (let i = first; i < end; i++) {
    const day = (index.days[i] as IndexedDay).summary;
    if (day && day.boutSeconds.length > 0) pieces.push(day.boutSeconds);
  }

  return {
    from,
    to,
    days,
    sittingSeconds,
    workSittingSeconds,
    standingSeconds,
    movingSeconds,
    untrackedSeconds,
    breaks,
    breaksPerWorkHour: workPresentSeconds > 0 ? workBreaks / (workPresentSeconds / 3600) : null,
    boutsOver30,
    longestBoutSeconds,
    medianBoutSeconds: medianOfLists(pieces),
    prompts: tally.prompts,
    adherence: adherenceOf(tally.prompts),
    extraMoves: tally.extraMoves,
    byFamily: tally.byFamily,
    byRegion: tally.byRegion,
  };
}

/** (done + partly) / offered, or null when nothing was offered. */
export function adherenceOf(counts: OutcomeCounts): number | null {
  return counts.offered > 0 ? (counts.done + counts.partly) / counts.offered : null;
}

/** The median of a list of numbers (mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  return medianOfLists([values]);
}

/** The longest bout piece there can be: a day of 25 hours (a clock set back), in seconds. */
const LONGEST_PIECE_SECONDS = 25 * 3600;

/** Counts per whole second for `medianOfLists`, made once; each call clears what it used. */
let secondCounts = new Uint32Array(0);

/**
 * The median of the numbers of several lists together (a period's days' bout pieces), in one
 * pass: bout pieces are whole seconds up to a day, so they are counted per second. Any other
 * number is copied and partly sorted by selection instead. (A sort of five years of bout
 * pieces, 200,000, takes tens of ms in a page's first run.)
 */
function medianOfLists(lists: readonly (readonly number[])[]): number | null {
  let count = 0;
  for (const list of lists) count += list.length;
  if (count === 0) return null;
  const mid = count >> 1;
  if (secondCounts.length === 0) secondCounts = new Uint32Array(LONGEST_PIECE_SECONDS + 1);
  const counts = secondCounts;
  let max = -1;
  let countable = true;
  counting: for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const value = list[i] as number;
      if (!(value >= 0 && value <= LONGEST_PIECE_SECONDS && Math.floor(value) === value)) {
        countable = false;
        break counting;
      }
      counts[value] = (counts[value] as number) + 1;
      if (value > max) max = value;
    }
  }
  let median: number | null = null;
  if (countable) {
    let seen = 0;
    let lower = -1;
    for (let value = 0; value <= max; value++) {
      seen += counts[value] as number;
      if (lower < 0 && seen >= mid) lower = value;
      if (seen > mid) {
        median = count % 2 === 1 ? value : (lower + value) / 2;
        break;
      }
    }
  }
  counts.fill(0, 0, max + 1);
  if (countable) return median;
  const all = new Float64Array(count);
  let offset = 0;
  for (const list of lists) {
    all.set(list, offset);
    offset += list.length;
  }
  return selectMedian(all, mid);
}

/** The median from the middle element `mid` (the upper middle for an even count) by selection. */
function selectMedian(list: Float64Array, mid: number): number {
  const upper = select(list, mid);
  if (list.length % 2 === 1) return upper;
  // Everything before `mid` is now at most `upper`: the lower middle is the largest of them.
  let lower = list[0] as number;
  for (let i = 1; i < mid; i++) lower = Math.max(lower, list[i] as number);
  return (lower + upper) / 2;
}

/**
 * The `k`th smallest number (from 0) of `list`, which it reorders so that everything before
 * index `k` is at most that number and everything after at least (Hoare's selection).
 */
function select(list: Float64Array, k: number): number {
  let left = 0;
  let right = list.length - 1;
  while (left < right) {
    // The median of three as the pivot keeps ordered input linear.
    const a = list[left] as number;
    const b = list[(left + right) >> 1] as number;
    const c = list[right] as number;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = left;
    let j = right;
    while (i <= j) {
      while ((list[i] as number) < pivot) i++;
      while ((list[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = list[i] as number;
        list[i] = list[j] as number;
        list[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return list[k] as number;
  }
  return list[k] as number;
}
