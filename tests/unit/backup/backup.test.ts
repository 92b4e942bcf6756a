import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_MAX_BYTES,
  BACKUP_VERSION,
  type BackupProblem,
  type BackupStores,
  type Contents,
  contentsOf,
  EARLIEST_TIME,
  makeBackup,
  parseBackup,
  restorePreview,
  STORE_NAMES,
} from '@/lib/backup/backup';
import { REGIONS } from '@/lib/catalogue/types';
import type { StoredEvent } from '@/lib/db/schema';
import { SKIP_REASONS } from '@/lib/prompts/types';
import type { Settings } from '@/lib/settings';
import { backupText, NOW, sampleBackup, sampleStores, ZONE } from './fixture';

const DAY = 86_400_000;

function problemOf(text: string): BackupProblem | null {
  const result = parseBackup(text, { now: NOW });
  return result.ok ? null : result.problem;
}

describe('a valid backup', () => {
  it('is read back as it was made', () => {
    const backup = sampleBackup();
    const result = parseBackup(JSON.stringify(backup), { now: NOW });
    expect(result).toEqual({ ok: true, backup });
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(backup.exportedAt).toBe('2026-06-30T12:00:00.000Z');
  });

  it('may start with a byte order mark and be pretty-printed', () => {
    expect(parseBackup(`\uFEFF${JSON.stringify(sampleBackup(), null, 2)}`, { now: NOW }).ok).toBe(true);
  });

  it('keeps only the known fields of each record', () => {
    const result = parseBackup(
      backupText((root) => {
        (root.stores.prompts[0] as Record<string, unknown>).payload = '<script>alert(1)</script>';
        root.extra = { anything: true };
      }),
      { now: NOW },
    );
    expect(result.ok && 'payload' in (result.backup.stores.prompts[0] ?? {})).toBe(false);
    expect(result.ok && 'extra' in result.backup).toBe(false);
  });

  it('fills in settings missing from an older backup with their defaults', () => {
    const result = parseBackup(
      backupText((root) => {
        root.settings = { sittingLimitMinutes: 45 };
      }),
      { now: NOW },
    );
    expect(result.ok && result.backup.settings.sittingLimitMinutes).toBe(45);
    expect(result.ok && result.backup.settings.workHours.start).toBe('08:30');
  });

  it("keeps a prompt's own local date", () => {
    const result = parseBackup(
      backupText((root) => {
        const prompt = root.stores.prompts[0] as Record<string, unknown>;
        // 07:00 UTC is 16:00 in Tokyo: the same date, kept as given.
        prompt.date = new Date(prompt.offeredAt as number).toISOString().slice(0, 10);
      }),
      { now: NOW },
    );
    expect(result.ok && result.backup.stores.prompts[0]?.date).toBe('2026-06-29');
  });

  it('accepts a pause that runs until a date far ahead (a holiday)', () => {
    const text = backupText((root) => {
      root.stores.pauses = [{ from: NOW - DAY, until: NOW + 60 * DAY }];
    });
    expect(problemOf(text)).toBeNull();
  });
});

/** The faults, one case each, with the exact problem. */
const faults: [string, string, BackupProblem][] = [
  ['text that is not JSON', 'date,sitting_seconds\r\n2026-06-29,3600\r\n', { code: 'not-json' }],
  ['an HTML page', '<html><body><script>alert(1)</script></body></html>', { code: 'not-json' }],
  ['an empty file', '', { code: 'not-json' }],
  ['JSON of another kind', '[1, 2, 3]', { code: 'wrong-format' }],
  ['an object without the format', '{"version": 1, "stores": {}}', { code: 'wrong-format' }],
  [
    'a newer schema',
    backupText((root) => {
      root.version = 2;
    }),
    { code: 'newer-version', version: 2, supported: 1 },
  ],
  [
    'a version that is not a number',
    backupText((root) => {
      root.version = '1';
    }),
    { code: 'wrong-type', path: 'version', expected: 'integer' },
  ],
  [
    'version 0',
    backupText((root) => {
      root.version = 0;
    }),
    { code: 'bad-value', path: 'version', value: '0' },
  ],
  ['a file cut off in the middle', backupText().slice(0, 700), { code: 'truncated' }],
  [
    'a file cut off inside a string',
    backupText().slice(0, backupText().indexOf('chin-retraction') + 4),
    { code: 'truncated' },
  ],
  ['a file missing its last brace', backupText().slice(0, -1), { code: 'truncated' }],
  [
    'a store missing',
    backupText((root) => {
      delete (root.stores as Partial<typeof root.stores>).checkins;
    }),
    { code: 'missing', path: 'stores.checkins' },
  ],
  [
    'a field missing',
    backupText((root) => {
      delete (root.stores.days[1] as Record<string, unknown>).breaks;
    }),
    { code: 'missing', path: 'stores.days[1].breaks' },
  ],
  [
    'a number written as text',
    backupText((root) => {
      (root.stores.days[0] as Record<string, unknown>).sittingSeconds = '3600';
    }),
    { code: 'wrong-type', path: 'stores.days[0].sittingSeconds', expected: 'number' },
  ],
  [
    'a store that is not a list',
    backupText((root) => {
      root.stores.prompts = { 0: {} } as unknown as unknown[];
    }),
    { code: 'wrong-type', path: 'stores.prompts', expected: 'array' },
  ],
  [
    'a record that is not an object',
    backupText((root) => {
      root.stores.pauses = [42];
    }),
    { code: 'wrong-type', path: 'stores.pauses[0]', expected: 'object' },
  ],
  [
    'a count that is not whole',
    backupText((root) => {
      (root.stores.prompts[0] as Record<string, unknown>).snoozes = 1.5;
    }),
    { code: 'wrong-type', path: 'stores.prompts[0].snoozes', expected: 'integer' },
  ],
  [
    'a boolean written as text',
    backupText((root) => {
      (root.stores.summaries[0] as Record<string, unknown>).workDay = 'yes';
    }),
    { code: 'wrong-type', path: 'stores.summaries[0].workDay', expected: 'boolean' },
  ],
  [
    'a negative duration',
    backupText((root) => {
      (root.stores.days[0] as Record<string, unknown>).awaySeconds = -1;
    }),
    { code: 'bad-value', path: 'stores.days[0].awaySeconds', value: '-1' },
  ],
  [
    'an unknown outcome',
    backupText((root) => {
      (root.stores.prompts[1] as Record<string, unknown>).outcome = '<b>maybe</b>';
    }),
    { code: 'bad-value', path: 'stores.prompts[1].outcome', value: '<b>maybe</b>' },
  ],
  [
    'a duplicate prompt id',
    backupText((root) => {
      (root.stores.prompts[2] as Record<string, unknown>).id = (root.stores.prompts[0] as { id: string }).id;
    }),
    { code: 'duplicate-id', store: 'prompts', id: String(Date.parse('2026-06-29T07:00:00Z')) },
  ],
  [
    'a duplicate day',
    backupText((root) => {
      root.stores.days.push(root.stores.days[0]);
    }),
    { code: 'duplicate-id', store: 'days', id: '2026-06-28' },
  ],
  [
    'a duplicate event id',
    backupText((root) => {
      (root.stores.events[3] as Record<string, unknown>).id = 1;
    }),
    { code: 'duplicate-id', store: 'events', id: '1' },
  ],
  [
    'a time before 2000',
    backupText((root) => {
      (root.stores.prompts[0] as Record<string, unknown>).offeredAt = Date.UTC(1999, 11, 31, 23);
    }),
    { code: 'date-out-of-range', path: 'stores.prompts[0].offeredAt', value: '1999-12-31T23:00:00.000Z' },
  ],
  [
    'a time more than a day after now',
    backupText((root) => {
      (root.stores.events[0] as Record<string, unknown>).at = NOW + DAY + 1;
    }),
    { code: 'date-out-of-range', path: 'stores.events[0].at', value: '2026-07-01T12:00:00.001Z' },
  ],
  [
    'a date in the future',
    backupText((root) => {
      (root.stores.days[0] as Record<string, unknown>).date = '2031-01-01';
    }),
    { code: 'date-out-of-range', path: 'stores.days[0].date', value: '2031-01-01' },
  ],
  [
    'a date before 2000',
    backupText((root) => {
      (root.stores.summaries[0] as Record<string, unknown>).date = '1999-12-31';
    }),
    { code: 'date-out-of-range', path: 'stores.summaries[0].date', value: '1999-12-31' },
  ],
  [
    'an export time in the future',
    backupText((root) => {
      root.exportedAt = '2099-01-01T00:00:00.000Z';
    }),
    { code: 'date-out-of-range', path: 'exportedAt', value: '2099-01-01T00:00:00.000Z' },
  ],
  [
    'a date that does not exist',
    backupText((root) => {
      (root.stores.days[0] as Record<string, unknown>).date = '2026-02-30';
    }),
    { code: 'bad-value', path: 'stores.days[0].date', value: '2026-02-30' },
  ],
  [
    "a prompt's local date days away from when it was offered",
    backupText((root) => {
      (root.stores.prompts[0] as Record<string, unknown>).date = '2026-06-20';
    }),
    { code: 'bad-value', path: 'stores.prompts[0].date', value: '2026-06-20' },
  ],
  [
    'a week that does not exist',
    backupText((root) => {
      (root.stores.checkins[0] as Record<string, unknown>).week = '2026-W54';
    }),
    { code: 'bad-value', path: 'stores.checkins[0].week', value: '2026-W54' },
  ],
  [
    'a week in the future',
    backupText((root) => {
      (root.stores.checkins[0] as Record<string, unknown>).week = '2026-W40';
    }),
    { code: 'date-out-of-range', path: 'stores.checkins[0].week', value: '2026-W40' },
  ],
  [
    'a tension above 10',
    backupText((root) => {
      (root.stores.checkins[0] as { tension: Record<string, number> }).tension.shoulder = 11;
    }),
    { code: 'bad-value', path: 'stores.checkins[0].tension.shoulder', value: '11' },
  ],
  [
    'a tension for an unknown region',
    backupText((root) => {
      (root.stores.checkins[0] as { tension: Record<string, number> }).tension.elbow = 3;
    }),
    { code: 'bad-value', path: 'stores.checkins[0].tension', value: 'elbow' },
  ],
  [
    'a pause that ends before it starts',
    backupText((root) => {
      root.stores.pauses = [{ from: NOW - DAY, until: NOW - 2 * DAY }];
    }),
    { code: 'bad-value', path: 'stores.pauses[0].until', value: new Date(NOW - 2 * DAY).toISOString() },
  ],
  [
    'an unknown event type',
    backupText((root) => {
      (root.stores.events[1] as Record<string, unknown>).type = 'jump';
    }),
    { code: 'bad-value', path: 'stores.events[1].type', value: 'jump' },
  ],
  [
    'an event without its state',
    backupText((root) => {
      delete (root.stores.events[0] as Record<string, unknown>).state;
    }),
    { code: 'missing', path: 'stores.events[0].state' },
  ],
  [
    'an event in a zone that does not exist',
    backupText((root) => {
      (root.stores.events[2] as Record<string, unknown>).zone = 'Mars/Olympus';
    }),
    { code: 'bad-value', path: 'stores.events[2].zone', value: 'Mars/Olympus' },
  ],
  [
    'an event id that is not whole',
    backupText((root) => {
      (root.stores.events[2] as Record<string, unknown>).id = 2.5;
    }),
    { code: 'wrong-type', path: 'stores.events[2].id', expected: 'integer' },
  ],
  [
    'a damaged timeline',
    backupText((root) => {
      (root.stores.timeline[0] as Record<string, unknown>).segments = 's0,x12.3';
    }),
    { code: 'bad-value', path: 'stores.timeline[0].segments', value: 's0,x12.3' },
  ],
  [
    'a timeline running backwards',
    backupText((root) => {
      (root.stores.timeline[0] as Record<string, unknown>).segments = 's100,a10.200';
    }),
    { code: 'bad-value', path: 'stores.timeline[0].segments', value: 's100,a10.200' },
  ],
  [
    'a summary with 23 hours',
    backupText((root) => {
      (root.stores.summaries[0] as { sittingByHour: number[] }).sittingByHour.pop();
    }),
    { code: 'bad-value', path: 'stores.summaries[0].sittingByHour', value: '23 values' },
  ],
  [
    'a sitting limit out of its range',
    backupText((root) => {
      (root.settings as Record<string, unknown>).sittingLimitMinutes = 5;
    }),
    { code: 'bad-value', path: 'settings.sittingLimitMinutes', value: '5' },
  ],
  [
    'an unknown focus region',
    backupText((root) => {
      (root.settings as Record<string, unknown>).focusRegions = ['<img src=x onerror=alert(1)>'];
    }),
    { code: 'bad-value', path: 'settings.focusRegions[0]', value: '<img src=x onerror=alert(1)>' },
  ],
  [
    'settings that are not an object',
    backupText((root) => {
      root.settings = 'default';
    }),
    { code: 'wrong-type', path: 'settings', expected: 'object' },
  ],
];

describe('a faulty backup', () => {
  it.each(faults)('%s is refused with its exact problem', (_name, text, problem) => {
    expect(problemOf(text)).toEqual(problem);
  });

  it('over 50 MB is refused before it is parsed', () => {
    const text = `{"format":"balans-backup","pad":"${'x'.repeat(BACKUP_MAX_BYTES)}"}`;
    expect(problemOf(text)).toEqual({ code: 'too-large', bytes: text.length, limit: BACKUP_MAX_BYTES });
  });

  it('over 50 MB of UTF-8 in fewer characters is refused too', () => {
    const text = `"${'€'.repeat(Math.ceil(BACKUP_MAX_BYTES / 3) + 1)}"`;
    expect(text.length).toBeLessThan(BACKUP_MAX_BYTES);
    const problem = problemOf(text);
    expect(problem?.code).toBe('too-large');
    expect(problem?.code === 'too-large' && problem.bytes).toBe((text.length - 2) * 3 + 2);
  });

  it('shows a long hostile value cut short', () => {
    const long = `<script>${'x'.repeat(500)}</script>`;
    const problem = problemOf(
      backupText((root) => {
        (root.stores.prompts[0] as Record<string, unknown>).channel = long;
      }),
    );
    expect(problem?.code).toBe('bad-value');
    expect(problem?.code === 'bad-value' && problem.value.length).toBe(80);
  });
});

// --- property: a backup made is a backup read -------------------------------------------

const time = fc.integer({ min: EARLIEST_TIME, max: NOW });
const date = fc
  .integer({ min: EARLIEST_TIME, max: NOW })
  .map((at) => new Date(at).toISOString().slice(0, 10));
const amount = fc.nat({ max: 200_000 });
const zone = fc.constantFrom('Europe/Amsterdam', 'UTC', 'America/New_York', 'Asia/Kolkata');

const figuresArb = fc.record({
  date,
  sittingSeconds: amount,
  standingSeconds: amount,
  movingSeconds: amount,
  awaySeconds: amount,
  untrackedSeconds: amount,
  breaks: fc.nat({ max: 100 }),
  longestBoutSeconds: amount,
  boutsOver30: fc.nat({ max: 20 }),
});

const summaryArb = fc
  .tuple(
    figuresArb,
    fc.record({
      workDay: fc.boolean(),
      workSittingSeconds: amount,
      workPresentSeconds: amount,
      workBreaks: fc.nat({ max: 50 }),
      boutSeconds: fc.array(amount, { maxLength: 10 }),
      sittingByHour: fc.array(fc.nat({ max: 3600 }), { minLength: 24, maxLength: 24 }),
    }),
  )
  .map(([figures, extra]) => ({ ...figures, ...extra }));

const promptArb = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 40 }),
    offeredAt: time,
    entryId: fc.oneof(
      fc.constantFrom('chin-retraction', 'shoulder-rolls'),
      fc.string({ minLength: 1, maxLength: 100 }),
    ),
    reason: fc.constantFrom('limit' as const, 'asked' as const),
    boutSeconds: amount,
    channel: fc.constantFrom(
      'notification' as const,
      'move-now' as const,
      'command' as const,
      'auto-window' as const,
    ),
    outcome: fc.constantFrom(
      null,
      'done' as const,
      'partly' as const,
      'skipped' as const,
      'snoozed' as const,
      'unanswered' as const,
    ),
    skipReason: fc.constantFrom(...SKIP_REASONS),
    answeredAt: time,
    startedAt: time,
    snoozes: fc.nat({ max: 3 }),
    reminded: fc.boolean(),
  },
  {
    requiredKeys: [
      'id',
      'offeredAt',
      'entryId',
      'reason',
      'boutSeconds',
      'channel',
      'outcome',
      'snoozes',
      'reminded',
    ],
  },
);

const timelineArb = fc
  .tuple(
    date,
    fc.integer({ min: -14 * 3600, max: 14 * 3600 }),
    fc.array(fc.tuple(fc.constantFrom('s', 't', 'm', 'a', 'u'), fc.nat({ max: 3000 })), { maxLength: 20 }),
    fc.nat({ max: 3000 }),
  )
  .map(([day, shift, pieces, tail]) => {
    let offset = 0;
    const parts = pieces.map(([letter, step]) => {
      offset += step;
      return `${letter}${offset.toString(36)}`;
    });
    const segments = parts.length === 0 ? '' : `${parts.join(',')}.${(offset + tail).toString(36)}`;
    return {
      date: day,
      dayStart: Math.max(EARLIEST_TIME, Date.parse(`${day}T00:00:00Z`) + shift * 1000),
      segments,
    };
  });

const weekArb = fc
  .tuple(fc.integer({ min: 2000, max: 2025 }), fc.integer({ min: 1, max: 52 }))
  .map(([year, week]) => `${year}-W${String(week).padStart(2, '0')}`);

const checkinArb = fc.record({
  week: weekArb,
  at: time,
  tension: fc.record(Object.fromEntries(REGIONS.map((region) => [region, fc.integer({ min: 0, max: 10 })])), {
    requiredKeys: [],
  }),
  moving: fc.constantFrom(null, 'easier' as const, 'same' as const, 'harder' as const),
});

const pauseArb = fc
  .tuple(time, fc.nat({ max: 90 * DAY }))
  .map(([from, length]) => ({ from, until: from + length }));

const eventArb = fc
  .tuple(
    time,
    zone,
    fc.oneof(
      fc.record({
        type: fc.constantFrom('start' as const, 'idle' as const),
        state: fc.constantFrom('active' as const, 'idle' as const, 'locked' as const),
      }),
      fc.record({ type: fc.constantFrom('tick' as const, 'end' as const) }),
      fc.record({ type: fc.constant('call' as const), on: fc.boolean() }),
      fc.record({
        type: fc.constant('report' as const),
        posture: fc.constantFrom('sitting' as const, 'standing' as const, 'moving' as const),
      }),
    ),
  )
  .map(([at, zoneName, rest]) => ({ at, realAt: at, zone: zoneName, ...rest }));

const storesArb: fc.Arbitrary<BackupStores> = fc.record({
  days: fc.uniqueArray(figuresArb, { selector: (d) => d.date, maxLength: 8 }),
  summaries: fc.uniqueArray(summaryArb, { selector: (d) => d.date, maxLength: 8 }),
  prompts: fc.uniqueArray(promptArb, { selector: (p) => p.id, maxLength: 8 }),
  timeline: fc.uniqueArray(timelineArb, { selector: (t) => t.date, maxLength: 5 }),
  checkins: fc.uniqueArray(checkinArb, { selector: (c) => c.week, maxLength: 5 }),
  pauses: fc.uniqueArray(pauseArb, { selector: (p) => p.from, maxLength: 5 }),
  events: fc
    .array(eventArb, { maxLength: 12 })
    .map((events) => events.map((event, i) => ({ ...event, id: i + 1 }) as StoredEvent)),
});

const settingsArb: fc.Arbitrary<Settings> = fc.record({
  language: fc.constantFrom('auto' as const, 'en' as const, 'nl' as const),
  sittingLimitMinutes: fc.integer({ min: 20, max: 60 }),
  workHours: fc.record({
    days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }),
    start: fc.constantFrom('07:00', '08:30', '09:15'),
    end: fc.constantFrom('16:00', '17:30', '23:59'),
  }),
  focusRegions: fc.subarray([...REGIONS]),
  seatedOnly: fc.boolean(),
  standingDesk: fc.boolean(),
  autoOpenWindow: fc.boolean(),
});

describe('round trip', () => {
  it('makeBackup → JSON.stringify → parseBackup gives the same backup', () => {
    fc.assert(
      fc.property(
        storesArb,
        settingsArb,
        fc.integer({ min: EARLIEST_TIME, max: NOW }),
        (stores, settings, exportedAt) => {
          const backup = makeBackup({ exportedAt, settings, stores });
          const result = parseBackup(JSON.stringify(backup), { now: NOW });
          if (!result.ok) throw new Error(JSON.stringify(result.problem));
          expect(result.backup).toEqual(backup);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('any prefix of a backup is refused, never read as another backup', () => {
    const text = JSON.stringify(sampleBackup());
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), (cut) => {
        const problem = problemOf(text.slice(0, cut));
        expect(problem).not.toBeNull();
        expect(['truncated', 'not-json']).toContain(problem?.code);
      }),
      { numRuns: 300 },
    );
  });
});

// --- preview ------------------------------------------------------------------------------

function emptyContents(): Contents {
  return Object.fromEntries(
    STORE_NAMES.map((store) => [store, { count: 0, first: null, last: null }]),
  ) as Contents;
}

describe('the restore preview', () => {
  it('lists every store: what is there now and what the backup puts in its place', () => {
    const current = { ...emptyContents(), days: { count: 40, first: '2026-05-01', last: '2026-06-29' } };
    const preview = restorePreview(current, sampleBackup(), ZONE);
    expect(preview.changes.map((change) => change.store)).toEqual([...STORE_NAMES]);
    expect(preview.changes.find((c) => c.store === 'days')).toEqual({
      store: 'days',
      current: { count: 40, first: '2026-05-01', last: '2026-06-29' },
      incoming: { count: 2, first: '2026-06-28', last: '2026-06-29' },
    });
    expect(preview.changes.find((c) => c.store === 'prompts')?.incoming).toEqual({
      count: 3,
      first: '2026-06-29',
      last: '2026-06-29',
    });
    expect(preview.changes.find((c) => c.store === 'pauses')?.incoming).toEqual({
      count: 1,
      first: '2026-06-27',
      last: '2026-06-27',
    });
    expect(preview.removed).toBe(40);
    const stores = sampleStores();
    expect(preview.added).toBe(STORE_NAMES.reduce((sum, store) => sum + stores[store].length, 0));
    expect(preview.incoming).toEqual({ first: '2026-06-27', last: '2026-06-29' });
    expect(preview.losesAfter).toBeNull();
    expect(preview.exportedAt).toBe('2026-06-30T12:00:00.000Z');
  });

  it('warns when the history kept now runs later than the backup', () => {
    const current = { ...emptyContents(), summaries: { count: 3, first: '2026-06-28', last: '2026-07-01' } };
    expect(restorePreview(current, sampleBackup(), ZONE).losesAfter).toBe('2026-07-01');
    const empty = makeBackup({ exportedAt: NOW, settings: sampleBackup().settings, stores: contentsFree() });
    const preview = restorePreview(current, empty, ZONE);
    expect(preview.losesAfter).toBe('2026-07-01');
    expect(preview.incoming).toEqual({ first: null, last: null });
  });

  it('contentsOf counts each store and its dates', () => {
    const contents = contentsOf(sampleStores(), ZONE);
    expect(contents.events).toEqual({ count: 4, first: '2026-06-29', last: '2026-06-29' });
    expect(contents.checkins).toEqual({ count: 1, first: '2026-06-29', last: '2026-06-29' });
  });
});

function contentsFree(): BackupStores {
  return { days: [], summaries: [], prompts: [], timeline: [], checkins: [], pauses: [], events: [] };
}
