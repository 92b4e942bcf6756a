import type { Translator } from '@/lib/i18n';
import { formatAdherence } from '@/lib/stats/format';
import type { DayGoal } from '@/lib/stats/streak';
import type { PeriodStats } from '@/lib/stats/types';
import { intlLocale } from './dates';
import { figureRows } from './stats-view';

export interface PeriodCard {
  id: string;
  title: string;
  /** The dates in words, e.g. "Mon 18 May". */
  subtitle: string;
  stats: PeriodStats;
  /** Days with any figures; averages are taken over these. */
  days: number;
}

export interface FigureCardsProps {
  cards: readonly PeriodCard[];
  /** The streak in work days; left out where it means nothing (the printed report). */
  streak?: { days: number; goal: DayGoal };
  tr: Translator;
  /** One card across the page: its figures in columns. */
  wide?: boolean;
}

/** One card of figures per period (today, this week, the chosen period), and the streak. */
export function FigureCards({ cards, streak, tr, wide }: FigureCardsProps) {
  const { t } = tr;
  return (
    <div class={wide ? 'cards cards--wide' : 'cards'}>
      {cards.map((card) => {
        const single = card.stats.days === 1;
        return (
          <section class="card" key={card.id} data-card={card.id} aria-labelledby={`card-${card.id}`}>
            <h3 class="card__title" id={`card-${card.id}`}>
              {card.title}
            </h3>
            <p class="card__sub">
              {card.subtitle}
              {!single && card.days > 0 && (
                <>
                  <br />
                  {card.days === 1
                    ? t('progressDaysWithFiguresOne')
                    : t('progressDaysWithFigures', { days: card.days })}
                </>
              )}
            </p>
            {card.days === 0 && card.stats.prompts.offered === 0 ? (
              <p class="card__empty">{t('progressNoFigures')}</p>
            ) : (
              <dl class="stat-list">
                {figureRows(card.stats, card.days, single, tr).map((row) => (
                  <div class="stat" key={row.id} data-figure={row.id}>
                    <dt>{row.label}</dt>
                    <dd>
                      <span class="stat__value">{row.value}</span>
                      {row.detail && <span class="stat__detail">{row.detail}</span>}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
      {streak && (
        <section class="card card--streak" data-card="streak" aria-labelledby="card-streak">
          <h3 class="card__title" id="card-streak">
            {t('progressStreakHeading')}
          </h3>
          <p class="streak__value" data-figure="streak">
            {streak.days === 1 ? t('progressStreakOne') : t('progressStreakMany', { count: streak.days })}
          </p>
          <p class="card__sub">
            {t('progressStreakGoal', {
              percent: formatAdherence(streak.goal.minAdherence, intlLocale(tr.locale)),
              minutes: streak.goal.maxBoutMinutes,
            })}
          </p>
        </section>
      )}
    </div>
  );
}
