/**
 * Wall-clock readings of a zone, and the local date of many instants in time order (a prompt
 * log) with a fraction of the Intl work `localDate` does for each. Pure.
 */
import { localDate, zoneFormatter } from './local-days';

const WALL_PARTS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};

const DAY_MS = 86_400_000;

/** How an `en-US` formatter with WALL_PARTS writes an instant, e.g. "5/18/2026, 09:30:00". */
const WALL_TEXT = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

/** The local wall-clock time of an instant (whole seconds), written as if it were UTC. */
export function wallClock(at: number, timeZone: string): number {
  const formatter = zoneFormatter(timeZone, WALL_PARTS);
  // The text is read where it has the usual shape (`format` costs a fraction of `formatToParts`).
  const text = WALL_TEXT.exec(formatter.format(at));
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  if (text) {
    [parts.month, parts.day, parts.year, parts.hour, parts.minute, parts.second] = text.slice(1).map(Number);
  } else {
    for (const part of formatter.formatToParts(at)) parts[part.type] = Number(part.value);
  }
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

/** The zone's offset from UTC at an instant (ms). */
function offsetAt(at: number, timeZone: string): number {
  return wallClock(at, timeZone) - (at - (((at % 1000) + 1000) % 1000));
}

/**
 * `localDate` for many instants, such as a prompt log, with a fraction of the Intl work: the
 * zone's offset is read at the start and the end of each UTC day met (the end is the next
 * day's start: one reading a day in time order), and where the two agree it holds for the
 * whole day, since no zone changes its clock twice within a day; else the instant's own offset
 * is read. The local date is the UTC date of the instant moved by its offset.
 */
export function localDater(timeZone: string): (at: number) => string {
  let lastAt = Number.NaN;
  let lastOffset = 0;
  const offsetOn = (at: number) => {
    if (at !== lastAt) {
      lastOffset = offsetAt(at, timeZone);
      lastAt = at;
    }
    return lastOffset;
  };
  let day = Number.NaN;
  let dayOffset: number | null = null;
  let lastDay = Number.NaN;
  let lastDate = '';
  return (at) => {
    const start = Math.floor(at / DAY_MS) * DAY_MS;
    if (start !== day) {
      day = start;
      const first = offsetOn(start);
      dayOffset = offsetOn(start + DAY_MS) === first ? first : null;
    }
    const localDay = Math.floor((at + (dayOffset ?? offsetAt(at, timeZone))) / DAY_MS);
    if (localDay !== lastDay) {
      lastDay = localDay;
      const local = new Date(localDay * DAY_MS);
      const year = local.getUTCFullYear();
      // Four-digit years only: toISOString writes others differently.
      lastDate = year >= 1000 && year <= 9999 ? local.toISOString().slice(0, 10) : localDate(at, timeZone);
    }
    return lastDate;
  };
}
