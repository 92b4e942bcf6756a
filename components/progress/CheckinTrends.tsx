import type { Region } from '@/lib/catalogue/types';
import type { Translator } from '@/lib/i18n';
import type { Checkin } from '@/lib/stats/types';
import type { WeekRange } from '@/lib/stats/weeks';
import { ChartFrame, LegendItem } from './ChartFrame';
import { dayMonth, weekNumber } from './dates';
import { MOVING_KEYS, REGION_TITLE_KEYS, REGIONS } from './regions';
import { weekLabelEvery } from './scale';

export interface CheckinTrendsProps {
  weeks: readonly WeekRange[];
  checkins: readonly Checkin[];
  tr: Translator;
}

const W = 720;
const H = 220;
const M = { top: 14, right: 12, bottom: 30, left: 44 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

/**
 * A marker shape per region, so the lines differ by more than colour. A plain function rather
 * than a component: a year of weekly check-ins is 200 markers.
 */
function marker(region: Region, x: number, y: number, key?: string) {
  const r = 4;
  switch (region) {
    case 'neck-shoulders':
      return <circle key={key} class="marker" cx={x} cy={y} r={r} />;
    case 'low-back-pelvis':
      return <rect key={key} class="marker" x={x - r} y={y - r} width={2 * r} height={2 * r} />;
    case 'knee-ankle':
      return (
        <path
          key={key}
          class="marker"
          d={`M${x} ${y - r - 1}L${x + r + 1} ${y + r}L${x - r - 1} ${y + r}Z`}
        />
      );
    default:
      return (
        <path
          key={key}
          class="marker"
          d={`M${x} ${y - r - 1}L${x + r + 1} ${y}L${x} ${y + r + 1}L${x - r - 1} ${y}Z`}
        />
      );
  }
}

/** Tension per region (0-10) across the weeks of the period, one line each; a week without a check-in is a gap. */
export function CheckinTrends({ weeks, checkins, tr }: CheckinTrendsProps) {
  const { t, locale } = tr;
  const byWeek = new Map(checkins.map((c) => [c.week, c]));
  const mondays = new Map(weeks.map((w) => [w.week, w.from]));
  const shown = weeks.flatMap((w) => byWeek.get(w.week) ?? []);
  const slot = PLOT_W / Math.max(1, weeks.length);
  const x = (i: number) => M.left + slot * (i + 0.5);
  const y = (score: number) => M.top + PLOT_H * (1 - score / 10);
  const labelEvery = weekLabelEvery(weeks.length);
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  const summary =
    shown.length === 0
      ? t('progressTrendsNone')
      : t('progressTrendsSummary', {
          weeks: weeks.length,
          from: first ? dayMonth(first.from, locale) : '',
          to: last ? dayMonth(last.to, locale) : '',
          count: shown.length,
        });
  const score = (value: number | undefined) => (value === undefined ? '—' : tr.number(value));

  return (
    <ChartFrame
      id="checkins"
      title={t('progressTrendsTitle')}
      note={t('progressTrendsNote')}
      summary={summary}
      width={W}
      height={H}
      tableLabel={t('progressShowTable')}
      tableOpen
      legend={REGIONS.map((region, i) => (
        <LegendItem
          key={region}
          swatch={
            <g class={`series series--${i + 1}`}>
              <line class="line" x1="1" x2="23" y1="6" y2="6" />
              {marker(region, 12, 6)}
            </g>
          }
          label={t(REGION_TITLE_KEYS[region])}
        />
      ))}
      table={() =>
        shown.length === 0 ? (
          <p class="chart__empty">{t('progressTrendsNone')}</p>
        ) : (
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t('progressTableWeek')}</th>
                {REGIONS.map((region) => (
                  <th scope="col" key={region}>
                    {t(REGION_TITLE_KEYS[region])}
                  </th>
                ))}
                <th scope="col">{t('progressTableMoving')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => (
                <tr key={c.week}>
                  <th scope="row">
                    {weekNumber(c.week)} ({dayMonth(mondays.get(c.week) ?? '', locale)})
                  </th>
                  {REGIONS.map((region) => (
                    <td key={region}>{score(c.tension[region])}</td>
                  ))}
                  <td>{c.moving ? t(MOVING_KEYS[c.moving]) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    >
      {[0, 2, 4, 6, 8, 10].map((v) => (
        <g key={v} class="axis">
          <line class="grid" x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
          <text x={M.left - 6} y={y(v) + 4} text-anchor="end">
            {v}
          </text>
        </g>
      ))}
      <text class="axis" x={M.left - 6} y={H - M.bottom + 16} text-anchor="end">
        {t('progressTableWeek')}
      </text>
      {weeks.map(
        (week, i) =>
          i % labelEvery === 0 && (
            <text key={week.week} class="axis" x={x(i)} y={H - M.bottom + 16} text-anchor="middle">
              {weekNumber(week.week)}
            </text>
          ),
      )}
      {REGIONS.map((region, r) => {
        const points = weeks.map((week, i) => {
          const value = byWeek.get(week.week)?.tension[region];
          // Nudged apart a little, so equal scores of different regions stay visible.
          return value === undefined ? null : { x: x(i) + (r - 1.5) * 3, y: y(value) };
        });
        const path = points
          .map((p, i) =>
            p === null ? '' : `${points[i - 1] ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`,
          )
          .join('');
        return (
          <g key={region} class={`series series--${r + 1}`}>
            {path && <path class="line" d={path} />}
            {points.map((p, i) => p && marker(region, p.x, p.y, weeks[i]?.week))}
          </g>
        );
      })}
    </ChartFrame>
  );
}
