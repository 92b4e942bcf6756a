/**
 * The "still standing?" question (PRODUCT.md 2.1): asked after an hour of standing, again an
 * hour after each "still standing", never while sitting, away or on a call; a notification
 * from the tracker, and the popup's view.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, feed, snapshot } from '@/lib/model/engine';
import { DEFAULT_MODEL_CONFIG, type TrackerEvent } from '@/lib/model/types';
import { standingQuestionDue, standingSince } from '@/lib/tracker/standing';
import { nowView } from '@/lib/views/now-view';
import { createWorld, drive, idle, local, MINUTE, report, resetWorld, start, ticks, ZONE } from './harness';

/** The engine after these events. */
function engineAfter(events: TrackerEvent[]) {
  const state = createEngine({ ...DEFAULT_MODEL_CONFIG, timeZone: ZONE });
  for (const event of events) feed(state, event);
  return state;
}

/** 09:00 start, 09:10 "standing", a tick every minute up to `until`. */
function standingUntil(until: number, extra: TrackerEvent[] = []): TrackerEvent[] {
  const events: TrackerEvent[] = [
    { type: 'start', at: local('09:00'), state: 'active' },
    { type: 'report', at: local('09:10'), posture: 'standing' },
  ];
  for (let at = local('09:11'); at <= until; at += MINUTE) events.push({ type: 'tick', at });
  return [...events, ...extra].sort((a, b) => a.at - b.at);
}

describe('standingSince and standingQuestionDue', () => {
  it.each([
    ['59 min of standing: not yet', local('10:09'), null, false],
    ['60 min of standing: ask', local('10:10'), null, true],
    ['"still standing" at 10:15: not again before 11:15', local('11:14'), local('10:15'), false],
    ['"still standing" at 10:15: again at 11:15', local('11:15'), local('10:15'), true],
    ['a "yes" from an earlier standing does not count', local('10:10'), local('08:00'), true],
  ])('%s', (_name, now, confirmedAt, due) => {
    const snap = snapshot(engineAfter(standingUntil(now)), now);
    expect(standingSince(snap)).toBe(local('09:10'));
    expect(standingQuestionDue(snap, now, confirmedAt)).toBe(due);
  });

  it('is never due while sitting', () => {
    const now = local('11:00');
    const snap = snapshot(
      engineAfter(standingUntil(now, [{ type: 'report', at: local('10:30'), posture: 'sitting' }])),
      now,
    );
    expect(standingSince(snap)).toBeNull();
    expect(standingQuestionDue(snap, now, null)).toBe(false);
  });

  it('is never due once the screen is locked long enough to be away', () => {
    const events = standingUntil(local('10:00')).concat({
      type: 'idle',
      at: local('10:01'),
      state: 'locked',
    });
    const now = local('10:30');
    const snap = snapshot(engineAfter(events), now);
    expect(snap.away).toBe(true);
    expect(standingQuestionDue(snap, now, null)).toBe(false);
  });

  it('counts idle time while standing (Firefox: no locked state), which is why it asks', () => {
    // The heartbeat goes on: the person is present, hands off the keyboard.
    const events = standingUntil(local('10:10'), [{ type: 'idle', at: local('09:30:30'), state: 'idle' }]);
    const now = local('10:10');
    expect(standingQuestionDue(snapshot(engineAfter(events), now), now, null)).toBe(true);
  });
});

describe('the tracker asks once an hour', () => {
  beforeEach(resetWorld);

  it('shows the notification at an hour of standing, once; again an hour after "still standing"; clears it on sitting', async () => {
    const world = createWorld(local('09:00'));
    const calls: string[] = [];
    const port = {
      show: async () => void calls.push(`show ${(world.now() - local('09:00')) / MINUTE}`),
      clear: async () => void calls.push(`clear ${(world.now() - local('09:00')) / MINUTE}`),
    };
    const service = world.service({ standingQuestion: port });
    await drive(world, service, [start(local('09:00')), report(local('09:10'), 'standing')]);
    await drive(world, service, ticks(local('09:10'), local('10:30')));
    expect(calls).toEqual(['show 70']);

    world.setNow(local('10:40'));
    await service.confirmStanding();
    expect(calls).toEqual(['show 70', 'clear 100']);
    await drive(world, service, ticks(local('10:30'), local('11:39')));
    expect(calls).toHaveLength(2);
    await drive(world, service, ticks(local('11:39'), local('11:45')));
    expect(calls).toEqual(['show 70', 'clear 100', 'show 160']);

    await drive(world, service, [report(local('11:50'), 'sitting')]);
    expect(calls).toEqual(['show 70', 'clear 100', 'show 160', 'clear 170']);
    await drive(world, service, ticks(local('11:50'), local('13:00')));
    expect(calls).toHaveLength(4);
  });

  it('does not notify on a call, and the popup still asks', async () => {
    const world = createWorld(local('09:00'));
    const shown: number[] = [];
    const service = world.service({
      standingQuestion: { show: async () => void shown.push(world.now()), clear: async () => {} },
    });
    await drive(world, service, [start(local('09:00')), report(local('09:10'), 'standing')]);
    await drive(world, service, ticks(local('09:10'), local('09:20')));
    const record = await service.current();
    feed(record.engine, { type: 'call', at: local('09:20'), on: true });
    await drive(world, service, ticks(local('09:20'), local('10:20')));
    expect(shown).toEqual([]);
    const view = nowView(await service.current(), local('10:20'));
    expect(view.standingQuestion).toEqual({ since: local('09:10') });
  });

  it('the popup stops asking after "still standing" until another hour has passed', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, [start(local('09:00')), report(local('09:10'), 'standing')]);
    await drive(world, service, ticks(local('09:10'), local('10:15')));
    expect(nowView(await service.current(), local('10:15')).standingQuestion).not.toBeNull();
    world.setNow(local('10:15'));
    await service.confirmStanding();
    await drive(world, service, ticks(local('10:15'), local('11:14')));
    expect(nowView(await service.current(), local('11:14')).standingQuestion).toBeNull();
    await drive(world, service, ticks(local('11:14'), local('11:15')));
    expect(nowView(await service.current(), local('11:15')).standingQuestion).not.toBeNull();
  });

  it('a report taken back keeps the "still standing" answer: no second question', async () => {
    const world = createWorld(local('09:00'));
    const shown: number[] = [];
    const service = world.service({
      standingQuestion: { show: async () => void shown.push(world.now()), clear: async () => {} },
    });
    await drive(world, service, [start(local('09:00')), report(local('09:10'), 'standing')]);
    await drive(world, service, ticks(local('09:10'), local('10:15')));
    world.setNow(local('10:15'));
    await service.confirmStanding();
    await drive(world, service, [...ticks(local('10:15'), local('10:20')), report(local('10:20'), 'moving')]);
    world.setNow(local('10:20:30'));
    expect(await service.undo()).toBe(true);
    await drive(world, service, ticks(local('10:20'), local('11:10')));
    expect(shown).toEqual([local('10:10')]);
    await drive(world, service, ticks(local('11:10'), local('11:15')));
    expect(shown).toEqual([local('10:10'), local('11:15')]);
  });

  it('forgetting the record (all data deleted) puts the question away', async () => {
    const world = createWorld(local('09:00'));
    const cleared: number[] = [];
    const service = world.service({
      standingQuestion: { show: async () => {}, clear: async () => void cleared.push(world.now()) },
    });
    await drive(world, service, [start(local('09:00'))]);
    await service.forget();
    expect(cleared).toHaveLength(1);
  });

  it('a locked screen ends the standing: nothing is asked', async () => {
    const world = createWorld(local('09:00'));
    const shown: number[] = [];
    const service = world.service({
      standingQuestion: { show: async () => void shown.push(world.now()), clear: async () => {} },
    });
    await drive(world, service, [
      start(local('09:00')),
      report(local('09:10'), 'standing'),
      idle(local('09:20'), 'locked'),
    ]);
    world.setNow(local('11:00'));
    expect(nowView(await service.current(), local('11:00')).standingQuestion).toBeNull();
    expect(shown).toEqual([]);
  });
});
