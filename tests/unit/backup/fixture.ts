/** Valid records of every store, for the backup tests. */
import { type Backup, type BackupStores, makeBackup, type StoreName } from '@/lib/backup/backup';
import type { StoredEvent } from '@/lib/db/schema';
import type { DayFigures } from '@/lib/model/types';
import type { PromptRecord } from '@/lib/prompts/types';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { DayTimeline } from '@/lib/stats/timeline';
import type { Checkin, DaySummary, PauseRecord } from '@/lib/stats/types';

export const NOW = Date.parse('2026-06-30T12:00:00Z');
export const ZONE = 'Europe/Amsterdam';
const HOUR = 3_600_000;

export function figures(date: string, sitting = 3600): DayFigures {
  return {
    date,
    sittingSeconds: sitting,
    standingSeconds: 600,
    movingSeconds: 300,
    awaySeconds: 1200,
    untrackedSeconds: 0,
    breaks: 4,
    longestBoutSeconds: 1900,
    boutsOver30: 1,
  };
}

export function summary(date: string): DaySummary {
  return {
    ...figures(date),
    workDay: true,
    workSittingSeconds: 3000,
    workPresentSeconds: 3600,
    workBreaks: 3,
    boutSeconds: [1900, 900, 600],
    sittingByHour: Array.from({ length: 24 }, (_, h) => (h >= 9 && h < 17 ? 450 : 0)),
  };
}

export function prompt(offeredAt: number, extra: Partial<PromptRecord> = {}): PromptRecord {
  return {
    id: String(offeredAt),
    offeredAt,
    entryId: 'chin-retraction',
    reason: 'limit',
    boutSeconds: 1800,
    channel: 'notification',
    outcome: 'done',
    answeredAt: offeredAt + 120_000,
    startedAt: offeredAt + 30_000,
    snoozes: 0,
    reminded: false,
    ...extra,
  };
}

export function timeline(date: string, dayStart: number): DayTimeline {
  return { date, dayStart, segments: 's0,a2bc,s2fk.9z4' };
}

export function checkin(week: string, at: number): Checkin {
  return { week, at, tension: { 'neck-shoulders': 4, 'low-back-pelvis': 2 }, moving: 'easier' };
}

export function event(id: number, at: number): StoredEvent {
  return { id, type: 'tick', at, realAt: at, zone: ZONE };
}

export function sampleStores(): BackupStores {
  const monday = Date.parse('2026-06-29T07:00:00Z');
  const pauses: PauseRecord[] = [{ from: monday - 48 * HOUR, until: monday + 30 * 24 * HOUR }];
  return {
    days: [figures('2026-06-28'), figures('2026-06-29')],
    summaries: [summary('2026-06-28'), summary('2026-06-29')],
    prompts: [
      prompt(monday),
      prompt(monday + 2 * HOUR, {
        outcome: 'skipped',
        skipReason: 'meeting',
        answeredAt: monday + 2 * HOUR + 5000,
      }),
      prompt(monday + 4 * HOUR, {
        outcome: null,
        answeredAt: undefined,
        startedAt: undefined,
        reason: 'asked',
      }),
    ],
    timeline: [timeline('2026-06-29', Date.parse('2026-06-28T22:00:00Z'))],
    checkins: [checkin('2026-W26', monday + 5 * HOUR)],
    pauses,
    events: [
      { id: 1, type: 'start', at: monday, realAt: monday, zone: ZONE, state: 'active' },
      event(2, monday + 60_000),
      {
        id: 3,
        type: 'report',
        at: monday + 120_000,
        realAt: monday + 120_000,
        zone: ZONE,
        posture: 'standing',
      },
      { id: 4, type: 'call', at: monday + 180_000, realAt: monday + 180_000, zone: ZONE, on: true },
    ],
  };
}

export function sampleBackup(stores: BackupStores = sampleStores()): Backup {
  return makeBackup({
    exportedAt: NOW,
    settings: { ...DEFAULT_SETTINGS, sittingLimitMinutes: 40, focusRegions: ['neck-shoulders'] },
    stores,
  });
}

/** A backup as plain JSON data, for a test to break at will. */
export type EditableBackup = Record<string, unknown> & { stores: Record<StoreName, unknown[]> };

/** The sample backup as JSON, changed by `edit`. */
export function backupText(edit: (root: EditableBackup) => void = () => {}): string {
  const root = JSON.parse(JSON.stringify(sampleBackup())) as EditableBackup;
  edit(root);
  return JSON.stringify(root);
}
