/** Summaries of the days the tracker still holds (today, usually), as they stand at `now`. */

import type { Segment } from '../model/engine';
import { snapshot } from '../model/engine';
import { dayStart, nextDate } from '../model/local-days';
import type { WorkHours } from '../settings';
import type { TrackerRecord } from '../tracker/record';
import { summarizeDay } from './summarize';
import type { DaySummary } from './types';

/**
 * @param stored segments already in IndexedDB that overlap the held days (time order).
 */
export function liveSummaries(
  record: TrackerRecord,
  now: number,
  stored: readonly Segment[],
  workHours: WorkHours,
): DaySummary[] {
  const zone = record.engine.config.timeZone;
  const snap = snapshot(record.engine, now);
  const segments = [
    ...stored.filter((s) => !snap.recentSegments.some((r) => r.start === s.start)),
    ...snap.recentSegments,
  ];
  return snap.days.map((figures) => {
    const day = {
      date: figures.date,
      start: dayStart(figures.date, zone),
      end: dayStart(nextDate(figures.date), zone),
    };
    return summarizeDay(figures, segments, day, workHours, zone);
  });
}
