import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { clampLimit, cleanSettings, timesProblem, toggled, WEEKDAYS } from '@/lib/settings-edit';

describe('settings edits', () => {
  it.each([
    ['30', 30],
    ['20', 20],
    ['60', 60],
    ['61', 60],
    ['19', 20],
    ['-5', 20],
    ['33.6', 34],
    ['', 42],
    ['abc', 42],
  ])('clamps a limit of "%s" to %i', (raw, expected) => {
    expect(clampLimit(raw, 42)).toBe(expected);
  });

  it('toggles an item and keeps the canonical order', () => {
    expect(toggled([5, 1], 3, true, WEEKDAYS)).toEqual([1, 3, 5]);
    expect(toggled([1, 3, 5], 3, false, WEEKDAYS)).toEqual([1, 5]);
    expect(toggled([1, 1, 9], 2, false, WEEKDAYS)).toEqual([1]);
  });

  it.each([
    ['08:30', '17:30', null],
    ['08:30', '08:30', 'order'],
    ['17:00', '09:00', 'order'],
    ['', '17:30', 'missing'],
    ['8:30', '17:30', 'missing'],
  ] as const)('work times %s-%s: %s', (start, end, problem) => {
    expect(timesProblem(start, end)).toBe(problem);
  });

  it('cleans settings through readSettings, deduplicating and ordering lists', () => {
    const cleaned = cleanSettings({
      ...DEFAULT_SETTINGS,
      sittingLimitMinutes: 200,
      focusRegions: ['shoulder', 'neck-shoulders', 'shoulder'],
      workHours: { days: [7, 1, 1], start: '25:00', end: '17:00' },
    });
    expect(cleaned).toEqual({
      ...DEFAULT_SETTINGS,
      focusRegions: ['neck-shoulders', 'shoulder'],
      workHours: { days: [1, 7], start: '08:30', end: '17:00' },
    });
  });
});
