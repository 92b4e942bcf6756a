/**
 * End-to-end tests drive the background through this hook, in `--mode e2e` builds only:
 * it calls the same handlers the browser's listeners call, with a clock the test moves.
 * Production builds leave this file out, so the hook's messages get no answer there.
 */
import { browser } from 'wxt/browser';
import type { IdleState, Posture } from '@/lib/model/types';
import type { Clock, IdlePort } from '@/lib/tracker/ports';

const KEY = 'balans-e2e';

interface TestState {
  offsetMs: number;
  idle: IdleState;
  /** While replaying, the clock stands still at each event's time. */
  fixedAt?: number | null;
}

/** One step of a replayed fixture: what the browser or the person would do, and when. */
export type ReplayStep =
  | { at: number; kind: 'idle'; state: IdleState }
  | { at: number; kind: 'tick' }
  | { at: number; kind: 'report'; posture: Posture }
  | { at: number; kind: 'answer'; outcome: 'done' | 'partly' };

export interface TestHandlers {
  idleStateChanged(state: IdleState): Promise<void>;
  alarm(name: string): Promise<void>;
  notificationClicked(): Promise<void>;
  report(posture: Posture): Promise<void>;
  /** Answers the open prompt, as its page would. */
  answerOpen(outcome: 'done' | 'partly'): Promise<void>;
  /** Forgets the tracker's and the prompter's state, so the next event is the first. */
  reset(): Promise<void>;
  /** Resolves when the prompter has looked at everything so far. */
  promptsSettled(): Promise<void>;
}

export function createTestHook(realClock: Clock) {
  let state: TestState = { offsetMs: 0, idle: 'active' };
  const ready = browser.storage.local.get(KEY).then((stored) => {
    if (stored[KEY]) state = stored[KEY] as TestState;
  });
  const save = () => browser.storage.local.set({ [KEY]: state });

  const clock: Clock = {
    now: () => state.fixedAt ?? realClock.now() + state.offsetMs,
    timeZone: realClock.timeZone,
  };

  async function replay(steps: ReplayStep[], handlers: TestHandlers): Promise<void> {
    for (const step of steps) {
      state.fixedAt = step.at;
      if (step.kind === 'idle') {
        state.idle = step.state;
        await handlers.idleStateChanged(step.state);
      } else if (step.kind === 'tick') await handlers.alarm('heartbeat');
      else if (step.kind === 'report') await handlers.report(step.posture);
      else await handlers.answerOpen(step.outcome);
      await handlers.promptsSettled();
    }
    // The clock goes on from the last step.
    const last = state.fixedAt;
    state.fixedAt = null;
    if (last) state.offsetMs = last - realClock.now();
    await save();
  }
  const idle: IdlePort = {
    setDetectionInterval: () => {},
    queryState: async () => state.idle,
  };

  function listener(handlers: TestHandlers) {
    return (message: unknown) => {
      const m = message as {
        type?: string;
        op?: string;
        minutes?: number;
        state?: IdleState;
        name?: string;
        steps?: ReplayStep[];
      };
      if (m?.type !== 'balans-test') return undefined;
      return ready.then(async () => {
        switch (m.op) {
          case 'advance':
            state.offsetMs += (m.minutes ?? 0) * 60_000;
            await save();
            break;
          case 'idle':
            state.idle = m.state ?? 'active';
            await save();
            await handlers.idleStateChanged(state.idle);
            break;
          case 'alarm':
            await handlers.alarm(m.name ?? '');
            break;
          case 'notification-click':
            await handlers.notificationClicked();
            break;
          case 'reset':
            await handlers.reset();
            break;
          case 'replay':
            await replay(m.steps ?? [], handlers);
            break;
          case 'now':
            break;
        }
        return { now: clock.now() };
      });
    };
  }

  return { ready, clock, idle, listener };
}
