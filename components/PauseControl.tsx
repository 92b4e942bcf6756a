import { useState } from 'preact/hooks';

export interface PauseControlProps {
  /** The pause in force, already formatted, or null. */
  pausedUntilText: string | null;
  labels: {
    heading: string;
    thirty: string;
    hour: string;
    tomorrow: string;
    dateLabel: string;
    apply: string;
    resume: string;
  };
  /** Minimum date for the holiday picker, YYYY-MM-DD. */
  today: string;
  onPause(choice: { minutes: number } | { tomorrow: true } | { date: string }): void;
  onResume(): void;
}

/** Pausing prompts for a while, or until a date for holidays; and resuming. */
export function PauseControl({ pausedUntilText, labels, today, onPause, onResume }: PauseControlProps) {
  const [date, setDate] = useState('');
  if (pausedUntilText !== null) {
    return (
      <p class="pause pause--on" role="status">
        <span>{pausedUntilText}</span>
        <button type="button" class="link-button" onClick={onResume}>
          {labels.resume}
        </button>
      </p>
    );
  }
  return (
    <details class="pause">
      <summary>{labels.heading}</summary>
      <div class="pause__choices">
        <button type="button" class="chip" onClick={() => onPause({ minutes: 30 })}>
          {labels.thirty}
        </button>
        <button type="button" class="chip" onClick={() => onPause({ minutes: 60 })}>
          {labels.hour}
        </button>
        <button type="button" class="chip" onClick={() => onPause({ tomorrow: true })}>
          {labels.tomorrow}
        </button>
      </div>
      <form
        class="pause__date"
        onSubmit={(event) => {
          event.preventDefault();
          if (date) onPause({ date });
        }}
      >
        <label for="pause-date">{labels.dateLabel}</label>
        <input
          id="pause-date"
          type="date"
          min={today}
          value={date}
          onInput={(e) => setDate(e.currentTarget.value)}
        />
        <button type="submit" class="chip" disabled={!date}>
          {labels.apply}
        </button>
      </form>
    </details>
  );
}
