import { Hint } from './Hint';

export interface CheckFieldProps {
  id: string;
  label: string;
  checked: boolean;
  defaultText: string;
  reason: string;
  onChange(checked: boolean): void;
}

/** An on/off setting with its default and reason underneath. */
export function CheckField({ id, label, checked, defaultText, reason, onChange }: CheckFieldProps) {
  return (
    <div class="field field--check">
      <input
        id={id}
        class="check"
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <div>
        <label class="field__label" for={id}>
          {label}
        </label>
        <Hint id={`${id}-hint`} defaultText={defaultText} reason={reason} />
      </div>
    </div>
  );
}
