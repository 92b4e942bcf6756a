/**
 * Reads a trace (JSON Lines, PRODUCT.md section 4) into a config and events, or says which
 * physical line is wrong and why.
 */
import { isValidTimeZone } from '../model/local-days';
import {
  DEFAULT_MODEL_CONFIG,
  type IdleState,
  type ModelConfig,
  type Posture,
  type TrackerEvent,
} from '../model/types';
import { parseTimestamp } from './timestamp';

export interface ParsedTrace {
  config: ModelConfig;
  events: TrackerEvent[];
}

export class TraceError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`bad input at line ${line}: ${reason}`);
  }
}

const STATES: readonly string[] = ['active', 'idle', 'locked'] satisfies IdleState[];
const POSTURES: readonly string[] = ['sitting', 'standing', 'moving'] satisfies Posture[];

type Json = Record<string, unknown>;

function parseObject(text: string, line: number): Json {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new TraceError(line, 'not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TraceError(line, 'not a JSON object');
  }
  return value as Json;
}

function numberSetting(json: Json, key: keyof typeof DEFAULT_MODEL_CONFIG, line: number, allowZero: boolean) {
  const value = json[key];
  if (value === undefined) return DEFAULT_MODEL_CONFIG[key];
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new TraceError(line, `${key} must be a number`);
  if (allowZero ? value < 0 : value <= 0) {
    throw new TraceError(line, `${key} must be ${allowZero ? 'at least 0' : 'more than 0'}`);
  }
  return value;
}

function parseConfig(json: Json, line: number, machineZone: string): ModelConfig {
  if (json.type !== 'config') throw new TraceError(line, 'the first line must be the config');
  const zone = json.timeZone;
  if (zone !== undefined && (typeof zone !== 'string' || !isValidTimeZone(zone))) {
    throw new TraceError(line, 'timeZone is not a known time zone');
  }
  return {
    idleSeconds: numberSetting(json, 'idleSeconds', line, true),
    breakMinutes: numberSetting(json, 'breakMinutes', line, false),
    heartbeatSeconds: numberSetting(json, 'heartbeatSeconds', line, false),
    timeZone: zone ?? machineZone,
  };
}

function oneOf(json: Json, key: string, allowed: readonly string[], line: number): string {
  const value = json[key];
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new TraceError(line, `${key} must be one of ${allowed.join(', ')}`);
  }
  return value;
}

function parseEvent(json: Json, line: number): TrackerEvent {
  const type = json.type;
  if (type === 'config') throw new TraceError(line, 'a second config');
  if (typeof json.at !== 'string') throw new TraceError(line, 'at is missing');
  const at = parseTimestamp(json.at);
  if (at === null) throw new TraceError(line, `at is not a valid timestamp with offset: ${json.at}`);
  switch (type) {
    case 'start':
    case 'idle':
      return { type, at, state: oneOf(json, 'state', STATES, line) as IdleState };
    case 'tick':
    case 'end':
      return { type, at };
    case 'call':
      if (typeof json.on !== 'boolean') throw new TraceError(line, 'on must be true or false');
      return { type, at, on: json.on };
    case 'report':
      return { type, at, posture: oneOf(json, 'posture', POSTURES, line) as Posture };
    default:
      throw new TraceError(line, `unknown type: ${String(type)}`);
  }
}

/** Parses a whole trace; throws TraceError naming the physical line (from 1). */
export function parseTrace(text: string, machineZone: string): ParsedTrace {
  const lines = text.split('\n');
  let config: ModelConfig | null = null;
  const events: TrackerEvent[] = [];
  let lastAt = Number.NEGATIVE_INFINITY;
  let ended = false;
  let lastLine = 1;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (content.trim() === '') continue;
    const line = index + 1;
    lastLine = line;
    const json = parseObject(content, line);
    if (config === null) {
      config = parseConfig(json, line, machineZone);
      continue;
    }
    if (ended) throw new TraceError(line, 'an event after end');
    const event = parseEvent(json, line);
    if (event.at < lastAt) throw new TraceError(line, 'time goes backwards');
    lastAt = event.at;
    ended = event.type === 'end';
    events.push(event);
  }
  if (config === null) throw new TraceError(lastLine, 'the first line must be the config');
  if (!ended) throw new TraceError(lastLine, 'no end');
  return { config, events };
}
