import { beforeEach, describe, expect, it } from 'vitest';
import { localRecords } from '@/lib/browser/tracker-ports';
import { type History, openHistory } from '@/lib/db/history';
import { snapshot } from '@/lib/model/engine';
import type { TrackerRecord } from '@/lib/tracker/record';
import {
  badge,
  createWorld,
  day,
  drive,
  eventsInDb,
  figures,
  local,
  resetWorld,
  storedRecord,
  ZONE,
} from './harness';
import { MORNING, MORNING_AT_TEN } from './morning';

describe('a driven morning', () => {
  beforeEach(resetWorld);

  it('stores the record whose figures are the ones worked out by hand', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, MORNING);

    const stored = await storedRecord();
    expect(stored).toBeDefined();
    const now = snapshot((stored as TrackerRecord).engine, local('10:00'));
    expect(now.days).toEqual([MORNING_AT_TEN]);
    expect(now.currentBoutSeconds).toBe(300);
    expect(now.posture).toBe('sitting');
    expect(now.away).toBe(false);
    expect(await figures(world, service)).toEqual(now);
    expect(await badge()).toBe('5');
  });

  it.each([
    ['09:10', { sittingSeconds: 600, longestBoutSeconds: 600 }, 600],
    ['09:14:30', { sittingSeconds: 570, awaySeconds: 300, breaks: 1, longestBoutSeconds: 570 }, 0],
    ['09:21', { sittingSeconds: 570 + 390, awaySeconds: 300, breaks: 1, longestBoutSeconds: 570 }, 390],
    ['09:45', { sittingSeconds: 1500, awaySeconds: 1200, breaks: 2, longestBoutSeconds: 930 }, 0],
    [
      '09:52',
      { sittingSeconds: 1800, standingSeconds: 120, awaySeconds: 1200, breaks: 3, longestBoutSeconds: 930 },
      0,
    ],
  ])('at %s the figures are %o with a bout of %i s', async (time, expected, bout) => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(
      world,
      service,
      MORNING.filter((step) => step.at <= local(time)),
    );
    world.setNow(local(time));
    const now = await figures(world, service);
    expect(now.days).toEqual([day('2026-05-19', expected)]);
    expect(now.currentBoutSeconds).toBe(bout);
  });

  it('stores each event, with its real time and zone, before the record that derives from it', async () => {
    const world = createWorld(local('09:00'));
    const log: string[] = [];
    let added = 0;
    const wrapped = async (): Promise<History | null> => {
      const history = await openHistory();
      if (!history) return null;
      return {
        ...history,
        async addEvent(event) {
          const id = await history.addEvent(event);
          added++;
          log.push('add');
          return id;
        },
      };
    };
    const records = {
      load: localRecords.load,
      async save(record: TrackerRecord) {
        const onDisk = await eventsInDb();
        expect(onDisk).toHaveLength(added);
        log.push('save');
        await localRecords.save(record);
      },
    };
    const service = world.service({ openHistory: wrapped, records });
    await drive(world, service, MORNING);

    // Every event is added before any save that follows it, and each is followed by a save.
    expect(log[0]).toBe('add');
    expect(log.join(' ')).toMatch(/^add( save)+( add( save)+)*$/);
    expect(added).toBe(MORNING.length);

    const onDisk = await eventsInDb();
    expect(onDisk.map((event) => event.type)).toEqual(
      MORNING.map((step) => (step.do === 'tick' ? 'tick' : step.do)),
    );
    for (const [index, event] of onDisk.entries()) {
      expect(event.at).toBe(MORNING[index]?.at);
      expect(event.realAt).toBe(event.at);
      expect(event.zone).toBe(ZONE);
    }
    expect(onDisk[0]).toMatchObject({ type: 'start', state: 'active' });
    expect(onDisk.find((event) => event.type === 'report')).toMatchObject({ posture: 'standing' });
  });
});
