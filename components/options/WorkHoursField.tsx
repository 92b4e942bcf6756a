import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Translator } from '@/lib/i18n';
import type { WorkHours } from '@/lib/settings';
import { timesProblem, WEEKDAYS } from '@/lib/settings-edit';
import { Hint } from './Hint';

export interface WorkHoursFieldProps {
  value: WorkHours;
  tr: Translator;
  onDayChange(day: number, on: boolean): void;
  /** Called only with a valid pair: both times given, the end after the start. */
  onTimesChange(start: string, end: string): void;
}

/** Weekday names in the page's language, from a known Monday (1 January 2024). */
function weekdayNames(locale: string) {
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return WEEKDAYS.map((day) => {
    const date = Date.UTC(2024, 0, day);
    const abbr = short.format(date).replace(/\.$/, '');
    return { day, long: long.format(date), short: abbr.charAt(0).toLocaleUpperCase(locale) + abbr.slice(1) };
  });
}

export function WorkHoursField({ value, tr, onDayChange, onTimesChange }: WorkHoursFieldProps) {
  const { t } = tr;
  const tag = tr.locale === 'nl' ? 'nl-NL' : 'en-GB';
  const days = useMemo(() => weekdayNames(tag), [tag]);
  const [start, setStart] = useState(value.start);
  const [end, setEnd] = useState(value.end);
  useEffect(() => {
    setStart(value.start);
    setEnd(value.end);
  }, [value.start, value.end]);

  const problem = timesProblem(start, end);
  const setTime = (which: 'start' | 'end', time: string) => {
    const next = which === 'start' ? { start: time, end } : { start, end: time };
    setStart(next.start);
    setEnd(next.end);
    if (timesProblem(next.start, next.end) === null) onTimesChange(next.start, next.end);
  };
  const describedBy = problem ? 'work-times-error work-hours-hint' : 'work-hours-hint';

  return (
    <div class="field">
      <fieldset class="group">
        <legend class="group__legend">{t('optionsWorkHoursLegend')}</legend>
        <fieldset class="group group--inner">
          <legend class="field__label">{t('optionsWorkDaysLegend')}</legend>
          <div class="chips">
            {days.map(({ day, long, short }) => (
              <label class="chip" key={day}>
                <input
                  type="checkbox"
                  class="chip__input"
                  checked={value.days.includes(day)}
                  data-day={day}
                  onChange={(event) => onDayChange(day, event.currentTarget.checked)}
                />
                <span class="chip__text" aria-hidden="true">
                  {short}
                </span>
                <span class="visually-hidden">{long}</span>
              </label>
            ))}
          </div>
          {value.days.length === 0 && (
            <p class="inline-note" data-testid="no-days">
              {t('optionsNoDays')}
            </p>
          )}
        </fieldset>
        <div class="times">
          <div class="times__field">
            <label class="field__label" for="work-start">
              {t('optionsStartLabel')}
            </label>
            <input
              id="work-start"
              class="time"
              type="time"
              value={start}
              required
              aria-invalid={problem !== null}
              aria-describedby={describedBy}
              onChange={(event) => setTime('start', event.currentTarget.value)}
            />
          </div>
          <div class="times__field">
            <label class="field__label" for="work-end">
              {t('optionsEndLabel')}
            </label>
            <input
              id="work-end"
              class="time"
              type="time"
              value={end}
              required
              aria-invalid={problem !== null}
              aria-describedby={describedBy}
              onChange={(event) => setTime('end', event.currentTarget.value)}
            />
          </div>
        </div>
        {problem && (
          <p class="inline-note inline-note--error" id="work-times-error">
            {t(problem === 'missing' ? 'optionsTimesMissing' : 'optionsTimesOrder')}
          </p>
        )}
        <Hint
          id="work-hours-hint"
          defaultText={t('optionsDefault', { value: t('optionsWorkHoursDefault') })}
          reason={t('optionsWorkHoursReason')}
        />
      </fieldset>
    </div>
  );
}
