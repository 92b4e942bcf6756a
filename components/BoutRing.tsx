export interface BoutRingProps {
  seconds: number;
  limitSeconds: number;
  /** Big text in the middle, e.g. "23". */
  value: string;
  /** Small text under it, e.g. "of 30 min". */
  caption: string;
  label: string;
}

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** The running bout as a ring that fills towards the sitting limit. */
export function BoutRing({ seconds, limitSeconds, value, caption, label }: BoutRingProps) {
  const filled = Math.min(1, limitSeconds > 0 ? seconds / limitSeconds : 0);
  return (
    <div class="bout-ring">
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle class="bout-ring__track" cx="60" cy="60" r={RADIUS} />
        <circle
          class={`bout-ring__fill${filled >= 1 ? ' bout-ring__fill--full' : ''}`}
          cx="60"
          cy="60"
          r={RADIUS}
          stroke-dasharray={`${CIRCUMFERENCE * filled} ${CIRCUMFERENCE}`}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <p class="bout-ring__text">
        <span class="visually-hidden">{label}: </span>
        <span class="bout-ring__value">{value}</span>
        <span class="bout-ring__caption">{caption}</span>
      </p>
    </div>
  );
}
