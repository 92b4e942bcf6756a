import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Notice } from '@/components/Notice';
import { AdherenceChart } from '@/components/progress/AdherenceChart';
import { BarChart } from '@/components/progress/BarChart';
import { CheckinPanel } from '@/components/progress/CheckinPanel';
import { CheckinTrends } from '@/components/progress/CheckinTrends';
import { DoneBreakdown } from '@/components/progress/DoneBreakdown';
import { dayMonth, longDate, shortDay } from '@/components/progress/dates';
import { FigureCards, type PeriodCard } from '@/components/progress/FigureCards';
import { HourMap } from '@/components/progress/HourMap';
import { Later } from '@/components/progress/Later';
import { RangePicker } from '@/components/progress/RangePicker';
import { ReportHeader } from '@/components/progress/ReportHeader';
import { presetRange, rangeDates } from '@/components/progress/range';
import { daysWithFigures, daysWithFiguresIn } from '@/components/progress/stats-view';
import { WeekTable } from '@/components/progress/WeekTable';
import type { DateRange, ProgressData, ProgressSource } from '@/lib/browser/progress-source';
import { createTranslator, LOCALES, type Locale, loadMessages, type Translator } from '@/lib/i18n';
import { localDate } from '@/lib/model/local-days';
import { indexDays, type StatsIndex, statsOfIndex } from '@/lib/stats/period';
import { DEFAULT_GOAL, streak } from '@/lib/stats/streak';
import type { Checkin, DaySummary } from '@/lib/stats/types';
import { isoWeek, type WeekRange, type WeekStats, weeklyStatsOfIndex, weekStart } from '@/lib/stats/weeks';

export interface AppProps {
  source: ProgressSource;
  /** Data of the last 12 months (today, this week, the streak, and the first period shown). */
  initial: ProgressData;
  locale: Locale;
  now(): number;
  /** The period to show first (a link's `?from=&to=`); else the last four weeks. */
  initialRange?: DateRange;
  /** Opens the browser's print dialog. */
  print?(): void;
  /** The controls to export, back up, restore and delete data (section "data"), in the page's language. */
  dataControls?(tr: Translator): ComponentChildren;
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', nl: 'Nederlands' };

/**
 * The data's summaries by date and prompts tallied by local day, made once per load: today,
 * this week, the streak, the period and its weeks all read the same index.
 */
const indexes = new WeakMap<ProgressData, StatsIndex>();
function indexOf(data: ProgressData): StatsIndex {
  let index = indexes.get(data);
  if (!index) {
    index = indexDays(data.summaries, data.tallies);
    indexes.set(data, index);
  }
  return index;
}

/** A period and the data read for it. */
interface View {
  range: DateRange;
  data: ProgressData;
}

/**
 * The progress page: today, this week and the streak at a glance, the weekly check-in, and a
 * chosen period (up to a year) in figures, charts and tables, printable as a report.
 */
export function App({
  source,
  initial,
  locale: initialLocale,
  now,
  initialRange,
  print,
  dataControls,
}: AppProps) {
  const [locale, setLocale] = useState(initialLocale);
  const tr = useMemo(() => createTranslator(locale), [locale]);
  const { t } = tr;
  const zone = initial.timeZone;
  const today = localDate(initial.now, zone);
  const week = isoWeek(today);

  const [view, setView] = useState<View>(() => ({
    range: initialRange ?? presetRange('4w', today),
    data: initial,
  }));
  const [requested, setRequested] = useState(view.range);
  const [rangeState, setRangeState] = useState<'ready' | 'loading' | 'failed'>('ready');
  const [checkins, setCheckins] = useState<Checkin[]>(initial.checkins);
  const [dismissed, setDismissed] = useState(initial.checkinDismissed);
  const seq = useRef(0);

  useEffect(() => {
    document.documentElement.lang = tr.locale;
    document.title = t('progressTitle');
  }, [tr, t]);

  const chooseRange = (range: DateRange) => {
    setRequested(range);
    setRangeState('loading');
    const mine = ++seq.current;
    source.load(range).then(
      (data) => {
        if (mine !== seq.current) return;
        setView({ range, data });
        setRangeState('ready');
      },
      () => mine === seq.current && setRangeState('failed'),
    );
  };

  const chooseLanguage = (next: Locale) => void loadMessages(next, 'progress').then(() => setLocale(next));

  const saveCheckin = async (answers: Pick<Checkin, 'tension' | 'moving'>) => {
    const checkin: Checkin = { week, at: now(), ...answers };
    await source.saveCheckin(checkin);
    setCheckins((old) => [...old.filter((c) => c.week !== week), checkin]);
  };
  const dismissCheckin = () => {
    setDismissed(week);
    void source.dismissCheckin(week);
  };

  const glance = useMemo(() => {
    const index = indexOf(initial);
    const monday = weekStart(today);
    const cards: PeriodCard[] = [
      {
        id: 'today',
        title: t('progressToday'),
        subtitle: shortDay(today, tr.locale),
        stats: statsOfIndex(today, today, index),
        days: daysWithFiguresIn(index.summaries, today, today),
      },
      {
        id: 'week',
        title: t('progressThisWeek'),
        subtitle: t('progressRangeShown', {
          from: dayMonth(monday, tr.locale),
          to: dayMonth(today, tr.locale),
        }),
        stats: statsOfIndex(monday, today, index),
        days: daysWithFiguresIn(index.summaries, monday, today),
      },
    ];
    const days = streak({
      summaries: initial.summaries,
      index,
      timeZone: zone,
      pauses: initial.pauses,
      goal: DEFAULT_GOAL,
      today,
      workHours: initial.settings.workHours,
    });
    return { cards, streak: { days, goal: DEFAULT_GOAL } };
  }, [initial, zone, today, tr, t]);

  const period = useMemo(() => {
    const { range, data } = view;
    const index = indexOf(data);
    const byDate = new Map<string, DaySummary>();
    for (const day of data.summaries)
      if (day.date >= range.from && day.date <= range.to) byDate.set(day.date, day);
    const stats = statsOfIndex(range.from, range.to, index);
    const card: PeriodCard = {
      id: 'range',
      title: t('progressRangeCard'),
      subtitle: t('progressRangeShown', {
        from: longDate(range.from, tr.locale),
        to: longDate(range.to, tr.locale),
      }),
      stats,
      days: daysWithFigures(byDate.values(), range.from, range.to),
    };
    // Only what comes a frame later (charts, the week table) needs the weeks: made when first asked for.
    let weeks: WeekStats[] | undefined;
    let weekRanges: WeekRange[] | undefined;
    const weeksOf = () => {
      weeks ??= weeklyStatsOfIndex(range.from, range.to, index);
      return weeks;
    };
    return {
      dates: rangeDates(range),
      byDate,
      card,
      weeks: weeksOf,
      // The weeks as the weekly figures cut them to the period, so every chart names the same dates.
      weekRanges: () => {
        weekRanges ??= weeksOf().map(({ week, from, to }) => ({ week, from, to }));
        return weekRanges;
      },
    };
  }, [view, tr, t]);

  const current = checkins.find((c) => c.week === week);

  return (
    <div class="progress">
      <header class="page-header">
        <div class="page-header__inner">
          <div>
            <h1 class="page-title">{t('progressTitle')}</h1>
            <p class="page-intro">{t('progressIntro')}</p>
          </div>
          <div class="language">
            <label for="page-language">{t('progressLanguageLabel')}</label>
            <select
              id="page-language"
              class="select"
              value={locale}
              onChange={(event) => chooseLanguage(event.currentTarget.value as Locale)}
            >
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </header>

      <main class="page-main">
        {!initial.historyAvailable && (
          <Notice id="history" title={t('historyNoticeTitle')}>
            {t('historyNoticeBody')}
          </Notice>
        )}

        {initial.historyAvailable && (
          <CheckinPanel
            week={week}
            current={current}
            dismissed={dismissed === week}
            tr={tr}
            onSave={saveCheckin}
            onDismiss={dismissCheckin}
          />
        )}

        <section class="glance" aria-labelledby="glance-heading">
          <h2 class="section-title" id="glance-heading">
            {t('progressGlanceHeading')}
          </h2>
          <FigureCards cards={glance.cards} streak={glance.streak} tr={tr} />
        </section>

        <section class="period" aria-labelledby="period-heading" aria-busy={rangeState === 'loading'}>
          <h2 class="section-title" id="period-heading">
            {t('progressPeriodHeading')}
          </h2>
          <RangePicker range={requested} today={today} tr={tr} onChange={chooseRange} />
          {rangeState !== 'ready' && (
            <p class={`range-status range-status--${rangeState}`} role="status">
              {rangeState === 'loading' ? t('progressRangeLoading') : t('progressLoadFailed')}
            </p>
          )}
          <ReportHeader range={view.range} today={today} tr={tr} onPrint={print ?? (() => window.print())} />
          <FigureCards cards={[period.card]} tr={tr} wide />
          <DoneBreakdown stats={period.card.stats} tr={tr} />
          {/* The charts and the week table, below the fold, follow the figures in the next frame (see Later). */}
          <Later>{() => <BarChart dates={period.dates} byDate={period.byDate} tr={tr} />}</Later>
          <Later>
            {() => <AdherenceChart weeks={period.weeks()} aim={DEFAULT_GOAL.minAdherence} tr={tr} />}
          </Later>
          <Later>{() => <WeekTable weeks={period.weeks()} byDate={period.byDate} tr={tr} />}</Later>
          <Later>
            {() => (
              <HourMap dates={period.dates} byDate={period.byDate} weeks={period.weekRanges()} tr={tr} />
            )}
          </Later>
          <Later>{() => <CheckinTrends weeks={period.weekRanges()} checkins={checkins} tr={tr} />}</Later>
        </section>

        <section id="data" class="panel panel--data" aria-labelledby="data-heading">
          <h2 class="panel__title" id="data-heading">
            {t('progressDataHeading')}
          </h2>
          {dataControls?.(tr)}
        </section>
      </main>

      <footer class="page-footer">
        <p class="page-footer__privacy">{t('optionsPrivacy')}</p>
        <p>{t('optionsDisclaimer')}</p>
      </footer>
    </div>
  );
}
