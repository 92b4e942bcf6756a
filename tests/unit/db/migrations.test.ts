/**
 * Each schema upgrade, from a stored fixture of the version before: the data survives and
 * the new stores and indexes are there.
 */
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, openBalansDB } from '@/lib/db/schema';
import v1 from '../../fixtures/db-v1.json';
import v2 from '../../fixtures/db-v2.json';

const NAME = 'balans-migration-test';

/** A database at `version`, filled with a fixture of that version. */
async function seed(version: number, fixture: Record<string, unknown[]>) {
  const db = await openBalansDB(NAME, version);
  for (const [store, records] of Object.entries(fixture)) {
    const tx = db.transaction(store as never, 'readwrite');
    for (const record of records) await tx.store.put(record as never);
    await tx.done;
  }
  db.close();
}

async function storesOf(version: number) {
  const db = await openDB(NAME, version);
  const names = [...db.objectStoreNames].sort();
  db.close();
  return names;
}

afterEach(() => deleteDB(NAME));

describe('schema upgrades', () => {
  it('is at version 4', () => {
    expect(DB_VERSION).toBe(4);
  });

  it('1 → 2 keeps events and days and adds prompts with its by-offered index', async () => {
    await seed(1, v1);
    const db = await openBalansDB(NAME, 2);
    expect(await db.getAll('events')).toEqual(v1.events);
    expect(await db.getAll('days')).toEqual(v1.days);
    expect(db.transaction('prompts').store.indexNames.contains('by-offered')).toBe(true);
    db.close();
    expect(await storesOf(2)).toEqual(['days', 'events', 'prompts']);
  });

  it('2 → 3 keeps everything and adds the timeline, summaries, check-ins and pauses', async () => {
    await seed(2, v2);
    const db = await openBalansDB(NAME, 3);
    expect(await db.getAll('events')).toEqual(v2.events);
    expect(await db.getAll('days')).toEqual(v2.days);
    expect(await db.getAll('prompts')).toEqual(v2.prompts);
    expect(await db.getAllFromIndex('prompts', 'by-offered')).toEqual(v2.prompts);
    db.close();
    expect(await storesOf(3)).toEqual([
      'checkins',
      'days',
      'events',
      'pauses',
      'prompts',
      'summaries',
      'timeline',
    ]);
  });

  it('3 → 4 keeps the events, in time order by key, and drops their by-at index', async () => {
    await seed(3, { events: v2.events, prompts: v2.prompts });
    const db = await openBalansDB(NAME, 4);
    expect(await db.getAll('events')).toEqual(v2.events);
    expect([...db.transaction('events').store.indexNames]).toEqual([]);
    expect(db.transaction('prompts').store.indexNames.contains('by-offered')).toBe(true);
    db.close();
  });

  it('a connection still open at the old version gives way to the upgrade', async () => {
    const old = await openBalansDB(NAME, 3);
    const upgraded = await openBalansDB(NAME, 4);
    expect(upgraded.version).toBe(4);
    upgraded.close();
    old.close();
  });

  it('1 → 4 in one go runs every migration', async () => {
    await seed(1, v1);
    const db = await openBalansDB(NAME, 4);
    expect(await db.getAll('events')).toEqual(v1.events);
    expect(await db.count('prompts')).toBe(0);
    db.close();
    expect(await storesOf(4)).toHaveLength(7);
  });
});
