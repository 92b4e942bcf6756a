/**
 * Everything at once: reading every store for a backup, replacing every store from one, and
 * deleting it all. Each is one transaction over all stores, so a restore or a delete happens
 * whole or not at all.
 */
import type { IDBPDatabase, StoreNames } from 'idb';
import {
  type Backup,
  type BackupStores,
  type Contents,
  recordDate,
  STORE_NAMES,
  type StoreExtent,
  type StoreName,
} from '../backup/backup';
import type { BalansDB } from './schema';

// The backup must name exactly the stores of the schema: a store added to one and not the
// other fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const storesMatch: Same<StoreName, StoreNames<BalansDB>> = true;
void storesMatch;

const ALL = [...STORE_NAMES];

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
  const lists = await Promise.all(ALL.map((name) => (tx.objectStore(name) as unknown as AnyStore).getAll()));
  await tx.done;
  const stores = {} as Record<StoreName, unknown[]>;
  ALL.forEach((name, i) => {
    stores[name] = lists[i] ?? [];
  });
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
    ALL.map(async (name): Promise<StoreExtent> => {
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
  ALL.forEach((name, i) => {
    contents[name] = extents[i] ?? { count: 0, first: null, last: null };
  });
  return contents;
}

/**
 * Replaces every store with the backup's records in one readwrite transaction. Any failure
 * aborts it, and then nothing has changed. Resolves once the transaction has committed.
 */
export async function replaceAll(db: IDBPDatabase<BalansDB>, backup: Pick<Backup, 'stores'>): Promise<void> {
  const tx = db.transaction(ALL, 'readwrite');
  const requests: Promise<unknown>[] = [];
  try {
    for (const name of ALL) {
      const store = tx.objectStore(name) as unknown as AnyStore;
      requests.push(store.clear());
      for (const record of backup.stores[name]) requests.push(store.put(record));
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
