/** Requests the pages send to the background, and what comes back. */
import type { Posture } from './model/types';

export type BackgroundRequest =
  | { type: 'report'; posture: Posture }
  | { type: 'undo' }
  | { type: 'export-trace' };

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  if (type === 'report') {
    const posture = (value as { posture?: unknown }).posture;
    return posture === 'sitting' || posture === 'standing' || posture === 'moving';
  }
  return type === 'undo' || type === 'export-trace';
}
