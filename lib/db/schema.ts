/**
 * The whole IndexedDB schema of Balans, in one place. Each version's migration is a
 * function of its own, run in order, and each is tested from a fixture of the version before.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { DayFigures, TrackerEvent } from '../model/types';
import type { PromptRecord } from '../prompts/types';
import { type MonthRecord, monthRecords } from '../stats/months';
import type { DayTimeline } from '../stats/timeline';
import type { Checkin, PauseRecord } from '../stats/types';

export const DB_NAME = 'balans';
export const DB_VERSION = 5;

/** A raw event as stored: the time fed to the engine, the clock's own reading and the zone. */
export type StoredEvent = TrackerEvent & {
  id?: number;
  /** The clock's reading where it differs from `at` (the clock was set back); left out otherwise. */
  realAt?: number;
  /** IANA zone in effect when the event happened. */
  zone: string;
  /**
   * A heartbeat tick may stand for a run of ticks, stored compactly: `runCount` ticks from `at`
   * to `runTo`, none more than two heartbeats apart (so spacing them evenly changes no figure).
   */
  runTo?: number;
  runCount?: number;
};

export interface BalansDB extends DBSchema {
  /** Raw tracker events, kept 30 days. */
  /** Keys grow with time and `at` never goes back, so the key order is the time order (no index since version 4). */
  events: { key: number; value: StoredEvent };
  /** Derived figures per local day, kept for years. */
  days: { key: string; value: DayFigures };
  /** Every prompt offered and what came of it (version 2). */
  prompts: { key: string; value: PromptRecord; indexes: { 'by-offered': number } };
  /** The timeline, one compact record per local day, kept for years (version 3). */
  timeline: { key: string; value: DayTimeline };
  /**
   * Settled days with what the progress page needs, and each date's prompt tally, one record
   * per calendar month (version 5; day summaries had a store of their own in versions 3 and 4).
   */
  months: { key: string; value: MonthRecord };
  /** Weekly check-ins, by ISO week (version 3). */
  checkins: { key: string; value: Checkin };
  /** Pauses of prompts, by start (version 3). */
  pauses: { key: number; value: PauseRecord };
}

type UpgradeTx = IDBPTransaction<BalansDB, StoreNames<BalansDB>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<BalansDB>, tx: UpgradeTx) => void | Promise<void>;

/** The stores of earlier versions that are gone now, as the migrations still meet them. */
type Retired = 'summaries';
type LegacyDB = IDBPDatabase<BalansDB> & { deleteObjectStore(name: Retired): void };

/** migrations[n] brings a database from version n to n + 1. */
export const migrations: Migration[] = [
  (db) => {
    const events = db.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
    events.createIndex('by-at' as never, 'at');
    db.createObjectStore('days', { keyPath: 'date' });
  },
  (db) => {
    db.createObjectStore('prompts', { keyPath: 'id' }).createIndex('by-offered', 'offeredAt');
  },
  (db) => {
    db.createObjectStore('timeline', { keyPath: 'date' });
    db.createObjectStore('summaries' as never, { keyPath: 'date' });
    db.createObjectStore('checkins', { keyPath: 'week' });
    db.createObjectStore('pauses', { keyPath: 'from' });
  },
  (_db, tx) => {
    // The key order is already the time order; the index only took space (about a third of the raw events').
    tx.objectStore('events').deleteIndex('by-at' as never);
  },
  async (db, tx) => {
    // Day summaries and prompts are folded into one record a month: the progress page reads a
    // year as twelve records. Prompts are dated in the browser's zone, the tracker's default.
    const summaries = await tx.objectStore('summaries' as never).getAll();
    const prompts = await tx.objectStore('prompts').getAll();
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const months = db.createObjectStore('months', { keyPath: 'month' });
    for (const record of monthRecords(summaries, prompts, zone)) void months.put(record);
    (db as LegacyDB).deleteObjectStore('summaries');
  },
];

export async function openBalansDB(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<BalansDB>> {
  const db: IDBPDatabase<BalansDB> = await openDB<BalansDB>(name, version, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      // A migration that reads waits only on requests of the upgrade's own transaction, which keeps
      // it open. idb ignores the promise this returns: a failure must abort the upgrade itself, or
      // the half-done version would be kept (and the old stores' data lost).
      try {
        for (let v = oldVersion; v < version; v++) await migrations[v]?.(db, tx);
      } catch (error) {
        console.error('Balans: the database upgrade failed; it is left at its old version', error);
        // The open request fails with the abort; the transaction's own promise is not waited on.
        tx.done.catch(() => undefined);
        tx.abort();
      }
    },
    // A page or worker still holding the previous version would block the upgrade for good.
    blocking() {
      db.close();
    },
  });
  return db;
}
