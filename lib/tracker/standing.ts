/**
 * The "still standing?" question (PRODUCT.md 2.1). Posture changes only by the person's report,
 * and while standing an idle state starts no spell; where the browser never reports `locked`
 * (Firefox), someone who said "standing" and walked away stays standing. So after an hour of
 * standing Balans asks, in a notification and in the popup, and again an hour after each "yes".
 * Pure.
 */
import type { Snapshot } from '../model/engine';

export const STANDING_QUESTION_MS = 3_600_000;

/** When the standing that goes on at the snapshot began; null when the person is not standing. */
export function standingSince(snap: Snapshot): number | null {
  if (snap.posture !== 'standing' || snap.away) return null;
  const last = snap.recentSegments[snap.recentSegments.length - 1];
  return last?.category === 'standing' ? last.start : null;
}

/**
 * Where the hour before the question is counted from: the start of the standing, or the person's
 * last "still standing" within it. Null when not standing.
 */
export function standingCountedFrom(snap: Snapshot, confirmedAt: number | null | undefined): number | null {
  const since = standingSince(snap);
  if (since === null) return null;
  return confirmedAt != null && confirmedAt >= since ? confirmedAt : since;
}

/** Whether the question is due at `now`: an hour of standing with no word from the person. */
export function standingQuestionDue(
  snap: Snapshot,
  now: number,
  confirmedAt: number | null | undefined,
): boolean {
  const from = standingCountedFrom(snap, confirmedAt);
  return from !== null && now - from >= STANDING_QUESTION_MS;
}
