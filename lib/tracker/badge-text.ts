import type { Snapshot } from '../model/engine';

/** The badge shows whole minutes of the running bout, and nothing while away or not sitting. */
export function badgeText(snapshot: Snapshot, spellRunning: boolean): string {
  if (snapshot.away || spellRunning || snapshot.currentBoutSeconds < 60) return '';
  return String(Math.floor(snapshot.currentBoutSeconds / 60));
}
