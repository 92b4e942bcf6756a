/**
 * When to prompt: a pure decision from the tracker's state, the settings and a clock.
 * The caller acts on the decision and sets one absolute alarm at `wakeAt`.
 *
 *   no bout ──────────────────────────────▶ wait (no alarm: nothing to time)
 *   bout already prompted ────────────────▶ wait (one prompt a bout, never a loop)
 *   before limit / outside work hours ────▶ wait until limit, or the next work start
 *   paused ───────────────────────────────▶ wait until the pause ends
 *   fullscreen or on a call ──────────────▶ wait, look again in 2 min
 *   otherwise ────────────────────────────▶ offer
 *   open prompt: snooze over → redeliver; unanswered 5 min → remind once; 5 min more → expire
 */
import type { Settings } from '../settings';
import type { PrompterState } from './prompter-state';
import { nextWorkStart } from './work-hours';

export const REMIND_AFTER_MS = 5 * 60_000;
export const EXPIRE_AFTER_REMINDER_MS = 5 * 60_000;
export const DEFER_MS = 2 * 60_000;
export const MAX_SNOOZES = 3;

export interface ScheduleInput {
  now: number;
  /** Start of the running sitting bout; null when away, standing or moving. */
  boutStart: number | null;
  fullscreen: boolean;
  onCall: boolean;
  settings: Pick<Settings, 'sittingLimitMinutes' | 'workHours'>;
  timeZone: string;
  prompter: PrompterState;
}

export type Decision =
  | { kind: 'offer' }
  | { kind: 'redeliver' }
  | { kind: 'remind' }
  | { kind: 'expire' }
  | { kind: 'wait'; wakeAt: number | null };

function openPromptDecision(input: ScheduleInput): Decision {
  const { now, prompter } = input;
  if (prompter.snoozedUntil !== null) {
    if (now < prompter.snoozedUntil) return { kind: 'wait', wakeAt: prompter.snoozedUntil };
    if (input.boutStart === null) return { kind: 'expire' };
    if (input.fullscreen || input.onCall) return { kind: 'wait', wakeAt: now + DEFER_MS };
    return { kind: 'redeliver' };
  }
  const deliveredAt = prompter.deliveredAt ?? now;
  const active = prompter.active;
  if (active && !active.reminded) {
    const remindAt = deliveredAt + REMIND_AFTER_MS;
    return now >= remindAt ? { kind: 'remind' } : { kind: 'wait', wakeAt: remindAt };
  }
  const expireAt = deliveredAt + EXPIRE_AFTER_REMINDER_MS;
  return now >= expireAt ? { kind: 'expire' } : { kind: 'wait', wakeAt: expireAt };
}

export function decide(input: ScheduleInput): Decision {
  const { now, boutStart, prompter, settings } = input;
  if (prompter.active) return openPromptDecision(input);
  if (boutStart === null || prompter.promptedBoutStart === boutStart) return { kind: 'wait', wakeAt: null };
  if (prompter.pausedUntil !== null && now < prompter.pausedUntil)
    return { kind: 'wait', wakeAt: prompter.pausedUntil };
  const due = boutStart + settings.sittingLimitMinutes * 60_000;
  const workStart = nextWorkStart(Math.max(now, due), settings.workHours, input.timeZone);
  if (workStart === null) return { kind: 'wait', wakeAt: null };
  if (now < workStart) return { kind: 'wait', wakeAt: workStart };
  if (input.fullscreen || input.onCall) return { kind: 'wait', wakeAt: now + DEFER_MS };
  return { kind: 'offer' };
}
