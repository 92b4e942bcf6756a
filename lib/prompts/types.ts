/** Prompts: what Balans offers when the person has sat long enough, and what came of it. */

export type PromptOutcome = 'done' | 'partly' | 'skipped' | 'snoozed' | 'unanswered';
export const SKIP_REASONS = ['not-now', 'meeting', 'pain', 'dislike'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
export const SNOOZE_MINUTES = [5, 10, 15] as const;
export type SnoozeMinutes = (typeof SNOOZE_MINUTES)[number];

/** How the prompt reached the person. */
export type PromptChannel = 'notification' | 'move-now' | 'command' | 'auto-window';

/** Why it was offered: the sitting limit, or the person asked ("Move now", the keyboard command). */
export type PromptReason = 'limit' | 'asked';

export interface PromptRecord {
  /** Unique and stable: the time it was offered, in ms, as text. */
  id: string;
  offeredAt: number;
  /**
   * The local date it counts on (YYYY-MM-DD), in the zone the tracker was in when it was offered;
   * records from before this field are dated in the zone of the moment.
   */
  date?: string;
  entryId: string;
  reason: PromptReason;
  /** Length of the running bout when it was offered. */
  boutSeconds: number;
  channel: PromptChannel;
  /** Null while open. A snoozed prompt stays one record and ends with its final outcome. */
  outcome: PromptOutcome | null;
  skipReason?: SkipReason;
  answeredAt?: number;
  /** When the person pressed Start (the exercise timer ran; posture was reported as moving). */
  startedAt?: number;
  snoozes: number;
  /** The one gentle reminder was sent. */
  reminded: boolean;
}
