/**
 * The sitting model of PRODUCT.md section 4, as one pure engine. The background, the popup
 * (for "now") and the replay script all run this file; nothing else counts sitting.
 *
 *                 evidence of presence (active, report, call on)
 *        +----------------------------------------------------------+
 *        v                                                          |
 *   +---------+  idle sample (not on a call, sitting)   +-------+   |
 *   | PRESENT |---------------------------------------->| SPELL |---+
 *   | posture |  locked sample / gap > 2 x heartbeat     | since |
 *   +---------+---------------------------------------->+-------+
 *        ^                                                  |
 *        |  spell ends: >= breakMinutes -> away (untracked   |
 *        |  inside gaps), posture back to sitting;           |
 *        +-- shorter -> counted as the posture at its start -+
 *
 * Time is attributed lazily: a spell may be backdated (an idle sample starts it
 * `idleSeconds` earlier), so the present posture is only booked up to a moment when the
 * next thing that happens is known. Sitting stretches become bouts when they close.
 *
 * The state is a plain JSON value. `feed` updates it in place (a year is half a million
 * events); use `cloneState` to keep an old one.
 */
import { datesBetween, dayOf, dayStart, localDate } from './local-days';
import type { DayFigures, ModelConfig, Posture, TrackerEvent } from './types';

export type Category = 'sitting' | 'standing' | 'moving' | 'away' | 'untracked';

/** Running totals of one local day, in milliseconds (rounded only on output). */
export interface DayTotals {
  sitting: number;
  standing: number;
  moving: number;
  away: number;
  untracked: number;
  breaks: number;
  longestBout: number;
  boutsOver30: number;
}

/** A stretch of the timeline in one category: [start, end) in epoch ms. */
export interface Segment {
  start: number;
  end: number;
  category: Category;
}

interface Spell {
  start: number;
  /** Posture when the spell began; a short spell counts as this. */
  posture: Posture;
  /** Start of the part that lies inside a gap (untracked if the spell is a break). */
  gapFrom: number | null;
  /** End of that part. */
  gapTo: number | null;
}

export interface EngineState {
  config: ModelConfig;
  /** First event ever fed; the figures begin on its local date. */
  firstAt: number | null;
  lastAt: number;
  ended: boolean;
  posture: Posture;
  callOn: boolean;
  lastEvidence: number | null;
  lastCallEnd: number | null;
  lastSpellEnd: number | null;
  spell: Spell | null;
  /** Time has been booked to a category up to here. */
  cursor: number;
  /** Start of the sitting stretch being booked, if any. */
  stretchStart: number | null;
  /** Where the stretch has been booked up to. */
  stretchEnd: number;
  /** The latest stretch of booked time of one category, still growing; away or untracked means nobody is here. */
  segment: Segment | null;
  /** Finished segments that reach into the days still held (older ones go with `pruneSegments`). */
  closedSegments: Segment[];
  /** Totals of days not yet handed out by `settle`, by local date. */
  days: Record<string, DayTotals>;
  /** First date still held in `days` (earlier ones were settled). */
  fromDate: string | null;
}

const BOUT_MIN_MS = 60_000;
const LONG_BOUT_MS = 1_800_000;

export function createEngine(config: ModelConfig): EngineState {
  return {
    config,
    firstAt: null,
    lastAt: 0,
    ended: false,
    posture: 'sitting',
    callOn: false,
    lastEvidence: null,
    lastCallEnd: null,
    lastSpellEnd: null,
    spell: null,
    cursor: 0,
    stretchStart: null,
    stretchEnd: 0,
    segment: null,
    closedSegments: [],
    days: {},
    fromDate: null,
  };
}

export function cloneState(state: EngineState): EngineState {
  return structuredClone(state);
}

function emptyTotals(): DayTotals {
  return {
    sitting: 0,
    standing: 0,
    moving: 0,
    away: 0,
    untracked: 0,
    breaks: 0,
    longestBout: 0,
    boutsOver30: 0,
  };
}

function totalsFor(state: EngineState, date: string): DayTotals {
  let totals = state.days[date];
  if (!totals) {
    totals = emptyTotals();
    state.days[date] = totals;
  }
  return totals;
}

/** Calls `each` for every local-day piece of [from, to). */
function forEachDayPiece(
  state: EngineState,
  from: number,
  to: number,
  each: (date: string, ms: number) => void,
): void {
  let at = from;
  while (at < to) {
    const day = dayOf(at, state.config.timeZone);
    const pieceEnd = Math.min(to, day.end);
    each(day.date, pieceEnd - at);
    at = pieceEnd;
  }
}

function closeStretch(state: EngineState, at: number, isBreak: boolean): void {
  const start = state.stretchStart;
  if (start === null) return;
  state.stretchStart = null;
  if (at - start < BOUT_MIN_MS) return;
  forEachDayPiece(state, start, at, (date, ms) => {
    const totals = totalsFor(state, date);
    if (ms > totals.longestBout) totals.longestBout = ms;
    if (ms >= LONG_BOUT_MS) totals.boutsOver30 += 1;
  });
  if (isBreak) totalsFor(state, dayOf(at, state.config.timeZone).date).breaks += 1;
}

/** Books [from, to) to a category, keeping the sitting stretch in step. */
function book(state: EngineState, category: Category, from: number, to: number): void {
  if (to <= from) return;
  if (category === 'sitting') {
    if (state.stretchStart === null) state.stretchStart = from;
    state.stretchEnd = to;
  } else {
    closeStretch(state, from, true);
  }
  forEachDayPiece(state, from, to, (date, ms) => {
    totalsFor(state, date)[category] += ms;
  });
  state.cursor = to;
  const segment = state.segment;
  if (segment && segment.category === category && segment.end === from) {
    segment.end = to;
  } else {
    if (segment) state.closedSegments.push(segment);
    state.segment = { start: from, end: to, category };
  }
}

function startSpell(state: EngineState, start: number): Spell {
  book(state, state.posture, state.cursor, start);
  const spell: Spell = { start, posture: state.posture, gapFrom: null, gapTo: null };
  state.spell = spell;
  return spell;
}

/** Ends the running spell at `at`; a report that ends it may set the posture after it. */
function endSpell(state: EngineState, at: number): void {
  const spell = state.spell;
  if (!spell) return;
  state.spell = null;
  state.lastSpellEnd = at;
  if (at - spell.start >= state.config.breakMinutes * 60_000) {
    if (spell.gapFrom !== null && spell.gapTo !== null) {
      book(state, 'away', spell.start, spell.gapFrom);
      book(state, 'untracked', spell.gapFrom, Math.min(spell.gapTo, at));
      book(state, 'away', Math.min(spell.gapTo, at), at);
    } else {
      book(state, 'away', spell.start, at);
    }
    state.cursor = at;
    state.posture = 'sitting';
  } else {
    book(state, spell.posture, spell.start, at);
    state.cursor = at;
  }
}

function evidence(state: EngineState, at: number): void {
  endSpell(state, at);
  state.lastEvidence = at;
}

function applyIdleSample(state: EngineState, at: number, sample: 'active' | 'idle' | 'locked'): void {
  if (sample === 'active') {
    evidence(state, at);
    return;
  }
  if (state.spell) return;
  if (sample === 'locked') {
    startSpell(state, at);
    return;
  }
  if (state.callOn || state.posture !== 'sitting') return;
  const bounds = [
    at - state.config.idleSeconds * 1000,
    state.lastEvidence,
    state.lastCallEnd,
    state.lastSpellEnd,
    state.firstAt,
    state.cursor,
  ];
  startSpell(state, Math.max(...bounds.filter((b): b is number => b !== null)));
}

/** Ends any spell at `at` and books the present posture up to it. */
function bookUntil(state: EngineState, at: number): void {
  endSpell(state, at);
  book(state, state.posture, state.cursor, at);
}

function applyGap(state: EngineState, event: TrackerEvent): void {
  const heartbeatMs = state.config.heartbeatSeconds * 1000;
  if (state.spell || event.at - state.lastAt <= 2 * heartbeatMs) return;
  const gapFrom = state.lastAt + heartbeatMs;
  const spell = startSpell(state, gapFrom);
  spell.gapFrom = gapFrom;
  spell.gapTo = event.at;
  const continues = (event.type === 'idle' || event.type === 'start') && event.state !== 'active';
  if (!continues && event.type !== 'end') endSpell(state, event.at);
}

/**
 * Feeds one event. Events must come in time order; an earlier time is taken as the last
 * one (the adapter keeps the real reading beside it).
 */
export function feed(state: EngineState, input: TrackerEvent): EngineState {
  if (state.ended) return state;
  const event = input.at < state.lastAt ? { ...input, at: state.lastAt } : input;
  const at = event.at;
  if (state.firstAt === null) {
    state.firstAt = at;
    state.lastAt = at;
    state.cursor = at;
    state.stretchEnd = at;
    state.fromDate = localDate(at, state.config.timeZone);
  }
  applyGap(state, event);
  switch (event.type) {
    case 'start':
      if (state.callOn) {
        state.callOn = false;
        state.lastCallEnd = at;
      }
      applyIdleSample(state, at, event.state);
      break;
    case 'idle':
      applyIdleSample(state, at, event.state);
      break;
    case 'tick':
      break;
    case 'call':
      if (event.on) {
        evidence(state, at);
        state.callOn = true;
      } else {
        state.callOn = false;
        state.lastCallEnd = at;
      }
      break;
    case 'report':
      evidence(state, at);
      book(state, state.posture, state.cursor, at);
      state.posture = event.posture;
      break;
    case 'end':
      bookUntil(state, at);
      closeStretch(state, at, false);
      state.ended = true;
      break;
  }
  state.lastAt = at;
  return state;
}

function roundSeconds(ms: number): number {
  return Math.floor(ms / 1000 + 0.5);
}

export function toDayFigures(date: string, totals: DayTotals): DayFigures {
  return {
    date,
    sittingSeconds: roundSeconds(totals.sitting),
    standingSeconds: roundSeconds(totals.standing),
    movingSeconds: roundSeconds(totals.moving),
    awaySeconds: roundSeconds(totals.away),
    untrackedSeconds: roundSeconds(totals.untracked),
    breaks: totals.breaks,
    longestBoutSeconds: roundSeconds(totals.longestBout),
    boutsOver30: totals.boutsOver30,
  };
}

/** Figures of every day held in the state, from its first held date through `lastDate`. */
export function heldDays(state: EngineState, lastDate: string): DayFigures[] {
  if (state.fromDate === null) return [];
  return datesBetween(state.fromDate, lastDate).map((date) =>
    toDayFigures(date, state.days[date] ?? emptyTotals()),
  );
}

/** Feeds `end` at `at` and returns every held day's figures. Consumes the state. */
export function finish(state: EngineState, at: number): DayFigures[] {
  feed(state, { type: 'end', at });
  return heldDays(state, localDate(Math.max(at, state.lastAt), state.config.timeZone));
}

/** What the person sees now: today's figures and the bout running at `now`. */
export interface Snapshot {
  days: DayFigures[];
  /** Length of the sitting bout running at `now` (0 when away, standing or moving). */
  currentBoutSeconds: number;
  /** Start of that bout; null when there is none. */
  boutStart: number | null;
  /** A spell that is already a break at `now`. */
  away: boolean;
  posture: Posture;
  callOn: boolean;
  /** The not yet stored end of the timeline up to `now` (the growing segment included). */
  recentSegments: Segment[];
}

/** Figures as if the trace ended at `now`, without changing the state. */
export function snapshot(state: EngineState, now: number): Snapshot {
  if (state.firstAt === null) {
    return {
      days: [],
      currentBoutSeconds: 0,
      boutStart: null,
      away: false,
      posture: 'sitting',
      callOn: false,
      recentSegments: [],
    };
  }
  const copy = cloneState(state);
  const at = Math.max(now, copy.lastAt);
  applyGap(copy, { type: 'end', at });
  bookUntil(copy, at);
  const away = copy.segment?.category === 'away' || copy.segment?.category === 'untracked';
  // A report of standing or moving at `at` leaves the stretch open until time is booked to it.
  const sitting = copy.posture === 'sitting';
  const boutStart =
    sitting && copy.stretchStart !== null && copy.stretchEnd === at ? copy.stretchStart : null;
  closeStretch(copy, at, false);
  return {
    days: heldDays(copy, localDate(at, copy.config.timeZone)),
    currentBoutSeconds: boutStart === null ? 0 : roundSeconds(at - boutStart),
    boutStart,
    away,
    posture: copy.posture,
    callOn: copy.callOn,
    recentSegments: copy.segment ? [...copy.closedSegments, copy.segment] : copy.closedSegments,
  };
}

/**
 * Hands out the days that nothing still open can change, and drops them from the state,
 * so a long-running state stays small. Returns them in date order.
 */
export function settle(state: EngineState): DayFigures[] {
  if (state.fromDate === null || state.firstAt === null) return [];
  const open = [
    state.cursor,
    state.spell?.start ?? Number.POSITIVE_INFINITY,
    state.stretchStart ?? Number.POSITIVE_INFINITY,
    state.lastAt - state.config.idleSeconds * 1000,
  ];
  const horizonDate = localDate(Math.min(...open), state.config.timeZone);
  const settled: DayFigures[] = [];
  for (const date of datesBetween(state.fromDate, horizonDate)) {
    if (date === horizonDate) break;
    settled.push(toDayFigures(date, state.days[date] ?? emptyTotals()));
    delete state.days[date];
  }
  if (horizonDate > state.fromDate) state.fromDate = horizonDate;
  return settled;
}

/** Forgets finished segments that end before the first day still held (call after `settle`). */
export function pruneSegments(state: EngineState): void {
  if (state.fromDate === null) return;
  const from = dayStart(state.fromDate, state.config.timeZone);
  state.closedSegments = state.closedSegments.filter((segment) => segment.end > from);
}
