import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openBalansDB } from '@/lib/db/schema';
import { toTrace } from '@/lib/trace/export';
import { runTrace } from '@/lib/trace/run-trace';
import {
  createWorld,
  day,
  drive,
  figures,
  local,
  report,
  resetWorld,
  start,
  tick,
  ticks,
  ZONE,
} from './harness';
import { MORNING, MORNING_AT_TEN } from './morning';

describe('the trace export', () => {
  beforeEach(resetWorld);

  it('replays a driven morning to the figures the service shows', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, MORNING);
    const record = await service.current();
    const events = await service.storedEvents();
    expect(events).toHaveLength(MORNING.length);
    expect(events[0]).toEqual({ type: 'start', at: local('09:00'), state: 'active' });

    const trace = toTrace(record.engine.config, events, world.now());
    const lines = trace.trim().split('\n');
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      type: 'config',
      idleSeconds: 60,
      breakMinutes: 2,
      heartbeatSeconds: 60,
      timeZone: ZONE,
    });
    expect(JSON.parse(lines.at(-1) ?? '')).toEqual({ at: '2026-05-19T08:00:00.000Z', type: 'end' });

    const replayed = runTrace(trace, 'UTC');
    expect(replayed).toEqual({ ok: true, output: { days: [MORNING_AT_TEN] } });
    expect((await figures(world, service)).days).toEqual([MORNING_AT_TEN]);
  });

  it('a later `now` in the export ends the trace then, like the snapshot', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, [...MORNING, report(local('10:00:30'), 'moving')]);
    world.setNow(local('10:01:30'));
    const record = await service.current();
    const replayed = runTrace(
      toTrace(record.engine.config, await service.storedEvents(), world.now()),
      'UTC',
    );
    const expected = day('2026-05-19', {
      ...MORNING_AT_TEN,
      sittingSeconds: 2130,
      movingSeconds: 60,
      breaks: 4,
    });
    expect(replayed).toEqual({ ok: true, output: { days: [expected] } });
    expect((await figures(world, service)).days).toEqual([expected]);
  });

  it('carries across midnight, with the days already settled into IndexedDB', async () => {
    const world = createWorld(local('23:30'));
    const service = world.service();
    await drive(world, service, [
      start(local('23:30')),
      ...ticks(local('23:30'), local('23:59')),
      ...ticks(local('23:59'), local('00:20', '2026-05-20')),
      report(local('00:20', '2026-05-20'), 'standing'),
      ...ticks(local('00:20', '2026-05-20'), local('00:25', '2026-05-20')),
      report(local('00:25', '2026-05-20'), 'sitting'),
      tick(local('00:26', '2026-05-20')),
    ]);
    const record = await service.current();
    const replayed = runTrace(
      toTrace(record.engine.config, await service.storedEvents(), world.now()),
      'UTC',
    );
    const may19 = day('2026-05-19', { sittingSeconds: 1800, longestBoutSeconds: 1800, boutsOver30: 1 });
    const may20 = day('2026-05-20', {
      sittingSeconds: 1260,
      standingSeconds: 300,
      breaks: 1,
      longestBoutSeconds: 1200,
    });
    expect(replayed).toEqual({ ok: true, output: { days: [may19, may20] } });
    expect((await figures(world, service)).days).toEqual([may20]);
    const db = await openBalansDB();
    expect(await db.getAll('days')).toEqual([may19]);
    db.close();
  });

  it('leaves out an unreadable record and says so', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, [start(local('09:00')), tick(local('09:01'))]);
    const db = await openBalansDB();
    // A damaged record, as a foreign writer or a bad migration might leave.
    await db.add('events', { at: local('09:01:30'), type: 'nap', realAt: 0, zone: ZONE } as never);
    db.close();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await drive(world, service, [tick(local('09:02'))]);
    const events = await service.storedEvents();
    expect(events.map((event) => event.type)).toEqual(['start', 'tick', 'tick']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
