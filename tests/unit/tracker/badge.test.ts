import { beforeEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '@/lib/model/engine';
import { badgeText } from '@/lib/tracker/badge-text';
import { badge, createWorld, idle, local, report, resetWorld, run, type Step, start, tick } from './harness';

function snap(currentBoutSeconds: number, away = false): Snapshot {
  return {
    days: [],
    currentBoutSeconds,
    boutStart: null,
    away,
    posture: 'sitting',
    callOn: false,
    recentSegments: [],
  };
}

describe('badgeText', () => {
  it.each([
    [0, false, false, ''],
    [59, false, false, ''],
    [60, false, false, '1'],
    [119, false, false, '1'],
    [1500, false, false, '25'],
    [5400, false, false, '90'],
    [1500, true, false, ''],
    [1500, false, true, ''],
  ])('a bout of %i s, away %s, spell running %s: %j', (bout, away, spell, text) => {
    expect(badgeText(snap(bout, away), spell)).toBe(text);
  });
});

describe('the badge', () => {
  beforeEach(resetWorld);

  it('shows whole minutes of the current bout, and nothing while away or locked', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    const steps: [Step, string][] = [
      [start(local('09:00')), ''],
      [tick(local('09:01')), '1'],
      [tick(local('09:02')), '2'],
      ...Array.from({ length: 23 }, (_, i): [Step, string] => [
        tick(local('09:03') + i * 60_000),
        String(i + 3),
      ]),
      // A spell running: nothing, even before it is long enough to be a break.
      [idle(local('09:25:30'), 'idle'), ''],
      // The spell (09:24:30-09:26) was 90 s: the bout runs on from 09:00.
      [idle(local('09:26'), 'active'), '26'],
      [tick(local('09:27')), '27'],
      [idle(local('09:30'), 'locked'), ''],
      [idle(local('09:45'), 'active'), ''],
      [tick(local('09:46')), '1'],
      [report(local('09:47'), 'standing'), ''],
      [tick(local('09:48')), ''],
      [report(local('09:50'), 'sitting'), ''],
      [tick(local('09:51')), '1'],
    ];
    for (const [step, text] of steps) {
      await run(world, service, step);
      expect({ at: new Date(step.at).toISOString(), text: await badge() }).toEqual({
        at: new Date(step.at).toISOString(),
        text,
      });
    }
  });
});
