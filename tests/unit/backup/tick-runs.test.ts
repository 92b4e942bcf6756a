import { describe, expect, it } from 'vitest';
import { parseBackup } from '@/lib/backup/backup';
import { NOW, sampleBackup, sampleStores, ZONE } from './fixture';

const AT = NOW - 3_600_000;
const run = { id: 99, type: 'tick', at: AT, realAt: AT, zone: ZONE, runTo: AT + 600_000, runCount: 11 };

describe('a run of ticks in a backup', () => {
  it('comes back whole', () => {
    const stores = sampleStores();
    const backup = sampleBackup({ ...stores, events: [...stores.events, run as never] });
    const parsed = parseBackup(JSON.stringify(backup), { now: NOW });
    expect(parsed.ok && parsed.backup.stores.events.find((event) => event.id === 99)).toEqual(run);
  });

  it.each([
    ['a count under 2', { runCount: 1 }],
    ['a count that is no whole number', { runCount: 2.5 }],
    ['an end before its start', { runTo: AT - 1 }],
  ])('is refused with %s', (_name, change) => {
    const stores = sampleStores();
    const backup = sampleBackup({ ...stores, events: [...stores.events, { ...run, ...change } as never] });
    const parsed = parseBackup(JSON.stringify(backup), { now: NOW });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.code).toBe('bad-value');
  });
});
