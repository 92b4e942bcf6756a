/**
 * alarmsWhileAwayPerHour: a simulated day on WXT's fake browser. The tracker service runs
 * with the fake alarms; a loop moves a clock minute by minute, fires due alarms as the
 * browser would and counts those that fire while the person is away or locked.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHistory } from '../../lib/db/history';
import { openBalansDB } from '../../lib/db/schema';
import type { IdleState } from '../../lib/model/types';
import type { TrackerDeps } from '../../lib/tracker/ports';
import type { TrackerRecord } from '../../lib/tracker/record';
import { createTrackerService } from '../../lib/tracker/service';

const MINUTE = 60_000;

/** The person's day: minute offsets from 08:00 where the idle state changes. */
const DAY: Array<[minute: number, state: IdleState]> = [
  [0, 'active'],
  [95, 'idle'], // coffee, 10 min
  [105, 'active'],
  [240, 'locked'], // lunch, 45 min
  [285, 'active'],
  [400, 'idle'], // a short pause, 4 min
  [404, 'active'],
  [540, 'locked'], // home: locked until 08:00 the next day
];

export async function alarmsWhileAwayPerHour(): Promise<{
  perHour: number;
  firingsAway: number;
  hoursAway: number;
}> {
  fakeBrowser.reset();
  let now = Date.UTC(2026, 4, 19, 6);
  let idle: IdleState = 'active';
  let record: TrackerRecord | null = null;
  const db = await openBalansDB(`bench-alarms-${Date.now()}`);
  const deps: TrackerDeps = {
    clock: { now: () => now, timeZone: () => 'Europe/Amsterdam' },
    idle: { setDetectionInterval: () => {}, queryState: async () => idle },
    alarms: {
      create: async (name, when, periodInMinutes) =>
        fakeBrowser.alarms.create(name, { when, periodInMinutes }),
      clear: async (name) => void (await fakeBrowser.alarms.clear(name)),
      exists: async (name) => (await fakeBrowser.alarms.get(name)) !== undefined,
    },
    badge: { setText: async () => {} },
    records: {
      load: async () => record,
      save: async (next) => {
        record = structuredClone(next);
      },
    },
    session: { isFresh: async () => false, markStarted: async () => {} },
    openHistory: async () => createHistory(db),
  };
  const tracker = createTrackerService(deps);
  await tracker.start();

  let firingsAway = 0;
  let minutesAway = 0;
  const changes = new Map(DAY);
  for (let minute = 0; minute < 24 * 60; minute++) {
    now += MINUTE;
    const change = changes.get(minute);
    if (change) {
      idle = change;
      await tracker.onIdleState(change);
    }
    const away = idle !== 'active';
    if (away) minutesAway++;
    for (const alarm of [...(await fakeBrowser.alarms.getAll())]) {
      if (alarm.scheduledTime > now) continue;
      if (away) firingsAway++;
      if (alarm.periodInMinutes) {
        fakeBrowser.alarms.create(alarm.name, {
          when: alarm.scheduledTime + alarm.periodInMinutes * MINUTE,
          periodInMinutes: alarm.periodInMinutes,
        });
      } else {
        await fakeBrowser.alarms.clear(alarm.name);
      }
      await tracker.onAlarm(alarm.name);
    }
  }
  db.close();
  const hoursAway = minutesAway / 60;
  return { perHour: Math.round((firingsAway / hoursAway) * 1000) / 1000, firingsAway, hoursAway };
}
