import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  badge,
  createWorld,
  day,
  drive,
  eventsInDb,
  figures,
  local,
  resetWorld,
  start,
  storedRecord,
  ticks,
} from './harness';

describe('a stopped background', () => {
  beforeEach(resetWorld);

  it('woken mid-bout by a brand-new service loses nothing', async () => {
    const world = createWorld(local('09:00'));
    const a = world.service();
    await drive(world, a, [start(local('09:00')), ...ticks(local('09:00'), local('09:20'))]);
    expect((await figures(world, a)).currentBoutSeconds).toBe(1200);

    // The worker stops: its memory is gone; storage.local, storage.session and IndexedDB stay.
    const b = world.service();
    await drive(world, b, [start(local('09:20:20')), ...ticks(local('09:20'), local('09:30'))]);

    const now = await figures(world, b);
    expect(now.currentBoutSeconds).toBe(1800);
    expect(now.days).toEqual([
      day('2026-05-19', { sittingSeconds: 1800, longestBoutSeconds: 1800, boutsOver30: 1 }),
    ]);
    expect(await badge()).toBe('30');
    // The woken worker saw the same idle state, so it fed nothing of its own: no `start`.
    const types = (await eventsInDb()).map((event) => event.type);
    expect(types.filter((type) => type === 'start')).toHaveLength(1);
    expect(types).toHaveLength(1 + 20 + 10);
    expect((await storedRecord())?.workerStartedAt).toBe(local('09:20:20'));
  });

  it('woken while the idle state changed feeds that state', async () => {
    const world = createWorld(local('09:00'));
    await drive(world, world.service(), [start(local('09:00')), ...ticks(local('09:00'), local('09:20'))]);

    world.idleState = 'locked';
    const b = world.service();
    await drive(world, b, [start(local('09:20:30'))]);
    world.setNow(local('09:40'));

    const events = await eventsInDb();
    expect(events.at(-1)).toMatchObject({ type: 'idle', state: 'locked', at: local('09:20:30') });
    expect((await figures(world, b)).days).toEqual([
      day('2026-05-19', { sittingSeconds: 1230, awaySeconds: 1170, breaks: 1, longestBoutSeconds: 1230 }),
    ]);
  });

  it('after a browser start (storage.session cleared) feeds a start; the closed time is untracked', async () => {
    const world = createWorld(local('09:00'));
    await drive(world, world.service(), [start(local('09:00')), ...ticks(local('09:00'), local('09:20'))]);

    // The browser closes at about 09:20 and starts again at 10:00.
    await fakeBrowser.storage.session.clear();
    await fakeBrowser.alarms.clearAll();
    const c = world.service();
    await drive(world, c, [start(local('10:00')), ...ticks(local('10:00'), local('10:10'))]);

    const events = await eventsInDb();
    expect(events.filter((event) => event.type === 'start').map((event) => event.at)).toEqual([
      local('09:00'),
      local('10:00'),
    ]);
    const now = await figures(world, c);
    // Sitting 09:00-09:21 (one heartbeat after the last tick) and 10:00-10:10; 09:21-10:00 untracked.
    expect(now.days).toEqual([
      day('2026-05-19', {
        sittingSeconds: 1260 + 600,
        untrackedSeconds: 2340,
        breaks: 1,
        longestBoutSeconds: 1260,
      }),
    ]);
    expect(now.currentBoutSeconds).toBe(600);
    expect(await fakeBrowser.alarms.get('heartbeat')).toBeDefined();
  });

  it('re-applies the idle detection interval and asks for the idle state on every start', async () => {
    const world = createWorld(local('09:00'));
    for (const at of [local('09:00'), local('09:30')]) {
      const idlePort = { setDetectionInterval: vi.fn(), queryState: vi.fn(async () => 'active' as const) };
      world.setNow(at);
      await world.service({ idle: idlePort }).start();
      expect(idlePort.setDetectionInterval).toHaveBeenCalledWith(60);
      expect(idlePort.queryState).toHaveBeenCalledWith(60);
    }
  });
});

describe('a record removed from a page (delete all my data)', () => {
  beforeEach(resetWorld);

  it('is not written back from memory: counting starts afresh at the next event', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, [start(local('09:00')), ...ticks(local('09:00'), local('09:20'))]);
    await fakeBrowser.storage.local.remove('tracker');
    await service.forget();
    await drive(world, service, ticks(local('09:20'), local('09:25')));
    expect((await storedRecord())?.engine.firstAt).toBe(local('09:21'));
    expect((await figures(world, service)).currentBoutSeconds).toBe(240);
  });
});
