import type { Translator } from '@/lib/i18n';
import { formatAdherence } from '@/lib/stats/format';
import type { DaySummary } from '@/lib/stats/types';
import type { WeekStats } from '@/lib/stats/weeks';
import { dayMonth, intlLocale, weekNumber } from './dates';
import { daysWithFiguresIn, oneDecimal } from './stats-view';

export interface WeekTableProps {
  weeks: readonly WeekStats[];
  /** The period's summaries by date. */
  byDate: ReadonlyMap<string, DaySummary>;
  tr: Translator;
}

/** The period week by week: the table a physiotherapist reads first on the printed report. */
export function WeekTable({ weeks, byDate, tr }: WeekTableProps) {
  const { t, duration } = tr;
  const locale = intlLocale(tr.locale);
  return (
    <div class="block" data-block="weeks">
      <h3 class="chart__title" id="weeks-title">
        {t('progressWeeksTitle')}
      </h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access (WCAG 2.1.1) */}
      <section class="table-scroll" tabIndex={0} aria-labelledby="weeks-title">
        <table class="data-table data-table--weeks">
          <caption>{t('progressWeeksCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progressTableWeek')}</th>
              <th scope="col">{t('progressTableDays')}</th>
              <th scope="col">{t('progressFigSittingPerDay')}</th>
              <th scope="col">{t('progressFigBreaksPerHour')}</th>
              <th scope="col">{t('progressFigBoutsOver30')}</th>
              <th scope="col">{t('progressFigLongest')}</th>
              <th scope="col">{t('progressFigStandingPerDay')}</th>
              <th scope="col">{t('progressFigAdherence')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => {
              const days = daysWithFiguresIn(byDate, week.from, week.to);
              const perDay = (seconds: number) => (days > 0 ? duration(seconds / days) : '—');
              return (
                <tr key={week.week} data-week={week.week}>
                  <th scope="row">
                    {weekNumber(week.week)} ({dayMonth(week.from, tr.locale)})
                  </th>
                  <td>{tr.number(days)}</td>
                  <td>{perDay(week.sittingSeconds)}</td>
                  <td>{oneDecimal(week.breaksPerWorkHour, locale)}</td>
                  <td>{days > 0 ? tr.number(week.boutsOver30) : '—'}</td>
                  <td>{week.longestBoutSeconds > 0 ? duration(week.longestBoutSeconds) : '—'}</td>
                  <td>{perDay(week.standingSeconds)}</td>
                  <td>
                    {formatAdherence(week.adherence, locale)}
                    {week.prompts.offered > 0 && (
                      <span class="cell-detail">
                        {' '}
                        ({week.prompts.done + week.prompts.partly}/{week.prompts.offered})
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
