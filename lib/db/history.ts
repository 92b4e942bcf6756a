/**
 * The tracker's record on disk: raw events (30 days) and daily figures (years).
 * Every write resolves on the transaction's completion, so an event is durable before
 * anything is derived from it.
 */
import type { IDBPDatabase } from 'idb';
import { dayStart, localDate, nextDate } from '../model/local-days';
import type { DayFigures } from '../model/types';
import type { PromptRecord } from '../prompts/types';
import {
  daysOfMonths,
  type MonthRecord,
  monthOf,
  summariesByMonth,
  withSummaries,
  withTally,
} from '../stats/months';
import { tallyPrompts } from '../stats/tally';
import type { DayTimeline } from '../stats/timeline';
import type { Checkin, DaySummary, PauseRecord } from '../stats/types';
import { type BalansDB, openBalansDB, type StoredEvent } from './schema';
import { isStoredEvent } from './validate';

export const RAW_EVENT_DAYS = 30;
const DAY_MS = 86_400_000;

/** What the progress page reads of the history for a range of dates. */
export interface ProgressRecords {
  months: MonthRecord[];
  checkins: Checkin[];
  pauses: PauseRecord[];
}

export interface History {
  addEvent(event: StoredEvent): Promise<number>;
  deleteEvent(id: number): Promise<void>;
  /** Events with `at` from `since` on, in the order they were stored; unreadable records are skipped. */
  eventsSince(since: number): Promise<(StoredEvent & { realAt: number })[]>;
  putDays(days: DayFigures[]): Promise<void>;
  daysBetween(first: string, last: string): Promise<DayFigures[]>;
  /**
   * Stores a prompt (a later record of the same id replaces it) and, in the same transaction,
   * the tally of its local date in `timeZone` (the tracker's), from every prompt of that date.
   */
  putPrompt(prompt: PromptRecord, timeZone: string): Promise<void>;
  /** Stores settled days: their summaries (in their months' records) and timelines, in one transaction. */
  putSettled(summaries: DaySummary[], timelines: DayTimeline[]): Promise<void>;
  timelineBetween(first: string, last: string): Promise<DayTimeline[]>;
  /** The months holding the dates `first` through `last`, and every check-in and pause, in one transaction. */
  progressRecords(first: string, last: string): Promise<ProgressRecords>;
  /** The month records holding the dates `first` through `last`. */
  monthsBetween(first: string, last: string): Promise<MonthRecord[]>;
  summariesBetween(first: string, last: string): Promise<DaySummary[]>;
  putCheckin(checkin: Checkin): Promise<void>;
  checkins(): Promise<Checkin[]>;
  putPause(pause: PauseRecord): Promise<void>;
  /** Ends at `at` every pause still running then (a pause lifted early, or replaced by a new one). */
  endPauses(at: number): Promise<void>;
  pauses(): Promise<PauseRecord[]>;
  /** Removes raw events older than `before`. */
  pruneEvents(before: number): Promise<number>;
}

/** Ticks closer than two heartbeats (60 s) join a run: no gap can open between them. */
export const TICK_RUN_MAX_GAP_MS = 120_000;

/** Where a tick can extend the run stored last, the run as it becomes; else null. */
export function extendedRun(last: StoredEvent | undefined, tick: StoredEvent): StoredEvent | null {
  if (last?.type !== 'tick' || tick.type !== 'tick') return null;
  if (last.zone !== tick.zone || tick.realAt !== undefined || last.realAt !== undefined) return null;
  const lastAt = last.runTo ?? last.at;
  if (tick.at < lastAt || tick.at - lastAt > TICK_RUN_MAX_GAP_MS) return null;
  return { ...last, runTo: tick.at, runCount: (last.runCount ?? 1) + 1 };
}

/** The event with its clock reading filled in (stored only where it differs from `at`). */
function withRealAt(event: StoredEvent): StoredEvent & { realAt: number } {
  return { ...event, realAt: event.realAt ?? event.at };
}

/** A stored run given back as the ticks it stands for, evenly spaced from `at` to `runTo`. */
export function expandRun(record: StoredEvent): StoredEvent[] {
  const count = record.runCount ?? 1;
  if (record.type !== 'tick' || count < 2 || record.runTo === undefined) return [record];
  const { runTo, runCount: _count, ...tick } = record;
  const step = (runTo - record.at) / (count - 1);
  return Array.from({ length: count }, (_, k) => {
    const at = k === count - 1 ? runTo : Math.round(record.at + k * step);
    return { ...tick, at };
  });
}

export function createHistory(db: IDBPDatabase<BalansDB>): History {
  const monthsBetween = (first: string, last: string) =>
    db.getAll('months', IDBKeyRange.bound(monthOf(first), monthOf(last)));
  return {
    async addEvent(event) {
      const tx = db.transaction('events', 'readwrite');
      // Heartbeat ticks are most of the raw events: a run of them is kept as one record.
      const last = event.type === 'tick' ? (await tx.store.openCursor(null, 'prev'))?.value : undefined;
      const run = extendedRun(last, event);
      const id = run ? await tx.store.put(run) : await tx.store.add(event);
      await tx.done;
      return id;
    },
    async deleteEvent(id) {
      const tx = db.transaction('events', 'readwrite');
      await tx.store.delete(id);
      await tx.done;
    },
    async eventsSince(since) {
      // Key order is time order: walk back from the newest to the first one before `since`.
      const records: unknown[] = [];
      let cursor = await db.transaction('events').store.openCursor(null, 'prev');
      while (cursor) {
        const value: unknown = cursor.value;
        const end = isStoredEvent(value) ? (value.runTo ?? value.at) : Number.POSITIVE_INFINITY;
        if (end < since) break;
        records.push(value);
        cursor = await cursor.continue();
      }
      const events: (StoredEvent & { realAt: number })[] = [];
      for (const record of records.reverse()) {
        if (!isStoredEvent(record)) console.warn('Balans: skipped an unreadable event record', record);
        else for (const event of expandRun(record)) if (event.at >= since) events.push(withRealAt(event));
      }
      return events;
    },
    async putDays(days) {
      const tx = db.transaction('days', 'readwrite');
      for (const day of days) void tx.store.put(day);
      await tx.done;
    },
    async daysBetween(first, last) {
      return db.getAll('days', IDBKeyRange.bound(first, last));
    },
    async putPrompt(prompt, timeZone) {
      const tx = db.transaction(['prompts', 'months'], 'readwrite');
      const prompts = tx.objectStore('prompts');
      const months = tx.objectStore('months');
      void prompts.put(prompt);
      // The date's tally is counted again from its prompts: an outcome that changes (a snooze
      // that ends done) replaces the old count rather than adding to it. A prompt keeps the date
      // it was offered on, whatever zone the tracker is in later; every prompt of that date lies
      // within two days of the date's bounds in any zone (zones span 26 hours).
      const date = prompt.date ?? localDate(prompt.offeredAt, timeZone);
      const span = IDBKeyRange.bound(
        dayStart(date, timeZone) - 2 * DAY_MS,
        dayStart(nextDate(date), timeZone) + 2 * DAY_MS,
        false,
        true,
      );
      const nearby = await prompts.index('by-offered').getAll(span);
      const tally = tallyPrompts(nearby, timeZone).get(date);
      const next = tally && withTally(await months.get(monthOf(date)), date, tally);
      if (next) void months.put(next);
      await tx.done;
    },
    async putSettled(summaries, timelines) {
      const tx = db.transaction(['months', 'timeline'], 'readwrite');
      const months = tx.objectStore('months');
      for (const timeline of timelines) void tx.objectStore('timeline').put(timeline);
      for (const [month, days] of summariesByMonth(summaries)) {
        void months.put(withSummaries(await months.get(month), month, days));
      }
      await tx.done;
    },
    async timelineBetween(first, last) {
      return db.getAll('timeline', IDBKeyRange.bound(first, last));
    },
    monthsBetween,
    async progressRecords(first, last) {
      const tx = db.transaction(['months', 'checkins', 'pauses']);
      const [months, checkins, pauses] = await Promise.all([
        tx.objectStore('months').getAll(IDBKeyRange.bound(monthOf(first), monthOf(last))),
        tx.objectStore('checkins').getAll(),
        tx.objectStore('pauses').getAll(),
        tx.done,
      ]);
      return { months, checkins, pauses };
    },
    async summariesBetween(first, last) {
      return daysOfMonths(await monthsBetween(first, last), first, last).summaries;
    },
    async putCheckin(checkin) {
      await db.put('checkins', checkin);
    },
    checkins: () => db.getAll('checkins'),
    async putPause(pause) {
      await db.put('pauses', pause);
    },
    pauses: () => db.getAll('pauses'),
    async endPauses(at) {
      const tx = db.transaction('pauses', 'readwrite');
      // A pause that starts after `at` was set while the clock read later (it has since been set
      // back): it ends where it starts.
      let cursor = await tx.store.openCursor();
      while (cursor) {
        const pause = cursor.value;
        if (pause.until > at) void cursor.update({ ...pause, until: Math.max(pause.from, at) });
        cursor = await cursor.continue();
      }
      await tx.done;
    },
    async pruneEvents(before) {
      const tx = db.transaction('events', 'readwrite');
      let removed = 0;
      // Oldest first, in key order (which is time order), until one is young enough.
      let cursor = await tx.store.openCursor();
      while (cursor) {
        const value: unknown = cursor.value;
        const end = isStoredEvent(value) ? (value.runTo ?? value.at) : Number.NEGATIVE_INFINITY;
        if (end >= before) break;
        void cursor.delete();
        removed++;
        cursor = await cursor.continue();
      }
      await tx.done;
      return removed;
    },
  };
}

/** Opens the history, or null where IndexedDB is unavailable (Firefox with history disabled). */
export async function openHistory(): Promise<History | null> {
  try {
    return createHistory(await openBalansDB());
  } catch (error) {
    console.warn('Balans: IndexedDB is unavailable; history cannot be kept', error);
    return null;
  }
}
