/**
 * Properties of the sitting engine over random traces: what must hold whatever the events,
 * checked without working any figure out by the engine's own rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, type EngineState, feed, finish, settle, snapshot } from '@/lib/model/engine';
import { dayStart, localDate, nextDate } from '@/lib/model/local-days';
import type { DayFigures, IdleState, ModelConfig, Posture, TrackerEvent } from '@/lib/model/types';
import { toTrace } from '@/lib/trace/export';
import { runTrace } from '@/lib/trace/run-trace';

const HOUR = 3_600_000;

const state = fc.constantFrom<IdleState>('active', 'idle', 'locked');
const posture = fc.constantFrom<Posture>('sitting', 'standing', 'moving');

type Kind = TrackerEvent extends infer E ? (E extends TrackerEvent ? Omit<E, 'at'> : never) : never;

const kind: fc.Arbitrary<Kind> = fc.oneof(
  { weight: 1, arbitrary: state.map((s) => ({ type: 'start', state: s }) as const) },
  { weight: 4, arbitrary: state.map((s) => ({ type: 'idle', state: s }) as const) },
  { weight: 5, arbitrary: fc.constant({ type: 'tick' } as const) },
  { weight: 1, arbitrary: fc.boolean().map((on) => ({ type: 'call', on }) as const) },
  { weight: 2, arbitrary: posture.map((p) => ({ type: 'report', posture: p }) as const) },
);

/** Mostly heartbeat-sized pauses, sometimes the same instant, now and then a night. */
const pause = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 600_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 16 * HOUR }) },
);

const config: fc.Arbitrary<ModelConfig> = fc.record({
  idleSeconds: fc.constantFrom(0, 15, 60, 300),
  breakMinutes: fc.constantFrom(0.5, 2, 5),
  heartbeatSeconds: fc.constantFrom(30, 60, 300),
  timeZone: fc.constantFrom(
    'Europe/Amsterdam',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kolkata',
    'Pacific/Chatham',
    'UTC',
  ),
});

/** Near the 2026 clock changes of those zones, and an ordinary week. */
const firstAt = fc
  .tuple(
    fc.constantFrom(
      Date.parse('2026-03-28T00:00:00Z'),
      Date.parse('2026-04-04T00:00:00Z'),
      Date.parse('2026-06-15T00:00:00Z'),
      Date.parse('2026-10-24T00:00:00Z'),
      Date.parse('2026-10-31T12:00:00Z'),
    ),
    fc.integer({ min: 0, max: 48 * HOUR }),
  )
  .map(([base, offset]) => base + offset);

interface Trace {
  config: ModelConfig;
  events: TrackerEvent[];
  endAt: number;
}

/** `end` a while after the last event, or exactly at the next local midnight. */
const trace: fc.Arbitrary<Trace> = fc
  .tuple(
    config,
    firstAt,
    fc.array(fc.tuple(pause, kind), { minLength: 1, maxLength: 80, size: 'max' }),
    fc.oneof(fc.integer({ min: 0, max: 2 * HOUR }), fc.constant('midnight' as const)),
  )
  .map(([cfg, t0, steps, tail]) => {
    let at = t0;
    const events = steps.map(([gap, k], index) => {
      if (index > 0) at += gap;
      return { ...k, at } as TrackerEvent;
    });
    const endAt =
      tail === 'midnight' ? dayStart(nextDate(localDate(at, cfg.timeZone)), cfg.timeZone) : at + tail;
    return { config: cfg, events, endAt };
  });

function fresh(trace: Trace): EngineState {
  return createEngine({ ...trace.config });
}

function replay(trace: Trace): DayFigures[] {
  const engine = fresh(trace);
  for (const event of trace.events) feed(engine, event);
  return finish(engine, trace.endAt);
}

const FIELDS = [
  'sittingSeconds',
  'standingSeconds',
  'movingSeconds',
  'awaySeconds',
  'untrackedSeconds',
] as const;

describe('the engine over random traces', () => {
  it('saved as JSON at any point and continued, gives the figures of one run', () => {
    fc.assert(
      fc.property(trace, fc.nat(), (t, cut) => {
        const split = cut % (t.events.length + 1);
        let engine = fresh(t);
        for (const event of t.events.slice(0, split)) feed(engine, event);
        engine = JSON.parse(JSON.stringify(engine)) as EngineState;
        for (const event of t.events.slice(split)) feed(engine, event);
        expect(finish(engine, t.endAt)).toEqual(replay(t));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('settled along the way and saved as JSON, hands out the same days as one run', () => {
    fc.assert(
      fc.property(trace, fc.nat(), (t, cut) => {
        const split = cut % (t.events.length + 1);
        let engine = fresh(t);
        const days: DayFigures[] = [];
        for (const [index, event] of t.events.entries()) {
          if (index === split) engine = JSON.parse(JSON.stringify(engine)) as EngineState;
          feed(engine, event);
          days.push(...settle(engine));
        }
        days.push(...finish(engine, t.endAt));
        expect(days).toEqual(replay(t));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("adds each day's fields up to its span, within a second per field, and nothing is negative", () => {
    fc.assert(
      fc.property(trace, (t) => {
        const zone = t.config.timeZone;
        const first = t.events[0]?.at ?? t.endAt;
        const days = replay(t);
        const dates = days.map((d) => d.date);
        expect(dates[0]).toBe(localDate(first, zone));
        expect(dates.at(-1)).toBe(localDate(t.endAt, zone));
        for (const [index, date] of dates.entries()) {
          if (index > 0) expect(date).toBe(nextDate(dates[index - 1] ?? ''));
        }
        for (const d of days) {
          const from = Math.max(first, dayStart(d.date, zone));
          const to = Math.min(t.endAt, dayStart(nextDate(d.date), zone));
          const span = Math.max(0, to - from) / 1000;
          const sum = FIELDS.reduce((total, field) => total + d[field], 0);
          expect(Math.abs(sum - span)).toBeLessThanOrEqual(FIELDS.length * 0.5);
          for (const [field, value] of Object.entries(d)) {
            if (field === 'date') continue;
            expect(Number.isInteger(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
          }
          expect(d.longestBoutSeconds).toBeLessThanOrEqual(d.sittingSeconds + 1);
          expect(d.boutsOver30 * 1800).toBeLessThanOrEqual(d.sittingSeconds + 1);
          if (d.longestBoutSeconds > 1800) expect(d.boutsOver30).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('replays deterministically, directly and through the exported trace', () => {
    fc.assert(
      fc.property(trace, (t) => {
        const once = replay(t);
        expect(replay(t)).toEqual(once);
        expect(runTrace(toTrace(t.config, t.events, t.endAt), 'UTC')).toEqual({
          ok: true,
          output: { days: once },
        });
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('a snapshot at `end` shows the days of the finished run and leaves the state as it was', () => {
    fc.assert(
      fc.property(trace, (t) => {
        const engine = fresh(t);
        for (const event of t.events) feed(engine, event);
        const before = JSON.stringify(engine);
        const shown = snapshot(engine, t.endAt);
        expect(JSON.stringify(engine)).toBe(before);
        expect(shown.days).toEqual(replay(t));
        expect(shown.currentBoutSeconds).toBeGreaterThanOrEqual(0);
        if (shown.posture !== 'sitting' || shown.away) expect(shown.currentBoutSeconds).toBe(0);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('an event whose clock reads earlier counts as at the last time', () => {
    fc.assert(
      fc.property(trace, fc.array(fc.integer({ min: 0, max: 20 * 60_000 })), (t, setBacks) => {
        const jittered = t.events.map((event, index) =>
          index > 0 ? { ...event, at: event.at - (setBacks[index % (setBacks.length || 1)] ?? 0) } : event,
        );
        let last = Number.NEGATIVE_INFINITY;
        const clamped = jittered.map((event) => {
          last = Math.max(last, event.at);
          return { ...event, at: last };
        });
        const endAt = Math.max(t.endAt, last);
        expect(replay({ ...t, events: jittered, endAt })).toEqual(replay({ ...t, events: clamped, endAt }));
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
