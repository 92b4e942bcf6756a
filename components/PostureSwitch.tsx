import type { Posture } from '@/lib/model/types';

export interface PostureSwitchProps {
  current: Posture;
  labels: Record<Posture, string>;
  heading: string;
  onReport(posture: Posture): void;
}

const POSTURES: Posture[] = ['sitting', 'standing', 'moving'];

/** The person's own report of what they are doing: the only way posture changes. */
export function PostureSwitch({ current, labels, heading, onReport }: PostureSwitchProps) {
  return (
    <fieldset class="posture">
      <legend>{heading}</legend>
      <div class="posture__buttons">
        {POSTURES.map((posture) => (
          <button
            type="button"
            key={posture}
            class="posture__button"
            aria-pressed={current === posture}
            data-posture={posture}
            onClick={() => onReport(posture)}
          >
            {labels[posture]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
