/**
 * Each schema upgrade, from a stored fixture of the version before: the data survives and
 * the new stores and indexes are there.
 */
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_VERSION, openBalansDB } from '@/lib/db/schema';
import v1 from '../../fixtures/db-v1.json';
import v2 from '../../fixtures/db-v2.json';
import v4 from '../../fixtures/db-v4.json';

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
  it('is at version 5', () => {
    expect(DB_VERSION).toBe(5);
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

  it('4 → 5 folds the day summaries and the prompts into one record a month, and drops the summaries store', async () => {
    await seed(4, v4);
    const db = await openBalansDB(NAME, 5);
    const months = await db.getAll('months');
    expect(months.map((month) => month.month)).toEqual(['2026-04', '2026-05']);
    const [april, may] = months;
    expect(april?.summaries).toEqual([v4.summaries[0]]);
    expect(may?.summaries).toEqual([v4.summaries[1], v4.summaries[2]]);
    // 30 April: one schedule prompt, partly done. 18 May: two schedule prompts (done, skipped) and
    // one asked for and done. The prompt of 19 May is still open: it counts nothing yet.
    expect(Object.keys(april?.tallies ?? {})).toEqual(['2026-04-30']);
    expect(april?.tallies['2026-04-30']?.prompts).toMatchObject({ offered: 1, partly: 1 });
    expect(Object.keys(may?.tallies ?? {})).toEqual(['2026-05-18']);
    expect(may?.tallies['2026-05-18']).toMatchObject({
      prompts: { offered: 2, done: 1, skipped: 1 },
      extraMoves: 1,
      byFamily: { 'upper-back': 2 },
    });
    // Everything else is as it was.
    expect(await db.getAll('prompts')).toEqual(v4.prompts);
    expect(await db.getAll('events')).toEqual(v4.events);
    expect(await db.getAll('checkins')).toEqual(v4.checkins);
    expect(await db.getAll('pauses')).toEqual(v4.pauses);
    db.close();
    expect(await storesOf(5)).toEqual([
      'checkins',
      'days',
      'events',
      'months',
      'pauses',
      'prompts',
      'timeline',
    ]);
  });

  it('4 → 5 that fails half-way leaves the database at version 4, its summaries kept', async () => {
    // An instant no Date can hold: dating the prompt throws in the middle of the migration.
    const broken = { ...v4.prompts[0], id: 'broken', offeredAt: 9e15 };
    await seed(4, { ...v4, prompts: [...v4.prompts, broken] });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(openBalansDB(NAME, 5)).rejects.toThrow();
    expect(error).toHaveBeenCalled();
    const db = await openDB(NAME);
    expect(db.version).toBe(4);
    expect(await db.getAll('summaries' as never)).toEqual(v4.summaries);
    db.close();
  });

  it('1 → 5 in one go runs every migration', async () => {
    await seed(1, v1);
    const db = await openBalansDB(NAME, 5);
    expect(await db.getAll('events')).toEqual(v1.events);
    expect(await db.count('prompts')).toBe(0);
    expect(await db.count('months')).toBe(0);
    db.close();
    expect(await storesOf(5)).toHaveLength(7);
  });
});
