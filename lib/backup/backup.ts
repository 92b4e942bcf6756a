/**
 * The JSON backup of everything Balans keeps (docs/data-formats.md): making one, reading one
 * back with a check of every field of every record, and a preview of what a restore changes.
 * A backup is untrusted input: parseBackup returns clean copies holding only known fields, or
 * the first problem it finds, named precisely enough to show the person. Pure.
 */
import { REGIONS } from '../catalogue/types';
import type { StoredEvent } from '../db/schema';
import { isStoredEvent } from '../db/validate';
import { isValidTimeZone, localDate } from '../model/local-days';
import type { DayFigures } from '../model/types';
import { type PromptRecord, SKIP_REASONS } from '../prompts/types';
import { DEFAULT_SETTINGS, readSettings, type Settings, SITTING_LIMIT_RANGE } from '../settings';
import type { DayTimeline } from '../stats/timeline';
import type { Checkin, DaySummary, PauseRecord } from '../stats/types';

export const BACKUP_FORMAT = 'balans-backup';
export const BACKUP_VERSION = 1;
/** The largest backup read: 50 MB of UTF-8. */
export const BACKUP_MAX_BYTES = 50 * 1024 * 1024;
/** No record of Balans can be older than this. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;
/** The latest instant a JavaScript Date can hold. */
const LATEST_DATE = 8.64e15;

/** The stores of IndexedDB, in the order a backup lists them. */
export const STORE_NAMES = [
  'days',
  'summaries',
  'prompts',
  'timeline',
  'checkins',
  'pauses',
  'events',
] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export interface BackupStores {
  days: DayFigures[];
  summaries: DaySummary[];
  prompts: PromptRecord[];
  timeline: DayTimeline[];
  checkins: Checkin[];
  pauses: PauseRecord[];
  events: StoredEvent[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601 in UTC, e.g. "2026-06-30T12:00:00.000Z". */
  exportedAt: string;
  settings: Settings;
  stores: BackupStores;
}

export function makeBackup(input: { exportedAt: number; settings: Settings; stores: BackupStores }): Backup {
  const { stores } = input;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(input.exportedAt).toISOString(),
    settings: input.settings,
    stores: {
      days: stores.days,
      summaries: stores.summaries,
      prompts: stores.prompts,
      timeline: stores.timeline,
      checkins: stores.checkins,
      pauses: stores.pauses,
      events: stores.events,
    },
  };
}

/** What a value should have been, for a `wrong-type` problem. */
export type Expected = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';

export type BackupProblem =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'not-json' }
  | { code: 'truncated' }
  | { code: 'wrong-format' }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'missing'; path: string }
  | { code: 'wrong-type'; path: string; expected: Expected }
  | { code: 'bad-value'; path: string; value: string }
  | { code: 'duplicate-id'; store: StoreName; id: string }
  | { code: 'date-out-of-range'; path: string; value: string };

export type BackupResult = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/** Thrown inside the checks and turned into a result at the top; never escapes this module. */
class Fault extends Error {
  constructor(readonly problem: BackupProblem) {
    super(problem.code);
  }
}

function fail(problem: BackupProblem): never {
  throw new Fault(problem);
}

const MAX_SHOWN = 80;

/** A value as it may be shown to the person: JSON, cut short. Rendered as text only. */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Whether text that JSON.parse refused looks like the start of a JSON document cut off: it
 * ends inside a string or with brackets still open, and no bracket closes the wrong one.
 */
function looksTruncated(text: string): boolean {
  const open: string[] = [];
  let inString = false;
  let escaped = false;
  let sawBracket = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      open.push(c === '{' ? '}' : ']');
      sawBracket = true;
    } else if (c === '}' || c === ']') {
      if (open.pop() !== c) return false;
    }
  }
  return sawBracket && (inString || open.length > 0);
}

// --- field checks -----------------------------------------------------------------------

type Obj = Record<string, unknown>;

interface Context {
  /** Latest instant a recorded time may have: a day after now. */
  latest: number;
  zones: Set<string>;
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, path: string): Obj {
  if (value === undefined) fail({ code: 'missing', path });
  if (!isObject(value)) fail({ code: 'wrong-type', path, expected: 'object' });
  return value;
}

function array(value: unknown, path: string): unknown[] {
  if (value === undefined) fail({ code: 'missing', path });
  if (!Array.isArray(value)) fail({ code: 'wrong-type', path, expected: 'array' });
  return value;
}

function field(record: Obj, name: string, path: string): unknown {
  const value = record[name];
  if (value === undefined) fail({ code: 'missing', path: `${path}.${name}` });
  return value;
}

function str(record: Obj, name: string, path: string, maxLength = 200): string {
  const value = field(record, name, path);
  if (typeof value !== 'string') fail({ code: 'wrong-type', path: `${path}.${name}`, expected: 'string' });
  if (value.length === 0 || value.length > maxLength)
    fail({ code: 'bad-value', path: `${path}.${name}`, value: showValue(value) });
  return value;
}

function bool(record: Obj, name: string, path: string): boolean {
  const value = field(record, name, path);
  if (typeof value !== 'boolean') fail({ code: 'wrong-type', path: `${path}.${name}`, expected: 'boolean' });
  return value;
}

function numberAt(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail({ code: 'wrong-type', path, expected: 'number' });
  return value;
}

/** A count or a duration: a finite number, zero or more; `integer` when it counts things. */
function amountAt(value: unknown, path: string, integer = false): number {
  const n = numberAt(value, path);
  if (integer && !Number.isInteger(n)) fail({ code: 'wrong-type', path, expected: 'integer' });
  if (n < 0) fail({ code: 'bad-value', path, value: showValue(n) });
  return n;
}

function amount(record: Obj, name: string, path: string, integer = false): number {
  return amountAt(field(record, name, path), `${path}.${name}`, integer);
}

function oneOf<T extends string>(record: Obj, name: string, path: string, allowed: readonly T[]): T {
  const value = field(record, name, path);
  if (typeof value !== 'string') fail({ code: 'wrong-type', path: `${path}.${name}`, expected: 'string' });
  if (!(allowed as readonly string[]).includes(value))
    fail({ code: 'bad-value', path: `${path}.${name}`, value: showValue(value) });
  return value as T;
}

function showTime(at: number): string {
  return Math.abs(at) <= LATEST_DATE ? new Date(at).toISOString() : String(at);
}

/** A recorded instant (epoch ms): from 2000-01-01 up to a day after now. */
function timeAt(value: unknown, path: string, context: Context, latest = context.latest): number {
  const at = numberAt(value, path);
  if (at < EARLIEST_TIME || at > latest) fail({ code: 'date-out-of-range', path, value: showTime(at) });
  return at;
}

function time(record: Obj, name: string, path: string, context: Context): number {
  return timeAt(field(record, name, path), `${path}.${name}`, context);
}

function optionalTime(record: Obj, name: string, path: string, context: Context): number | undefined {
  return record[name] === undefined ? undefined : time(record, name, path, context);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A local date, YYYY-MM-DD, that exists and lies from 2000-01-01 up to a day after now. */
function date(record: Obj, name: string, path: string, context: Context): string {
  const value = str(record, name, path, 10);
  const match = DATE.exec(value);
  const utc = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || new Date(utc).toISOString().slice(0, 10) !== value)
    fail({ code: 'bad-value', path: `${path}.${name}`, value: showValue(value) });
  if (utc < EARLIEST_TIME || utc > context.latest)
    fail({ code: 'date-out-of-range', path: `${path}.${name}`, value });
  return value;
}

const WEEK = /^(\d{4})-W(\d{2})$/;

/** An ISO week, e.g. "2026-W21", that exists and starts from 2000 up to a day after now. */
function week(record: Obj, name: string, path: string, context: Context): string {
  const value = str(record, name, path, 8);
  const match = WEEK.exec(value);
  const year = Number(match?.[1]);
  const number = Number(match?.[2]);
  // Week 1 holds 4 January; a week belongs to the year of its Thursday.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (number - 1) * 7 * DAY_MS;
  const thursday = new Date(monday + 3 * DAY_MS);
  if (!match || number < 1 || thursday.getUTCFullYear() !== year)
    fail({ code: 'bad-value', path: `${path}.${name}`, value: showValue(value) });
  if (year < 2000 || monday > context.latest)
    fail({ code: 'date-out-of-range', path: `${path}.${name}`, value });
  return value;
}

function zone(record: Obj, name: string, path: string, context: Context): string {
  const value = str(record, name, path, 100);
  if (!context.zones.has(value)) {
    if (!isValidTimeZone(value))
      fail({ code: 'bad-value', path: `${path}.${name}`, value: showValue(value) });
    context.zones.add(value);
  }
  return value;
}

// --- records ----------------------------------------------------------------------------

function dayFigures(record: Obj, path: string, context: Context): DayFigures {
  return {
    date: date(record, 'date', path, context),
    sittingSeconds: amount(record, 'sittingSeconds', path),
    standingSeconds: amount(record, 'standingSeconds', path),
    movingSeconds: amount(record, 'movingSeconds', path),
    awaySeconds: amount(record, 'awaySeconds', path),
    untrackedSeconds: amount(record, 'untrackedSeconds', path),
    breaks: amount(record, 'breaks', path, true),
    longestBoutSeconds: amount(record, 'longestBoutSeconds', path),
    boutsOver30: amount(record, 'boutsOver30', path, true),
  };
}

function amounts(record: Obj, name: string, path: string, length?: number): number[] {
  const list = array(record[name], `${path}.${name}`);
  if (length !== undefined && list.length !== length)
    fail({ code: 'bad-value', path: `${path}.${name}`, value: `${list.length} values` });
  return list.map((value, i) => amountAt(value, `${path}.${name}[${i}]`));
}

function daySummary(record: Obj, path: string, context: Context): DaySummary {
  return {
    ...dayFigures(record, path, context),
    workDay: bool(record, 'workDay', path),
    workSittingSeconds: amount(record, 'workSittingSeconds', path),
    workPresentSeconds: amount(record, 'workPresentSeconds', path),
    workBreaks: amount(record, 'workBreaks', path, true),
    boutSeconds: amounts(record, 'boutSeconds', path),
    sittingByHour: amounts(record, 'sittingByHour', path, 24),
  };
}

const OUTCOMES = ['done', 'partly', 'skipped', 'snoozed', 'unanswered'] as const;
const CHANNELS = ['notification', 'move-now', 'command', 'auto-window'] as const;
const REASONS = ['limit', 'asked'] as const;

function promptRecord(record: Obj, path: string, context: Context): PromptRecord {
  const outcome = record.outcome === null ? null : oneOf(record, 'outcome', path, OUTCOMES);
  const prompt: PromptRecord = {
    id: str(record, 'id', path, 40),
    offeredAt: time(record, 'offeredAt', path, context),
    entryId: str(record, 'entryId', path, 100),
    reason: oneOf(record, 'reason', path, REASONS),
    boutSeconds: amount(record, 'boutSeconds', path),
    channel: oneOf(record, 'channel', path, CHANNELS),
    outcome,
    snoozes: amount(record, 'snoozes', path, true),
    reminded: bool(record, 'reminded', path),
  };
  if (record.date !== undefined) {
    const local = date(record, 'date', path, context);
    // A local date is the UTC date of the instant or the one either side (zones reach ±14 h).
    if (Math.abs(Date.parse(`${local}T12:00:00Z`) - prompt.offeredAt) > 2 * DAY_MS)
      fail({ code: 'bad-value', path: `${path}.date`, value: local });
    prompt.date = local;
  }
  if (record.skipReason !== undefined) prompt.skipReason = oneOf(record, 'skipReason', path, SKIP_REASONS);
  const answeredAt = optionalTime(record, 'answeredAt', path, context);
  if (answeredAt !== undefined) prompt.answeredAt = answeredAt;
  const startedAt = optionalTime(record, 'startedAt', path, context);
  if (startedAt !== undefined) prompt.startedAt = startedAt;
  return prompt;
}

/** A day's encoded timeline (lib/stats/timeline.ts): letter+offset pieces, then "." and the end. */
const TIMELINE = /^(?:[stmau][0-9a-z]{1,6}(?:,[stmau][0-9a-z]{1,6})*\.[0-9a-z]{1,6})?$/;
/** A local day lasts at most 25 hours (a DST change); allow a little more. */
const MAX_DAY_SECONDS = 27 * 3600;

function timeline(record: Obj, path: string, context: Context): DayTimeline {
  const dateText = date(record, 'date', path, context);
  const dayStart = time(record, 'dayStart', path, context);
  // The day's first instant lies within ±27 h of its UTC midnight, whatever the zone.
  if (Math.abs(dayStart - Date.parse(`${dateText}T00:00:00Z`)) > MAX_DAY_SECONDS * 1000)
    fail({ code: 'bad-value', path: `${path}.dayStart`, value: showTime(dayStart) });
  const segmentsPath = `${path}.segments`;
  const value = field(record, 'segments', path);
  if (typeof value !== 'string') fail({ code: 'wrong-type', path: segmentsPath, expected: 'string' });
  if (value.length > 200_000 || !TIMELINE.test(value))
    fail({ code: 'bad-value', path: segmentsPath, value: showValue(value) });
  if (value !== '') {
    const [list = '', endText = ''] = value.split('.');
    let previous = 0;
    for (const offset of [...list.split(',').map((part) => part.slice(1)), endText]) {
      const seconds = Number.parseInt(offset, 36);
      if (seconds < previous || seconds > MAX_DAY_SECONDS)
        fail({ code: 'bad-value', path: segmentsPath, value: showValue(value) });
      previous = seconds;
    }
  }
  return { date: dateText, dayStart, segments: value };
}

const MOVING = ['easier', 'same', 'harder'] as const;

function checkin(record: Obj, path: string, context: Context): Checkin {
  const weekName = week(record, 'week', path, context);
  const at = time(record, 'at', path, context);
  const tensionPath = `${path}.tension`;
  const tensionRecord = object(record.tension, tensionPath);
  const tension: Checkin['tension'] = {};
  for (const [region, value] of Object.entries(tensionRecord)) {
    if (!(REGIONS as readonly string[]).includes(region))
      fail({ code: 'bad-value', path: tensionPath, value: showValue(region) });
    const score = numberAt(value, `${tensionPath}.${region}`);
    if (score < 0 || score > 10)
      fail({ code: 'bad-value', path: `${tensionPath}.${region}`, value: String(score) });
    tension[region as (typeof REGIONS)[number]] = score;
  }
  if (record.moving === undefined) fail({ code: 'missing', path: `${path}.moving` });
  return {
    week: weekName,
    at,
    tension,
    moving: record.moving === null ? null : oneOf(record, 'moving', path, MOVING),
  };
}

function pause(record: Obj, path: string, context: Context): PauseRecord {
  const from = time(record, 'from', path, context);
  // A pause may run until a chosen date in the future (a holiday).
  const until = timeAt(field(record, 'until', path), `${path}.until`, context, LATEST_DATE);
  if (until < from) fail({ code: 'bad-value', path: `${path}.until`, value: showTime(until) });
  return { from, until };
}

function event(record: Obj, path: string, context: Context): StoredEvent {
  const id = field(record, 'id', path);
  if (typeof id !== 'number' || !Number.isSafeInteger(id))
    fail({ code: 'wrong-type', path: `${path}.id`, expected: 'integer' });
  if (id < 1) fail({ code: 'bad-value', path: `${path}.id`, value: String(id) });
  const at = time(record, 'at', path, context);
  // Stored only where the clock was set back; an older backup has it on every event.
  const realAt = record.realAt === undefined ? undefined : time(record, 'realAt', path, context);
  const zoneName = zone(record, 'zone', path, context);
  if (!isStoredEvent(record)) {
    // Name the field that is wrong: the type, or what that type carries.
    const type = oneOf(record, 'type', path, ['start', 'idle', 'tick', 'end', 'call', 'report']);
    if (type === 'call') bool(record, 'on', path);
    else if (type === 'report') oneOf(record, 'posture', path, ['sitting', 'standing', 'moving']);
    else oneOf(record, 'state', path, ['active', 'idle', 'locked']);
    fail({ code: 'bad-value', path, value: showValue(record) });
  }
  const base = { id, at, ...(realAt === undefined ? {} : { realAt }), zone: zoneName };
  switch (record.type) {
    case 'start':
    case 'idle':
      return { ...base, type: record.type, state: record.state };
    case 'call':
      return { ...base, type: 'call', on: record.on };
    case 'report':
      return { ...base, type: 'report', posture: record.posture };
    case 'tick': {
      if (record.runTo === undefined && record.runCount === undefined) return { ...base, type: 'tick' };
      // A run of ticks stored as one record (lib/db/history.ts).
      const runTo = time(record, 'runTo', path, context);
      const runCount = field(record, 'runCount', path);
      if (typeof runCount !== 'number' || !Number.isSafeInteger(runCount) || runCount < 2 || runTo < at)
        fail({ code: 'bad-value', path: `${path}.runCount`, value: showValue(runCount) });
      return { ...base, type: 'tick', runTo, runCount: runCount as number };
    }
    default:
      return { ...base, type: record.type };
  }
}

function settings(value: unknown, path: string): Settings {
  const s = object(value, path);
  const at = (name: string) => `${path}.${name}`;
  if (s.language !== undefined) oneOf(s, 'language', path, ['auto', 'en', 'nl']);
  if (s.sittingLimitMinutes !== undefined) {
    const limit = numberAt(s.sittingLimitMinutes, at('sittingLimitMinutes'));
    if (limit < SITTING_LIMIT_RANGE.min || limit > SITTING_LIMIT_RANGE.max)
      fail({ code: 'bad-value', path: at('sittingLimitMinutes'), value: String(limit) });
  }
  if (s.workHours !== undefined) {
    const hours = object(s.workHours, at('workHours'));
    const days = array(hours.days, at('workHours.days'));
    days.forEach((day, i) => {
      const dayPath = at(`workHours.days[${i}]`);
      if (typeof day !== 'number' || !Number.isInteger(day))
        fail({ code: 'wrong-type', path: dayPath, expected: 'integer' });
      if (day < 1 || day > 7) fail({ code: 'bad-value', path: dayPath, value: String(day) });
    });
    for (const name of ['start', 'end']) {
      const clock = str(hours, name, at('workHours'), 5);
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(clock))
        fail({ code: 'bad-value', path: at(`workHours.${name}`), value: showValue(clock) });
    }
  }
  if (s.focusRegions !== undefined) {
    array(s.focusRegions, at('focusRegions')).forEach((region, i) => {
      const regionPath = at(`focusRegions[${i}]`);
      if (typeof region !== 'string') fail({ code: 'wrong-type', path: regionPath, expected: 'string' });
      if (!(REGIONS as readonly string[]).includes(region))
        fail({ code: 'bad-value', path: regionPath, value: showValue(region) });
    });
  }
  for (const name of ['seatedOnly', 'standingDesk', 'autoOpenWindow'] as const) {
    if (s[name] !== undefined) bool(s, name, path);
  }
  // Every field present is valid; a missing one (a backup from before it existed) takes its default.
  return readSettings({ ...DEFAULT_SETTINGS, ...s });
}

type RecordCheck<T> = (record: Obj, path: string, context: Context) => T;

function records<T>(
  stores: Obj,
  store: StoreName,
  check: RecordCheck<T>,
  key: (record: T) => string | number,
  context: Context,
): T[] {
  const path = `stores.${store}`;
  const list = array(stores[store], path);
  const seen = new Set<string | number>();
  const result: T[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const recordPath = `${path}[${i}]`;
    const clean = check(object(list[i], recordPath), recordPath, context);
    const id = key(clean);
    if (seen.has(id)) fail({ code: 'duplicate-id', store, id: showValue(String(id)) });
    seen.add(id);
    result[i] = clean;
  }
  return result;
}

function readBackup(root: unknown, now: number): Backup {
  if (!isObject(root) || root.format !== BACKUP_FORMAT) fail({ code: 'wrong-format' });
  const version = root.version;
  if (version === undefined) fail({ code: 'missing', path: 'version' });
  if (typeof version !== 'number') fail({ code: 'wrong-type', path: 'version', expected: 'integer' });
  if (version > BACKUP_VERSION) fail({ code: 'newer-version', version, supported: BACKUP_VERSION });
  if (version !== BACKUP_VERSION) fail({ code: 'bad-value', path: 'version', value: showValue(version) });

  const context: Context = { latest: now + DAY_MS, zones: new Set() };
  const exportedText = root.exportedAt;
  if (exportedText === undefined) fail({ code: 'missing', path: 'exportedAt' });
  if (typeof exportedText !== 'string') fail({ code: 'wrong-type', path: 'exportedAt', expected: 'string' });
  const exported = Date.parse(exportedText);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(exportedText) || Number.isNaN(exported))
    fail({ code: 'bad-value', path: 'exportedAt', value: showValue(exportedText) });
  timeAt(exported, 'exportedAt', context);

  const stores = object(root.stores, 'stores');
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(exported).toISOString(),
    settings: settings(root.settings, 'settings'),
    stores: {
      days: records(stores, 'days', dayFigures, (r) => r.date, context),
      summaries: records(stores, 'summaries', daySummary, (r) => r.date, context),
      prompts: records(stores, 'prompts', promptRecord, (r) => r.id, context),
      timeline: records(stores, 'timeline', timeline, (r) => r.date, context),
      checkins: records(stores, 'checkins', checkin, (r) => r.week, context),
      pauses: records(stores, 'pauses', pause, (r) => r.from, context),
      events: records(stores, 'events', event, (r) => r.id ?? 0, context),
    },
  };
}

/** Reads a backup file's text. Nothing is trusted; the first problem found is returned. */
export function parseBackup(text: string, options: { now: number }): BackupResult {
  // Each UTF-16 unit is at least one byte of UTF-8, so a long text is too large without counting.
  if (text.length > BACKUP_MAX_BYTES)
    return { ok: false, problem: { code: 'too-large', bytes: text.length, limit: BACKUP_MAX_BYTES } };
  if (text.length * 3 > BACKUP_MAX_BYTES) {
    const bytes = utf8Bytes(text);
    if (bytes > BACKUP_MAX_BYTES)
      return { ok: false, problem: { code: 'too-large', bytes, limit: BACKUP_MAX_BYTES } };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch {
    return { ok: false, problem: { code: looksTruncated(body) ? 'truncated' : 'not-json' } };
  }
  try {
    return { ok: true, backup: readBackup(root, options.now) };
  } catch (error) {
    if (error instanceof Fault) return { ok: false, problem: error.problem };
    throw error;
  }
}

// --- preview ----------------------------------------------------------------------------

/** How many records a store holds and the local dates of its first and last. */
export interface StoreExtent {
  count: number;
  first: string | null;
  last: string | null;
}

export type Contents = Record<StoreName, StoreExtent>;

/** The instant (or date) a record is placed by, for the ranges of the preview. */
export function recordDate(store: StoreName, record: unknown, timeZone: string): string {
  switch (store) {
    case 'days':
    case 'summaries':
    case 'timeline':
      return (record as DayFigures).date;
    case 'prompts':
      return localDate((record as PromptRecord).offeredAt, timeZone);
    case 'checkins':
      return localDate((record as Checkin).at, timeZone);
    case 'pauses':
      return localDate((record as PauseRecord).from, timeZone);
    case 'events':
      return localDate((record as StoredEvent).at, timeZone);
  }
}

export function extentOf(store: StoreName, list: readonly unknown[], timeZone: string): StoreExtent {
  let first: string | null = null;
  let last: string | null = null;
  for (const record of list) {
    const at = recordDate(store, record, timeZone);
    if (first === null || at < first) first = at;
    if (last === null || at > last) last = at;
  }
  return { count: list.length, first, last };
}

export function contentsOf(stores: BackupStores, timeZone: string): Contents {
  const contents = {} as Contents;
  for (const store of STORE_NAMES) contents[store] = extentOf(store, stores[store], timeZone);
  return contents;
}

export interface StoreChange {
  store: StoreName;
  /** What the store holds now: all of it is removed. */
  current: StoreExtent;
  /** What the backup puts in its place. */
  incoming: StoreExtent;
}

export interface RestorePreview {
  exportedAt: string;
  changes: StoreChange[];
  /** Records removed and written, over all stores. */
  removed: number;
  added: number;
  /** First and last date over all stores. */
  current: { first: string | null; last: string | null };
  incoming: { first: string | null; last: string | null };
  /**
   * The last date now kept when it is later than anything in the backup: the history after
   * the backup's last date is lost by restoring. Null when nothing later is kept.
   */
  losesAfter: string | null;
}

function overall(contents: Contents): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  for (const store of STORE_NAMES) {
    const extent = contents[store];
    if (extent.first !== null && (first === null || extent.first < first)) first = extent.first;
    if (extent.last !== null && (last === null || extent.last > last)) last = extent.last;
  }
  return { first, last };
}

/** What restoring `backup` over the `current` contents changes: every store is replaced whole. */
export function restorePreview(current: Contents, backup: Backup, timeZone: string): RestorePreview {
  const incoming = contentsOf(backup.stores, timeZone);
  const changes = STORE_NAMES.map((store) => ({ store, current: current[store], incoming: incoming[store] }));
  const now = overall(current);
  const then = overall(incoming);
  return {
    exportedAt: backup.exportedAt,
    changes,
    removed: changes.reduce((sum, change) => sum + change.current.count, 0),
    added: changes.reduce((sum, change) => sum + change.incoming.count, 0),
    current: now,
    incoming: then,
    losesAfter: now.last !== null && (then.last === null || now.last > then.last) ? now.last : null,
  };
}
