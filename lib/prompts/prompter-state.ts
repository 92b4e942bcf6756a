/** What the prompter keeps in `storage.local` (key `prompter`), read by the popup and the prompt page. */
import type { PromptRecord } from './types';

export const PROMPTER_KEY = 'prompter';

export interface PrompterState {
  /** The prompt waiting for an answer, if any. */
  active: PromptRecord | null;
  /** When the active prompt last reached the person (offer, reminder or end of a snooze). */
  deliveredAt: number | null;
  /** A snoozed prompt comes back at this time. */
  snoozedUntil: number | null;
  /** Start of the bout that has had its prompt: one prompt per bout, never a loop. */
  promptedBoutStart: number | null;
  /** No prompts until this time (pause); null when not paused. */
  pausedUntil: number | null;
  /** Entry ids offered most recently, newest last. */
  recent: string[];
  lastWasPosture: boolean;
  /** Entries the person asked never to see again. */
  hidden: string[];
  /** The open prompt window, so closing it without an answer is recorded as unanswered. */
  windowId: number | null;
  /** Weight per entry id; "don't like this one" lowers it. Missing means 1. */
  weights: Record<string, number>;
}

export function createPrompterState(): PrompterState {
  return {
    active: null,
    deliveredAt: null,
    snoozedUntil: null,
    promptedBoutStart: null,
    pausedUntil: null,
    recent: [],
    lastWasPosture: false,
    hidden: [],
    weights: {},
    windowId: null,
  };
}

export function readPrompterState(value: unknown): PrompterState {
  if (typeof value !== 'object' || value === null) return createPrompterState();
  return { ...createPrompterState(), ...(value as Partial<PrompterState>) };
}
