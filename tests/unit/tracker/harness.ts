/**
 * A small world for driving the tracker service as the background would: the WXT fake
 * browser for storage, alarms and the badge, a fresh fake IndexedDB, a clock the test moves
 * and an idle port the test sets (the fake browser has no `idle`).
 */
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browserTrackerDeps } from '@/lib/browser/tracker-ports';
import { createHistory } from '@/lib/db/history';
import { openBalansDB, type StoredEvent } from '@/lib/db/schema';
import { snapshot } from '@/lib/model/engine';
import type { DayFigures, IdleState, Posture } from '@/lib/model/types';
import type { TrackerDeps } from '@/lib/tracker/ports';
import { TRACKER_KEY, type TrackerRecord } from '@/lib/tracker/record';
import { createTrackerService, HEARTBEAT_ALARM, type TrackerService } from '@/lib/tracker/service';

export const ZONE = 'Europe/Amsterdam';
export const MINUTE = 60_000;

/** An instant given as Amsterdam summer time (UTC+2), e.g. `local('09:10:30')`. */
export function local(time: string, date = '2026-05-19'): number {
  return Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}+02:00`);
}

/** A fresh fake browser and a fresh, empty IndexedDB. */
export function resetWorld(): void {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
}

export interface World {
  now(): number;
  setNow(at: number): void;
  /** What `idle.queryState` answers. */
  idleState: IdleState;
  deps(overrides?: Partial<TrackerDeps>): TrackerDeps;
  /** A brand-new service over the same storage and IndexedDB, like a woken worker. */
  service(overrides?: Partial<TrackerDeps>): TrackerService;
}

export function createWorld(startAt: number): World {
  let t = startAt;
  const world: World = {
    now: () => t,
    setNow(at) {
      t = at;
    },
    idleState: 'active',
    deps(overrides = {}) {
      const clock = { now: () => t, timeZone: () => ZONE };
      const idle = {
        setDetectionInterval: vi.fn(),
        queryState: vi.fn(async () => world.idleState),
      };
      return browserTrackerDeps({ clock, idle, ...overrides });
    },
    service(overrides = {}) {
      return createTrackerService(world.deps(overrides));
    },
  };
  return world;
}

/** One thing that happens to the background at a time. */
export type Step =
  | { at: number; do: 'start' }
  | { at: number; do: 'tick' }
  | { at: number; do: 'idle'; state: IdleState }
  | { at: number; do: 'report'; posture: Posture };

export const start = (at: number): Step => ({ at, do: 'start' });
export const tick = (at: number): Step => ({ at, do: 'tick' });
export const idle = (at: number, state: IdleState): Step => ({ at, do: 'idle', state });
export const report = (at: number, posture: Posture): Step => ({ at, do: 'report', posture });

/** Heartbeat ticks every minute after `from`, through `to`. */
export function ticks(from: number, to: number): Step[] {
  const steps: Step[] = [];
  for (let at = from + MINUTE; at <= to; at += MINUTE) steps.push(tick(at));
  return steps;
}

export async function run(world: World, service: TrackerService, step: Step): Promise<void> {
  world.setNow(step.at);
  switch (step.do) {
    case 'start':
      await service.start();
      break;
    case 'tick':
      await service.onAlarm(HEARTBEAT_ALARM);
      break;
    case 'idle':
      world.idleState = step.state;
      await service.onIdleState(step.state);
      break;
    case 'report':
      await service.report(step.posture);
      break;
  }
}

export async function drive(world: World, service: TrackerService, steps: readonly Step[]): Promise<void> {
  for (const step of steps) await run(world, service, step);
}

/** A day's figures with zeros where nothing is given. */
export function day(date: string, figures: Partial<Omit<DayFigures, 'date'>> = {}): DayFigures {
  return {
    date,
    sittingSeconds: 0,
    standingSeconds: 0,
    movingSeconds: 0,
    awaySeconds: 0,
    untrackedSeconds: 0,
    breaks: 0,
    longestBoutSeconds: 0,
    boutsOver30: 0,
    ...figures,
  };
}

/** The service's own view at `now`: what the popup and the badge show. */
export async function figures(world: World, service: TrackerService) {
  const record = await service.current();
  return snapshot(record.engine, world.now());
}

/** The record as it sits in `storage.local`. */
export async function storedRecord(): Promise<TrackerRecord | undefined> {
  return (await fakeBrowser.storage.local.get(TRACKER_KEY))[TRACKER_KEY] as TrackerRecord | undefined;
}

/** Every record in the events store, in key order, read over a connection of its own. */
/** The raw events on disk as the history gives them back (runs of ticks apart, clock readings filled in). */
export async function eventsInDb(): Promise<StoredEvent[]> {
  const db = await openBalansDB();
  try {
    return await createHistory(db).eventsSince(0);
  } finally {
    db.close();
  }
}

export async function badge(): Promise<string> {
  return fakeBrowser.action.getBadgeText({});
}
