import { useState } from 'preact/hooks';
import type { Region } from '@/lib/catalogue/types';
import type { Translator } from '@/lib/i18n';
import type { Checkin, MovingFeels } from '@/lib/stats/types';
import { MOVING, MOVING_KEYS, REGION_KEYS, REGIONS } from './regions';

export type CheckinAnswers = Pick<Checkin, 'tension' | 'moving'>;

export interface CheckinFormProps {
  /** Answers given before (changing this week's check-in). */
  initial?: CheckinAnswers;
  tr: Translator;
  /** Resolves once stored; rejects when it could not be. */
  onSave(answers: CheckinAnswers): Promise<void>;
  onDismiss(): void;
}

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * The weekly check-in: tension 0-10 in each region the material names, and whether moving
 * feels easier, the same or harder. Every question may be left open.
 */
export function CheckinForm({ initial, tr, onSave, onDismiss }: CheckinFormProps) {
  const { t } = tr;
  const [tension, setTension] = useState<Partial<Record<Region, number>>>(initial?.tension ?? {});
  const [moving, setMoving] = useState<MovingFeels | null>(initial?.moving ?? null);
  const [problem, setProblem] = useState<'empty' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);

  const setScore = (region: Region, score: number | null) =>
    setTension((old) => {
      const next = { ...old };
      if (score === null) delete next[region];
      else next[region] = score;
      return next;
    });

  const submit = (event: Event) => {
    event.preventDefault();
    if (Object.keys(tension).length === 0 && moving === null) {
      setProblem('empty');
      return;
    }
    setBusy(true);
    setProblem(null);
    onSave({ tension, moving }).then(
      () => setBusy(false),
      () => {
        setBusy(false);
        setProblem('failed');
      },
    );
  };

  return (
    <form
      class="checkin"
      onSubmit={submit}
      aria-labelledby="checkin-heading"
      aria-describedby="checkin-privacy"
    >
      <p class="checkin__privacy" id="checkin-privacy">
        {t('progressCheckinPrivacy')}
      </p>
      <p class="checkin__scale" id="checkin-scale">
        {t('progressCheckinScale')}
      </p>
      <div class="checkin__scales">
        {REGIONS.map((region) => (
          <fieldset class="scale" key={region} aria-describedby="checkin-scale" data-region={region}>
            <legend class="scale__legend">
              {t('progressCheckinTension', { region: t(REGION_KEYS[region]) })}
            </legend>
            <div class="scale__options">
              <label class="pick">
                <input
                  class="pick__input"
                  type="radio"
                  name={`tension-${region}`}
                  checked={tension[region] === undefined}
                  onChange={() => setScore(region, null)}
                />
                <span class="pick__text pick__text--none">
                  <span aria-hidden="true">–</span>
                  <span class="visually-hidden">{t('progressNotAnswered')}</span>
                </span>
              </label>
              {SCORES.map((score) => (
                <label class="pick" key={score}>
                  <input
                    class="pick__input"
                    type="radio"
                    name={`tension-${region}`}
                    value={score}
                    checked={tension[region] === score}
                    onChange={() => setScore(region, score)}
                  />
                  <span class="pick__text">{score}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <fieldset class="scale" data-question="moving">
        <legend class="scale__legend">{t('progressCheckinMoving')}</legend>
        <div class="scale__options">
          <label class="pick">
            <input
              class="pick__input"
              type="radio"
              name="moving"
              checked={moving === null}
              onChange={() => setMoving(null)}
            />
            <span class="pick__text pick__text--none">
              <span aria-hidden="true">–</span>
              <span class="visually-hidden">{t('progressNotAnswered')}</span>
            </span>
          </label>
          {MOVING.map((choice) => (
            <label class="pick pick--word" key={choice}>
              <input
                class="pick__input"
                type="radio"
                name="moving"
                value={choice}
                checked={moving === choice}
                onChange={() => setMoving(choice)}
              />
              <span class="pick__text">{t(MOVING_KEYS[choice])}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p class="checkin__safety">{t('progressCheckinSafety')}</p>
      <div class="checkin__actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          {t('progressCheckinSave')}
        </button>
        <button type="button" class="button" onClick={onDismiss} disabled={busy}>
          {t('progressCheckinNotNow')}
        </button>
      </div>
      {problem && (
        <p class="inline-note inline-note--error" role="alert">
          {problem === 'empty' ? t('progressCheckinEmpty') : t('progressCheckinFailed')}
        </p>
      )}
    </form>
  );
}
