import { useState } from 'preact/hooks';
import type { DateRange } from '@/lib/browser/progress-source';
import type { Translator } from '@/lib/i18n';
import { longDate } from './dates';

export interface ReportHeaderProps {
  range: DateRange;
  /** Today's local date: the report's date. */
  today: string;
  tr: Translator;
  onPrint(): void;
}

/**
 * The printed report's heading (name or initials if given, the period, the date it was made),
 * and on screen the field for the name and the print button. The name is never stored.
 */
export function ReportHeader({ range, today, tr, onPrint }: ReportHeaderProps) {
  const { t, locale } = tr;
  const [name, setName] = useState('');
  const shownName = name.trim();
  return (
    <div class="report">
      <div class="report__controls">
        <div class="report__field">
          <label for="report-name">{t('progressReportName')}</label>
          <input
            id="report-name"
            class="text-input"
            type="text"
            autocomplete="off"
            maxLength={60}
            value={name}
            aria-describedby="report-name-hint"
            onInput={(event) => setName(event.currentTarget.value)}
          />
          <p class="hint" id="report-name-hint">
            {t('progressReportNameHint')}
          </p>
        </div>
        <div class="report__print">
          <button type="button" class="button button--primary" onClick={onPrint}>
            {t('progressPrint')}
          </button>
          <p class="hint">{t('progressReportHint')}</p>
        </div>
      </div>
      <header class="report__header" data-testid="report-header">
        <p class="report__title">{t('progressReportTitle')}</p>
        {shownName && <p class="report__name">{t('progressReportNameShown', { name: shownName })}</p>}
        <p>
          {t('progressReportPeriod', { from: longDate(range.from, locale), to: longDate(range.to, locale) })}
        </p>
        <p>{t('progressReportMade', { date: longDate(today, locale) })}</p>
      </header>
    </div>
  );
}
