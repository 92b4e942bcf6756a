import { browser } from 'wxt/browser';
import { browserTrackerDeps, systemClock } from '@/lib/browser/tracker-ports';
import type { IdleState } from '@/lib/model/types';
import { createTrackerService } from '@/lib/tracker/service';
import { answer } from './messages';
import { createTestHook } from './test-hook';

export default defineBackground(() => {
  const hook = import.meta.env.MODE === 'e2e' ? createTestHook(systemClock) : null;
  const clock = hook?.clock ?? systemClock;
  const tracker = createTrackerService(browserTrackerDeps(hook ? { clock, idle: hook.idle } : {}));

  const idleStateChanged = (state: IdleState) => tracker.onIdleState(state);
  const alarm = (name: string) => tracker.onAlarm(name);

  // Registered synchronously: MV3 delivers the waking event only to listeners present now.
  // Under the e2e hook the test is the only source of idle changes and alarms.
  browser.idle.onStateChanged.addListener((state) => {
    if (!hook) void idleStateChanged(state as IdleState);
  });
  browser.alarms.onAlarm.addListener((fired) => {
    if (!hook) void alarm(fired.name);
  });
  browser.runtime.onMessage.addListener((message) => answer(message, tracker, clock.now));
  if (hook) browser.runtime.onMessage.addListener(hook.listener({ idleStateChanged, alarm }));

  if (hook) void hook.ready.then(() => tracker.start());
  else void tracker.start();
});
