import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHistory } from '@/lib/db/history';
import { DB_NAME, DB_VERSION, migrations, openBalansDB, type StoredEvent } from '@/lib/db/schema';
import type { DayFigures } from '@/lib/model/types';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-30T12:00:00Z');

/** Ends, not ticks: ticks close together would join one run. */
function event(at: number, type: 'tick' | 'end' = 'end'): StoredEvent {
  return { type, at, realAt: at, zone: 'Europe/Amsterdam' };
}

function figures(date: string): DayFigures {
  return {
    date,
    sittingSeconds: 60,
    standingSeconds: 0,
    movingSeconds: 0,
    awaySeconds: 0,
    untrackedSeconds: 0,
    breaks: 0,
    longestBoutSeconds: 60,
    boutsOver30: 0,
  };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
});

describe('the schema', () => {
  it('has one migration per version', () => {
    expect(migrations).toHaveLength(DB_VERSION);
  });

  it('version 1 from an empty database creates the stores and the by-at index', async () => {
    const db = await openBalansDB(DB_NAME, 1);
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames].sort()).toEqual(['days', 'events']);

    const tx = db.transaction(['events', 'days']);
    const events = tx.objectStore('events');
    expect(events.keyPath).toBe('id');
    expect(events.autoIncrement).toBe(true);
    expect([...events.indexNames]).toEqual(['by-at']);
    const byAt = events.index('by-at' as never);
    expect(byAt.keyPath).toBe('at');
    expect(byAt.unique).toBe(false);
    const days = tx.objectStore('days');
    expect(days.keyPath).toBe('date');
    expect(days.autoIncrement).toBe(false);
    await tx.done;
    db.close();
  });

  it('opening again at the same version keeps what is stored', async () => {
    const first = await openBalansDB();
    await createHistory(first).addEvent(event(NOW));
    first.close();
    const again = await openBalansDB();
    expect(again.version).toBe(DB_VERSION);
    expect(await again.count('events')).toBe(1);
    again.close();
  });

  it('a version-1 database upgraded to the current version keeps its events and days (the by-at index goes in version 4)', async () => {
    const v1 = await openBalansDB(DB_NAME, 1);
    const history = createHistory(v1);
    await history.addEvent(event(NOW - DAY));
    await history.addEvent(event(NOW));
    await history.putDays([figures('2026-06-29')]);
    v1.close();

    const current = await openBalansDB();
    expect(current.version).toBe(DB_VERSION);
    expect(await current.count('events')).toBe(2);
    expect([...current.transaction('events').store.indexNames]).toEqual([]);
    expect(await createHistory(current).eventsSince(NOW)).toHaveLength(1);
    expect(await current.get('days', '2026-06-29')).toEqual(figures('2026-06-29'));
    current.close();
  });
});

describe('pruneEvents', () => {
  it.each([
    ['all younger', [1, 5, 29], 0],
    ['some older', [31, 30.5, 29.9, 10, 0], 2],
    ['all older', [45, 31, 40], 3],
  ])('%s: removes only events older than the cut-off', async (_name, ages, removed) => {
    const db = await openBalansDB();
    const history = createHistory(db);
    const cutOff = NOW - 30 * DAY;
    for (const age of ages) await history.addEvent(event(NOW - age * DAY));
    expect(await history.pruneEvents(cutOff)).toBe(removed);

    const left = (await db.getAll('events')).map((stored) => (NOW - stored.at) / DAY);
    expect(left).toEqual(ages.filter((age) => age <= 30));
    db.close();
  });

  it('keeps an event exactly at the cut-off', async () => {
    const db = await openBalansDB();
    const history = createHistory(db);
    const cutOff = NOW - 30 * DAY;
    await history.addEvent(event(cutOff - 1));
    await history.addEvent(event(cutOff));
    expect(await history.pruneEvents(cutOff)).toBe(1);
    expect((await db.getAll('events')).map((stored) => stored.at)).toEqual([cutOff]);
    db.close();
  });

  it('leaves the days alone', async () => {
    const db = await openBalansDB();
    const history = createHistory(db);
    await history.putDays([figures('2020-01-01')]);
    await history.addEvent(event(Date.parse('2020-01-01T09:00:00Z')));
    expect(await history.pruneEvents(NOW)).toBe(1);
    expect(await db.count('days')).toBe(1);
    db.close();
  });
});
