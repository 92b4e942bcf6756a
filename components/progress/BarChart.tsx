import type { Translator } from '@/lib/i18n';
import type { DaySummary } from '@/lib/stats/types';
import { ChartFrame, LegendItem } from './ChartFrame';
import { dayMonth, formatDate, shortDay } from './dates';
import { ticksFor } from './scale';

export interface BarChartProps {
  dates: readonly string[];
  byDate: ReadonlyMap<string, DaySummary>;
  tr: Translator;
}

const W = 720;
const H = 250;
const M = { top: 14, right: 40, bottom: 30, left: 44 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

/** Which days get a label under the axis: every day in a week or two, Mondays up to a quarter, else month starts. */
function labelled(date: string, index: number, count: number): boolean {
  if (count <= 14) return true;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (count <= 100) return weekday === 1;
  return date.endsWith('-01') || index === 0;
}

/** Sitting minutes per day as bars, with that day's breaks in sitting as dots on a second axis. */
export function BarChart({ dates, byDate, tr }: BarChartProps) {
  const { t, locale } = tr;
  const days = dates.map((date) => ({ date, day: byDate.get(date) }));
  const withFigures = days.filter((d) => d.day !== undefined);
  const maxSitting = Math.max(0, ...withFigures.map((d) => d.day?.sittingSeconds ?? 0));
  const maxBreaks = Math.max(0, ...withFigures.map((d) => d.day?.breaks ?? 0));
  const hourTicks = ticksFor(Math.max(1, maxSitting / 3600), 5);
  const intervals = hourTicks.length - 1;
  const topHours = hourTicks[intervals] ?? 1;
  const breakStep = Math.max(1, Math.ceil(maxBreaks / intervals));
  const topBreaks = breakStep * intervals;
  const slot = PLOT_W / Math.max(1, days.length);
  const barW = Math.max(1, slot * (days.length > 60 ? 0.8 : 0.64));
  const y = (fraction: number) => M.top + PLOT_H * (1 - fraction);
  const dotR = days.length > 60 ? 1.8 : days.length > 20 ? 2.8 : 4;

  const busiest = withFigures.reduce<(typeof withFigures)[number] | undefined>(
    (best, d) =>
      best === undefined || (d.day?.sittingSeconds ?? 0) > (best.day?.sittingSeconds ?? 0) ? d : best,
    undefined,
  );
  const total = withFigures.reduce((sum, d) => sum + (d.day?.sittingSeconds ?? 0), 0);
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? '';
  const summary =
    withFigures.length === 0
      ? t('progressNoData')
      : t('progressSittingSummary', {
          from: dayMonth(first, locale),
          to: dayMonth(last, locale),
          max: tr.duration(busiest?.day?.sittingSeconds ?? 0),
          maxDate: shortDay(busiest?.date ?? first, locale),
          average: tr.duration(total / withFigures.length),
        });

  return (
    <ChartFrame
      id="sitting"
      title={t('progressSittingTitle')}
      summary={summary}
      width={W}
      height={H}
      tableLabel={t('progressShowTable')}
      legend={
        <>
          <LegendItem
            swatch={<rect class="bar" x="4" y="1" width="16" height="10" />}
            label={t('progressLegendSitting')}
          />
          <LegendItem
            swatch={<circle class="dot" cx="12" cy="6" r="4" />}
            label={t('progressLegendBreaks')}
          />
        </>
      }
      table={
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('progressTableDate')}</th>
              <th scope="col">{t('progressTableSittingMin')}</th>
              <th scope="col">{t('progressTableBreaks')}</th>
            </tr>
          </thead>
          <tbody>
            {days.map(({ date, day }) => (
              <tr key={date}>
                <th scope="row">{shortDay(date, locale)}</th>
                <td>{day ? tr.number(Math.round(day.sittingSeconds / 60)) : '—'}</td>
                <td>{day ? tr.number(day.breaks) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {hourTicks.map((hours, i) => (
        <g key={hours} class="axis">
          <line class="grid" x1={M.left} x2={W - M.right} y1={y(hours / topHours)} y2={y(hours / topHours)} />
          <text x={M.left - 6} y={y(hours / topHours) + 4} text-anchor="end">
            {tr.number(hours)} {i === intervals ? (locale === 'nl' ? 'u' : 'h') : ''}
          </text>
          <text x={W - M.right + 6} y={y(hours / topHours) + 4} class="axis__right">
            {tr.number(breakStep * i)}
          </text>
        </g>
      ))}
      {days.map(({ date, day }, index) => {
        const cx = M.left + slot * (index + 0.5);
        return (
          <g key={date}>
            {day && day.sittingSeconds > 0 && (
              <rect
                class="bar"
                x={cx - barW / 2}
                width={barW}
                y={y(day.sittingSeconds / 3600 / topHours)}
                height={PLOT_H * (day.sittingSeconds / 3600 / topHours)}
              >
                <title>{`${shortDay(date, locale)}: ${tr.duration(day.sittingSeconds)}`}</title>
              </rect>
            )}
            {day && (
              <circle
                class={days.length > 60 ? 'dot dot--small' : 'dot'}
                cx={cx}
                cy={y(day.breaks / topBreaks)}
                r={dotR}
              />
            )}
            {labelled(date, index, days.length) && (
              <text
                class="axis"
                x={cx}
                y={H - M.bottom + 16}
                text-anchor={days.length > 14 ? 'start' : 'middle'}
              >
                {days.length <= 7
                  ? shortDay(date, locale)
                  : days.length <= 14
                    ? formatDate(date, locale, { weekday: 'short', day: 'numeric' })
                    : days.length <= 100
                      ? dayMonth(date, locale)
                      : formatDate(date, locale, { month: 'short' })}
              </text>
            )}
          </g>
        );
      })}
      <line class="baseline" x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} />
    </ChartFrame>
  );
}
