/** Requests the pages send to the background, and what comes back. */
import type { Posture } from './model/types';
import type { SkipReason, SnoozeMinutes } from './prompts/types';

export type BackgroundRequest =
  | { type: 'report'; posture: Posture }
  | { type: 'undo' }
  /** "Still standing" to the question after an hour of standing. */
  | { type: 'standing-confirm' }
  | { type: 'export-trace' }
  /** Open a prompt now ("Move now" in the popup). */
  | { type: 'move-now' }
  /** The prompt page's Start: the exercise begins (posture moving). */
  | { type: 'prompt-start'; id: string }
  | { type: 'prompt-answer'; id: string; outcome: 'done' | 'partly' }
  | { type: 'prompt-skip'; id: string; reason: SkipReason }
  | { type: 'prompt-snooze'; id: string; minutes: SnoozeMinutes }
  /** Pause prompts until a time (ms), or resume with null. */
  | { type: 'pause'; until: number | null }
  /** Stop offering an exercise (after "pain or discomfort"). */
  | { type: 'hide-exercise'; entryId: string };

const TYPES = new Set([
  'report',
  'undo',
  'standing-confirm',
  'export-trace',
  'move-now',
  'prompt-start',
  'prompt-answer',
  'prompt-skip',
  'prompt-snooze',
  'pause',
  'hide-exercise',
]);

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  if (type === 'report') {
    const posture = (value as { posture?: unknown }).posture;
    return posture === 'sitting' || posture === 'standing' || posture === 'moving';
  }
  return typeof type === 'string' && TYPES.has(type);
}
