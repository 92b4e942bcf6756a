import type { Translator } from '@/lib/i18n';

export interface StandingQuestionProps {
  /** When the standing began, already written as a clock time ("10:05"). */
  since: string;
  tr: Translator;
  onStillStanding(): void;
  onSitting(): void;
}

/** "Still standing?" after an hour of standing: the browser cannot always see someone leave. */
export function StandingQuestion({ since, tr, onStillStanding, onSitting }: StandingQuestionProps) {
  const { t } = tr;
  return (
    <section class="notice notice--question" data-notice="standing" aria-labelledby="standing-question">
      <h2 class="notice__title" id="standing-question">
        {t('standingQuestionTitle')}
      </h2>
      <p class="notice__body">{t('standingQuestionBody', { time: since })}</p>
      <div class="notice__actions">
        <button type="button" class="chip" data-action="still-standing" onClick={onStillStanding}>
          {t('standingQuestionYes')}
        </button>
        <button type="button" class="chip" data-action="sat-down" onClick={onSitting}>
          {t('standingQuestionSitting')}
        </button>
      </div>
    </section>
  );
}
