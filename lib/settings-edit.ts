/** Pure rules for turning what the person did on the options page into valid settings. */
import { REGIONS } from './catalogue/types';
import { readSettings, type Settings, SITTING_LIMIT_RANGE } from './settings';

/** ISO weekdays, Monday first. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The limit the person asked for, rounded and kept within 20-60; `fallback` if it is not a number. */
export function clampLimit(raw: string, fallback: number): number {
  const value = Number.parseFloat(raw);
  if (!Number.isFinite(value)) return fallback;
  return Math.min(SITTING_LIMIT_RANGE.max, Math.max(SITTING_LIMIT_RANGE.min, Math.round(value)));
}

/** `list` with `item` in or out, in the order of `order` (so stored lists stay tidy). */
export function toggled<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  return order.filter((each) => (each === item ? on : list.includes(each)));
}

export type TimesProblem = 'missing' | 'order' | null;

/** Work hours run within one day: both times given, the end after the start. */
export function timesProblem(start: string, end: string): TimesProblem {
  const time = /^([01]\d|2[0-3]):[0-5]\d$/;
  if (!time.test(start) || !time.test(end)) return 'missing';
  return end > start ? null : 'order';
}

/** Settings as they will be stored: validated by `readSettings`, lists deduplicated and ordered. */
export function cleanSettings(candidate: Settings): Settings {
  const settings = readSettings(candidate);
  return {
    ...settings,
    focusRegions: REGIONS.filter((region) => settings.focusRegions.includes(region)),
    workHours: {
      ...settings.workHours,
      days: WEEKDAYS.filter((day) => settings.workHours.days.includes(day)),
    },
  };
}
