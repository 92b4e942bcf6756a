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
import { localDate, nextDate, zoneFormatter } from '../model/local-days';
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

/** What the prompts of one local day add to the figures (see the rules at the top of this file). */
export interface PromptTally {
  prompts: OutcomeCounts;
  extraMoves: number;
  byFamily: Partial<Record<Family, number>>;
  byRegion: Partial<Record<Region, number>>;
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

export function emptyOutcomeCounts(): OutcomeCounts {
  return { offered: 0, done: 0, partly: 0, skipped: 0, snoozed: 0, unanswered: 0 };
}

function emptyTally(): PromptTally {
  return { prompts: emptyOutcomeCounts(), extraMoves: 0, byFamily: {}, byRegion: {} };
}

/** Adds one prompt to a tally; a prompt still open counts nothing yet. */
function addPrompt(tally: PromptTally, prompt: PromptRecord): void {
  const outcome = prompt.outcome;
  if (outcome === null) return;
  const completed = outcome === 'done' || outcome === 'partly';
  if (prompt.reason === 'limit') {
    tally.prompts.offered += 1;
    tally.prompts[outcome] += 1;
  } else if (completed) {
    tally.extraMoves += 1;
  }
  if (!completed) return;
  const entry = entryOf(prompt.entryId);
  if (!entry) return;
  tally.byFamily[entry.family] = (tally.byFamily[entry.family] ?? 0) + 1;
  for (const region of entry.regions) tally.byRegion[region] = (tally.byRegion[region] ?? 0) + 1;
}

/** A catalogue entry's family and its regions, each once; looked up once per entry id. */
const entries = new Map<string, { family: Family; regions: Region[] } | null>();
function entryOf(id: string): { family: Family; regions: Region[] } | null {
  let entry = entries.get(id);
  if (entry === undefined) {
    const meta = findMeta(id);
    entry = meta ? { family: meta.family, regions: [...new Set(meta.regions)] } : null;
    entries.set(id, entry);
  }
  return entry;
}

/** Adds `part` into `total`. */
function addTally(total: PromptTally, part: PromptTally): void {
  const counts = total.prompts;
  counts.offered += part.prompts.offered;
  counts.done += part.prompts.done;
  counts.partly += part.prompts.partly;
  counts.skipped += part.prompts.skipped;
  counts.snoozed += part.prompts.snoozed;
  counts.unanswered += part.prompts.unanswered;
  total.extraMoves += part.extraMoves;
  for (const [family, n] of Object.entries(part.byFamily) as [Family, number][]) {
    total.byFamily[family] = (total.byFamily[family] ?? 0) + n;
  }
  for (const [region, n] of Object.entries(part.byRegion) as [Region, number][]) {
    total.byRegion[region] = (total.byRegion[region] ?? 0) + n;
  }
}

const WALL_PARTS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};

const DAY_MS = 86_400_000;

/** How an `en-US` formatter with WALL_PARTS writes an instant, e.g. "5/18/2026, 09:30:00". */
const WALL_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

/** The zone's offset from UTC at an instant (ms), from the local wall-clock time Intl gives. */
function offsetAt(at: number, timeZone: string): number {
  const formatter = zoneFormatter(timeZone, WALL_PARTS);
  // The text is read where it has the usual shape (`format` costs a fraction of `formatToParts`).
  const text = WALL_TEXT.exec(formatter.format(at));
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  if (text) {
    [parts.month, parts.day, parts.year, parts.hour, parts.minute, parts.second] = text.slice(1).map(Number);
  } else {
    for (const part of formatter.formatToParts(at)) parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - (at - (((at % 1000) + 1000) % 1000));
}

/**
 * `localDate` for many instants, such as a prompt log, with a fraction of the Intl work: the
 * zone's offset is read at the start and the end of each UTC day met (the end is the next
 * day's start: one reading a day in time order), and where the two agree it holds for the
 * whole day, since no zone changes its clock twice within a day; else the instant's own offset
 * is read. The local date is the UTC date of the instant moved by its offset.
 */
export function localDater(timeZone: string): (at: number) => string {
  let lastAt = Number.NaN;
  let lastOffset = 0;
  const offsetOn = (at: number) => {
    if (at !== lastAt) {
      lastOffset = offsetAt(at, timeZone);
      lastAt = at;
    }
    return lastOffset;
  };
  let day = Number.NaN;
  let dayOffset: number | null = null;
  let lastDay = Number.NaN;
  let lastDate = '';
  return (at) => {
    const start = Math.floor(at / DAY_MS) * DAY_MS;
    if (start !== day) {
      day = start;
      const first = offsetOn(start);
      dayOffset = offsetOn(start + DAY_MS) === first ? first : null;
    }
    const localDay = Math.floor((at + (dayOffset ?? offsetAt(at, timeZone))) / DAY_MS);
    if (localDay !== lastDay) {
      lastDay = localDay;
      const local = new Date(localDay * DAY_MS);
      const year = local.getUTCFullYear();
      // Four-digit years only: toISOString writes others differently.
      lastDate = year >= 1000 && year <= 9999 ? local.toISOString().slice(0, 10) : localDate(at, timeZone);
    }
    return lastDate;
  };
}

/** Indexes summaries by date and tallies prompts (one per id) by the local date of `offeredAt`. */
export function indexRecords(
  summaries: readonly DaySummary[],
  prompts: readonly PromptRecord[],
  timeZone: string,
): StatsIndex {
  const byDate = new Map<string, DaySummary>();
  for (const summary of summaries) byDate.set(summary.date, summary);
  const byId = new Map<string, PromptRecord>();
  for (const prompt of prompts) byId.set(prompt.id, prompt);
  const dateOf = localDater(timeZone);
  const tallies = new Map<string, PromptTally>();
  for (const prompt of byId.values()) {
    const date = dateOf(prompt.offeredAt);
    let tally = tallies.get(date);
    if (!tally) {
      tally = emptyTally();
      tallies.set(date, tally);
    }
    addPrompt(tally, prompt);
  }
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

/**
 * The median of the numbers of several lists together (a period's days' bout pieces). Linear:
 * bout pieces are whole seconds, so many of them are counted per second; other numbers are
 * copied and partly sorted by selection. (A sort of five years of bout pieces, 200,000, takes
 * tens of ms in a page's first run.)
 */
function medianOfLists(lists: readonly (readonly number[])[]): number | null {
  let count = 0;
  for (const list of lists) count += list.length;
  if (count === 0) return null;
  const mid = count >> 1;
  let max = 0;
  let countable = true;
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const value = list[i] as number;
      // Not a whole number of seconds, or too spread out to count: select instead.
      if (!(Number.isInteger(value) && value >= 0 && value < 4 * count)) countable = false;
      else if (value > max) max = value;
    }
  }
  if (!countable) {
    const all = new Float64Array(count);
    let offset = 0;
    for (const list of lists) {
      all.set(list, offset);
      offset += list.length;
    }
    return selectMedian(all, mid);
  }
  const counts = new Uint32Array(max + 1);
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const value = list[i] as number;
      counts[value] = (counts[value] as number) + 1;
    }
  }
  let seen = 0;
  let lower = -1;
  for (let value = 0; value <= max; value++) {
    seen += counts[value] as number;
    if (lower < 0 && seen >= mid) lower = value;
    if (seen > mid) return count % 2 === 1 ? value : (lower + value) / 2;
  }
  return null;
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
