import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answer } from '@/entrypoints/background/messages';
import type { PrompterService } from '@/lib/prompts/service';
import { runTrace } from '@/lib/trace/run-trace';
import type { TrackerService } from '@/lib/tracker/service';
import { createWorld, day, drive, eventsInDb, figures, local, resetWorld, start, ticks } from './harness';

/** A prompter that only records calls: tracker requests must never reach it. */
function stubPrompter(): PrompterService & { calls: string[] } {
  const calls: string[] = [];
  const call = (name: string) => vi.fn(async () => void calls.push(name));
  return {
    calls,
    evaluate: call('evaluate'),
    wakeUp: call('wakeUp'),
    moveNow: call('moveNow'),
    openActive: call('openActive'),
    start: call('start'),
    answer: call('answer'),
    skip: call('skip'),
    snooze: call('snooze'),
    pause: call('pause'),
    hide: call('hide'),
    windowClosed: call('windowClosed'),
  };
}

describe('answer', () => {
  let prompter: ReturnType<typeof stubPrompter>;
  const services = (tracker: TrackerService) => ({ tracker, prompter });

  beforeEach(() => {
    resetWorld();
    prompter = stubPrompter();
  });

  it.each([
    ['a test hook message', { type: 'balans-test', op: 'now' }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'report'],
    ['a number', 42],
    ['an array', ['report', 'standing']],
    ['an empty object', {}],
    ['an unknown type', { type: 'delete-everything' }],
    ['a report without posture', { type: 'report' }],
    ['a report of an unknown posture', { type: 'report', posture: 'lying' }],
  ])('leaves %s unanswered, synchronously', async (_name, message) => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, [start(local('09:00'))]);
    expect(answer(message, services(service), world.now)).toBeUndefined();
    expect(await eventsInDb()).toHaveLength(1);
    expect(prompter.calls).toEqual([]);
  });

  it('passes a report to the service, and an undo takes it back', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, [start(local('09:00')), ...ticks(local('09:00'), local('09:10'))]);

    world.setNow(local('09:10:10'));
    const reply = answer({ type: 'report', posture: 'standing' }, services(service), world.now);
    expect(reply).toBeInstanceOf(Promise);
    expect(await reply).toEqual({ ok: true });
    expect((await eventsInDb()).at(-1)).toMatchObject({ type: 'report', posture: 'standing' });
    expect((await service.current()).engine.posture).toBe('standing');

    world.setNow(local('09:10:40'));
    expect(await answer({ type: 'undo' }, services(service), world.now)).toEqual({ ok: true });
    expect((await eventsInDb()).map((event) => event.type)).not.toContain('report');
    expect((await figures(world, service)).posture).toBe('sitting');
    expect(await answer({ type: 'undo' }, services(service), world.now)).toEqual({ ok: false });
    expect(prompter.calls).toEqual([]);
  });

  it('passes "still standing" to the tracker, which records when it was said', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, [start(local('09:00'))]);
    world.setNow(local('10:15'));
    expect(await answer({ type: 'standing-confirm' }, services(service), world.now)).toEqual({ ok: true });
    expect((await service.current()).standingConfirmedAt).toBe(local('10:15'));
    expect(prompter.calls).toEqual([]);
  });

  it('answers export-trace with a trace that replays', async () => {
    const world = createWorld(local('09:00'));
    const service = world.service();
    await drive(world, service, [start(local('09:00')), ...ticks(local('09:00'), local('09:10'))]);
    const reply = (await answer({ type: 'export-trace' }, services(service), world.now)) as {
      ok: boolean;
      trace: string;
    };
    expect(reply.ok).toBe(true);
    expect(runTrace(reply.trace, 'UTC')).toEqual({
      ok: true,
      output: { days: [day('2026-05-19', { sittingSeconds: 600, longestBoutSeconds: 600 })] },
    });
  });
});
