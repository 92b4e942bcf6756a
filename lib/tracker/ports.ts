/** What the tracker service needs from the outside world; the browser adapters provide it. */
import type { History } from '../db/history';
import type { IdleState } from '../model/types';
import type { WorkHours } from '../settings';
import type { TrackerRecord } from './record';

export interface Clock {
  now(): number;
  timeZone(): string;
}

export interface IdlePort {
  setDetectionInterval(seconds: number): void;
  queryState(seconds: number): Promise<IdleState>;
}

export interface AlarmPort {
  /** Creates or replaces an alarm at an absolute time, repeating when `periodMinutes` is given. */
  create(name: string, when: number, periodMinutes?: number): Promise<void>;
  clear(name: string): Promise<void>;
  exists(name: string): Promise<boolean>;
}

export interface BadgePort {
  setText(text: string): Promise<void>;
}

/** The "still standing?" notification (lib/tracker/standing.ts). */
export interface StandingQuestionPort {
  show(): Promise<void>;
  clear(): Promise<void>;
}

export interface RecordStore {
  load(): Promise<TrackerRecord | null>;
  save(record: TrackerRecord): Promise<void>;
}

/** Tells a browser start from a background that was stopped and woken again. */
export interface SessionPort {
  isFresh(): Promise<boolean>;
  markStarted(): Promise<void>;
}

export interface TrackerDeps {
  clock: Clock;
  idle: IdlePort;
  alarms: AlarmPort;
  badge: BadgePort;
  records: RecordStore;
  session: SessionPort;
  /** Opens the history; null where IndexedDB is unavailable. */
  openHistory(): Promise<History | null>;
  /** The work hours in force, for the day summaries (defaults when left out). */
  workHours?(): Promise<WorkHours>;
  /** Asks whether the person still stands; left out, the popup alone asks. */
  standingQuestion?: StandingQuestionPort;
}
