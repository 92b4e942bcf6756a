import { browser } from 'wxt/browser';
import {
  browserNotifications,
  browserStandingQuestion,
  browserWindows,
  loadSettings,
  prompterStore,
} from '@/lib/browser/prompter-ports';
import { browserAlarms, browserTrackerDeps, setBadgeWaiting, systemClock } from '@/lib/browser/tracker-ports';
import { openHistory } from '@/lib/db/history';
import type { IdleState } from '@/lib/model/types';
import { PROMPTER_KEY } from '@/lib/prompts/prompter-state';
import { createPrompterService, PROMPT_ALARM } from '@/lib/prompts/service';
import { TRACKER_KEY } from '@/lib/tracker/record';
import { createTrackerService } from '@/lib/tracker/service';
import { answer } from './messages';
import { notificationButtonClicked, notificationClicked } from './notification-clicks';
import { createTestHook } from './test-hook';

export default defineBackground(() => {
  const hook = import.meta.env.MODE === 'e2e' ? createTestHook(systemClock) : null;
  const clock = hook?.clock ?? systemClock;
  // One IndexedDB connection for the worker's life, shared by the tracker and the prompter.
  let history: ReturnType<typeof openHistory> | null = null;
  const sharedHistory = () => {
    history ??= openHistory();
    return history;
  };
  let evaluatePrompts = () => {};
  const tracker = createTrackerService(
    browserTrackerDeps({
      ...(hook ? { clock, idle: hook.idle } : {}),
      openHistory: sharedHistory,
      workHours: async () => (await loadSettings()).workHours,
      standingQuestion: browserStandingQuestion,
    }),
    () => evaluatePrompts(),
  );
  const prompter = createPrompterService({
    clock,
    alarms: browserAlarms,
    notifications: browserNotifications,
    badgeWaiting: setBadgeWaiting,
    windows: browserWindows,
    state: prompterStore,
    settings: loadSettings,
    openHistory: sharedHistory,
    tracker,
    random: Math.random,
  });
  evaluatePrompts = () => void prompter.evaluate();

  const idleStateChanged = (state: IdleState) => tracker.onIdleState(state);
  const alarm = (name: string) => (name === PROMPT_ALARM ? prompter.wakeUp() : tracker.onAlarm(name));

  // Registered synchronously: MV3 delivers the waking event only to listeners present now.
  // Under the e2e hook the test is the only source of idle changes and alarms.
  browser.idle.onStateChanged.addListener((state) => {
    if (!hook) void idleStateChanged(state as IdleState);
  });
  browser.alarms.onAlarm.addListener((fired) => {
    if (!hook) void alarm(fired.name);
  });
  const clickTargets = { tracker, prompter, standing: browserStandingQuestion };
  const notificationClick = () => prompter.openActive();
  browser.notifications.onClicked.addListener((id) => void notificationClicked(id, clickTargets));
  browser.notifications.onButtonClicked?.addListener(
    (id, button) => void notificationButtonClicked(id, button, clickTargets),
  );
  browser.windows.onRemoved.addListener((windowId) => void prompter.windowClosed(windowId));
  browser.commands.onCommand.addListener((command) => {
    if (command === 'move-now') void prompter.moveNow('command');
  });
  browser.runtime.onMessage.addListener((message) => answer(message, { tracker, prompter }, clock.now));
  // "Delete all my data" removes the record from a page: count afresh from the next event.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && TRACKER_KEY in changes && changes[TRACKER_KEY]?.newValue === undefined) {
      void tracker.forget();
    }
  });
  // The tracker's start ends in a change, and the prompter looks then.
  const started = hook ? hook.ready.then(() => tracker.start()) : tracker.start();
  if (hook)
    browser.runtime.onMessage.addListener(
      hook.listener({
        idleStateChanged,
        alarm,
        notificationClicked: notificationClick,
        report: (posture) => tracker.report(posture),
        answerOpen: async (outcome) => {
          const open = (await prompterStore.load())?.active;
          if (open) await prompter.answer(open.id, outcome);
        },
        promptsSettled: () => prompter.evaluate(),
        reset: async () => {
          // A reset that overtook the worker's own start would be followed by that start, now.
          await started;
          await browser.storage.local.remove([TRACKER_KEY, PROMPTER_KEY]);
          await tracker.forget();
        },
      }),
    );
});
