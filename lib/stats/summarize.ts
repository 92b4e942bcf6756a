/**
 * A settled day's summary: the engine's figures plus what the progress page needs, from the
 * day's segments and the work hours in force. Pure.
 */
import type { Segment } from '../model/engine';
import type { LocalDay } from '../model/local-days';
import type { DayFigures } from '../model/types';
import { isWorkTime, localClock, workHoursOf } from '../prompts/work-hours';
import type { WorkHours } from '../settings';
import type { DaySummary } from './types';

const BOUT_MIN_MS = 60_000;

function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return Math.max(0, Math.min(aEnd, bEnd) - Math.max(aStart, bStart));
}

function seconds(ms: number): number {
  return Math.floor(ms / 1000 + 0.5);
}

/**
 * @param segments every segment that overlaps the day, in time order (whole, not clipped);
 *   sitting segments are whole sitting stretches, so their full length decides what is a bout.
 */
export function summarizeDay(
  figures: DayFigures,
  segments: readonly Segment[],
  day: LocalDay,
  workHours: WorkHours,
  timeZone: string,
): DaySummary {
  const work = workHoursOf(day.date, workHours, timeZone);
  let workSitting = 0;
  let workPresent = 0;
  let workBreaks = 0;
  const boutSeconds: number[] = [];
  const sittingByHour = new Array<number>(24).fill(0);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (!segment) continue;
    const inDay = overlap(segment.start, segment.end, day.start, day.end);
    if (inDay <= 0) continue;
    const inWork = work ? overlap(segment.start, segment.end, work.start, work.end) : 0;
    if (segment.category === 'away' || segment.category === 'untracked') continue;
    workPresent += inWork;
    if (segment.category !== 'sitting') continue;
    workSitting += inWork;
    if (segment.end - segment.start >= BOUT_MIN_MS) {
      boutSeconds.push(seconds(inDay));
      // A bout that ended before the next non-sitting time is a break, counted where it ended.
      const next = segments[i + 1];
      const ended = next !== undefined && next.start === segment.end;
      if (
        ended &&
        segment.end >= day.start &&
        segment.end < day.end &&
        isWorkTime(segment.end, workHours, timeZone)
      ) {
        workBreaks++;
      }
    }
    const from = Math.max(segment.start, day.start);
    const to = Math.min(segment.end, day.end);
    for (let at = from; at < to; ) {
      // Zone offsets are whole minutes, so the instant's seconds are the local clock's too.
      const minutes = localClock(at, timeZone).minutes;
      const hour = Math.floor(minutes / 60);
      const next = Math.min(to, at - (at % 60_000) + (60 - (minutes % 60)) * 60_000);
      sittingByHour[hour] = (sittingByHour[hour] ?? 0) + (next - at);
      at = next;
    }
  }
  return {
    ...figures,
    workDay: work !== null,
    workSittingSeconds: seconds(workSitting),
    workPresentSeconds: seconds(workPresent),
    workBreaks,
    boutSeconds,
    sittingByHour: sittingByHour.map(seconds),
  };
}
