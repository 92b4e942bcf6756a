/**
 * `decide`, `isWorkTime` and `nextWorkStart` against hand-written tables, in Europe/Amsterdam.
 * Every instant is written with its UTC offset, so the expectations do not depend on the
 * code's own zone arithmetic: +02:00 is summer time (CEST), +01:00 is winter time (CET).
 * 2026-03-29 and 2026-10-25 are the Sundays of the clock changes.
 */
import { describe, expect, it } from 'vitest';
import { createPrompterState, type PrompterState } from '@/lib/prompts/prompter-state';
import {
  DEFER_MS,
  type Decision,
  decide,
  EXPIRE_AFTER_REMINDER_MS,
  MAX_SNOOZES,
  REMIND_AFTER_MS,
} from '@/lib/prompts/schedule';
import type { PromptRecord } from '@/lib/prompts/types';
import { isWorkTime, nextWorkStart } from '@/lib/prompts/work-hours';
import { DEFAULT_SETTINGS, type WorkHours } from '@/lib/settings';

const ZONE = 'Europe/Amsterdam';
const HOURS = DEFAULT_SETTINGS.workHours;

/** An instant from an ISO string with its offset, e.g. `t('2026-05-19T09:30+02:00')`. */
function t(iso: string): number {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) throw new Error(`bad instant ${iso}`);
  return at;
}

/** Summer time on Tuesday 2026-05-19 (a plain work day), e.g. `tue('09:30')`. */
const tue = (time: string) => t(`2026-05-19T${time}+02:00`);

describe('the constants the issue names', () => {
  it('remind after 5 min, expire 5 min later, defer 2 min, at most 3 snoozes', () => {
    expect(REMIND_AFTER_MS).toBe(300_000);
    expect(EXPIRE_AFTER_REMINDER_MS).toBe(300_000);
    expect(DEFER_MS).toBe(120_000);
    expect(MAX_SNOOZES).toBe(3);
  });

  it('default work hours are Mon-Fri 08:30-17:30', () => {
    expect(HOURS).toEqual({ days: [1, 2, 3, 4, 5], start: '08:30', end: '17:30' });
  });
});

describe('isWorkTime (default hours)', () => {
  it.each([
    ['Tue 08:29:59 CEST', '2026-05-19T08:29:59+02:00', false],
    ['Tue 08:30:00 CEST', '2026-05-19T08:30:00+02:00', true],
    ['Tue 12:00 CEST', '2026-05-19T12:00:00+02:00', true],
    ['Tue 17:29:00 CEST', '2026-05-19T17:29:00+02:00', true],
    ['Tue 17:29:59 CEST', '2026-05-19T17:29:59+02:00', true],
    ['Tue 17:30:00 CEST', '2026-05-19T17:30:00+02:00', false],
    ['Tue 23:59 CEST', '2026-05-19T23:59:00+02:00', false],
    ['Tue 00:00 CEST', '2026-05-19T00:00:00+02:00', false],
    ['Fri 17:29 CEST', '2026-05-22T17:29:00+02:00', true],
    ['Sat 10:00 CEST', '2026-05-23T10:00:00+02:00', false],
    ['Sun 10:00 CEST', '2026-05-24T10:00:00+02:00', false],
    // Friday before the spring change: 07:30Z is 08:30 CET.
    ['Fri 2026-03-27 06:30Z = 07:30 CET', '2026-03-27T06:30:00Z', false],
    ['Fri 2026-03-27 07:30Z = 08:30 CET', '2026-03-27T07:30:00Z', true],
    // Monday after the spring change: 06:30Z is already 08:30 CEST.
    ['Mon 2026-03-30 06:29:59Z = 08:29:59 CEST', '2026-03-30T06:29:59Z', false],
    ['Mon 2026-03-30 06:30Z = 08:30 CEST', '2026-03-30T06:30:00Z', true],
    ['Mon 2026-03-30 15:29Z = 17:29 CEST', '2026-03-30T15:29:00Z', true],
    ['Mon 2026-03-30 15:30Z = 17:30 CEST', '2026-03-30T15:30:00Z', false],
    // Friday before the autumn change (CEST) and the Monday after it (CET).
    ['Fri 2026-10-23 06:30Z = 08:30 CEST', '2026-10-23T06:30:00Z', true],
    ['Mon 2026-10-26 06:30Z = 07:30 CET', '2026-10-26T06:30:00Z', false],
    ['Mon 2026-10-26 07:29:59Z = 08:29:59 CET', '2026-10-26T07:29:59Z', false],
    ['Mon 2026-10-26 07:30Z = 08:30 CET', '2026-10-26T07:30:00Z', true],
    ['Mon 2026-10-26 16:29Z = 17:29 CET', '2026-10-26T16:29:00Z', true],
    ['Mon 2026-10-26 16:30Z = 17:30 CET', '2026-10-26T16:30:00Z', false],
  ])('%s → %s', (_label, iso, expected) => {
    expect(isWorkTime(t(iso), HOURS, ZONE)).toBe(expected);
  });

  it('follows edited hours and days', () => {
    const weekend: WorkHours = { days: [6, 7], start: '10:00', end: '14:00' };
    expect(isWorkTime(t('2026-05-23T09:59:00+02:00'), weekend, ZONE)).toBe(false);
    expect(isWorkTime(t('2026-05-23T10:00:00+02:00'), weekend, ZONE)).toBe(true);
    expect(isWorkTime(t('2026-05-24T13:59:00+02:00'), weekend, ZONE)).toBe(true);
    expect(isWorkTime(t('2026-05-24T14:00:00+02:00'), weekend, ZONE)).toBe(false);
    expect(isWorkTime(t('2026-05-19T12:00:00+02:00'), weekend, ZONE)).toBe(false);
  });

  it('reads the clock in the given zone, not the machine zone', () => {
    // 07:00Z on a Tuesday: 09:00 in Amsterdam, 03:00 in New York.
    expect(isWorkTime(t('2026-05-19T07:00:00Z'), HOURS, ZONE)).toBe(true);
    expect(isWorkTime(t('2026-05-19T07:00:00Z'), HOURS, 'America/New_York')).toBe(false);
  });
});

describe('nextWorkStart', () => {
  const everyDay = (start: string, end: string): WorkHours => ({ days: [1, 2, 3, 4, 5, 6, 7], start, end });

  it.each<[string, string, WorkHours, string | null]>([
    [
      'inside work hours: the instant itself',
      '2026-05-19T10:15:42+02:00',
      HOURS,
      '2026-05-19T10:15:42+02:00',
    ],
    ['at 08:30 exactly: itself', '2026-05-19T08:30:00+02:00', HOURS, '2026-05-19T08:30:00+02:00'],
    ['one second before 08:30: 08:30', '2026-05-19T08:29:59+02:00', HOURS, '2026-05-19T08:30:00+02:00'],
    ['early morning: 08:30 the same day', '2026-05-19T05:00:00+02:00', HOURS, '2026-05-19T08:30:00+02:00'],
    [
      'just after midnight: 08:30 the same day',
      '2026-05-19T00:00:00+02:00',
      HOURS,
      '2026-05-19T08:30:00+02:00',
    ],
    ['17:29:59: itself', '2026-05-19T17:29:59+02:00', HOURS, '2026-05-19T17:29:59+02:00'],
    ['17:30 Tuesday: Wednesday 08:30', '2026-05-19T17:30:00+02:00', HOURS, '2026-05-20T08:30:00+02:00'],
    ['23:59 Tuesday: Wednesday 08:30', '2026-05-19T23:59:00+02:00', HOURS, '2026-05-20T08:30:00+02:00'],
    ['17:30 Friday: Monday 08:30', '2026-05-22T17:30:00+02:00', HOURS, '2026-05-25T08:30:00+02:00'],
    ['Saturday: Monday 08:30', '2026-05-23T10:00:00+02:00', HOURS, '2026-05-25T08:30:00+02:00'],
    ['Sunday evening: Monday 08:30', '2026-05-24T22:00:00+02:00', HOURS, '2026-05-25T08:30:00+02:00'],
    // Spring change between: Saturday is CET, Monday is CEST (06:30Z).
    ['Sat 2026-03-28 (CET): Mon 08:30 CEST', '2026-03-28T12:00:00+01:00', HOURS, '2026-03-30T06:30:00Z'],
    ['Fri 2026-03-27 18:00 CET: Mon 08:30 CEST', '2026-03-27T18:00:00+01:00', HOURS, '2026-03-30T06:30:00Z'],
    ['Mon 2026-03-30 07:00 CEST: 08:30 CEST', '2026-03-30T07:00:00+02:00', HOURS, '2026-03-30T06:30:00Z'],
    // Autumn change between: Saturday is CEST, Monday is CET (07:30Z).
    ['Sat 2026-10-24 (CEST): Mon 08:30 CET', '2026-10-24T12:00:00+02:00', HOURS, '2026-10-26T07:30:00Z'],
    ['Fri 2026-10-23 17:30 CEST: Mon 08:30 CET', '2026-10-23T17:30:00+02:00', HOURS, '2026-10-26T07:30:00Z'],
    ['Mon 2026-10-26 08:00 CET: 08:30 CET', '2026-10-26T08:00:00+01:00', HOURS, '2026-10-26T07:30:00Z'],
    // Work on the change days themselves (Sundays).
    [
      'Sunday 2026-03-29 (23 h day): 08:30 CEST',
      '2026-03-29T00:00:00+01:00',
      everyDay('08:30', '17:30'),
      '2026-03-29T06:30:00Z',
    ],
    [
      'Sunday 2026-10-25 (25 h day): 08:30 CET',
      '2026-10-25T00:00:00+02:00',
      everyDay('08:30', '17:30'),
      '2026-10-25T07:30:00Z',
    ],
    // A start inside the repeated hour: its first occurrence (still CEST).
    [
      '02:30 on 2026-10-25: the first 02:30',
      '2026-10-25T00:00:00+02:00',
      everyDay('02:30', '05:00'),
      '2026-10-25T02:30:00+02:00',
    ],
    // A start inside the skipped hour (02:00-03:00 does not exist): just after it, 03:00 CEST.
    [
      '02:30 on 2026-03-29: 03:00 CEST',
      '2026-03-29T00:00:00+01:00',
      everyDay('02:30', '05:00'),
      '2026-03-29T03:00:00+02:00',
    ],
    // Only Mondays: from Monday evening, a full week ahead.
    [
      'Mondays only, Monday 17:30: next Monday',
      '2026-05-25T17:30:00+02:00',
      { days: [1], start: '08:30', end: '17:30' },
      '2026-06-01T08:30:00+02:00',
    ],
    [
      'no work days at all: null',
      '2026-05-19T10:00:00+02:00',
      { days: [], start: '08:30', end: '17:30' },
      null,
    ],
  ])('%s', (_label, from, hours, expected) => {
    expect(nextWorkStart(t(from), hours, ZONE)).toBe(expected === null ? null : t(expected));
  });

  it('what it returns always lies in work hours and never before `from`', () => {
    // Every 7 minutes through the autumn-change week.
    for (let at = t('2026-10-21T00:00:00Z'); at < t('2026-10-29T00:00:00Z'); at += 7 * 60_000) {
      const next = nextWorkStart(at, HOURS, ZONE);
      expect(next).not.toBeNull();
      if (next === null) continue;
      expect(next).toBeGreaterThanOrEqual(at);
      expect(isWorkTime(next, HOURS, ZONE)).toBe(true);
      // and nothing between `at` and `next` is work time (checked at minute steps)
      if (next - at > 60_000) expect(isWorkTime(next - 60_000, HOURS, ZONE)).toBe(false);
    }
  });
});

function openPrompt(overrides: Partial<PromptRecord> = {}): PromptRecord {
  return {
    id: String(tue('09:30')),
    offeredAt: tue('09:30'),
    entryId: 'chin-retraction',
    reason: 'limit',
    boutSeconds: 1800,
    channel: 'notification',
    outcome: null,
    snoozes: 0,
    reminded: false,
    ...overrides,
  };
}

interface Row {
  now: number;
  boutStart: number | null;
  fullscreen?: boolean;
  onCall?: boolean;
  prompter?: Partial<PrompterState>;
  limit?: number;
  expected: Decision;
}

const wait = (wakeAt: number | null): Decision => ({ kind: 'wait', wakeAt });
const OFFER: Decision = { kind: 'offer' };

function run(row: Row): Decision {
  return decide({
    now: row.now,
    boutStart: row.boutStart,
    fullscreen: row.fullscreen ?? false,
    onCall: row.onCall ?? false,
    settings: {
      sittingLimitMinutes: row.limit ?? DEFAULT_SETTINGS.sittingLimitMinutes,
      workHours: DEFAULT_SETTINGS.workHours,
    },
    timeZone: ZONE,
    prompter: { ...createPrompterState(), ...row.prompter },
  });
}

describe('decide: when no prompt is open', () => {
  it.each<[string, Row]>([
    [
      'no bout (away, standing or moving): no alarm',
      { now: tue('10:00'), boutStart: null, expected: wait(null) },
    ],
    [
      '10 min into a bout: wake at the limit',
      { now: tue('09:10'), boutStart: tue('09:00'), expected: wait(tue('09:30')) },
    ],
    ['1 s before the limit', { now: tue('09:29:59'), boutStart: tue('09:00'), expected: wait(tue('09:30')) }],
    ['at the limit: offer', { now: tue('09:30'), boutStart: tue('09:00'), expected: OFFER }],
    ['past the limit: offer', { now: tue('09:47'), boutStart: tue('09:00'), expected: OFFER }],
    [
      'a 45 min limit',
      { now: tue('09:30'), boutStart: tue('09:00'), limit: 45, expected: wait(tue('09:45')) },
    ],
    [
      'this bout already had its prompt: no loop, no alarm',
      {
        now: tue('10:30'),
        boutStart: tue('09:00'),
        prompter: { promptedBoutStart: tue('09:00') },
        expected: wait(null),
      },
    ],
    [
      'a new bout after a prompted one: the limit counts again',
      {
        now: tue('10:00'),
        boutStart: tue('09:50'),
        prompter: { promptedBoutStart: tue('09:00') },
        expected: wait(tue('10:20')),
      },
    ],
    // Work-hour edges.
    [
      'due 08:00, now 08:00: wait for 08:30',
      { now: tue('08:00'), boutStart: tue('07:30'), expected: wait(tue('08:30')) },
    ],
    [
      'due before work, now 08:29:59',
      { now: tue('08:29:59'), boutStart: tue('07:30'), expected: wait(tue('08:30')) },
    ],
    ['due before work, now 08:30: offer', { now: tue('08:30'), boutStart: tue('07:30'), expected: OFFER }],
    ['due 17:29: offer at 17:29', { now: tue('17:29'), boutStart: tue('16:59'), expected: OFFER }],
    ['due 17:29:30: offer', { now: tue('17:29:30'), boutStart: tue('16:59:30'), expected: OFFER }],
    [
      'due 17:30: too late, Wednesday 08:30',
      { now: tue('17:10'), boutStart: tue('17:00'), expected: wait(t('2026-05-20T08:30+02:00')) },
    ],
    [
      'now 17:30 with an overdue bout: Wednesday 08:30',
      { now: tue('17:30'), boutStart: tue('16:00'), expected: wait(t('2026-05-20T08:30+02:00')) },
    ],
    [
      'Friday 17:35: Monday 08:30',
      {
        now: t('2026-05-22T17:35+02:00'),
        boutStart: t('2026-05-22T17:05+02:00'),
        expected: wait(t('2026-05-25T08:30+02:00')),
      },
    ],
    [
      'Saturday: Monday 08:30',
      {
        now: t('2026-05-23T10:30+02:00'),
        boutStart: t('2026-05-23T10:00+02:00'),
        expected: wait(t('2026-05-25T08:30+02:00')),
      },
    ],
    // Pause.
    [
      'paused until 10:00: wait until the pause ends',
      {
        now: tue('09:30'),
        boutStart: tue('09:00'),
        prompter: { pausedUntil: tue('10:00') },
        expected: wait(tue('10:00')),
      },
    ],
    [
      'paused, bout not yet due: the pause end still wakes it',
      {
        now: tue('09:10'),
        boutStart: tue('09:00'),
        prompter: { pausedUntil: tue('10:00') },
        expected: wait(tue('10:00')),
      },
    ],
    [
      'the pause ends exactly now: offer',
      {
        now: tue('10:00'),
        boutStart: tue('09:00'),
        prompter: { pausedUntil: tue('10:00') },
        expected: OFFER,
      },
    ],
    [
      'a pause that ended earlier: offer',
      {
        now: tue('09:30'),
        boutStart: tue('09:00'),
        prompter: { pausedUntil: tue('09:15') },
        expected: OFFER,
      },
    ],
    [
      'paused for the holidays, until a date',
      {
        now: tue('09:30'),
        boutStart: tue('09:00'),
        prompter: { pausedUntil: t('2026-06-01T00:00+02:00') },
        expected: wait(t('2026-06-01T00:00+02:00')),
      },
    ],
    [
      'paused, no bout: no alarm',
      { now: tue('09:30'), boutStart: null, prompter: { pausedUntil: tue('10:00') }, expected: wait(null) },
    ],
    // Fullscreen and calls.
    [
      'fullscreen at the limit: look again in 2 min',
      { now: tue('09:30'), boutStart: tue('09:00'), fullscreen: true, expected: wait(tue('09:32')) },
    ],
    [
      'on a call at the limit: look again in 2 min',
      { now: tue('09:30'), boutStart: tue('09:00'), onCall: true, expected: wait(tue('09:32')) },
    ],
    [
      'fullscreen before the limit: wake at the limit',
      { now: tue('09:10'), boutStart: tue('09:00'), fullscreen: true, expected: wait(tue('09:30')) },
    ],
    [
      'fullscreen outside work hours: the work start, not 2 min',
      {
        now: t('2026-05-23T10:30+02:00'),
        boutStart: t('2026-05-23T10:00+02:00'),
        fullscreen: true,
        expected: wait(t('2026-05-25T08:30+02:00')),
      },
    ],
    // DST days.
    [
      'Saturday 2026-03-28 (CET): Monday 08:30 CEST',
      {
        now: t('2026-03-28T11:30+01:00'),
        boutStart: t('2026-03-28T11:00+01:00'),
        expected: wait(t('2026-03-30T06:30Z')),
      },
    ],
    [
      'Monday 2026-03-30, due before work: 08:30 CEST',
      {
        now: t('2026-03-30T08:20+02:00'),
        boutStart: t('2026-03-30T07:50+02:00'),
        expected: wait(t('2026-03-30T06:30Z')),
      },
    ],
    [
      'Monday 2026-03-30 08:30 CEST: offer',
      { now: t('2026-03-30T06:30Z'), boutStart: t('2026-03-30T06:00Z'), expected: OFFER },
    ],
    [
      'Monday 2026-03-30 07:30Z (09:30 CEST): offer',
      { now: t('2026-03-30T07:30Z'), boutStart: t('2026-03-30T07:00Z'), expected: OFFER },
    ],
    [
      'Saturday 2026-10-24 (CEST): Monday 08:30 CET',
      {
        now: t('2026-10-24T11:30+02:00'),
        boutStart: t('2026-10-24T11:00+02:00'),
        expected: wait(t('2026-10-26T07:30Z')),
      },
    ],
    [
      'Monday 2026-10-26 06:30Z is 07:30 CET: wait for 07:30Z',
      {
        now: t('2026-10-26T06:30Z'),
        boutStart: t('2026-10-26T06:00Z'),
        expected: wait(t('2026-10-26T07:30Z')),
      },
    ],
    [
      'Monday 2026-10-26 08:30 CET: offer',
      { now: t('2026-10-26T07:30Z'), boutStart: t('2026-10-26T07:00Z'), expected: OFFER },
    ],
  ])('%s', (_label, row) => {
    expect(run(row)).toEqual(row.expected);
  });
});

describe('decide: an open prompt', () => {
  const bout = tue('09:00');

  it.each<[string, Row]>([
    [
      'delivered, 4 min unanswered: wake for the reminder at +5',
      {
        now: tue('09:34'),
        boutStart: bout,
        prompter: { active: openPrompt(), deliveredAt: tue('09:30') },
        expected: wait(tue('09:35')),
      },
    ],
    [
      '5 min unanswered: remind',
      {
        now: tue('09:35'),
        boutStart: bout,
        prompter: { active: openPrompt(), deliveredAt: tue('09:30') },
        expected: { kind: 'remind' },
      },
    ],
    [
      'reminded, 4 min more: wake for the expiry',
      {
        now: tue('09:39'),
        boutStart: bout,
        prompter: { active: openPrompt({ reminded: true }), deliveredAt: tue('09:35') },
        expected: wait(tue('09:40')),
      },
    ],
    [
      'reminded, 5 min more: expire (no second reminder)',
      {
        now: tue('09:40'),
        boutStart: bout,
        prompter: { active: openPrompt({ reminded: true }), deliveredAt: tue('09:35') },
        expected: { kind: 'expire' },
      },
    ],
    [
      'reminded and the bout is over: still just expire',
      {
        now: tue('09:50'),
        boutStart: null,
        prompter: { active: openPrompt({ reminded: true }), deliveredAt: tue('09:35') },
        expected: { kind: 'expire' },
      },
    ],
    [
      'open prompt while paused: the prompt runs its course',
      {
        now: tue('09:35'),
        boutStart: bout,
        prompter: { active: openPrompt(), deliveredAt: tue('09:30'), pausedUntil: tue('12:00') },
        expected: { kind: 'remind' },
      },
    ],
    [
      'snoozed until 09:45: wait for it',
      {
        now: tue('09:35'),
        boutStart: bout,
        prompter: {
          active: openPrompt({ snoozes: 1 }),
          deliveredAt: tue('09:30'),
          snoozedUntil: tue('09:45'),
        },
        expected: wait(tue('09:45')),
      },
    ],
    [
      'snooze over, still sitting: deliver again',
      {
        now: tue('09:45'),
        boutStart: bout,
        prompter: {
          active: openPrompt({ snoozes: 1 }),
          deliveredAt: tue('09:30'),
          snoozedUntil: tue('09:45'),
        },
        expected: { kind: 'redeliver' },
      },
    ],
    [
      'snooze over, no bout any more: expire',
      {
        now: tue('09:45'),
        boutStart: null,
        prompter: {
          active: openPrompt({ snoozes: 1 }),
          deliveredAt: tue('09:30'),
          snoozedUntil: tue('09:45'),
        },
        expected: { kind: 'expire' },
      },
    ],
    [
      'snooze over, fullscreen: look again in 2 min',
      {
        now: tue('09:45'),
        boutStart: bout,
        fullscreen: true,
        prompter: {
          active: openPrompt({ snoozes: 1 }),
          deliveredAt: tue('09:30'),
          snoozedUntil: tue('09:45'),
        },
        expected: wait(tue('09:47')),
      },
    ],
    [
      'snooze over, on a call: look again in 2 min',
      {
        now: tue('09:45'),
        boutStart: bout,
        onCall: true,
        prompter: {
          active: openPrompt({ snoozes: 1 }),
          deliveredAt: tue('09:30'),
          snoozedUntil: tue('09:45'),
        },
        expected: wait(tue('09:47')),
      },
    ],
    [
      'redelivered after a snooze: a reminder 5 min after the redelivery',
      {
        now: tue('09:46'),
        boutStart: bout,
        prompter: { active: openPrompt({ snoozes: 1 }), deliveredAt: tue('09:45') },
        expected: wait(tue('09:50')),
      },
    ],
  ])('%s', (_label, row) => {
    expect(run(row)).toEqual(row.expected);
  });
});
