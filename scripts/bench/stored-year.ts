/**
 * A synthetic heavy year in the shape the extension stores it: the heavy year's events run
 * through the engine, its segments and day summaries as the tracker writes them on settle,
 * the last 30 days of raw events, the prompts the schedule would offer (and heavy use of "Move
 * now"), and a weekly check-in.
 */
import { catalogueMeta } from '../../lib/catalogue/meta';
import { extendedRun } from '../../lib/db/history';
import type { StoredEvent } from '../../lib/db/schema';
import { createEngine, feed, pruneSegments, settle } from '../../lib/model/engine';
import { dayStart, nextDate } from '../../lib/model/local-days';
import { DEFAULT_MODEL_CONFIG } from '../../lib/model/types';
import type { PromptRecord } from '../../lib/prompts/types';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { type MonthRecord, monthRecords } from '../../lib/stats/months';
import { summarizeDay } from '../../lib/stats/summarize';
import { type DayTimeline, encodeTimeline } from '../../lib/stats/timeline';
import type { Checkin, DaySummary } from '../../lib/stats/types';
import { heavyYear, seededRandom } from './synthetic';

export interface StoredYear {
  /** Records by IndexedDB store. */
  stores: {
    events: StoredEvent[];
    timeline: DayTimeline[];
    months: MonthRecord[];
    prompts: PromptRecord[];
    checkins: Checkin[];
  };
  /** The first and last dates with a day summary. */
  first: string;
  last: string;
}

const ZONE = 'Europe/Amsterdam';
const DAY_MS = 86_400_000;
const ASKED_PER_WORK_DAY = 6;
const OUTCOMES = ['done', 'done', 'done', 'partly', 'skipped', 'snoozed', 'unanswered'] as const;

export function storedYears(years = 1, startUtc = Date.UTC(2025, 0, 1, 6)): StoredYear {
  const events = heavyYear(startUtc, 365 * years);
  const state = createEngine({ ...DEFAULT_MODEL_CONFIG, timeZone: ZONE });
  const timeline: DayTimeline[] = [];
  const summaries: DaySummary[] = [];
  const lastAt = events[events.length - 1]?.at ?? startUtc;
  for (const event of events) {
    feed(state, event);
    const settled = settle(state);
    if (settled.length === 0) continue;
    const segments = state.segment ? [...state.closedSegments, state.segment] : state.closedSegments;
    for (const figures of settled) {
      const day = {
        date: figures.date,
        start: dayStart(figures.date, ZONE),
        end: dayStart(nextDate(figures.date), ZONE),
      };
      summaries.push(summarizeDay(figures, segments, day, DEFAULT_SETTINGS.workHours, ZONE));
      timeline.push(encodeTimeline(day.date, day.start, day.end, segments));
    }
    pruneSegments(state);
  }
  const random = seededRandom(7);
  // Prompts as the schedule would offer them: one for each bout that reached 30 minutes on a
  // work day (never a loop), plus "Move now" several times a work day for a heavy user.
  const prompts: PromptRecord[] = [];
  for (const day of summaries) {
    if (!day.workDay) continue;
    const limits = day.boutSeconds.filter((seconds) => seconds >= 1800).length;
    const start = dayStart(day.date, ZONE) + 9 * 3_600_000;
    for (let k = 0; k < limits + ASKED_PER_WORK_DAY; k++) {
      const at = start + k * 25 * 60_000;
      const entry = catalogueMeta[Math.floor(random() * catalogueMeta.length)];
      const outcome = OUTCOMES[Math.floor(random() * OUTCOMES.length)] ?? 'done';
      prompts.push({
        id: String(at),
        offeredAt: at,
        entryId: entry?.id ?? 'seated-twist',
        reason: k < limits ? 'limit' : 'asked',
        boutSeconds: 1800,
        channel: k < limits ? 'notification' : 'move-now',
        outcome,
        answeredAt: at + 120_000,
        ...(outcome === 'done' ? { startedAt: at + 30_000 } : {}),
        snoozes: outcome === 'snoozed' ? 1 : 0,
        reminded: outcome === 'unanswered',
      });
    }
  }
  const checkins: Checkin[] = [];
  for (let at = startUtc; at < lastAt; at += 7 * DAY_MS) {
    const week = `${new Date(at).getUTCFullYear()}-W${String(Math.floor((at - startUtc) / (7 * DAY_MS)) + 1).padStart(2, '0')}`;
    checkins.push({
      week,
      at,
      tension: { 'neck-shoulders': 4, 'low-back-pelvis': 3, 'knee-ankle': 1, shoulder: 2 },
      moving: 'same',
    });
  }
  // The last 30 days of raw events, runs of ticks joined as the history stores them.
  const recent: StoredEvent[] = [];
  for (const event of events) {
    if (event.at <= lastAt - 30 * DAY_MS) continue;
    const stored: StoredEvent = { ...event, zone: ZONE };
    const run = extendedRun(recent[recent.length - 1], stored);
    if (run) recent[recent.length - 1] = run;
    else recent.push({ ...stored, id: recent.length + 1 });
  }
  return {
    stores: { events: recent, timeline, months: monthRecords(summaries, prompts, ZONE), prompts, checkins },
    first: summaries[0]?.date ?? '',
    last: summaries[summaries.length - 1]?.date ?? '',
  };
}
