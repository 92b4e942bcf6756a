import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '@/lib/i18n';
import { DEFAULT_SETTINGS, SITTING_LIMIT_RANGE } from '@/lib/settings';
import { Hint } from './Hint';

export interface SittingLimitFieldProps {
  value: number;
  tr: Translator;
  /** Called when the person lets go of the slider (or per key press), with the raw value. */
  onCommit(raw: string): void;
}

/** A slider with its value shown beside it; it follows the drag but saves only on release. */
export function SittingLimitField({ value, tr, onCommit }: SittingLimitFieldProps) {
  const { t } = tr;
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  const minutes = (m: number) => t('optionsMinutes', { m: tr.number(m) });

  return (
    <div class="field">
      <label class="field__label" for="sitting-limit">
        {t('optionsLimitLabel')}
      </label>
      <div class="limit">
        <div class="limit__track">
          <input
            id="sitting-limit"
            class="limit__range"
            type="range"
            min={SITTING_LIMIT_RANGE.min}
            max={SITTING_LIMIT_RANGE.max}
            step={1}
            value={shown}
            aria-valuetext={minutes(shown)}
            aria-describedby="sitting-limit-hint"
            onInput={(event) => {
              const next = Number(event.currentTarget.value);
              if (Number.isFinite(next)) setShown(next);
            }}
            onChange={(event) => onCommit(event.currentTarget.value)}
          />
          <div class="limit__scale" aria-hidden="true">
            <span>{minutes(SITTING_LIMIT_RANGE.min)}</span>
            <span>{minutes(SITTING_LIMIT_RANGE.max)}</span>
          </div>
        </div>
        <output class="limit__value" for="sitting-limit" aria-hidden="true">
          {minutes(shown)}
        </output>
      </div>
      <Hint
        id="sitting-limit-hint"
        defaultText={t('optionsDefault', { value: minutes(DEFAULT_SETTINGS.sittingLimitMinutes) })}
        reason={t('optionsLimitReason')}
      />
    </div>
  );
}
