export interface ClosedStateProps {
  title: string;
  body: string;
  close: string;
  onClose(): void;
}

/** Nothing to answer here (already answered, or gone): say so kindly and offer to close. */
export function ClosedState({ title, body, close, onClose }: ClosedStateProps) {
  return (
    <section class="closed" aria-labelledby="closed-title">
      <h1 class="closed__title" id="closed-title">
        {title}
      </h1>
      <p class="closed__body">{body}</p>
      <button type="button" class="button button--primary" onClick={onClose}>
        {close}
      </button>
    </section>
  );
}
