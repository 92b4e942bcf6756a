import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { HEARTBEAT_ALARM } from '@/lib/tracker/service';
import {
  createWorld,
  drive,
  idle,
  local,
  MINUTE,
  report,
  resetWorld,
  run,
  type Step,
  start,
  tick,
  ticks,
} from './harness';

const heartbeat = () => fakeBrowser.alarms.get(HEARTBEAT_ALARM);

describe('the heartbeat alarm', () => {
  beforeEach(resetWorld);

  it('repeats every heartbeat from the time the person is seen', async () => {
    const world = createWorld(local('09:00'));
    await drive(world, world.service(), [start(local('09:00'))]);
    expect(await heartbeat()).toEqual({
      name: HEARTBEAT_ALARM,
      scheduledTime: local('09:01'),
      periodInMinutes: 1,
    });
  });

  it.each<[string, Step[], boolean]>([
    ['present', [], true],
    ['idle while sitting (a spell runs)', [idle(local('09:05:30'), 'idle')], false],
    ['locked', [idle(local('09:05:30'), 'locked')], false],
    ['active again after idle', [idle(local('09:05:30'), 'idle'), idle(local('09:09'), 'active')], true],
    ['active again after a lock', [idle(local('09:05:30'), 'locked'), idle(local('09:30'), 'active')], true],
    // Standing, idle starts no spell (hands off the keyboard at a standing desk).
    ['idle while standing', [report(local('09:05:10'), 'standing'), idle(local('09:05:30'), 'idle')], true],
    ['a stray tick during a lock', [idle(local('09:05:30'), 'locked'), tick(local('09:06'))], false],
  ])('when %s: exists is %s', async (_name, steps, exists) => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, [start(local('09:00')), ...ticks(local('09:00'), local('09:05')), ...steps]);
    expect((await heartbeat()) !== undefined).toBe(exists);
  });

  it('is re-created by start() when the browser lost it', async () => {
    const world = createWorld(local('09:00'));
    await drive(world, world.service(), [start(local('09:00')), ...ticks(local('09:00'), local('09:05'))]);
    await fakeBrowser.alarms.clearAll();

    await drive(world, world.service(), [start(local('09:05:40'))]);
    expect((await heartbeat())?.scheduledTime).toBe(local('09:05:40') + MINUTE);
  });

  it('is not created once during an hour-long lock, worker restarts included', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, [start(local('09:00')), ...ticks(local('09:00'), local('10:00'))]);
    const create = vi.spyOn(fakeBrowser.alarms, 'create');

    await run(world, service, idle(local('10:00:20'), 'locked'));
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    // A missed alarm firing once on wake, and two worker restarts while the screen is locked.
    await run(world, service, tick(local('10:00:40')));
    await drive(world, world.service(), [start(local('10:20'))]);
    await drive(world, world.service(), [start(local('10:50'))]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(create).not.toHaveBeenCalled();

    world.setNow(local('11:00:20'));
    world.idleState = 'active';
    await world.service().onIdleState('active');
    expect(create).toHaveBeenCalledTimes(1);
    expect((await heartbeat())?.scheduledTime).toBe(local('11:01:20'));
  });
});
