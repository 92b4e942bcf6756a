import { describe, expect, it } from 'vitest';
import type { Segment } from '@/lib/model/engine';
import { dayStart, nextDate } from '@/lib/model/local-days';
import type { DayFigures } from '@/lib/model/types';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { summarizeDay } from '@/lib/stats/summarize';

const at = (iso: string) => Date.parse(iso);
const seg = (category: Segment['category'], from: string, to: string): Segment => ({
  category,
  start: at(from),
  end: at(to),
});
const day = (date: string, zone: string) => ({
  date,
  start: dayStart(date, zone),
  end: dayStart(nextDate(date), zone),
});
const figures = (date: string): DayFigures => ({
  date,
  sittingSeconds: 1,
  standingSeconds: 2,
  movingSeconds: 3,
  awaySeconds: 4,
  untrackedSeconds: 5,
  breaks: 6,
  longestBoutSeconds: 7,
  boutsOver30: 8,
});
const hours = (filled: Record<number, number>) => Array.from({ length: 24 }, (_, h) => filled[h] ?? 0);

describe('summarizeDay', () => {
  it('a Tuesday morning: work-hour sitting and presence, bouts, breaks, the hour map', () => {
    const segments = [
      seg('sitting', '2026-05-19T08:00:00Z', '2026-05-19T09:00:00Z'),
      seg('away', '2026-05-19T09:00:00Z', '2026-05-19T09:10:00Z'),
      seg('sitting', '2026-05-19T09:10:00Z', '2026-05-19T09:10:30Z'),
      seg('standing', '2026-05-19T09:10:30Z', '2026-05-19T09:20:00Z'),
      seg('sitting', '2026-05-19T09:20:00Z', '2026-05-19T12:00:00Z'),
    ];
    const summary = summarizeDay(
      figures('2026-05-19'),
      segments,
      day('2026-05-19', 'UTC'),
      DEFAULT_SETTINGS.workHours,
      'UTC',
    );
    expect(summary).toEqual({
      ...figures('2026-05-19'),
      workDay: true,
      // 08:30-09:00 (1800) + 30 s + 09:20-12:00 (9600)
      workSittingSeconds: 11_430,
      // the sitting above + standing 09:10:30-09:20 (570)
      workPresentSeconds: 12_000,
      // the 08:00-09:00 bout ended at 09:00, inside work hours; the last one is still running
      workBreaks: 1,
      // the 30 s stretch is no bout
      boutSeconds: [3600, 9600],
      // 9 h: 30 s + 09:20-10:00 (2400)
      sittingByHour: hours({ 8: 3600, 9: 2430, 10: 3600, 11: 3600 }),
    });
  });

  it('a Saturday is no work day: nothing counts as work-hour time', () => {
    const segments = [
      seg('sitting', '2026-05-23T09:00:00Z', '2026-05-23T10:00:00Z'),
      seg('away', '2026-05-23T10:00:00Z', '2026-05-23T11:00:00Z'),
    ];
    const summary = summarizeDay(
      figures('2026-05-23'),
      segments,
      day('2026-05-23', 'UTC'),
      DEFAULT_SETTINGS.workHours,
      'UTC',
    );
    expect(summary.workDay).toBe(false);
    expect(summary.workSittingSeconds).toBe(0);
    expect(summary.workPresentSeconds).toBe(0);
    expect(summary.workBreaks).toBe(0);
    expect(summary.boutSeconds).toEqual([3600]);
  });

  it('a bout across midnight gives the day its own piece, and ends outside work hours', () => {
    const segments = [
      seg('sitting', '2026-05-18T23:30:00Z', '2026-05-19T00:45:00Z'),
      seg('away', '2026-05-19T00:45:00Z', '2026-05-19T08:00:00Z'),
    ];
    const summary = summarizeDay(
      figures('2026-05-19'),
      segments,
      day('2026-05-19', 'UTC'),
      DEFAULT_SETTINGS.workHours,
      'UTC',
    );
    expect(summary.boutSeconds).toEqual([2700]);
    expect(summary.sittingByHour).toEqual(hours({ 0: 2700 }));
    expect(summary.workBreaks).toBe(0);
  });

  it('on the spring DST night in Amsterdam the skipped hour holds nothing', () => {
    // 01:30 to 03:30 local is one real hour: 02:00 jumps to 03:00.
    const segments = [seg('sitting', '2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z')];
    const zone = 'Europe/Amsterdam';
    const summary = summarizeDay(
      figures('2026-03-29'),
      segments,
      day('2026-03-29', zone),
      DEFAULT_SETTINGS.workHours,
      zone,
    );
    expect(summary.sittingByHour).toEqual(hours({ 1: 1800, 3: 1800 }));
    expect(summary.workDay).toBe(false);
  });
});
