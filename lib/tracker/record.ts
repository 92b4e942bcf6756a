/**
 * What the tracker keeps in `storage.local`: the engine's state and the little it needs
 * besides. Small, so the popup reads it in one go without waking the background.
 */
import { createEngine, type EngineState } from '../model/engine';
import { type DayFigures, DEFAULT_MODEL_CONFIG, type IdleState, type TrackerEvent } from '../model/types';

export const TRACKER_KEY = 'tracker';
export const UNDO_MS = 60_000;
/** The idle notice appears after this much presence without a single idle or locked state. */
export const IDLE_NOTICE_SECONDS = 8 * 3600;

/** A report that can still be taken back, with what is needed to derive today again without it. */
export interface UndoWindow {
  eventId: number | null;
  until: number;
  posture: TrackerEvent & { type: 'report' };
  before: EngineState;
  /** Events fed after the report, to feed again. */
  after: TrackerEvent[];
  /** The "still standing?" state before the report, given back with the engine. */
  standing?: { confirmedAt: number | null; askedFor: number | null };
}

export interface TrackerRecord {
  version: 1;
  engine: EngineState;
  historyAvailable: boolean;
  /** Days settled while IndexedDB was unavailable (the last two weeks). */
  fallbackDays: DayFigures[];
  lastIdleState: IdleState | null;
  /** An idle or locked state has been seen at least once. */
  idleEverSeen: boolean;
  /** Presence in days already settled, counted only until an idle state is seen. */
  presenceSettledSeconds: number;
  undo: UndoWindow | null;
  /** Last local date handed to the history, so a day settled again is not counted twice. */
  settledThrough?: string;
  /** When this background (service worker or event page) last started. */
  workerStartedAt: number;
  lastPruneAt: number;
  /** The person's last "still standing" answer (lib/tracker/standing.ts). */
  standingConfirmedAt?: number | null;
  /** What the "still standing?" notification was last shown for: the start of the hour it counts. */
  standingAskedFor?: number | null;
}

export function createRecord(timeZone: string, now: number): TrackerRecord {
  return {
    version: 1,
    engine: createEngine({ ...DEFAULT_MODEL_CONFIG, timeZone }),
    historyAvailable: true,
    fallbackDays: [],
    lastIdleState: null,
    idleEverSeen: false,
    presenceSettledSeconds: 0,
    undo: null,
    workerStartedAt: now,
    lastPruneAt: 0,
  };
}

export function isTrackerRecord(value: unknown): value is TrackerRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<TrackerRecord>;
  return record.version === 1 && typeof record.engine === 'object' && record.engine !== null;
}
