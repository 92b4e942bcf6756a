import { IDBFactory } from 'fake-indexeddb';
import { type IDBPDatabase, openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { type BackupStores, contentsOf, makeBackup, STORE_NAMES } from '@/lib/backup/backup';
import { contentsOfDb, deleteAll, readAll, replaceAll } from '@/lib/db/restore';
import { type BalansDB, DB_NAME, DB_VERSION, openBalansDB } from '@/lib/db/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { checkin, event, figures, NOW, prompt, sampleStores, summary, timeline, ZONE } from './fixture';

let db: IDBPDatabase<BalansDB>;

/** What the database holds before each test: other records than the sample backup's. */
function oldStores(): BackupStores {
  const at = Date.parse('2026-05-04T08:00:00Z');
  return {
    days: [figures('2026-05-04', 7200)],
    summaries: [summary('2026-05-04')],
    prompts: [prompt(at, { entryId: 'shoulder-rolls' })],
    timeline: [timeline('2026-05-04', Date.parse('2026-05-03T22:00:00Z'))],
    checkins: [checkin('2026-W19', at)],
    pauses: [{ from: at, until: at + 3_600_000 }],
    events: [event(10, at), event(11, at + 60_000)],
  };
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
  db = await openBalansDB();
  await replaceAll(db, { stores: oldStores() }, ZONE);
});

describe('readAll', () => {
  it('reads every record of every store', async () => {
    // getAll returns records in key order; the fixtures are written in key order.
    expect(await readAll(db)).toEqual(oldStores());
  });
});

describe('replaceAll', () => {
  it('replaces every store with the backup', async () => {
    const backup = makeBackup({ exportedAt: NOW, settings: DEFAULT_SETTINGS, stores: sampleStores() });
    await replaceAll(db, backup, ZONE);
    expect(await readAll(db)).toEqual(sampleStores());
  });

  it('keeps the day summaries by month with the tallies of the backup prompts, none of the old ones', async () => {
    await replaceAll(db, { stores: sampleStores() }, ZONE);
    const months = await db.getAll('months');
    expect(months.map((month) => month.month)).toEqual(['2026-06']);
    // Monday 29 June: a prompt done and one skipped; the third is still open and counts nothing.
    expect(Object.keys(months[0]?.tallies ?? {})).toEqual(['2026-06-29']);
    expect(months[0]?.tallies['2026-06-29']?.prompts).toMatchObject({ offered: 2, done: 1, skipped: 1 });
    expect(months[0]?.summaries.map((day) => day.date)).toEqual(['2026-06-28', '2026-06-29']);
  });

  it('keeps event ids, and later events are numbered after every id ever used', async () => {
    await replaceAll(db, { stores: { ...sampleStores(), events: [event(40, NOW - 60_000)] } }, ZONE);
    const id = await db.add('events', { type: 'tick', at: NOW, realAt: NOW, zone: ZONE });
    expect(id).toBe(41);
  });

  it.each([
    [
      'a record without its key (last store)',
      (stores: BackupStores) => {
        stores.events.push({ type: 'tick', at: NOW, realAt: NOW, zone: ZONE, id: Number.NaN });
      },
    ],
    [
      'a record without its key (first store)',
      (stores: BackupStores) => {
        stores.days.push({ ...figures('2026-06-30'), date: undefined as unknown as string });
      },
    ],
    [
      'a value that cannot be stored',
      (stores: BackupStores) => {
        (stores.prompts[1] as unknown as Record<string, unknown>).hook = () => 'not cloneable';
      },
    ],
    [
      'a record whose key cannot be read',
      (stores: BackupStores) => {
        stores.pauses.push({ from: { nested: true } as unknown as number, until: NOW });
      },
    ],
  ])('changes nothing when one put fails: %s', async (_name, breakIt) => {
    const before = await readAll(db);
    const stores = sampleStores();
    breakIt(stores);
    await expect(replaceAll(db, { stores }, ZONE)).rejects.toThrow();
    expect(await readAll(db)).toEqual(before);
    // The database is still usable afterwards.
    await replaceAll(db, { stores: sampleStores() }, ZONE);
    expect((await readAll(db)).prompts).toHaveLength(3);
  });

  it('changes nothing when a request fails after it was made (the transaction aborts)', async () => {
    // A unique index (a test-only version 4) makes the second prompt with the same exercise
    // fail with a ConstraintError: a request error reported later, not a throw.
    db.close();
    db = await openDB<BalansDB>(DB_NAME, DB_VERSION + 1, {
      upgrade(_db, _old, _new, tx) {
        tx.objectStore('prompts').createIndex('unique-entry' as never, 'entryId', { unique: true });
      },
    });
    const before = await readAll(db);
    await expect(replaceAll(db, { stores: sampleStores() }, ZONE)).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    expect(await readAll(db)).toEqual(before);
  });
});

describe('deleteAll', () => {
  it('empties every store in one go and leaves them usable', async () => {
    await deleteAll(db);
    const after = await readAll(db);
    for (const store of STORE_NAMES) expect(after[store]).toEqual([]);
    await replaceAll(db, { stores: sampleStores() }, ZONE);
    expect(await readAll(db)).toEqual(sampleStores());
  });
});

describe('contentsOfDb', () => {
  it('agrees with contentsOf over the same records', async () => {
    expect(await contentsOfDb(db, ZONE)).toEqual(contentsOf(oldStores(), ZONE));
    await replaceAll(db, { stores: sampleStores() }, ZONE);
    expect(await contentsOfDb(db, ZONE)).toEqual(contentsOf(sampleStores(), ZONE));
    await deleteAll(db);
    const empty = await contentsOfDb(db, ZONE);
    for (const store of STORE_NAMES) expect(empty[store]).toEqual({ count: 0, first: null, last: null });
  });
});
