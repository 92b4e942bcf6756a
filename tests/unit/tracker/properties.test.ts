import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openBalansDB } from '@/lib/db/schema';
import { snapshot } from '@/lib/model/engine';
import type { DayFigures, IdleState, Posture } from '@/lib/model/types';
import { toTrace } from '@/lib/trace/export';
import { runTrace } from '@/lib/trace/run-trace';
import type { TrackerService } from '@/lib/tracker/service';
import { createWorld, resetWorld, run } from './harness';

type Op =
  | { do: 'idle'; state: IdleState }
  | { do: 'tick' }
  | { do: 'report'; posture: Posture }
  | { do: 'undo' }
  /** The worker is stopped and woken: a new service over the same storage. */
  | { do: 'wake' }
  /** The browser restarts: storage.session is cleared. */
  | { do: 'browser-start' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .constantFrom<IdleState>('active', 'idle', 'locked')
      .map((state) => ({ do: 'idle', state }) as const),
  },
  { weight: 6, arbitrary: fc.constant({ do: 'tick' } as const) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom<Posture>('sitting', 'standing', 'moving')
      .map((posture) => ({ do: 'report', posture }) as const),
  },
  { weight: 1, arbitrary: fc.constant({ do: 'undo' } as const) },
  { weight: 1, arbitrary: fc.constant({ do: 'wake' } as const) },
  { weight: 1, arbitrary: fc.constant({ do: 'browser-start' } as const) },
);

/** 0-10 minutes, whole seconds most of the time and a few odd milliseconds. */
const gap = fc.oneof(
  fc.integer({ min: 0, max: 600 }).map((s) => s * 1000),
  fc.integer({ min: 0, max: 600_000 }),
);

/** A working morning, an evening across midnight, and the night summer time ends. */
const firstAt = fc.constantFrom(
  Date.parse('2026-05-19T09:00:00+02:00'),
  Date.parse('2026-05-19T22:40:00+02:00'),
  Date.parse('2026-10-24T23:30:00+02:00'),
);

async function daysInDb(): Promise<DayFigures[]> {
  const db = await openBalansDB();
  try {
    return await db.getAll('days');
  } finally {
    db.close();
  }
}

describe('the service against its own export', () => {
  it('replaying the exported trace gives the figures the service shows', async () => {
    await fc.assert(
      fc.asyncProperty(
        firstAt,
        fc.array(fc.tuple(gap, op), { maxLength: 80, size: 'max' }),
        fc.nat(600_000),
        async (t0, ops, tail) => {
          resetWorld();
          const world = createWorld(t0);
          let service: TrackerService = world.service();
          await run(world, service, { at: t0, do: 'start' });
          let t = t0;
          for (const [pause, next] of ops) {
            t += pause;
            world.setNow(t);
            switch (next.do) {
              case 'tick':
              case 'idle':
              case 'report':
                await run(world, service, { at: t, ...next });
                break;
              case 'undo':
                await service.undo();
                break;
              case 'browser-start':
                await fakeBrowser.storage.session.clear();
                service = world.service();
                await service.start();
                break;
              case 'wake':
                service = world.service();
                await service.start();
                break;
            }
          }
          world.setNow(t + tail);

          const record = await service.current();
          const shown = snapshot(record.engine, world.now()).days;
          const replay = runTrace(
            toTrace(record.engine.config, await service.storedEvents(), world.now()),
            'UTC',
          );
          if (!replay.ok)
            throw new Error(`the export does not replay: line ${replay.line}: ${replay.reason}`);

          // Days the service settled are in IndexedDB; the ones still open are in the snapshot.
          const byDate = new Map<string, DayFigures>();
          for (const figures of await daysInDb()) byDate.set(figures.date, figures);
          for (const figures of shown) byDate.set(figures.date, figures);
          const serviceDays = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
          expect(serviceDays).toEqual(replay.output.days);
          for (const figures of serviceDays) {
            for (const value of Object.values(figures)) {
              if (typeof value === 'number') expect(value).toBeGreaterThanOrEqual(0);
            }
          }
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);
});
