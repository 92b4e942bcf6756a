import type { Translator } from '@/lib/i18n';
import { formatAdherence } from '@/lib/stats/format';
import { adherenceOf } from '@/lib/stats/period';
import { emptyOutcomeCounts } from '@/lib/stats/tally';
import type { WeekStats } from '@/lib/stats/weeks';
import { ChartFrame, LegendItem } from './ChartFrame';
import { dayMonth, intlLocale, weekNumber } from './dates';
import { weekLabelEvery } from './scale';

export interface AdherenceChartProps {
  weeks: readonly WeekStats[];
  /** The common aim, 0-1, drawn as a line. */
  aim: number;
  tr: Translator;
}

const W = 720;
const H = 230;
const M = { top: 16, right: 12, bottom: 30, left: 44 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

/**
 * The share of prompts done or partly done per week. A week without prompts has no share at
 * all: it gets an empty dashed slot, never a bar of 0%.
 */
export function AdherenceChart({ weeks, aim, tr }: AdherenceChartProps) {
  const { t, locale } = tr;
  const percent = (value: number | null) => formatAdherence(value, intlLocale(locale));
  const slot = PLOT_W / Math.max(1, weeks.length);
  const barW = Math.max(2, Math.min(48, slot * 0.62));
  const y = (fraction: number) => M.top + PLOT_H * (1 - fraction);
  const labelEvery = weekLabelEvery(weeks.length);

  const total = emptyOutcomeCounts();
  for (const week of weeks) {
    total.offered += week.prompts.offered;
    total.done += week.prompts.done;
    total.partly += week.prompts.partly;
  }
  const withPrompts = weeks.filter((w) => w.adherence !== null).length;
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  const summary = t('progressAdherenceSummary', {
    from: first ? dayMonth(first.from, locale) : '',
    to: last ? dayMonth(last.to, locale) : '',
    weeks: withPrompts,
    gaps: weeks.length - withPrompts,
    average: percent(adherenceOf(total)),
  });

  return (
    <ChartFrame
      id="adherence"
      title={t('progressAdherenceTitle')}
      summary={summary}
      width={W}
      height={H}
      tableLabel={t('progressShowTable')}
      legend={
        <>
          <LegendItem
            swatch={<rect class="bar" x="4" y="1" width="16" height="10" />}
            label={t('progressFigAdherence')}
          />
          <LegendItem
            swatch={<line class="aim" x1="1" x2="23" y1="6" y2="6" />}
            label={t('progressAdherenceAim', { percent: percent(aim) })}
          />
          <LegendItem
            swatch={<rect class="gap" x="6" y="1" width="12" height="10" />}
            label={t('progressAdherenceGap')}
          />
        </>
      }
      table={() => (
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('progressTableWeek')}</th>
              <th scope="col">{t('progressTableOffered')}</th>
              <th scope="col">{t('progressTableFollowed')}</th>
              <th scope="col">{t('progressTableAdherence')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.week}>
                <th scope="row">
                  {weekNumber(week.week)} ({dayMonth(week.from, locale)})
                </th>
                <td>{tr.number(week.prompts.offered)}</td>
                <td>{tr.number(week.prompts.done + week.prompts.partly)}</td>
                <td>{percent(week.adherence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    >
      {[0, 0.25, 0.5, 0.75, 1].map((f) => (
        <g key={f} class="axis">
          <line class="grid" x1={M.left} x2={W - M.right} y1={y(f)} y2={y(f)} />
          <text x={M.left - 6} y={y(f) + 4} text-anchor="end">
            {percent(f)}
          </text>
        </g>
      ))}
      {weeks.map((week, i) => {
        const cx = M.left + slot * (i + 0.5);
        return (
          <g key={week.week}>
            {week.adherence === null ? (
              <rect class="gap" x={cx - barW / 2} width={barW} y={y(1)} height={PLOT_H}>
                <title>{`${t('progressTableWeek')} ${weekNumber(week.week)}: ${t('progressFigAdherenceNone')}`}</title>
              </rect>
            ) : (
              <rect
                class="bar"
                x={cx - barW / 2}
                width={barW}
                y={y(week.adherence)}
                height={Math.max(1, PLOT_H * week.adherence)}
              >
                <title>{`${t('progressTableWeek')} ${weekNumber(week.week)}: ${percent(week.adherence)}`}</title>
              </rect>
            )}
            {week.adherence !== null && weeks.length <= 13 && (
              <text class="value" x={cx} y={y(week.adherence) - 5} text-anchor="middle">
                {percent(week.adherence)}
              </text>
            )}
            {i % labelEvery === 0 && (
              <text class="axis" x={cx} y={H - M.bottom + 16} text-anchor="middle">
                {weekNumber(week.week)}
              </text>
            )}
          </g>
        );
      })}
      <text class="axis" x={M.left - 6} y={H - M.bottom + 16} text-anchor="end">
        {t('progressTableWeek')}
      </text>
      <line class="aim" x1={M.left} x2={W - M.right} y1={y(aim)} y2={y(aim)} />
      <line class="baseline" x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} />
    </ChartFrame>
  );
}
