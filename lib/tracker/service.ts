/**
 * The tracker service: turns what the browser reports into stored events, feeds them to
 * the engine and keeps the badge and the heartbeat in step. Browser-free: every outside
 * thing comes in through `TrackerDeps`, so tests drive it with fakes.
 *
 * For each event, in this order: read the clock (a clock set back is fed at the last
 * time, its reading kept beside it) -> store the event -> feed the engine -> store settled
 * days -> save the record -> badge and alarms.
 */
import type { History } from '../db/history';
import { RAW_EVENT_DAYS } from '../db/history';
import { presentSeconds } from '../model/day-figures';
import { cloneState, feed, pruneSegments, settle, snapshot } from '../model/engine';
import { dayStart, nextDate } from '../model/local-days';
import type { DayFigures, IdleState, Posture, TrackerEvent } from '../model/types';
import { DEFAULT_SETTINGS } from '../settings';
import { summarizeDay } from '../stats/summarize';
import { type DayTimeline, encodeTimeline } from '../stats/timeline';
import type { DaySummary } from '../stats/types';
import { badgeText } from './badge-text';
import type { TrackerDeps } from './ports';
import { createRecord, type TrackerRecord, UNDO_MS } from './record';
import { STANDING_QUESTION_MS, standingCountedFrom } from './standing';

export const HEARTBEAT_ALARM = 'heartbeat';
const DAY_MS = 86_400_000;

type EventInput = TrackerEvent extends infer E ? (E extends TrackerEvent ? Omit<E, 'at'> : never) : never;

export interface TrackerService {
  /** Runs on every background start: a browser start, or a stopped worker woken again. */
  start(): Promise<void>;
  onIdleState(state: IdleState): Promise<void>;
  onAlarm(name: string): Promise<void>;
  report(posture: Posture): Promise<void>;
  /** Takes back the last report if it is less than a minute old. */
  undo(): Promise<boolean>;
  /** The person answered "still standing": the next question comes an hour from now. */
  confirmStanding(): Promise<void>;
  /** Drops the cached record: it was removed or replaced from a page (delete all data). */
  forget(): Promise<void>;
  /** The current record (loaded if needed). */
  current(): Promise<TrackerRecord>;
  /** Raw events kept on disk, for the trace export. */
  storedEvents(): Promise<TrackerEvent[]>;
}

/** `afterChange` runs after each change to the record is saved (the prompter looks then). */
export function createTrackerService(deps: TrackerDeps, afterChange: () => void = () => {}): TrackerService {
  let record: TrackerRecord | null = null;
  let history: History | null = null;
  let historyOpened = false;
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs jobs one at a time: browser events may arrive while one is being stored. */
  function serial<T>(job: () => Promise<T>): Promise<T> {
    const run = queue.then(job, job);
    queue = run.catch((error) => console.error('Balans tracker:', error));
    return run;
  }

  async function openHistoryOnce(): Promise<History | null> {
    if (!historyOpened) {
      history = await deps.openHistory();
      historyOpened = true;
    }
    return history;
  }

  async function load(): Promise<TrackerRecord> {
    if (!record)
      record = (await deps.records.load()) ?? createRecord(deps.clock.timeZone(), deps.clock.now());
    return record;
  }

  /** Each settled day's summary and timeline, from the engine's segments and the work hours. */
  async function settledRecords(rec: TrackerRecord, days: DayFigures[]) {
    const zone = rec.engine.config.timeZone;
    const hours = (await deps.workHours?.()) ?? DEFAULT_SETTINGS.workHours;
    const segments = rec.engine.segment
      ? [...rec.engine.closedSegments, rec.engine.segment]
      : rec.engine.closedSegments;
    const summaries: DaySummary[] = [];
    const timelines: DayTimeline[] = [];
    for (const figures of days) {
      const day = {
        date: figures.date,
        start: dayStart(figures.date, zone),
        end: dayStart(nextDate(figures.date), zone),
      };
      summaries.push(summarizeDay(figures, segments, day, hours, zone));
      timelines.push(encodeTimeline(day.date, day.start, day.end, segments));
    }
    return { summaries, timelines };
  }

  async function keepSettled(rec: TrackerRecord, days: DayFigures[]): Promise<void> {
    if (days.length === 0) return;
    // After an undo a day may settle a second time: it replaces, and is counted once.
    const settledThrough = rec.settledThrough ?? '';
    const fresh = days.filter((day) => day.date > settledThrough);
    if (!rec.idleEverSeen)
      rec.presenceSettledSeconds += fresh.reduce((sum, day) => sum + presentSeconds(day), 0);
    // `settle` hands days out in date order.
    const lastDate = days[days.length - 1]?.date ?? '';
    if (lastDate > settledThrough) rec.settledThrough = lastDate;
    const store = await openHistoryOnce();
    if (store) {
      const { summaries, timelines } = await settledRecords(rec, days);
      await store.putDays(days);
      await store.putSettled(summaries, timelines);
    } else {
      const dates = new Set(days.map((day) => day.date));
      rec.fallbackDays = [...rec.fallbackDays.filter((day) => !dates.has(day.date)), ...days].slice(-14);
    }
    pruneSegments(rec.engine);
  }

  async function applyEffects(rec: TrackerRecord): Promise<void> {
    const now = Math.max(deps.clock.now(), rec.engine.lastAt);
    const spellRunning = rec.engine.spell !== null;
    await deps.badge.setText(badgeText(snapshot(rec.engine, now), spellRunning));
    // The heartbeat runs only while the person is present; away, nothing wakes the worker.
    if (spellRunning || rec.engine.ended) {
      await deps.alarms.clear(HEARTBEAT_ALARM);
    } else if (!(await deps.alarms.exists(HEARTBEAT_ALARM))) {
      const periodMs = rec.engine.config.heartbeatSeconds * 1000;
      await deps.alarms.create(HEARTBEAT_ALARM, now + periodMs, periodMs / 60_000);
    }
  }

  /** Shows the "still standing?" notification once per hour of standing, and clears it when standing ends. */
  async function askIfStanding(rec: TrackerRecord): Promise<void> {
    const port = deps.standingQuestion;
    // Most events come while sitting, with no question out: no snapshot needed (this runs each tick).
    if (!port || (rec.engine.posture !== 'standing' && rec.standingAskedFor == null)) return;
    const now = Math.max(deps.clock.now(), rec.engine.lastAt);
    const snap = snapshot(rec.engine, now);
    const from = standingCountedFrom(snap, rec.standingConfirmedAt);
    if (from === null) {
      if (rec.standingAskedFor != null) await port.clear();
      rec.standingAskedFor = null;
      rec.standingConfirmedAt = null;
      return;
    }
    // Never on a call: the popup still asks.
    if (now - from >= STANDING_QUESTION_MS && rec.standingAskedFor !== from && !snap.callOn) {
      rec.standingAskedFor = from;
      await port.show();
    }
  }

  async function handle(input: EventInput): Promise<TrackerRecord> {
    const rec = await load();
    const realAt = deps.clock.now();
    const zone = deps.clock.timeZone();
    const at = Math.max(realAt, rec.engine.lastAt);
    const event = { ...input, at } as TrackerEvent;
    const store = await openHistoryOnce();
    rec.historyAvailable = store !== null;
    const eventId = store
      ? await store.addEvent(realAt === at ? { ...event, zone } : { ...event, realAt, zone })
      : null;

    if (rec.undo && at >= rec.undo.until) rec.undo = null;
    if (rec.undo) rec.undo.after.push(event);
    if (event.type === 'report') {
      rec.undo = {
        eventId,
        until: at + UNDO_MS,
        posture: event,
        before: cloneState(rec.engine),
        after: [],
        standing: { confirmedAt: rec.standingConfirmedAt ?? null, askedFor: rec.standingAskedFor ?? null },
      };
    }
    if ((event.type === 'idle' || event.type === 'start') && event.state !== 'active')
      rec.idleEverSeen = true;
    if (event.type === 'idle' || event.type === 'start') rec.lastIdleState = event.state;

    rec.engine.config.timeZone = zone;
    feed(rec.engine, event);
    await keepSettled(rec, settle(rec.engine));
    await askIfStanding(rec);
    await deps.records.save(rec);
    await applyEffects(rec);
    afterChange();
    return rec;
  }

  async function pruneOldEvents(rec: TrackerRecord, now: number): Promise<void> {
    if (now - rec.lastPruneAt < DAY_MS) return;
    const store = await openHistoryOnce();
    if (!store) return;
    await store.pruneEvents(now - RAW_EVENT_DAYS * DAY_MS);
    rec.lastPruneAt = now;
    await deps.records.save(rec);
  }

  return {
    start: () =>
      serial(async () => {
        const rec = await load();
        deps.idle.setDetectionInterval(rec.engine.config.idleSeconds);
        rec.workerStartedAt = deps.clock.now();
        const state = await deps.idle.queryState(rec.engine.config.idleSeconds);
        if (await deps.session.isFresh()) {
          await deps.session.markStarted();
          await handle({ type: 'start', state });
        } else if (state !== rec.lastIdleState) {
          await handle({ type: 'idle', state });
        } else {
          await deps.records.save(rec);
          await applyEffects(rec);
          afterChange();
        }
        await pruneOldEvents(rec, deps.clock.now());
      }),
    onIdleState: (state) => serial(() => handle({ type: 'idle', state }).then(() => undefined)),
    onAlarm: (name) =>
      serial(async () => {
        if (name === HEARTBEAT_ALARM) await handle({ type: 'tick' });
      }),
    report: (posture) => serial(() => handle({ type: 'report', posture }).then(() => undefined)),
    undo: () =>
      serial(async () => {
        const rec = await load();
        const undo = rec.undo;
        if (!undo || deps.clock.now() >= undo.until) return false;
        rec.engine = undo.before;
        for (const event of undo.after) feed(rec.engine, event);
        rec.standingConfirmedAt = undo.standing?.confirmedAt ?? null;
        rec.standingAskedFor = undo.standing?.askedFor ?? null;
        rec.undo = null;
        const store = await openHistoryOnce();
        if (store && undo.eventId !== null) await store.deleteEvent(undo.eventId);
        await keepSettled(rec, settle(rec.engine));
        await deps.records.save(rec);
        await applyEffects(rec);
        afterChange();
        return true;
      }),
    confirmStanding: () =>
      serial(async () => {
        const rec = await load();
        rec.standingConfirmedAt = Math.max(deps.clock.now(), rec.engine.lastAt);
        await deps.standingQuestion?.clear();
        await deps.records.save(rec);
        afterChange();
      }),
    current: () => serial(load),
    forget: () =>
      serial(async () => {
        record = null;
        // A question about a record that is gone.
        await deps.standingQuestion?.clear();
      }),
    storedEvents: () =>
      serial(async () => {
        const store = await openHistoryOnce();
        if (!store) return [];
        const events = await store.eventsSince(deps.clock.now() - RAW_EVENT_DAYS * DAY_MS);
        return events.map(({ id: _id, realAt: _realAt, zone: _zone, ...event }) => event as TrackerEvent);
      }),
  };
}
