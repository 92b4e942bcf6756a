/**
 * End-to-end tests drive the background through this hook, in `--mode e2e` builds only:
 * it calls the same handlers the browser's listeners call, with a clock the test moves.
 * Production builds leave this file out, so the hook's messages get no answer there.
 */
import { browser } from 'wxt/browser';
import type { IdleState } from '@/lib/model/types';
import type { Clock, IdlePort } from '@/lib/tracker/ports';

const KEY = 'balans-e2e';

interface TestState {
  offsetMs: number;
  idle: IdleState;
}

export interface TestHandlers {
  idleStateChanged(state: IdleState): Promise<void>;
  alarm(name: string): Promise<void>;
  notificationClicked(): Promise<void>;
}

export function createTestHook(realClock: Clock) {
  let state: TestState = { offsetMs: 0, idle: 'active' };
  const ready = browser.storage.local.get(KEY).then((stored) => {
    if (stored[KEY]) state = stored[KEY] as TestState;
  });
  const save = () => browser.storage.local.set({ [KEY]: state });

  const clock: Clock = { now: () => realClock.now() + state.offsetMs, timeZone: realClock.timeZone };
  const idle: IdlePort = {
    setDetectionInterval: () => {},
    queryState: async () => state.idle,
  };

  function listener(handlers: TestHandlers) {
    return (message: unknown) => {
      const m = message as { type?: string; op?: string; minutes?: number; state?: IdleState; name?: string };
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
          case 'now':
            break;
        }
        return { now: clock.now() };
      });
    };
  }

  return { ready, clock, idle, listener };
}
