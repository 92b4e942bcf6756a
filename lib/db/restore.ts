/**
 * Everything at once: reading every store for a backup, replacing every store from one, and
 * deleting it all. Each is one transaction over all stores, so a restore or a delete happens
 * whole or not at all. A backup lists day summaries as a store of their own; the database keeps
 * them by month with the prompts' tallies (`months`), which a restore makes again.
 */
import type { IDBPDatabase, StoreNames } from 'idb';
import {
  type Backup,
  type BackupStores,
  type Contents,
  extentOf,
  recordDate,
  STORE_NAMES,
  type StoreExtent,
  type StoreName,
} from '../backup/backup';
import { type MonthRecord, monthRecords } from '../stats/months';
import type { BalansDB } from './schema';

/** The backup's stores that are stores of the database as they are. */
type KeptAsIs = Exclude<StoreName, 'summaries'>;

// The backup must name exactly the stores of the schema (summaries kept by month): a store added
// to one and not the other fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const storesMatch: Same<KeptAsIs | 'months', StoreNames<BalansDB>> = true;
void storesMatch;

const AS_IS = STORE_NAMES.filter((name): name is KeptAsIs => name !== 'summaries');
const ALL: StoreNames<BalansDB>[] = [...AS_IS, 'months'];

/** The day summaries held by month records, in date order. */
function summariesOf(months: readonly MonthRecord[]) {
  return months.flatMap((month) => month.summaries);
}

/** A store seen without its record type, for the loops over all of them. */
interface AnyStore {
  clear(): Promise<void>;
  put(value: unknown): Promise<unknown>;
  getAll(): Promise<unknown[]>;
  count(): Promise<number>;
}

/** Every record of every store, as they are (for the backup). */
export async function readAll(db: IDBPDatabase<BalansDB>): Promise<BackupStores> {
  const tx = db.transaction(ALL, 'readonly');
  const [months, ...lists] = await Promise.all([
    tx.objectStore('months').getAll(),
    ...AS_IS.map((name) => (tx.objectStore(name) as unknown as AnyStore).getAll()),
  ]);
  await tx.done;
  const stores = {} as Record<StoreName, unknown[]>;
  AS_IS.forEach((name, i) => {
    stores[name] = lists[i] ?? [];
  });
  stores.summaries = summariesOf(months);
  return stores as unknown as BackupStores;
}

/** Stores whose records are ordered in time by an index rather than by their key. */
const TIME_INDEX: Partial<Record<StoreName, 'by-offered'>> = {
  prompts: 'by-offered',
};

/** How many records each store holds and the local dates of its first and last, read by cursor. */
export async function contentsOfDb(db: IDBPDatabase<BalansDB>, timeZone: string): Promise<Contents> {
  const tx = db.transaction(ALL, 'readonly');
  const extents = await Promise.all(
    STORE_NAMES.map(async (name): Promise<StoreExtent> => {
      if (name === 'summaries')
        return extentOf(name, summariesOf(await tx.objectStore('months').getAll()), timeZone);
      const store = tx.objectStore(name);
      const indexName = TIME_INDEX[name];
      const source = (indexName ? store.index(indexName as never) : store) as unknown as {
        count(): Promise<number>;
        openCursor(query: null, direction: IDBCursorDirection): Promise<{ value: unknown } | null>;
      };
      const count = await source.count();
      if (count === 0) return { count, first: null, last: null };
      const first = await source.openCursor(null, 'next');
      const last = await source.openCursor(null, 'prev');
      return {
        count,
        first: first ? recordDate(name, first.value, timeZone) : null,
        last: last ? recordDate(name, last.value, timeZone) : null,
      };
    }),
  );
  await tx.done;
  const contents = {} as Contents;
  STORE_NAMES.forEach((name, i) => {
    contents[name] = extents[i] ?? { count: 0, first: null, last: null };
  });
  return contents;
}

/**
 * Replaces every store with the backup's records in one readwrite transaction. Any failure
 * aborts it, and then nothing has changed. Resolves once the transaction has committed. The
 * prompts' tallies are counted by the local dates of `timeZone` (the tracker's).
 */
export async function replaceAll(
  db: IDBPDatabase<BalansDB>,
  backup: Pick<Backup, 'stores'>,
  timeZone: string,
): Promise<void> {
  const tx = db.transaction(ALL, 'readwrite');
  const requests: Promise<unknown>[] = [];
  try {
    const months = monthRecords(backup.stores.summaries, backup.stores.prompts, timeZone);
    const lists: [StoreNames<BalansDB>, readonly unknown[]][] = [
      ...AS_IS.map((name) => [name, backup.stores[name]] as [StoreNames<BalansDB>, readonly unknown[]]),
      ['months', months],
    ];
    for (const [name, records] of lists) {
      const store = tx.objectStore(name) as unknown as AnyStore;
      requests.push(store.clear());
      for (const record of records) requests.push(store.put(record));
    }
  } catch (error) {
    // A put that throws at once (a record without its key, a value that cannot be stored)
    // would otherwise let the clears before it commit.
    tx.abort();
    await Promise.allSettled([...requests, tx.done]);
    throw error;
  }
  // A request that fails later aborts the transaction by itself; Promise.all settles them all.
  await Promise.all([...requests, tx.done]);
}

/** Removes every record of every store in one transaction (the stores themselves stay). */
export async function deleteAll(db: IDBPDatabase<BalansDB>): Promise<void> {
  const tx = db.transaction(ALL, 'readwrite');
  await Promise.all([...ALL.map((name) => (tx.objectStore(name) as unknown as AnyStore).clear()), tx.done]);
}
