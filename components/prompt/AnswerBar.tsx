import type { RefObject } from 'preact';
import { SNOOZE_MINUTES, type SnoozeMinutes } from '@/lib/prompts/types';

export interface AnswerBarLabels {
  heading: string;
  done: string;
  partly: string;
  skip: string;
  snooze: string;
  minutes(m: SnoozeMinutes): string;
  /** Why snoozing is off; shown once the limit is reached. */
  snoozeLimit: string;
}

export interface AnswerBarProps {
  labels: AnswerBarLabels;
  canSnooze: boolean;
  /** A request is on its way: nothing can be pressed twice. */
  busy: boolean;
  doneRef: RefObject<HTMLButtonElement | null>;
  skipRef: RefObject<HTMLButtonElement | null>;
  onAnswer(outcome: 'done' | 'partly'): void;
  onSkip(): void;
  onSnooze(minutes: SnoozeMinutes): void;
}

/** The person's answer to a prompt: Done, Partly, Skip (asks why) or Snooze. */
export function AnswerBar({
  labels,
  canSnooze,
  busy,
  doneRef,
  skipRef,
  onAnswer,
  onSkip,
  onSnooze,
}: AnswerBarProps) {
  return (
    <section class="answer" aria-labelledby="answer-heading">
      <h2 class="answer__heading" id="answer-heading">
        {labels.heading}
      </h2>
      <div class="answer__main">
        <button
          type="button"
          class="button button--primary"
          ref={doneRef}
          disabled={busy}
          onClick={() => onAnswer('done')}
        >
          {labels.done}
        </button>
        <button type="button" class="button" disabled={busy} onClick={() => onAnswer('partly')}>
          {labels.partly}
        </button>
        <button type="button" class="button" ref={skipRef} disabled={busy} onClick={onSkip}>
          {labels.skip}
        </button>
      </div>
      <fieldset class="answer__snooze" aria-describedby={canSnooze ? undefined : 'snooze-limit'}>
        <legend class="answer__snooze-label">{labels.snooze}</legend>
        <div class="answer__snooze-buttons">
          {SNOOZE_MINUTES.map((minutes) => (
            <button
              type="button"
              key={minutes}
              class="button button--small"
              disabled={busy || !canSnooze}
              data-minutes={minutes}
              onClick={() => onSnooze(minutes)}
            >
              {labels.minutes(minutes)}
            </button>
          ))}
        </div>
      </fieldset>
      {!canSnooze && (
        <p class="answer__note" id="snooze-limit">
          {labels.snoozeLimit}
        </p>
      )}
    </section>
  );
}
