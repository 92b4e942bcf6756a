import type { Translator } from '@/lib/i18n';
import type { DaySummary } from '@/lib/stats/types';
import { ChartFrame, LegendItem } from './ChartFrame';
import { dayMonth, formatDate, shortDay } from './dates';
import { coord, ticksFor } from './scale';

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

/** Up to this many days each bar is an element of its own, with its figure as a tooltip. */
const SINGLE_BARS = 100;

/** More days than this (over a year) are labelled by year, else month names would run together. */
const YEAR_LABELS = 400;

/**
 * Which days get a label under the axis: every day in a week or two, Mondays up to a quarter,
 * month starts up to a year, else year starts.
 */
function labelled(date: string, index: number, count: number): boolean {
  if (count <= 14) return true;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (count <= SINGLE_BARS) return weekday === 1;
  if (count <= YEAR_LABELS) return date.endsWith('-01') || index === 0;
  return date.endsWith('-01-01') || index === 0;
}

function axisLabel(date: string, count: number, locale: Translator['locale']): string {
  if (count <= 7) return shortDay(date, locale);
  if (count <= 14) return formatDate(date, locale, { weekday: 'short', day: 'numeric' });
  if (count <= SINGLE_BARS) return dayMonth(date, locale);
  if (count <= YEAR_LABELS) return formatDate(date, locale, { month: 'short' });
  return formatDate(date, locale, { year: 'numeric' });
}

/** Sitting minutes per day as bars, with that day's breaks in sitting as dots on a second axis. */
export function BarChart({ dates, byDate, tr }: BarChartProps) {
  const { t, locale } = tr;
  const days = dates.map((date) => ({ date, day: byDate.get(date) }));
  let withFigures = 0;
  let total = 0;
  let maxBreaks = 0;
  let busiest: { date: string; day: DaySummary } | undefined;
  for (const { date, day } of days) {
    if (!day) continue;
    withFigures += 1;
    total += day.sittingSeconds;
    maxBreaks = Math.max(maxBreaks, day.breaks);
    if (busiest === undefined || day.sittingSeconds > busiest.day.sittingSeconds) busiest = { date, day };
  }
  const maxSitting = Math.max(0, busiest?.day.sittingSeconds ?? 0);
  const hourTicks = ticksFor(Math.max(1, maxSitting / 3600), 5);
  const intervals = hourTicks.length - 1;
  const topHours = hourTicks[intervals] ?? 1;
  const breakStep = Math.max(1, Math.ceil(maxBreaks / intervals));
  const topBreaks = breakStep * intervals;
  const slot = PLOT_W / Math.max(1, days.length);
  const barW = Math.max(1, slot * (days.length > 60 ? 0.8 : 0.64));
  const y = (fraction: number) => M.top + PLOT_H * (1 - fraction);
  const dotR = days.length > 60 ? 1.8 : days.length > 20 ? 2.8 : 4;
  const single = days.length <= SINGLE_BARS;
  const cxOf = (index: number) => M.left + slot * (index + 0.5);

  // Many days: all bars as one path and all dots as another, drawn exactly where the elements
  // would be (a year is 730 elements fewer; the table has every day's figures).
  let barPath = '';
  let dotPath = '';
  if (!single) {
    const bars: string[] = [];
    const dots: string[] = [];
    // Every bar is as wide and every dot as round: only where they stand changes.
    const width = `h${coord(barW)}`;
    const back = `h${coord(-barW)}z`;
    const circle = `a${dotR} ${dotR} 0 1 0 ${2 * dotR} 0a${dotR} ${dotR} 0 1 0 ${-2 * dotR} 0z`;
    for (let index = 0; index < days.length; index++) {
      const day = (days[index] as (typeof days)[number]).day;
      if (!day) continue;
      const cx = cxOf(index);
      if (day.sittingSeconds > 0) {
        const height = PLOT_H * (day.sittingSeconds / 3600 / topHours);
        bars.push(`M${coord(cx - barW / 2)} ${coord(y(0) - height)}${width}v${coord(height)}${back}`);
      }
      dots.push(`M${coord(cx - dotR)} ${coord(y(day.breaks / topBreaks))}${circle}`);
    }
    barPath = bars.join('');
    dotPath = dots.join('');
  }

  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? '';
  const summary =
    withFigures === 0
      ? t('progressNoData')
      : t('progressSittingSummary', {
          from: dayMonth(first, locale),
          to: dayMonth(last, locale),
          max: tr.duration(busiest?.day.sittingSeconds ?? 0),
          maxDate: shortDay(busiest?.date ?? first, locale),
          average: tr.duration(total / withFigures),
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
      table={() => (
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
      )}
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
      {single
        ? days.map(({ date, day }, index) => {
            const cx = cxOf(index);
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
              </g>
            );
          })
        : [
            barPath && <path key="bars" class="bar" d={barPath} />,
            dotPath && <path key="dots" class="dot dot--small" d={dotPath} />,
          ]}
      {days.map(
        ({ date }, index) =>
          labelled(date, index, days.length) && (
            <text
              key={date}
              class="axis"
              x={cxOf(index)}
              y={H - M.bottom + 16}
              text-anchor={days.length > 14 ? 'start' : 'middle'}
            >
              {axisLabel(date, days.length, locale)}
            </text>
          ),
      )}
      <line class="baseline" x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} />
    </ChartFrame>
  );
}
