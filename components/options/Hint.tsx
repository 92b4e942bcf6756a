export interface HintProps {
  id: string;
  /** "Default: 30 min." */
  defaultText: string;
  reason: string;
}

/** A setting's default and the one-line reason for it. */
export function Hint({ id, defaultText, reason }: HintProps) {
  return (
    <p class="hint" id={id}>
      <span class="hint__default">{defaultText}</span> {reason}
    </p>
  );
}
