import { useState } from 'preact/hooks';
import type { Translator } from '@/lib/i18n';
import type { Checkin } from '@/lib/stats/types';
import { type CheckinAnswers, CheckinForm } from './CheckinForm';

export interface CheckinPanelProps {
  /** This ISO week, e.g. "2026-W21". */
  week: string;
  /** This week's check-in, if there is one. */
  current: Checkin | undefined;
  /** This week's check-in was put off. */
  dismissed: boolean;
  tr: Translator;
  onSave(answers: CheckinAnswers): Promise<void>;
  onDismiss(): void;
}

/**
 * The weekly check-in as the page shows it: the form while this week's is due, a line once it
 * is done or put off (either can still be opened).
 */
export function CheckinPanel({ week, current, dismissed, tr, onSave, onDismiss }: CheckinPanelProps) {
  const { t } = tr;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const open = editing || (!current && !dismissed);

  const save = async (answers: CheckinAnswers) => {
    await onSave(answers);
    setEditing(false);
    setSaved(true);
  };
  const dismiss = () => {
    setEditing(false);
    setSaved(false);
    if (!current) onDismiss();
  };

  return (
    <section
      class={`panel panel--checkin${open ? ' panel--open' : ''}`}
      aria-labelledby="checkin-heading"
      data-week={week}
      data-state={open ? 'open' : current ? 'done' : 'later'}
    >
      <h2 class="panel__title" id="checkin-heading">
        {t('progressCheckinHeading')}
      </h2>
      {open ? (
        <>
          <p class="panel__intro">{t('progressCheckinIntro')}</p>
          <CheckinForm initial={current} tr={tr} onSave={save} onDismiss={dismiss} />
        </>
      ) : (
        <div class="panel__row">
          <p class="panel__line" role="status">
            {saved
              ? t('progressCheckinSaved')
              : current
                ? t('progressCheckinDone')
                : t('progressCheckinLater')}
          </p>
          <button
            type="button"
            class="button"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {current ? t('progressCheckinChange') : t('progressCheckinOpen')}
          </button>
        </div>
      )}
    </section>
  );
}
