import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openHistory } from '@/lib/db/history';
import { IDLE_NOTICE_SECONDS } from '@/lib/tracker/record';
import {
  createWorld,
  day,
  drive,
  eventsInDb,
  figures,
  idle,
  local,
  report,
  resetWorld,
  start,
  storedRecord,
  tick,
  ticks,
} from './harness';

const noHistory = { openHistory: async () => null };

describe('without IndexedDB (Firefox with history disabled)', () => {
  beforeEach(resetWorld);

  it('counts on, says so in the record and keeps settled days in it', async () => {
    const world = createWorld(local('23:50'));
    const service = world.service(noHistory);
    await drive(world, service, [
      start(local('23:50')),
      ...ticks(local('23:50'), local('23:59')),
      ...ticks(local('23:59'), local('00:04', '2026-05-20')),
      report(local('00:05', '2026-05-20'), 'standing'),
      ...ticks(local('00:05', '2026-05-20'), local('00:09', '2026-05-20')),
      report(local('00:10', '2026-05-20'), 'sitting'),
      tick(local('00:11', '2026-05-20')),
    ]);

    const record = await storedRecord();
    expect(record?.historyAvailable).toBe(false);
    // The bout 23:50-00:05 is split at midnight; its break counts on the day it stopped.
    expect(record?.fallbackDays).toEqual([
      day('2026-05-19', { sittingSeconds: 600, longestBoutSeconds: 600 }),
    ]);
    expect((await figures(world, service)).days).toEqual([
      day('2026-05-20', { sittingSeconds: 360, standingSeconds: 300, breaks: 1, longestBoutSeconds: 300 }),
    ]);
    expect(await service.storedEvents()).toEqual([]);
    expect(await eventsInDb()).toEqual([]);
    expect(record?.presenceSettledSeconds).toBe(600);
  });

  it('keeps only the last 14 settled days', async () => {
    const world = createWorld(local('09:00', '2026-05-01'));
    const service = world.service(noHistory);
    await drive(world, service, [start(local('09:00', '2026-05-01'))]);
    for (let date = 2; date <= 17; date++) {
      const d = `2026-05-${String(date).padStart(2, '0')}`;
      // Each morning the person comes back after a night the browser could not see.
      await drive(world, service, [idle(local('09:00', d), 'active'), tick(local('09:01', d))]);
    }
    const days = (await storedRecord())?.fallbackDays ?? [];
    expect(days.map((figures) => figures.date)).toEqual(
      Array.from({ length: 14 }, (_, i) => `2026-05-${String(i + 3).padStart(2, '0')}`),
    );
    // 09:00-09:02 sitting (to the tick, then one heartbeat); the rest of the day untracked.
    expect(days[0]).toEqual(
      day('2026-05-03', {
        sittingSeconds: 120,
        // 00:00-09:00 and 09:02-24:00, both inside the nightly gaps.
        untrackedSeconds: 86_400 - 120,
        breaks: 1,
        longestBoutSeconds: 120,
      }),
    );
  });

  it('the real openHistory gives null, with a warning, where indexedDB.open throws', async () => {
    const broken = {
      open() {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
        );
      },
    };
    globalThis.indexedDB = broken as unknown as typeof globalThis.indexedDB;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await openHistory()).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

describe('the "idle detection does not seem to work" inputs', () => {
  beforeEach(resetWorld);

  it('no idle state in 8.5 hours of presence: idleEverSeen stays false; one idle state sets it', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, [start(local('09:00')), ...ticks(local('09:00'), local('17:30'))]);
    let record = await storedRecord();
    expect(record?.idleEverSeen).toBe(false);
    expect(record?.lastIdleState).toBe('active');
    const now = await figures(world, service);
    expect(now.days[0]?.sittingSeconds).toBe(8.5 * 3600);
    expect(now.days[0]?.sittingSeconds).toBeGreaterThan(IDLE_NOTICE_SECONDS);

    await drive(world, service, [idle(local('17:30:30'), 'idle')]);
    record = await storedRecord();
    expect(record?.idleEverSeen).toBe(true);
    expect(record?.lastIdleState).toBe('idle');
  });

  it.each(['idle', 'locked'] as const)('a start with state %s sets idleEverSeen', async (state) => {
    const world = createWorld(local('09:00'));
    world.idleState = state;
    await drive(world, world.service(), [start(local('09:00'))]);
    expect((await storedRecord())?.idleEverSeen).toBe(true);
  });

  it('presenceSettledSeconds grows by the presence of each day that settles', async () => {
    const world = createWorld(local('09:00'));
    await drive(world, world.service(), [start(local('09:00')), ...ticks(local('09:00'), local('17:00'))]);
    expect((await storedRecord())?.presenceSettledSeconds).toBe(0);

    // The browser closes at 17:00 and starts the next morning.
    await fakeBrowser.storage.session.clear();
    const morning = world.service();
    await drive(world, morning, [start(local('08:00', '2026-05-20'))]);
    let record = await storedRecord();
    // 09:00-17:01: eight hours of ticks and one heartbeat after the last one.
    expect(record?.presenceSettledSeconds).toBe(8 * 3600 + 60);
    expect(record?.idleEverSeen).toBe(false);

    await drive(world, morning, [
      ...ticks(local('08:00', '2026-05-20'), local('09:00', '2026-05-20')),
      report(local('09:00', '2026-05-20'), 'standing'),
    ]);
    await fakeBrowser.storage.session.clear();
    await drive(world, world.service(), [start(local('08:00', '2026-05-21'))]);
    record = await storedRecord();
    // Day two: 08:00-09:00 sitting and 09:00-09:01 standing (a heartbeat after the report).
    expect(record?.presenceSettledSeconds).toBe(8 * 3600 + 60 + 3600 + 60);
  });
});
