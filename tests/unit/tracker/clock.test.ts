import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  badge,
  createWorld,
  day,
  drive,
  eventsInDb,
  figures,
  local,
  MINUTE,
  resetWorld,
  run,
  start,
  tick,
  ticks,
  ZONE,
} from './harness';

describe('a clock set back', () => {
  beforeEach(resetWorld);

  it('feeds the event at the last time, keeps the real reading, and never lowers a figure', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, [start(local('09:00')), ...ticks(local('09:00'), local('09:20'))]);

    // The clock now reads 10 minutes earlier and runs on from there.
    const readings = [...ticks(local('09:09'), local('09:25'))];
    let sittingBefore = (await figures(world, service)).days[0]?.sittingSeconds ?? 0;
    for (const step of readings) {
      await run(world, service, step);
      const now = await figures(world, service);
      const today = now.days[0];
      expect(today).toBeDefined();
      for (const value of Object.values(today ?? {})) {
        if (typeof value === 'number') expect(value).toBeGreaterThanOrEqual(0);
      }
      expect(today?.sittingSeconds).toBeGreaterThanOrEqual(sittingBefore);
      sittingBefore = today?.sittingSeconds ?? 0;
      if (step.at <= local('09:20')) expect(await badge()).toBe('20');
    }

    const events = await eventsInDb();
    const setBack = events[21];
    // (Its record id is a storage detail: the ticks before it are kept as one run.)
    expect(setBack).toMatchObject({ type: 'tick', at: local('09:20'), realAt: local('09:10'), zone: ZONE });
    expect(setBack?.runCount).toBeUndefined();
    for (const [index, event] of events.entries()) {
      if (index > 0) expect(event.at).toBeGreaterThanOrEqual(events[index - 1]?.at ?? 0);
    }
    expect(events.filter((event) => event.at !== event.realAt)).toHaveLength(10);
    expect((await figures(world, service)).days).toEqual([
      day('2026-05-19', { sittingSeconds: 1500, longestBoutSeconds: 1500 }),
    ]);
  });

  it('a reading earlier than the last gives no negative interval in the badge or the alarm', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, [start(local('09:00')), ...ticks(local('09:00'), local('09:30'))]);
    await fakeBrowser.alarms.clearAll();
    await run(world, service, tick(local('08:00')));
    const now = await figures(world, service);
    expect(now.currentBoutSeconds).toBe(1800);
    expect(now.days[0]?.sittingSeconds).toBe(1800);
    expect(await badge()).toBe('30');
    // Re-created from the last time fed, not from the earlier reading.
    expect((await fakeBrowser.alarms.get('heartbeat'))?.scheduledTime).toBe(local('09:30') + MINUTE);
  });
});
