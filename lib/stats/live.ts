/** Summaries of the days the tracker still holds (today, usually), as they stand at `now`. */
import { snapshot } from '../model/engine';
import { dayStart, nextDate } from '../model/local-days';
import type { WorkHours } from '../settings';
import type { TrackerRecord } from '../tracker/record';
import { summarizeDay } from './summarize';
import type { DaySummary } from './types';

/** The tracker record holds the segments of its unsettled days, so nothing else is read. */
export function liveSummaries(record: TrackerRecord, now: number, workHours: WorkHours): DaySummary[] {
  const zone = record.engine.config.timeZone;
  const snap = snapshot(record.engine, now);
  return snap.days.map((figures) => {
    const day = {
      date: figures.date,
      start: dayStart(figures.date, zone),
      end: dayStart(nextDate(figures.date), zone),
    };
    return summarizeDay(figures, snap.recentSegments, day, workHours, zone);
  });
}
