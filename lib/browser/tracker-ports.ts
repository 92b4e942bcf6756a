/**
 * The browser side of the tracker's ports: the only place the tracker touches `browser.*`.
 */
import { browser } from 'wxt/browser';
import { openHistory } from '../db/history';
import type { IdleState } from '../model/types';
import type {
  AlarmPort,
  BadgePort,
  Clock,
  IdlePort,
  RecordStore,
  SessionPort,
  TrackerDeps,
} from '../tracker/ports';
import { isTrackerRecord, TRACKER_KEY, type TrackerRecord } from '../tracker/record';

export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

export const browserIdle: IdlePort = {
  setDetectionInterval: (seconds) => browser.idle.setDetectionInterval(seconds),
  queryState: (seconds) => browser.idle.queryState(seconds) as Promise<IdleState>,
};

export const browserAlarms: AlarmPort = {
  async create(name, when, periodMinutes) {
    await browser.alarms.create(
      name,
      periodMinutes === undefined ? { when } : { when, periodInMinutes: periodMinutes },
    );
  },
  async clear(name) {
    await browser.alarms.clear(name);
  },
  async exists(name) {
    return (await browser.alarms.get(name)) !== undefined;
  },
};

export const browserBadge: BadgePort = {
  async setText(text) {
    await browser.action.setBadgeText({ text });
  },
};

const BADGE_COLORS = { calm: '#0f766e', waiting: '#b45309' };

/** The badge turns amber while a prompt waits for an answer: the channel that works without notifications. */
export async function setBadgeWaiting(waiting: boolean): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: waiting ? BADGE_COLORS.waiting : BADGE_COLORS.calm });
}

export const localRecords: RecordStore = {
  async load() {
    const stored = (await browser.storage.local.get(TRACKER_KEY))[TRACKER_KEY];
    if (stored === undefined) return null;
    if (isTrackerRecord(stored)) return stored;
    console.warn('Balans: the stored tracker record does not parse; starting afresh');
    return null;
  },
  async save(record: TrackerRecord) {
    await browser.storage.local.set({ [TRACKER_KEY]: record });
  },
};

const SESSION_KEY = 'balans-session-started';

/** `storage.session` is cleared when the browser stops, so an empty one means a browser start. */
export const browserSession: SessionPort = {
  async isFresh() {
    return (await browser.storage.session.get(SESSION_KEY))[SESSION_KEY] !== true;
  },
  async markStarted() {
    await browser.storage.session.set({ [SESSION_KEY]: true });
  },
};

export function browserTrackerDeps(overrides: Partial<TrackerDeps> = {}): TrackerDeps {
  return {
    clock: systemClock,
    idle: browserIdle,
    alarms: browserAlarms,
    badge: browserBadge,
    records: localRecords,
    session: browserSession,
    openHistory,
    ...overrides,
  };
}
