import type { Translator } from '@/lib/i18n';
import type { DaySummary } from '@/lib/stats/types';
import type { WeekRange } from '@/lib/stats/weeks';
import { ChartFrame } from './ChartFrame';
import { dayMonth, shortDay, weekNumber } from './dates';
import { coord } from './scale';

export interface HourMapProps {
  dates: readonly string[];
  byDate: ReadonlyMap<string, DaySummary>;
  /** The weeks of the dates, in order (as the weekly figures cut them to the period). */
  weeks: readonly WeekRange[];
  tr: Translator;
}

/** Up to six weeks a row is a day; longer periods get a row per week, so a year stays readable. */
export const MAX_DAY_ROWS = 42;

interface Row {
  key: string;
  label: string;
  /** Minutes of sitting per hour 0-23 (for a week, the average per day with figures); null without figures. */
  minutes: number[] | null;
}

const W = 720;
const LABEL_W = 86;
const TOP = 22;
const CELL_W = (W - LABEL_W - 8) / 24;

function dayRows(dates: readonly string[], byDate: ReadonlyMap<string, DaySummary>, tr: Translator): Row[] {
  return dates.map((date) => {
    const day = byDate.get(date);
    return {
      key: date,
      label: shortDay(date, tr.locale),
      minutes: day ? day.sittingByHour.map((s) => s / 60) : null,
    };
  });
}

function weekRows(
  dates: readonly string[],
  weeks: readonly WeekRange[],
  byDate: ReadonlyMap<string, DaySummary>,
  tr: Translator,
): Row[] {
  // The dates are in order: each week takes the dates up to its last, in one pass.
  let next = 0;
  return weeks.map((week) => {
    const minutes = new Array<number>(24).fill(0);
    let days = 0;
    for (; next < dates.length && (dates[next] as string) <= week.to; next++) {
      const day = byDate.get(dates[next] as string);
      if (!day) continue;
      days += 1;
      for (let h = 0; h < 24; h++) minutes[h] = (minutes[h] as number) + (day.sittingByHour[h] ?? 0) / 60;
    }
    return {
      key: week.week,
      label: `${tr.t('progressTableWeek')} ${weekNumber(week.week)}`,
      minutes: days > 0 ? minutes.map((m) => m / days) : null,
    };
  });
}

/**
 * The squares as one path per shade: the minutes rounded to whole ones, as the table shows them
 * (0 is the empty shade). A year of weeks is 1,272 squares, five years 6,264, but at most 61 paths.
 */
function shades(rows: readonly Row[], rowH: number, x: (h: number) => number): Map<number, string[]> {
  const byShade = new Map<number, string[]>();
  // Every square has the same size, and each column its x: only the row's top changes.
  const lefts = Array.from({ length: 24 }, (_, h) => `M${coord(x(h) + 1)} `);
  const size = `h${coord(CELL_W - 2)}v${coord(rowH - 2)}h${coord(2 - CELL_W)}z`;
  for (let r = 0; r < rows.length; r++) {
    const minutes = (rows[r] as Row).minutes;
    if (!minutes) continue;
    const top = coord(TOP + r * rowH + 1);
    for (let h = 0; h < 24; h++) {
      const m = minutes[h] ?? 0;
      const shade = m < 0.5 ? 0 : Math.min(60, Math.round(m));
      const square = `${lefts[h]}${top}${size}`;
      const list = byShade.get(shade);
      if (list) list.push(square);
      else byShade.set(shade, [square]);
    }
  }
  return byShade;
}

/** A day-by-hour map of sitting: a square per hour, darker the more of the hour was sat. */
export function HourMap({ dates, byDate, weeks, tr }: HourMapProps) {
  const { t, locale } = tr;
  const perWeek = dates.length > MAX_DAY_ROWS;
  const rows = perWeek ? weekRows(dates, weeks, byDate, tr) : dayRows(dates, byDate, tr);
  const rowH = perWeek ? 12 : rows.length > 21 ? 16 : 20;
  const labelEvery = perWeek ? 4 : 1;
  const height = TOP + rows.length * rowH + 4;

  const known = rows.filter((r) => r.minutes !== null);
  const average = new Array<number>(24)
    .fill(0)
    .map((_, h) =>
      known.length === 0 ? 0 : known.reduce((sum, r) => sum + (r.minutes?.[h] ?? 0), 0) / known.length,
    );
  const busiest = average.reduce((best, m, h) => (m > (average[best] ?? 0) ? h : best), 0);
  const shownHours = [...Array(24).keys()].filter((h) =>
    known.some((r) => Math.round(r.minutes?.[h] ?? 0) > 0),
  );
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? '';
  const summary =
    known.length === 0
      ? t('progressNoData')
      : t('progressHourMapSummary', {
          rows: rows.length,
          from: dayMonth(first, locale),
          to: dayMonth(last, locale),
          hour: String(busiest).padStart(2, '0'),
          minutes: tr.number(Math.round(average[busiest] ?? 0)),
        });
  const x = (h: number) => LABEL_W + h * CELL_W;

  return (
    <ChartFrame
      id="hours"
      title={t('progressHourMapTitle')}
      note={perWeek ? t('progressHourMapWeeks') : t('progressHourMapDays')}
      summary={summary}
      width={W}
      height={height}
      tableLabel={t('progressShowTable')}
      legend={
        <span class="legend__item">
          {t('progressHourMapLegend')}
          <svg class="legend__scale" viewBox="0 0 150 14" aria-hidden="true">
            {[0, 15, 30, 45, 60].map((m, i) => (
              <g key={m}>
                <rect
                  class={m === 0 ? 'heat heat--zero' : 'heat'}
                  x={i * 30}
                  y="1"
                  width="14"
                  height="12"
                  fill-opacity={opacity(m)}
                />
                <text class="axis" x={i * 30 + 16} y="11">
                  {m}
                </text>
              </g>
            ))}
          </svg>
        </span>
      }
      table={() =>
        known.length === 0 ? (
          <p>{t('progressNoData')}</p>
        ) : (
          <table class="data-table data-table--wide">
            <caption>{t('progressHourMapCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{perWeek ? t('progressTableWeek') : t('progressTableDate')}</th>
                {shownHours.map((h) => (
                  <th scope="col" key={h}>
                    {String(h).padStart(2, '0')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  {shownHours.map((h) => (
                    <td key={h}>{row.minutes ? tr.number(Math.round(row.minutes[h] ?? 0)) : '—'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    >
      {[0, 3, 6, 9, 12, 15, 18, 21].map((h) => (
        <text key={h} class="axis" x={x(h) + 1} y={TOP - 8}>
          {String(h).padStart(2, '0')}
        </text>
      ))}
      {rows.map(
        (row, r) =>
          r % labelEvery === 0 && (
            <text
              key={row.key}
              class="axis"
              x={LABEL_W - 8}
              y={TOP + r * rowH + rowH / 2 + 4}
              text-anchor="end"
            >
              {row.label}
            </text>
          ),
      )}
      {[...shades(rows, rowH, x)].map(([shade, squares]) => (
        <path
          key={shade}
          class={shade === 0 ? 'heat heat--zero' : 'heat'}
          fill-opacity={opacity(shade)}
          d={squares.join('')}
        />
      ))}
    </ChartFrame>
  );
}

/** Stronger with more sitting; an hour with any sitting is never as pale as one without. */
function opacity(minutes: number): number {
  if (minutes < 0.5) return 1;
  return 0.18 + 0.82 * Math.min(1, minutes / 60);
}
