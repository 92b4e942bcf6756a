import { useEffect, useRef } from 'preact/hooks';
import { SKIP_REASONS, type SkipReason } from '@/lib/prompts/types';

export interface SkipReasonsProps {
  heading: string;
  hint: string;
  reasons: Record<SkipReason, string>;
  back: string;
  busy: boolean;
  onChoose(reason: SkipReason): void;
  onBack(): void;
}

/** Why the person skips: one press answers. Focus moves to the question when it opens. */
export function SkipReasons({ heading, hint, reasons, back, busy, onChoose, onBack }: SkipReasonsProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section class="skip" aria-labelledby="skip-heading" aria-describedby="skip-hint">
      <h2 class="skip__heading" id="skip-heading" tabIndex={-1} ref={headingRef}>
        {heading}
      </h2>
      <p class="skip__hint" id="skip-hint">
        {hint}
      </p>
      <ul class="skip__reasons">
        {SKIP_REASONS.map((reason) => (
          <li key={reason}>
            <button
              type="button"
              class="button skip__reason"
              data-reason={reason}
              disabled={busy}
              onClick={() => onChoose(reason)}
            >
              {reasons[reason]}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="button button--quiet" onClick={onBack}>
        {back}
      </button>
    </section>
  );
}
