/** What the progress page shows of a period's figures, in words and numbers. Pure. */
import type { Translator } from '@/lib/i18n';
import { nextDate } from '@/lib/model/local-days';
import { formatAdherence, NO_VALUE } from '@/lib/stats/format';
import type { DaySummary, PeriodStats } from '@/lib/stats/types';
import { intlLocale } from './dates';

const oneDecimalFormats = new Map<string, Intl.NumberFormat>();

/** A rate with exactly one decimal ("1.0", "1,2"), so a column of them lines up; null shows "—". */
export function oneDecimal(value: number | null, locale: string): string {
  if (value === null || !Number.isFinite(value)) return NO_VALUE;
  let format = oneDecimalFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    oneDecimalFormats.set(locale, format);
  }
  return format.format(value);
}

/** Days of a period with any presence recorded (sitting, standing or moving). */
export function daysWithFigures(summaries: Iterable<DaySummary>, from: string, to: string): number {
  let count = 0;
  for (const day of summaries) {
    if (day.date < from || day.date > to) continue;
    if (day.sittingSeconds + day.standingSeconds + day.movingSeconds > 0) count++;
  }
  return count;
}

/** `daysWithFigures` of the dates `from` through `to`, looked up by date (no pass over every summary). */
export function daysWithFiguresIn(byDate: ReadonlyMap<string, DaySummary>, from: string, to: string): number {
  let count = 0;
  for (let date = from; date <= to; date = nextDate(date)) {
    const day = byDate.get(date);
    if (day && day.sittingSeconds + day.standingSeconds + day.movingSeconds > 0) count++;
  }
  return count;
}

export interface FigureRow {
  id: string;
  label: string;
  value: string;
  /** A line of detail under the value. */
  detail?: string;
}

/**
 * The figures of one period. A single day shows its totals; a longer period shows sitting and
 * standing as averages per day with figures, so periods of different lengths compare.
 */
export function figureRows(stats: PeriodStats, days: number, single: boolean, tr: Translator): FigureRow[] {
  const { t, duration } = tr;
  const locale = intlLocale(tr.locale);
  const perDay = (seconds: number) => (days > 0 ? duration(seconds / days) : '—');
  const followed = stats.prompts.done + stats.prompts.partly;
  return [
    single
      ? { id: 'sitting', label: t('progressFigSitting'), value: duration(stats.sittingSeconds) }
      : { id: 'sitting', label: t('progressFigSittingPerDay'), value: perDay(stats.sittingSeconds) },
    single
      ? { id: 'work-sitting', label: t('progressFigWorkSitting'), value: duration(stats.workSittingSeconds) }
      : {
          id: 'work-sitting',
          label: t('progressFigWorkSittingPerDay'),
          value: perDay(stats.workSittingSeconds),
        },
    single
      ? { id: 'breaks', label: t('progressFigBreaks'), value: tr.number(stats.breaks) }
      : {
          id: 'breaks-per-hour',
          label: t('progressFigBreaksPerHour'),
          value: oneDecimal(stats.breaksPerWorkHour, locale),
        },
    { id: 'long-bouts', label: t('progressFigBoutsOver30'), value: tr.number(stats.boutsOver30) },
    {
      id: 'longest',
      label: t('progressFigLongest'),
      value: stats.longestBoutSeconds > 0 ? duration(stats.longestBoutSeconds) : '—',
    },
    {
      id: 'usual',
      label: t('progressFigUsual'),
      value: stats.medianBoutSeconds === null ? '—' : duration(stats.medianBoutSeconds),
    },
    single
      ? { id: 'standing', label: t('progressFigStanding'), value: duration(stats.standingSeconds) }
      : { id: 'standing', label: t('progressFigStandingPerDay'), value: perDay(stats.standingSeconds) },
    {
      id: 'untracked',
      label: single ? t('progressFigUntracked') : t('progressFigUntrackedPerDay'),
      value: single ? duration(stats.untrackedSeconds) : perDay(stats.untrackedSeconds),
      detail: t('progressFigUntrackedDetail'),
    },
    {
      id: 'adherence',
      label: t('progressFigAdherence'),
      value: formatAdherence(stats.adherence, locale),
      detail:
        stats.prompts.offered > 0
          ? t('progressFigAdherenceDetail', { done: followed, offered: stats.prompts.offered })
          : t('progressFigAdherenceNone'),
    },
  ];
}
