import { useEffect, useMemo, useState } from 'preact/hooks';
import { BoutRing } from '@/components/BoutRing';
import { FigureList } from '@/components/FigureList';
import { Notice } from '@/components/Notice';
import { PostureSwitch } from '@/components/PostureSwitch';
import { UndoBar } from '@/components/UndoBar';
import type { TrackerSource } from '@/lib/browser/popup-source';
import type { Translator } from '@/lib/i18n';
import type { Posture } from '@/lib/model/types';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { TrackerRecord } from '@/lib/tracker/record';
import { type NowStatus, nowView } from '@/lib/views/now-view';

export interface AppProps {
  source: TrackerSource;
  initial: TrackerRecord | null;
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

/** The popup: the day at a glance, and the person's own posture reports. */
export function App({ source, initial, tr, now }: AppProps) {
  const { t, duration } = tr;
  const [record, setRecord] = useState(initial);
  const [clock, setClock] = useState(now());
  const [undone, setUndone] = useState(false);

  useEffect(() => source.onChange(setRecord), [source]);
  useEffect(() => {
    const timer = setInterval(() => setClock(now()), 10_000);
    return () => clearInterval(timer);
  }, [now]);

  const view = useMemo(() => nowView(record, Math.max(clock, now())), [record, clock, now]);
  const limitMinutes = DEFAULT_SETTINGS.sittingLimitMinutes;
  const postureLabels: Record<Posture, string> = {
    sitting: t('reportSitting'),
    standing: t('reportStanding'),
    moving: t('reportMoving'),
  };

  const report = (posture: Posture) => {
    setUndone(false);
    void source.send({ type: 'report', posture });
  };
  const undo = () => {
    void source.send({ type: 'undo' }).then(() => setUndone(true));
  };

  const today = view.today;
  return (
    <main class="popup" data-ready={view.empty ? 'empty' : 'figures'}>
      <header class="popup__header">
        <h1 class="popup__title">{t('extName')}</h1>
        <span class={`status status--${view.status}`} data-status={view.status}>
          {t(STATUS_KEYS[view.status])}
        </span>
      </header>

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
        <>
          <BoutRing
            seconds={view.currentBoutSeconds}
            limitSeconds={limitMinutes * 60}
            value={String(Math.floor(view.currentBoutSeconds / 60))}
            caption={t('currentBoutLimit', { limit: limitMinutes })}
            label={t('currentBout')}
          />
          <h2 class="section-title">{t('figuresHeading')}</h2>
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
        </>
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

      <details class="how">
        <summary>{t('howCounted')}</summary>
        <p>{t('howCountedBody')}</p>
      </details>
      <footer class="popup__footer">{t('privacyLine')}</footer>
    </main>
  );
}
