/** The periods the progress page offers, as local dates relative to today. Pure. */
import type { DateRange } from '@/lib/browser/progress-source';
import { datesBetween } from '@/lib/model/local-days';
import { addDays, weekStart } from '@/lib/stats/weeks';

export const RANGE_PRESETS = ['week', '4w', '3m', '12m'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** The longest period the page shows at once (a leap year). */
export const MAX_RANGE_DAYS = 366;

/** Whole Monday-Sunday weeks back from today's week, so the weekly charts have no cut-off first week. */
const WEEKS: Record<RangePreset, number> = { week: 1, '4w': 4, '3m': 13, '12m': 52 };

/** A preset as dates: from the Monday of the first week through today. */
export function presetRange(preset: RangePreset, today: string): DateRange {
  return { from: addDays(weekStart(today), -7 * (WEEKS[preset] - 1)), to: today };
}

/** The preset a range equals, if any. */
export function presetOf(range: DateRange, today: string): RangePreset | null {
  return (
    RANGE_PRESETS.find((preset) => {
      const p = presetRange(preset, today);
      return p.from === range.from && p.to === range.to;
    }) ?? null
  );
}

export type RangeProblem = 'missing' | 'order' | 'too-long';

/** Why two chosen dates don't make a period the page can show, or null when they do. */
export function rangeProblem(from: string, to: string): RangeProblem | null {
  const valid = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date);
  if (!valid(from) || !valid(to)) return 'missing';
  if (from > to) return 'order';
  if (addDays(from, MAX_RANGE_DAYS - 1) < to) return 'too-long';
  return null;
}

/** Every date of a range. */
export function rangeDates(range: DateRange): string[] {
  return datesBetween(range.from, range.to);
}

/** Whether `inner` lies wholly inside `outer`. */
export function covers(outer: DateRange, inner: DateRange): boolean {
  return outer.from <= inner.from && outer.to >= inner.to;
}
