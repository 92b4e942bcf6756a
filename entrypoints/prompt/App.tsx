import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { AnswerBar, type AnswerBarLabels } from '@/components/prompt/AnswerBar';
import { ClosedState } from '@/components/prompt/ClosedState';
import { ExerciseCard } from '@/components/prompt/ExerciseCard';
import { ExerciseTimer, type TimerLabels } from '@/components/prompt/ExerciseTimer';
import { SafetyAdvice } from '@/components/prompt/SafetyAdvice';
import { SkipReasons } from '@/components/prompt/SkipReasons';
import type { PromptSource } from '@/lib/browser/prompt-source';
import { createTranslator, type Translator } from '@/lib/i18n';
import type { BackgroundRequest } from '@/lib/messages';
import { MAX_SNOOZES } from '@/lib/prompts/schedule';
import type { PromptRecord, SkipReason } from '@/lib/prompts/types';
import type { Exercise, PromptPage } from './prepare';

export interface AppProps {
  source: PromptSource;
  page: PromptPage;
  now(): number;
}

/** Longer posture prompts (standing for a call, a sit-stand cycle) get no timer. */
const MAX_TIMER_SECONDS = 180;

/** The prompt window: one exercise card and the person's answer to it. */
export function App({ source, page, now }: AppProps) {
  const tr = useMemo(() => createTranslator(page.locale), [page.locale]);
  const { prompt, exercise } = page;
  const name = exercise?.text.name;

  useEffect(() => {
    document.documentElement.lang = tr.locale;
    document.title = name === undefined ? tr.t('promptPageTitle') : `${name} · ${tr.t('extName')}`;
  }, [tr, name]);

  const close = () => source.close();
  if (prompt === null || exercise === undefined) {
    const known = prompt === null;
    return (
      <main class="prompt prompt--closed">
        <ClosedState
          title={tr.t(known ? 'promptAnsweredTitle' : 'promptUnknownTitle')}
          body={tr.t(known ? 'promptAnsweredBody' : 'promptUnknownBody')}
          close={tr.t('promptClose')}
          onClose={close}
        />
      </main>
    );
  }
  return <PromptView source={source} prompt={prompt} exercise={exercise} tr={tr} now={now} />;
}

interface PromptViewProps {
  source: PromptSource;
  prompt: PromptRecord;
  exercise: Exercise;
  tr: Translator;
  now(): number;
}

type View = 'card' | 'skip' | 'safety';

function PromptView({ source, prompt, exercise, tr, now }: PromptViewProps) {
  const { t } = tr;
  const { meta: entry, text } = exercise;
  const [view, setView] = useState<View>('card');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [hidden, setHidden] = useState(false);
  const doneRef = useRef<HTMLButtonElement>(null);
  const skipRef = useRef<HTMLButtonElement>(null);
  const backFromSkip = useRef(false);

  useEffect(() => {
    if (view === 'card' && backFromSkip.current) {
      backFromSkip.current = false;
      skipRef.current?.focus();
    }
  }, [view]);

  const send = async (request: BackgroundRequest, then: () => void) => {
    setBusy(true);
    setFailed(false);
    try {
      await source.send(request);
      then();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const close = () => source.close();
  const error = (
    <p class="prompt__error" role="alert">
      {failed ? t('promptSendError') : ''}
    </p>
  );

  const skip = (reason: SkipReason) => {
    // The advice comes first and does not wait for the background.
    if (reason === 'pain') setView('safety');
    void send({ type: 'prompt-skip', id: prompt.id, reason }, reason === 'pain' ? () => {} : close);
  };

  const spoken = useCallback(
    (seconds: number) => {
      const m = Math.floor(seconds / 60);
      const s = seconds % 60;
      if (m === 0) return t('promptTimeSec', { s });
      return s === 0 ? t('promptTimeMin', { m }) : t('promptTimeMinSec', { m, s });
    },
    [t],
  );
  const timerLabels = useMemo<TimerLabels>(
    () => ({
      timeLeft: t('promptTimerLabel'),
      start: t('promptStart'),
      pause: t('promptPause'),
      resume: t('promptResume'),
      started: (left) => t('promptTimerStarted', { time: spoken(left) }),
      halfWay: (left) => t('promptTimerHalf', { time: spoken(left) }),
      ended: t('promptTimerEnded'),
    }),
    [t, spoken],
  );
  const onStart = useCallback(() => {
    source.send({ type: 'prompt-start', id: prompt.id }).catch(() => setFailed(true));
  }, [source, prompt.id]);
  const onEnd = useCallback(() => doneRef.current?.focus(), []);

  const answerLabels: AnswerBarLabels = {
    heading: t('promptAnswerLabel'),
    done: t('promptDone'),
    partly: t('promptPartly'),
    skip: t('promptSkip'),
    snooze: t('promptSnoozeLabel'),
    minutes: (m) => t('promptSnoozeMinutes', { m }),
    snoozeLimit: t('promptSnoozeLimit', { count: prompt.snoozes }),
  };
  const facts = [
    text.dosage,
    t(entry.position === 'seated' ? 'promptPositionSeated' : 'promptPositionStanding'),
    ...(entry.callSafe ? [t('promptCallSafe')] : []),
  ];

  return (
    <div class="prompt">
      <header class="prompt__header">
        <span class="prompt__brand">{t('extName')}</span>
        <p class="prompt__reason">
          {prompt.reason === 'limit'
            ? t('promptReasonLimit', { minutes: Math.max(1, Math.round(prompt.boutSeconds / 60)) })
            : t('promptReasonAsked')}
        </p>
      </header>
      <main class="prompt__main">
        {view === 'safety' ? (
          <SafetyAdvice
            labels={{
              heading: t('promptSafetyHeading'),
              intro: t('promptSafetyIntro'),
              steps: [t('promptSafetyStop'), t('promptSafetyTechnique'), t('promptSafetyPersist')],
              urgent: t('promptSafetyUrgent'),
              nothingChanges: t('promptSafetyNothingChanges'),
              hide: t('promptHide'),
              hidden: t('promptHidden'),
              close: t('promptClose'),
            }}
            hidden={hidden}
            busy={busy}
            onHide={() => void send({ type: 'hide-exercise', entryId: entry.id }, () => setHidden(true))}
            onClose={close}
          />
        ) : (
          <ExerciseCard
            text={text}
            illustration={exercise.illustration}
            pictureLabel={t('promptPictureLabel', { name: text.name })}
            facts={facts}
            factsLabel={t('promptFactsLabel')}
            headings={{
              steps: t('promptStepsHeading'),
              cues: t('promptCuesHeading'),
              caution: t('promptCautionHeading'),
            }}
          >
            {entry.durationSeconds <= MAX_TIMER_SECONDS && (
              <ExerciseTimer
                durationSeconds={entry.durationSeconds}
                labels={timerLabels}
                now={now}
                onStart={onStart}
                onEnd={onEnd}
              />
            )}
          </ExerciseCard>
        )}
        {view === 'safety' && error}
      </main>
      {view !== 'safety' && (
        <footer class="prompt__answer">
          {error}
          {view === 'skip' ? (
            <SkipReasons
              heading={t('promptSkipHeading')}
              hint={t('promptSkipHint')}
              reasons={{
                'not-now': t('promptSkipNotNow'),
                meeting: t('promptSkipMeeting'),
                pain: t('promptSkipPain'),
                dislike: t('promptSkipDislike'),
              }}
              back={t('promptBack')}
              busy={busy}
              onChoose={skip}
              onBack={() => {
                backFromSkip.current = true;
                setView('card');
              }}
            />
          ) : (
            <AnswerBar
              labels={answerLabels}
              canSnooze={prompt.snoozes < MAX_SNOOZES}
              busy={busy}
              doneRef={doneRef}
              skipRef={skipRef}
              onAnswer={(outcome) => void send({ type: 'prompt-answer', id: prompt.id, outcome }, close)}
              onSkip={() => setView('skip')}
              onSnooze={(minutes) => void send({ type: 'prompt-snooze', id: prompt.id, minutes }, close)}
            />
          )}
        </footer>
      )}
    </div>
  );
}
