import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHistory, type History } from '@/lib/db/history';
import { type BalansDB, openBalansDB, type StoredEvent } from '@/lib/db/schema';
import { isStoredEvent } from '@/lib/db/validate';
import type { DayFigures } from '@/lib/model/types';
import type { PromptRecord } from '@/lib/prompts/types';
import type { DaySummary } from '@/lib/stats/types';

const T = Date.parse('2026-05-19T07:00:00Z');
const ZONE = 'Europe/Amsterdam';

function day(date: string, sittingSeconds: number): DayFigures {
  return {
    date,
    sittingSeconds,
    standingSeconds: 0,
    movingSeconds: 0,
    awaySeconds: 0,
    untrackedSeconds: 0,
    breaks: 0,
    longestBoutSeconds: sittingSeconds,
    boutsOver30: 0,
  };
}

let db: IDBPDatabase<BalansDB>;
let history: History;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
  db = await openBalansDB();
  history = createHistory(db);
  return () => db.close();
});

describe('events', () => {
  it('are given ids in order and read back by time from `since` on', async () => {
    const ids = [
      await history.addEvent({ type: 'start', at: T, state: 'active', realAt: T, zone: ZONE }),
      await history.addEvent({ type: 'tick', at: T + 60_000, realAt: T + 60_000, zone: ZONE }),
      await history.addEvent({
        type: 'report',
        at: T + 90_000,
        posture: 'standing',
        realAt: T + 90_000,
        zone: ZONE,
      }),
    ];
    expect(ids).toEqual([1, 2, 3]);
    expect((await history.eventsSince(T + 60_000)).map((event) => event.id)).toEqual([2, 3]);
    expect(await history.eventsSince(T)).toHaveLength(3);
    expect(await history.eventsSince(T + 90_001)).toEqual([]);
  });

  it('at the same time come back in the order they were stored', async () => {
    // A clock set back: several events fed at the last time, with their real readings.
    for (const realAt of [T, T - 600_000, T - 540_000]) {
      await history.addEvent({ type: 'tick', at: T, realAt, zone: ZONE });
    }
    const events = await history.eventsSince(0);
    expect(events.map((event) => event.realAt)).toEqual([T, T - 600_000, T - 540_000]);
  });

  it('deleteEvent removes just that one', async () => {
    // Reports: ticks this close would join one run (see the run tests below).
    const first = await history.addEvent({
      type: 'report',
      posture: 'standing',
      at: T,
      realAt: T,
      zone: ZONE,
    });
    await history.addEvent({ type: 'report', posture: 'sitting', at: T + 1, realAt: T + 1, zone: ZONE });
    await history.deleteEvent(first);
    expect((await history.eventsSince(0)).map((event) => event.at)).toEqual([T + 1]);
  });

  it('an unreadable record is skipped with a warning, and nothing throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await history.addEvent({ type: 'tick', at: T, realAt: T, zone: ZONE });
    const junk: unknown[] = [
      { at: T + 1, type: 'nap', realAt: T + 1, zone: ZONE },
      { at: T + 2, type: 'idle', state: 'asleep', realAt: T + 2, zone: ZONE },
      { at: T + 3, type: 'tick', realAt: 'then', zone: ZONE },
      { at: T + 4, type: 'report', posture: 'lying', realAt: T + 4, zone: ZONE },
      { at: 'yesterday', type: 'tick', realAt: T, zone: ZONE },
    ];
    for (const record of junk) await db.add('events', record as StoredEvent);
    await history.addEvent({ type: 'end', at: T + 5, realAt: T + 5, zone: ZONE });

    const events = await history.eventsSince(0);
    expect(events.map((event) => event.type)).toEqual(['tick', 'end']);
    expect(warn).toHaveBeenCalledTimes(junk.length);
    warn.mockRestore();
  });
});

describe('isStoredEvent', () => {
  const base = { at: T, realAt: T, zone: ZONE };
  it.each([
    [{ ...base, type: 'start', state: 'active' }, true],
    [{ ...base, type: 'idle', state: 'locked' }, true],
    [{ ...base, type: 'tick' }, true],
    [{ ...base, type: 'end' }, true],
    [{ ...base, type: 'call', on: false }, true],
    [{ ...base, type: 'report', posture: 'moving' }, true],
    [{ ...base, type: 'idle', state: 'away' }, false],
    [{ ...base, type: 'call', on: 'yes' }, false],
    [{ ...base, type: 'report' }, false],
    [{ ...base, type: 'config' }, false],
    [{ type: 'tick', at: Number.NaN, realAt: T, zone: ZONE }, false],
    [{ type: 'tick', at: T, realAt: Number.POSITIVE_INFINITY, zone: ZONE }, false],
    [{ type: 'tick', at: T, realAt: T }, false],
    [null, false],
    ['tick', false],
  ])('%j: %s', (value, expected) => {
    expect(isStoredEvent(value)).toBe(expected);
  });
});

describe('days', () => {
  it('are replaced by date and read back between two dates', async () => {
    await history.putDays([day('2026-05-18', 100), day('2026-05-19', 200), day('2026-05-20', 300)]);
    await history.putDays([day('2026-05-19', 250)]);
    expect(await history.daysBetween('2026-05-19', '2026-05-20')).toEqual([
      day('2026-05-19', 250),
      day('2026-05-20', 300),
    ]);
    expect(await history.daysBetween('2026-06-01', '2026-06-30')).toEqual([]);
  });
});

function summary(date: string, sittingSeconds: number): DaySummary {
  return {
    ...day(date, sittingSeconds),
    workDay: true,
    workSittingSeconds: sittingSeconds,
    workPresentSeconds: sittingSeconds,
    workBreaks: 1,
    boutSeconds: [sittingSeconds],
    sittingByHour: new Array<number>(24).fill(0),
  };
}

function prompt(
  at: string,
  outcome: PromptRecord['outcome'],
  overrides: Partial<PromptRecord> = {},
): PromptRecord {
  const offeredAt = Date.parse(at);
  return {
    id: String(offeredAt),
    offeredAt,
    entryId: 'seated-twist',
    reason: 'limit',
    boutSeconds: 1800,
    channel: 'notification',
    outcome,
    snoozes: 0,
    reminded: false,
    ...overrides,
  };
}

describe('months: summaries and prompt tallies kept by month', () => {
  it('settled days join their month, a day settled again replaces its summary', async () => {
    await history.putSettled([summary('2026-05-31', 100), summary('2026-06-01', 200)], []);
    await history.putSettled([summary('2026-05-30', 300), summary('2026-05-31', 150)], []);
    const months = await history.monthsBetween('2026-05-01', '2026-06-30');
    expect(
      months.map((month) => [month.month, month.summaries.map((s) => [s.date, s.sittingSeconds])]),
    ).toEqual([
      [
        '2026-05',
        [
          ['2026-05-30', 300],
          ['2026-05-31', 150],
        ],
      ],
      ['2026-06', [['2026-06-01', 200]]],
    ]);
    expect((await history.summariesBetween('2026-05-31', '2026-06-01')).map((s) => s.date)).toEqual([
      '2026-05-31',
      '2026-06-01',
    ]);
  });

  it('a prompt written again as its outcome changes is counted once, with its last outcome', async () => {
    const offered = prompt('2026-05-18T10:00:00+02:00', null);
    await history.putPrompt(offered, ZONE);
    // Still open, it counts nothing yet: the month gets no record for it.
    expect(await history.monthsBetween('2026-05-18', '2026-05-18')).toEqual([]);
    await history.putPrompt({ ...offered, snoozes: 1 }, ZONE);
    await history.putPrompt({ ...offered, snoozes: 1, outcome: 'done' }, ZONE);
    await history.putPrompt(prompt('2026-05-18T15:00:00+02:00', 'skipped', { skipReason: 'not-now' }), ZONE);
    const [may] = await history.monthsBetween('2026-05-18', '2026-05-18');
    expect(may?.tallies['2026-05-18']?.prompts).toEqual({
      offered: 2,
      done: 1,
      partly: 0,
      skipped: 1,
      snoozed: 0,
      unanswered: 0,
    });
  });

  it('a prompt counts on the local date of the zone it is written in, also at a month edge', async () => {
    // 23:30 on 31 May in Amsterdam is 21:30 UTC; in Tokyo it is already 1 June.
    await history.putPrompt(prompt('2026-05-31T23:30:00+02:00', 'done'), ZONE);
    await history.putPrompt(prompt('2026-05-31T23:40:00+02:00', 'partly'), 'Asia/Tokyo');
    const months = await history.monthsBetween('2026-05-01', '2026-06-30');
    expect(months.map((month) => [month.month, Object.keys(month.tallies)])).toEqual([
      ['2026-05', ['2026-05-31']],
      ['2026-06', ['2026-06-01']],
    ]);
    expect(months[0]?.tallies['2026-05-31']?.prompts.done).toBe(1);
    expect(months[1]?.tallies['2026-06-01']?.prompts.partly).toBe(1);
  });

  it('a prompt keeps the date it was offered on when the zone changes later', async () => {
    // 20:00 on 31 May in Amsterdam; then, in Tokyo, 09:00 on 1 June (Tokyo's 1 June began at
    // 17:00 Amsterdam time on 31 May, so it holds the first prompt's instant too).
    await history.putPrompt({ ...prompt('2026-05-31T20:00:00+02:00', 'done'), date: '2026-05-31' }, ZONE);
    await history.putPrompt(
      { ...prompt('2026-06-01T09:00:00+09:00', 'done'), date: '2026-06-01' },
      'Asia/Tokyo',
    );
    const months = await history.monthsBetween('2026-05-01', '2026-06-30');
    expect(
      months.flatMap((month) => Object.entries(month.tallies).map(([date, t]) => [date, t.prompts.done])),
    ).toEqual([
      ['2026-05-31', 1],
      ['2026-06-01', 1],
    ]);
  });

  it('a day settling after its prompts keeps their tally', async () => {
    await history.putPrompt(prompt('2026-05-18T10:00:00+02:00', 'done'), ZONE);
    await history.putSettled([summary('2026-05-18', 100)], []);
    const [may] = await history.monthsBetween('2026-05-18', '2026-05-18');
    expect(may?.summaries).toHaveLength(1);
    expect(may?.tallies['2026-05-18']?.prompts.done).toBe(1);
  });
});

describe('runs of heartbeat ticks', () => {
  it('ticks less than two heartbeats apart are one record, given back tick by tick', async () => {
    const MINUTE = 60_000;
    const tick = (at: number) => ({ type: 'tick' as const, at, zone: ZONE });
    await history.addEvent({ type: 'start', state: 'active', at: T, realAt: T, zone: ZONE });
    for (let k = 1; k <= 5; k++) await history.addEvent(tick(T + k * MINUTE));
    // A gap of three minutes starts a new run.
    await history.addEvent(tick(T + 8 * MINUTE));
    await history.addEvent(tick(T + 9 * MINUTE));
    const db = await openBalansDB();
    expect(await db.count('events')).toBe(3);
    db.close();
    expect((await history.eventsSince(0)).map((event) => (event.at - T) / MINUTE)).toEqual([
      0, 1, 2, 3, 4, 5, 8, 9,
    ]);
  });

  it('a tick whose clock was set back is kept on its own, with its real reading', async () => {
    await history.addEvent({ type: 'tick', at: T, zone: ZONE });
    await history.addEvent({ type: 'tick', at: T + 60_000, realAt: T - 600_000, zone: ZONE });
    const events = await history.eventsSince(0);
    expect(events.map((event) => event.realAt)).toEqual([T, T - 600_000]);
  });
});
