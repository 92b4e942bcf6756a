/** Runs a trace's text through the engine: the whole replay, without files or processes. */
import { createEngine, feed, heldDays } from '../model/engine';
import { localDate } from '../model/local-days';
import type { DayFigures } from '../model/types';
import { parseTrace, TraceError } from './parse';

export type TraceResult =
  | { ok: true; output: { days: DayFigures[] } }
  | { ok: false; line: number; reason: string };

export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function runTrace(text: string, machineZone: string = machineTimeZone()): TraceResult {
  try {
    const { config, events } = parseTrace(text, machineZone);
    const state = createEngine(config);
    for (const event of events) feed(state, event);
    const lastAt = events[events.length - 1]?.at ?? 0;
    return { ok: true, output: { days: heldDays(state, localDate(lastAt, config.timeZone)) } };
  } catch (error) {
    if (error instanceof TraceError) return { ok: false, line: error.line, reason: error.reason };
    throw error;
  }
}
