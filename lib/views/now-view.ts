/** What the popup's "Now" shows, derived from the stored tracker record at a moment. */
import { presentSeconds } from '../model/day-figures';
import { snapshot } from '../model/engine';
import type { DayFigures, Posture } from '../model/types';
import { IDLE_NOTICE_SECONDS, type TrackerRecord } from '../tracker/record';
import { standingQuestionDue, standingSince } from '../tracker/standing';

export type NowStatus = Posture | 'away' | 'call';

export interface NowView {
  /** Nothing worth a figure yet: the first minutes after install. */
  empty: boolean;
  today: DayFigures;
  currentBoutSeconds: number;
  status: NowStatus;
  posture: Posture;
  historyAvailable: boolean;
  showIdleNotice: boolean;
  /** A report that can still be undone, and until when. */
  undo: { posture: Posture; until: number } | null;
  /** Standing for an hour without a word: when the standing began (the popup asks "still standing?"). */
  standingQuestion: { since: number } | null;
}

function zeroDay(date: string): DayFigures {
  return {
    date,
    sittingSeconds: 0,
    standingSeconds: 0,
    movingSeconds: 0,
    awaySeconds: 0,
    untrackedSeconds: 0,
    breaks: 0,
    longestBoutSeconds: 0,
    boutsOver30: 0,
  };
}

export function nowView(record: TrackerRecord | null, now: number): NowView {
  if (!record || record.engine.firstAt === null) {
    return {
      empty: true,
      today: zeroDay(new Date(now).toISOString().slice(0, 10)),
      currentBoutSeconds: 0,
      status: 'sitting',
      posture: 'sitting',
      historyAvailable: record?.historyAvailable ?? true,
      showIdleNotice: false,
      undo: null,
      standingQuestion: null,
    };
  }
  const snap = snapshot(record.engine, now);
  const today = snap.days[snap.days.length - 1] ?? zeroDay(new Date(now).toISOString().slice(0, 10));
  const presenceSeconds =
    record.presenceSettledSeconds + snap.days.reduce((sum, day) => sum + presentSeconds(day), 0);
  const status: NowStatus = snap.away ? 'away' : snap.callOn ? 'call' : snap.posture;
  const undo =
    record.undo && now < record.undo.until
      ? { posture: record.undo.posture.posture, until: record.undo.until }
      : null;
  return {
    empty:
      presentSeconds(today) < 60 &&
      today.awaySeconds === 0 &&
      snap.days.length <= 1 &&
      record.presenceSettledSeconds === 0,
    today,
    currentBoutSeconds: snap.currentBoutSeconds,
    status,
    posture: snap.posture,
    historyAvailable: record.historyAvailable,
    showIdleNotice: !record.idleEverSeen && presenceSeconds >= IDLE_NOTICE_SECONDS,
    undo,
    // The engine's last time where the clock reads earlier, as the snapshot itself does.
    standingQuestion: standingQuestionDue(
      snap,
      Math.max(now, record.engine.lastAt),
      record.standingConfirmedAt,
    )
      ? { since: standingSince(snap) ?? now }
      : null,
  };
}
