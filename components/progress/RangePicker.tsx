import { useEffect, useState } from 'preact/hooks';
import type { DateRange } from '@/lib/browser/progress-source';
import type { MessageKey, Translator } from '@/lib/i18n';
import { addDays } from '@/lib/stats/weeks';
import {
  MAX_RANGE_DAYS,
  presetOf,
  presetRange,
  RANGE_PRESETS,
  type RangePreset,
  rangeProblem,
} from './range';

export interface RangePickerProps {
  range: DateRange;
  today: string;
  tr: Translator;
  onChange(range: DateRange): void;
}

const PRESET_KEYS = {
  week: 'progressRangeWeek',
  '4w': 'progressRange4w',
  '3m': 'progressRange3m',
  '12m': 'progressRange12m',
} as const satisfies Record<RangePreset, MessageKey>;

const PROBLEM_KEYS = {
  missing: 'progressRangeMissing',
  order: 'progressRangeOrder',
  'too-long': 'progressRangeTooLong',
} as const;

/** This week, the last 4 weeks, 3 months or 12 months, or two dates of one's own (a year at most). */
export function RangePicker({ range, today, tr, onChange }: RangePickerProps) {
  const { t } = tr;
  const preset = presetOf(range, today);
  const [custom, setCustom] = useState(preset === null);
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    setFrom(range.from);
    setTo(range.to);
  }, [range.from, range.to]);
  const problem = rangeProblem(from, to);

  const choose = (choice: RangePreset) => {
    setCustom(false);
    setTried(false);
    onChange(presetRange(choice, today));
  };
  const apply = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (problem === null) onChange({ from, to });
  };

  return (
    <form class="range" onSubmit={apply} aria-labelledby="range-legend" noValidate>
      <fieldset class="range__presets">
        <legend id="range-legend" class="range__legend">
          {t('progressRangeHeading')}
        </legend>
        <div class="chips">
          {RANGE_PRESETS.map((choice) => (
            <label class="chip" key={choice}>
              <input
                class="chip__input"
                type="radio"
                name="range"
                value={choice}
                checked={!custom && preset === choice}
                onChange={() => choose(choice)}
              />
              <span class="chip__text">{t(PRESET_KEYS[choice])}</span>
            </label>
          ))}
          <label class="chip">
            <input
              class="chip__input"
              type="radio"
              name="range"
              value="custom"
              checked={custom || preset === null}
              onChange={() => setCustom(true)}
            />
            <span class="chip__text">{t('progressRangeCustom')}</span>
          </label>
        </div>
      </fieldset>
      {(custom || preset === null) && (
        <div class="range__custom">
          <div class="range__field">
            <label for="range-from">{t('progressRangeFrom')}</label>
            <input
              id="range-from"
              class="date"
              type="date"
              value={from}
              max={today}
              aria-invalid={tried && problem !== null}
              aria-describedby={tried && problem ? 'range-problem' : undefined}
              onInput={(event) => setFrom(event.currentTarget.value)}
            />
          </div>
          <div class="range__field">
            <label for="range-to">{t('progressRangeTo')}</label>
            <input
              id="range-to"
              class="date"
              type="date"
              value={to}
              min={from || undefined}
              max={from ? minDate(addDays(from, MAX_RANGE_DAYS - 1), today) : today}
              aria-invalid={tried && problem !== null}
              aria-describedby={tried && problem ? 'range-problem' : undefined}
              onInput={(event) => setTo(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button">
            {t('progressRangeApply')}
          </button>
          {tried && problem && (
            <p class="range__problem" id="range-problem" role="alert">
              {t(PROBLEM_KEYS[problem])}
            </p>
          )}
        </div>
      )}
    </form>
  );
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
