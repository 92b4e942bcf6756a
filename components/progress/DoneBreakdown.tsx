import { FAMILIES, type Family, REGIONS } from '@/lib/catalogue/types';
import type { MessageKey, Translator } from '@/lib/i18n';
import type { OutcomeCounts, PeriodStats } from '@/lib/stats/types';
import { REGION_TITLE_KEYS } from './regions';

const OUTCOME_KEYS = {
  done: 'progressOutcomeDone',
  partly: 'progressOutcomePartly',
  skipped: 'progressOutcomeSkipped',
  snoozed: 'progressOutcomeSnoozed',
  unanswered: 'progressOutcomeUnanswered',
} as const satisfies Record<Exclude<keyof OutcomeCounts, 'offered'>, MessageKey>;

const OUTCOMES = Object.keys(OUTCOME_KEYS) as (keyof typeof OUTCOME_KEYS)[];

const FAMILY_KEYS = {
  'hip-stability': 'progressFamilyHipStability',
  'rotator-cuff': 'progressFamilyRotatorCuff',
  'deep-core': 'progressFamilyDeepCore',
  'upper-back': 'progressFamilyUpperBack',
  neck: 'progressFamilyNeck',
  posture: 'progressFamilyPosture',
} as const satisfies Record<Family, MessageKey>;

export interface DoneBreakdownProps {
  stats: PeriodStats;
  tr: Translator;
}

interface CountRow {
  id: string;
  label: string;
  value: number;
}

/** A captioned table of labelled counts; each row is marked `data-row="<name>:<id>"`. */
function CountTable({
  caption,
  name,
  rows,
  tr,
}: {
  caption: string;
  name: string;
  rows: CountRow[];
  tr: Translator;
}) {
  return (
    <table class="data-table breakdown__table">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-row={`${name}:${row.id}`}>
            <th scope="row">{row.label}</th>
            <td>{tr.number(row.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * What came of a period's prompts, the moves asked for on top, and the exercises done by family
 * and by body region: three small tables, readable as they are (no chart to explain).
 */
export function DoneBreakdown({ stats, tr }: DoneBreakdownProps) {
  const { t } = tr;
  return (
    <section class="block breakdown" data-breakdown aria-labelledby="breakdown-heading">
      <h3 class="chart__title" id="breakdown-heading">
        {t('progressBreakdownHeading')}
      </h3>
      <div class="breakdown__tables">
        <CountTable
          caption={t('progressOutcomesCaption', { count: stats.prompts.offered })}
          name="outcome"
          rows={OUTCOMES.map((id) => ({ id, label: t(OUTCOME_KEYS[id]), value: stats.prompts[id] }))}
          tr={tr}
        />
        <CountTable
          caption={t('progressFamiliesCaption')}
          name="family"
          rows={FAMILIES.map((id) => ({ id, label: t(FAMILY_KEYS[id]), value: stats.byFamily[id] ?? 0 }))}
          tr={tr}
        />
        <CountTable
          caption={t('progressRegionsCaption')}
          name="region"
          rows={REGIONS.map((id) => ({
            id,
            label: t(REGION_TITLE_KEYS[id]),
            value: stats.byRegion[id] ?? 0,
          }))}
          tr={tr}
        />
      </div>
      <p class="breakdown__extra" data-figure="extra-moves">
        {t('progressFigExtraMoves')}: <strong>{tr.number(stats.extraMoves)}</strong>
      </p>
      <p class="breakdown__note">{t('progressBreakdownNote')}</p>
    </section>
  );
}
