import { useEffect, useRef } from 'preact/hooks';

export interface SafetyAdviceLabels {
  heading: string;
  intro: string;
  /** The advice in order: stop, technique, ask your physiotherapist. */
  steps: string[];
  /** When to stop at once and seek medical help. */
  urgent: string;
  nothingChanges: string;
  hide: string;
  hidden: string;
  close: string;
}

export interface SafetyAdviceProps {
  labels: SafetyAdviceLabels;
  hidden: boolean;
  busy: boolean;
  onHide(): void;
  onClose(): void;
}

/**
 * Shown after "pain or discomfort": what to do, in wellness wording. Hiding the exercise is offered,
 * never done for the person; nothing else changes.
 */
export function SafetyAdvice({ labels, hidden, busy, onHide, onClose }: SafetyAdviceProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (hidden) closeRef.current?.focus();
  }, [hidden]);
  return (
    <section class="safety" aria-labelledby="safety-heading">
      <h1 class="safety__heading" id="safety-heading" tabIndex={-1} ref={headingRef}>
        {labels.heading}
      </h1>
      <p class="safety__intro">{labels.intro}</p>
      <ol class="safety__steps">
        {labels.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p class="safety__urgent">{labels.urgent}</p>
      <p class="safety__note">{labels.nothingChanges}</p>
      <p class="safety__hidden" role="status">
        {hidden ? labels.hidden : ''}
      </p>
      <div class="safety__actions">
        {!hidden && (
          <button type="button" class="button" disabled={busy} onClick={onHide}>
            {labels.hide}
          </button>
        )}
        <button type="button" class="button button--primary" ref={closeRef} onClick={onClose}>
          {labels.close}
        </button>
      </div>
    </section>
  );
}
