/** Shape checks for records read back from IndexedDB, which may be damaged or foreign. */
import type { StoredEvent } from './schema';

const STATES = new Set(['active', 'idle', 'locked']);
const POSTURES = new Set(['sitting', 'standing', 'moving']);

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isStoredEvent(value: unknown): value is StoredEvent {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (!isTime(record.at) || typeof record.zone !== 'string') return false;
  if (record.realAt !== undefined && !isTime(record.realAt)) return false;
  switch (record.type) {
    case 'start':
    case 'idle':
      return STATES.has(record.state as string);
    case 'tick':
    case 'end':
      return true;
    case 'call':
      return typeof record.on === 'boolean';
    case 'report':
      return POSTURES.has(record.posture as string);
    default:
      return false;
  }
}
