/**
 * Local days in an IANA zone, computed from instants. A day starts at the first instant
 * that carries its date, so days of 23 and 25 hours (and zones that jump over midnight)
 * come out right. Never adds 86,400,000 ms for "tomorrow".
 */

/** A local day as a half-open range of instants [start, end). */
export interface LocalDay {
  date: string;
  start: number;
  end: number;
}

const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();
const dayStarts = new Map<string, number>();

/**
 * A formatter per zone and options object, made once: constructing one costs far more than
 * using it. Pass module-level constant options (they are told apart by identity).
 */
export function zoneFormatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byZone = formatters.get(options);
  if (!byZone) {
    byZone = new Map();
    formatters.set(options, byZone);
  }
  let formatter = byZone.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', ...options });
    byZone.set(timeZone, formatter);
  }
  return formatter;
}

const DATE_PARTS: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/** True when Intl accepts the zone name. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The local date (YYYY-MM-DD) of an instant. */
export function localDate(at: number, timeZone: string): string {
  let year = '';
  let month = '';
  let day = '';
  for (const part of zoneFormatter(timeZone, DATE_PARTS).formatToParts(at)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

/** A well-formed date on the 1st to the 27th of a month: its next day is in the same month. */
const EARLY_IN_MONTH = /^[1-9]\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-7])$/;

/** The calendar date after `date` (pure date arithmetic, no zone involved). */
export function nextDate(date: string): string {
  // Most days just count up (the figures walk years of dates a day at a time).
  if (EARLY_IN_MONTH.test(date)) {
    const day = Number(date.slice(8)) + 1;
    return `${date.slice(0, 8)}${day < 10 ? '0' : ''}${day}`;
  }
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The first instant whose local date is `date`. */
export function dayStart(date: string, timeZone: string): number {
  const key = `${timeZone}|${date}`;
  const cached = dayStarts.get(key);
  if (cached !== undefined) return cached;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  // Real offsets lie within ±26 h, so the answer is in this window; local dates only grow with time.
  let low = utcMidnight - 27 * 3_600_000;
  let high = utcMidnight + 27 * 3_600_000;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (localDate(mid, timeZone) >= date) high = mid;
    else low = mid;
  }
  if (dayStarts.size > 20_000) dayStarts.clear();
  dayStarts.set(key, high);
  return high;
}

let lastDay: (LocalDay & { timeZone: string }) | undefined;

/** The local day holding an instant. Consecutive calls on the same day cost no Intl work. */
export function dayOf(at: number, timeZone: string): LocalDay {
  if (lastDay && lastDay.timeZone === timeZone && at >= lastDay.start && at < lastDay.end) return lastDay;
  const date = localDate(at, timeZone);
  const day = { date, start: dayStart(date, timeZone), end: dayStart(nextDate(date), timeZone), timeZone };
  lastDay = day;
  return day;
}

/** Every date from `first` through `last`, inclusive. */
export function datesBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let date = first; date <= last; date = nextDate(date)) dates.push(date);
  return dates;
}
