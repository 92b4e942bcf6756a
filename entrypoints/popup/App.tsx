import { useEffect, useMemo, useState } from 'preact/hooks';
import { BoutRing } from '@/components/BoutRing';
import { FigureList } from '@/components/FigureList';
import { Notice } from '@/components/Notice';
import { PauseControl, type PauseControlProps } from '@/components/PauseControl';
import { PostureSwitch } from '@/components/PostureSwitch';
import { StandingQuestion } from '@/components/StandingQuestion';
import { UndoBar } from '@/components/UndoBar';
import type { PopupChange, PopupData, TrackerSource } from '@/lib/browser/popup-source';
import type { Translator } from '@/lib/i18n';
import { dayStart, localDate, nextDate } from '@/lib/model/local-days';
import type { Posture } from '@/lib/model/types';
import { type NowStatus, nowView } from '@/lib/views/now-view';

export interface AppProps {
  source: TrackerSource;
  initial: PopupData;
  tr: Translator;
  now(): number;
}

const STATUS_KEYS = {
  sitting: 'statusSitting',
  standing: 'statusStanding',
  moving: 'statusMoving',
  away: 'statusAway',
  call: 'statusOnCall',
} as const satisfies Record<NowStatus, string>;

/** The popup: the day at a glance, "Move now", pause, and the person's own posture reports. */
export function App({ source, initial, tr, now }: AppProps) {
  const { t, duration } = tr;
  const [data, setData] = useState(initial);
  const [clock, setClock] = useState(now());
  const [undone, setUndone] = useState(false);

  useEffect(
    () => source.onChange((change: PopupChange) => setData((old) => ({ ...old, ...change }))),
    [source],
  );
  useEffect(() => {
    const timer = setInterval(() => setClock(now()), 10_000);
    return () => clearInterval(timer);
  }, [now]);

  const at = Math.max(clock, now());
  const view = useMemo(() => nowView(data.record, at), [data.record, at]);
  const zone = data.record?.engine.config.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const limitMinutes = data.settings.sittingLimitMinutes;
  const pausedUntil = data.prompter?.pausedUntil ?? null;
  const paused = pausedUntil !== null && pausedUntil > at;
  const openPrompt = data.prompter?.active ?? null;
  const postureLabels: Record<Posture, string> = {
    sitting: t('reportSitting'),
    standing: t('reportStanding'),
    moving: t('reportMoving'),
  };

  const report = (posture: Posture) => {
    setUndone(false);
    void source.send({ type: 'report', posture });
  };
  const undo = () => void source.send({ type: 'undo' }).then(() => setUndone(true));
  const pause: PauseControlProps['onPause'] = (choice) => {
    const until =
      'minutes' in choice
        ? at + choice.minutes * 60_000
        : 'tomorrow' in choice
          ? dayStart(nextDate(localDate(at, zone)), zone)
          : dayStart(choice.date, zone);
    void source.send({ type: 'pause', until });
  };
  // A pause longer than most of a day shows its date too.
  const pauseLong = pausedUntil !== null && pausedUntil - at > 20 * 3_600_000;
  const timeFormat = new Intl.DateTimeFormat(tr.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: zone,
    ...(pauseLong ? { weekday: 'short', day: 'numeric', month: 'short' } : {}),
    hour: '2-digit',
    minute: '2-digit',
  });

  const clockTime = new Intl.DateTimeFormat(tr.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
  });

  const today = view.today;
  return (
    <main class="popup" data-ready={view.empty ? 'empty' : 'figures'}>
      <header class="popup__header">
        <h1 class="popup__title">{t('extName')}</h1>
        <span class={`status status--${view.status}`} data-status={view.status}>
          {t(STATUS_KEYS[view.status])}
        </span>
      </header>

      {view.standingQuestion && (
        <StandingQuestion
          since={clockTime.format(view.standingQuestion.since)}
          tr={tr}
          onStillStanding={() => void source.send({ type: 'standing-confirm' })}
          onSitting={() => report('sitting')}
        />
      )}
      {view.showIdleNotice && (
        <Notice id="idle" title={t('idleNoticeTitle')}>
          {t('idleNoticeBody')}
        </Notice>
      )}
      {!view.historyAvailable && (
        <Notice id="history" title={t('historyNoticeTitle')}>
          {t('historyNoticeBody')}
        </Notice>
      )}

      {view.empty ? (
        <section class="empty" data-testid="empty">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
        </section>
      ) : (
        <div class="now">
          <BoutRing
            seconds={view.currentBoutSeconds}
            limitSeconds={limitMinutes * 60}
            value={String(Math.floor(view.currentBoutSeconds / 60))}
            caption={t('currentBoutLimit', { limit: limitMinutes })}
            label={t('currentBout')}
          />
          <div class="now__actions">
            {openPrompt && <p class="now__prompt">{t('waitingPrompt')}</p>}
            <button
              type="button"
              class="primary-button"
              data-action="move-now"
              onClick={() => void source.send({ type: 'move-now' })}
            >
              {openPrompt ? t('openPrompt') : t('moveNow')}
            </button>
          </div>
        </div>
      )}

      {!view.empty && (
        <section aria-labelledby="today-heading">
          <h2 id="today-heading" class="section-title">
            {t('figuresHeading')}
          </h2>
          <FigureList
            label={t('figuresHeading')}
            figures={[
              { id: 'sitting', label: t('sittingToday'), value: duration(today.sittingSeconds) },
              { id: 'breaks', label: t('breaksToday'), value: tr.number(today.breaks) },
              { id: 'longest', label: t('longestBout'), value: duration(today.longestBoutSeconds) },
              { id: 'long-bouts', label: t('longBouts'), value: tr.number(today.boutsOver30) },
              { id: 'standing', label: t('standingToday'), value: duration(today.standingSeconds) },
              { id: 'untracked', label: t('untrackedToday'), value: duration(today.untrackedSeconds) },
            ]}
          />
        </section>
      )}

      <PostureSwitch
        current={view.posture}
        labels={postureLabels}
        heading={t('postureHeading')}
        onReport={report}
      />
      {view.undo && !undone && (
        <UndoBar
          message={t('reported', { posture: postureLabels[view.undo.posture].toLowerCase() })}
          actionLabel={t('undo')}
          onUndo={undo}
        />
      )}
      {undone && (
        <p class="undo undo--done" role="status">
          {t('undone')}
        </p>
      )}

      <PauseControl
        pausedUntilText={paused ? t('pausedUntil', { time: timeFormat.format(pausedUntil) }) : null}
        today={localDate(at, zone)}
        labels={{
          heading: t('pauseHeading'),
          thirty: t('pause30'),
          hour: t('pause60'),
          tomorrow: t('pauseTomorrow'),
          dateLabel: t('pauseDateLabel'),
          apply: t('pauseApply'),
          resume: t('resume'),
        }}
        onPause={pause}
        onResume={() => void source.send({ type: 'pause', until: null })}
      />

      <footer class="popup__footer">
        <details class="how">
          <summary>{t('howCounted')}</summary>
          <p>{t('howCountedBody')}</p>
        </details>
        <p class="popup__privacy">
          {t('privacyLine')}{' '}
          <button type="button" class="link-button" onClick={() => source.openProgress()}>
            {t('linkProgress')}
          </button>
          <span aria-hidden="true"> · </span>
          <button type="button" class="link-button" onClick={() => source.openOptions()}>
            {t('settingsLink')}
          </button>
        </p>
      </footer>
    </main>
  );
}
