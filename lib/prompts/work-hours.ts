/** Work hours in the person's zone: is an instant inside them, and when do they next begin. */
import { dayStart, localDate, nextDate, zoneFormatter } from '../model/local-days';
import type { WorkHours } from '../settings';

const CLOCK_PARTS: Intl.DateTimeFormatOptions = { weekday: 'short', hour: '2-digit', minute: '2-digit' };

export function localClock(at: number, timeZone: string): { weekday: number; minutes: number } {
  const formatter = zoneFormatter(timeZone, CLOCK_PARTS);
  let weekday = 0;
  let hour = 0;
  let minute = 0;
  for (const part of formatter.formatToParts(at)) {
    if (part.type === 'weekday')
      weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part.value) + 1;
    else if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return { weekday, minutes: hour * 60 + minute };
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function isWorkTime(at: number, hours: WorkHours, timeZone: string): boolean {
  const { weekday, minutes } = localClock(at, timeZone);
  return hours.days.includes(weekday) && minutes >= toMinutes(hours.start) && minutes < toMinutes(hours.end);
}

/** The instant a local date shows `hhmm` (the first such instant; on a skipped hour, just after it). */
function atLocalTime(date: string, hhmm: string, timeZone: string): number {
  const wanted = toMinutes(hhmm);
  let at = dayStart(date, timeZone) + wanted * 60_000;
  const shown = localClock(at, timeZone).minutes;
  if (localDate(at, timeZone) === date) at += (wanted - shown) * 60_000;
  // In a skipped hour no instant shows `wanted`: step on to the first minute after the jump.
  while (localDate(at, timeZone) === date && localClock(at, timeZone).minutes < wanted) at += 60_000;
  return at;
}

/** The next instant at or after `from` that lies in work hours, looking a week ahead; null if none. */
export function nextWorkStart(from: number, hours: WorkHours, timeZone: string): number | null {
  if (isWorkTime(from, hours, timeZone)) return from;
  let date = localDate(from, timeZone);
  for (let i = 0; i < 8; i++) {
    const start = atLocalTime(date, hours.start, timeZone);
    if (start >= from && isWorkTime(start, hours, timeZone)) return start;
    date = nextDate(date);
  }
  return null;
}

/** The work hours of a local date as instants [start, end), or null on a day off. */
export function workHoursOf(
  date: string,
  hours: WorkHours,
  timeZone: string,
): { start: number; end: number } | null {
  const start = atLocalTime(date, hours.start, timeZone);
  if (!hours.days.includes(localClock(start, timeZone).weekday)) return null;
  const end = atLocalTime(date, hours.end, timeZone);
  return end > start ? { start, end } : null;
}
