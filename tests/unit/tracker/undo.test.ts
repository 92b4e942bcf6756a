import { beforeEach, describe, expect, it } from 'vitest';
import {
  badge,
  createWorld,
  day,
  drive,
  eventsInDb,
  figures,
  local,
  report,
  resetWorld,
  start,
  storedRecord,
  tick,
  ticks,
} from './harness';

/** 09:00-09:10 sitting, a standing report at 09:10:00, a tick at 09:10:30. */
const BEFORE_UNDO = [
  start(local('09:00')),
  ...ticks(local('09:00'), local('09:10')),
  report(local('09:10'), 'standing'),
  tick(local('09:10:30')),
];

describe('undo of a report', () => {
  beforeEach(resetWorld);

  it.each([
    [1, true],
    [59, true],
    [60, false],
    [61, false],
  ])('%i s after the report: %s', async (seconds, undone) => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, BEFORE_UNDO);
    const eventsBefore = await eventsInDb();

    world.setNow(local('09:10') + seconds * 1000);
    expect(await service.undo()).toBe(undone);
    world.setNow(local('09:11'));
    const now = await figures(world, service);
    const events = await eventsInDb();

    if (undone) {
      expect(events.map((event) => event.type)).not.toContain('report');
      expect(events).toEqual(eventsBefore.filter((event) => event.type !== 'report'));
      // As if it never happened: one bout of 11 minutes, no standing.
      expect(now.days).toEqual([day('2026-05-19', { sittingSeconds: 660, longestBoutSeconds: 660 })]);
      expect(now.currentBoutSeconds).toBe(660);
      expect(now.posture).toBe('sitting');
      expect((await storedRecord())?.undo).toBeNull();
    } else {
      expect(events).toEqual(eventsBefore);
      expect(now.days).toEqual([
        day('2026-05-19', {
          sittingSeconds: 600,
          standingSeconds: 60,
          breaks: 1,
          longestBoutSeconds: 600,
        }),
      ]);
      expect(now.posture).toBe('standing');
    }
    expect(await service.undo()).toBe(false);
  });

  it('the tick after the report is fed again, and the badge follows', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, BEFORE_UNDO);
    expect(await badge()).toBe('');
    world.setNow(local('09:10:40'));
    expect(await service.undo()).toBe(true);
    expect(await badge()).toBe('10');
    expect((await service.current()).engine.lastAt).toBe(local('09:10:30'));
  });

  it('survives a stopped worker: the undo window is in the stored record', async () => {
    const world = createWorld(local('09:00'));
    await drive(world, world.service(), BEFORE_UNDO);

    const woken = world.service();
    world.setNow(local('09:10:45'));
    expect(await woken.undo()).toBe(true);
    world.setNow(local('09:11'));
    expect((await figures(world, woken)).days).toEqual([
      day('2026-05-19', { sittingSeconds: 660, longestBoutSeconds: 660 }),
    ]);
  });

  it('a later event outside the window closes it', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, [...BEFORE_UNDO, tick(local('09:11:30'))]);
    expect((await storedRecord())?.undo).toBeNull();
    world.setNow(local('09:11:30'));
    expect(await service.undo()).toBe(false);
  });

  it('a day settled inside the window is not settled twice after the undo', async () => {
    const world = createWorld(local('23:50'));
    const service = world.service({ openHistory: async () => null });
    const may20 = (time: string) => local(time, '2026-05-20');
    await drive(world, service, [
      start(local('23:50')),
      ...ticks(local('23:50'), may20('00:00')),
      report(may20('00:00:30'), 'standing'),
      report(may20('00:00:50'), 'sitting'),
      // The standing time closes the bout, so 19 May settles here.
      tick(may20('00:01:10')),
    ]);
    expect((await storedRecord())?.presenceSettledSeconds).toBe(600);

    world.setNow(may20('00:01:20'));
    expect(await service.undo()).toBe(true);
    await drive(world, service, [tick(may20('00:02')), report(may20('00:02:30'), 'sitting')]);

    const record = await storedRecord();
    expect(record?.fallbackDays.map((figures) => figures.date)).toEqual(['2026-05-19']);
    expect(record?.presenceSettledSeconds).toBe(600);
  });
});
