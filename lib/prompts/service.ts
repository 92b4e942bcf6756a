/**
 * The prompter: decides (schedule.ts), chooses (select.ts), delivers and records prompts.
 * Browser-free: notifications, windows and storage come in through `PrompterDeps`.
 *
 * Delivery never steals focus: a notification and the badge first; the prompt window
 * opens only when the person clicks, uses "Move now" or the keyboard command (or, when they
 * chose it, by itself, and never over a fullscreen window).
 */
import { catalogueMeta, findMeta } from '../catalogue/meta';
import type { History } from '../db/history';
import { snapshot } from '../model/engine';
import { localDate } from '../model/local-days';
import type { Settings } from '../settings';
import type { AlarmPort, Clock } from '../tracker/ports';
import type { TrackerService } from '../tracker/service';
import { createPrompterState, type PrompterState } from './prompter-state';
import { decide, MAX_SNOOZES } from './schedule';
import { choosePrompt, DISLIKED_WEIGHT } from './select';
import type { PromptChannel, PromptReason, PromptRecord, SkipReason, SnoozeMinutes } from './types';

export const PROMPT_ALARM = 'prompt';
const RECENT_KEPT = 12;

export interface NotificationPort {
  /** Shows (or replaces) the prompt's notification; false where notifications are refused. */
  show(prompt: PromptRecord, reminder: boolean): Promise<boolean>;
  clear(promptId: string): Promise<void>;
}

export interface WindowPort {
  /** True when the focused browser window is fullscreen (a presentation, a shared video). */
  fullscreen(): Promise<boolean>;
  /** Opens the prompt page in a small window; returns its window id. */
  open(promptId: string): Promise<number | null>;
  close(windowId: number): Promise<void>;
}

export interface PrompterDeps {
  clock: Clock;
  alarms: AlarmPort;
  notifications: NotificationPort;
  /** Marks the action badge while a prompt waits (optional: tests may leave it out). */
  badgeWaiting?(waiting: boolean): Promise<void>;
  windows: WindowPort;
  state: { load(): Promise<PrompterState | null>; save(state: PrompterState): Promise<void> };
  settings(): Promise<Settings>;
  openHistory(): Promise<History | null>;
  tracker: TrackerService;
  random(): number;
}

export interface PrompterService {
  /** Looks at the tracker and the clock and does what is due; sets the next wake-up. */
  evaluate(): Promise<void>;
  /** The prompt alarm fired (and is gone): evaluate, and set the next one whatever it is. */
  wakeUp(): Promise<void>;
  /** "Move now" or the keyboard command: a prompt now, in a window. */
  moveNow(channel: PromptChannel): Promise<void>;
  /** The notification (or its Start button) was clicked. */
  openActive(): Promise<void>;
  start(id: string): Promise<void>;
  answer(id: string, outcome: 'done' | 'partly'): Promise<void>;
  skip(id: string, reason: SkipReason): Promise<void>;
  snooze(id: string, minutes: SnoozeMinutes): Promise<void>;
  pause(until: number | null): Promise<void>;
  hide(entryId: string): Promise<void>;
  windowClosed(windowId: number): Promise<void>;
}

export function createPrompterService(deps: PrompterDeps): PrompterService {
  let queue: Promise<unknown> = Promise.resolve();

  function serial<T>(job: () => Promise<T>): Promise<T> {
    const run = queue.then(job, job);
    queue = run.catch((error) => console.error('Balans prompter:', error));
    return run;
  }

  async function load(): Promise<PrompterState> {
    return (await deps.state.load()) ?? createPrompterState();
  }

  async function log(prompt: PromptRecord): Promise<void> {
    const history = await deps.openHistory();
    // The prompt's day is the tracker's local day, like the day summaries beside it.
    if (history) await history.putPrompt(prompt, (await deps.tracker.current()).engine.config.timeZone);
  }

  /** What the badge last showed; unknown (undefined) after a restart. */
  let badgeShown: boolean | undefined;

  async function markBadge(state: PrompterState): Promise<void> {
    const waiting = state.active !== null && state.snoozedUntil === null;
    if (waiting === badgeShown || !deps.badgeWaiting) return;
    await deps.badgeWaiting(waiting);
    badgeShown = waiting;
  }

  /** The wake-up last set by this worker; unknown (undefined) after a restart. */
  let wakeSet: number | null | undefined;

  /** Sets the one prompt alarm; the heartbeat calls in every minute, so an unchanged one is left be. */
  async function setWake(at: number | null): Promise<void> {
    if (at === wakeSet) return;
    if (at === null) await deps.alarms.clear(PROMPT_ALARM);
    else await deps.alarms.create(PROMPT_ALARM, at);
    wakeSet = at;
  }

  async function context() {
    const record = await deps.tracker.current();
    const now = Math.max(deps.clock.now(), record.engine.lastAt);
    const snap = snapshot(record.engine, now);
    // A locked screen or a running idle spell is not yet a break, but nobody is there to prompt.
    const away = snap.away || record.lastIdleState === 'locked' || record.engine.spell !== null;
    return { now, snap, away, settings: await deps.settings(), timeZone: record.engine.config.timeZone };
  }

  /** The scheduler's decision now; fullscreen is asked only when something would be shown. */
  async function decideNow(state: PrompterState, checkFullscreen: boolean) {
    const ctx = await context();
    const input = {
      now: ctx.now,
      boutStart: ctx.away ? null : ctx.snap.boutStart,
      fullscreen: false,
      onCall: ctx.snap.callOn,
      settings: ctx.settings,
      timeZone: ctx.timeZone,
      prompter: state,
    };
    let decision = decide(input);
    const shows = decision.kind === 'offer' || decision.kind === 'redeliver';
    if (checkFullscreen && shows && (await deps.windows.fullscreen()))
      decision = decide({ ...input, fullscreen: true });
    return { ...ctx, decision };
  }

  async function offer(
    state: PrompterState,
    reason: PromptReason,
    channel: PromptChannel,
  ): Promise<PromptRecord | null> {
    const { now, snap, settings, timeZone } = await context();
    const entry = choosePrompt({
      entries: catalogueMeta,
      focusRegions: settings.focusRegions,
      seatedOnly: settings.seatedOnly,
      standingDesk: settings.standingDesk,
      onCall: snap.callOn,
      recent: state.recent,
      lastWasPosture: state.lastWasPosture,
      hidden: state.hidden,
      weights: state.weights,
      random: deps.random,
    });
    if (!entry) return null;
    const prompt: PromptRecord = {
      id: String(now),
      offeredAt: now,
      date: localDate(now, timeZone),
      entryId: entry.id,
      reason,
      boutSeconds: snap.currentBoutSeconds,
      channel,
      outcome: null,
      snoozes: 0,
      reminded: false,
    };
    state.active = prompt;
    state.deliveredAt = now;
    state.snoozedUntil = null;
    if (reason === 'limit') state.promptedBoutStart = snap.boutStart;
    state.recent = [...state.recent, entry.id].slice(-RECENT_KEPT);
    state.lastWasPosture = entry.family === 'posture';
    await log(prompt);
    return prompt;
  }

  async function finish(state: PrompterState, prompt: PromptRecord): Promise<void> {
    const now = deps.clock.now();
    prompt.answeredAt = now;
    state.active = null;
    state.deliveredAt = null;
    state.snoozedUntil = null;
    await log(prompt);
    await deps.notifications.clear(prompt.id);
    if (prompt.startedAt !== undefined) {
      const settings = await deps.settings();
      await deps.tracker.report(settings.standingDesk ? 'standing' : 'sitting');
    }
  }

  async function openWindow(state: PrompterState): Promise<void> {
    if (!state.active) return;
    await deps.notifications.clear(state.active.id);
    state.windowId = await deps.windows.open(state.active.id);
  }

  async function evaluateNow(): Promise<void> {
    const state = await load();
    const before = JSON.stringify(state);
    const { now, settings, decision } = await decideNow(state, true);
    switch (decision.kind) {
      case 'offer': {
        const prompt = await offer(state, 'limit', settings.autoOpenWindow ? 'auto-window' : 'notification');
        if (prompt && settings.autoOpenWindow) await openWindow(state);
        else if (prompt) await deps.notifications.show(prompt, false);
        break;
      }
      case 'redeliver':
      case 'remind':
        if (state.active) {
          if (decision.kind === 'remind') state.active.reminded = true;
          state.snoozedUntil = null;
          state.deliveredAt = now;
          await deps.notifications.show(state.active, decision.kind === 'remind');
        }
        break;
      case 'expire':
        if (state.active) {
          state.active.outcome = state.active.snoozes > 0 ? 'snoozed' : 'unanswered';
          await finish(state, state.active);
        }
        break;
      case 'wait':
        break;
    }
    if (JSON.stringify(state) !== before) await deps.state.save(state);
    await markBadge(state);
    if (decision.kind === 'wait') await setWake(decision.wakeAt);
    else await evaluateAgain();
  }

  /** After acting, the next decision sets the alarm (at most one more step). */
  async function evaluateAgain(): Promise<void> {
    const state = await load();
    await markBadge(state);
    const { now, decision } = await decideNow(state, false);
    await setWake(decision.kind === 'wait' ? decision.wakeAt : now + 60_000);
  }

  async function withActive(id: string, job: (state: PrompterState, prompt: PromptRecord) => Promise<void>) {
    const state = await load();
    const prompt = state.active;
    if (!prompt || prompt.id !== id || prompt.outcome !== null) return;
    await job(state, prompt);
    await deps.state.save(state);
    await evaluateAgain();
  }

  return {
    evaluate: () => serial(evaluateNow),
    wakeUp: () =>
      serial(() => {
        wakeSet = undefined;
        return evaluateNow();
      }),
    moveNow: (channel) =>
      serial(async () => {
        const state = await load();
        if (!state.active) await offer(state, 'asked', channel);
        await openWindow(state);
        await deps.state.save(state);
      }),
    openActive: () =>
      serial(async () => {
        const state = await load();
        await openWindow(state);
        await deps.state.save(state);
      }),
    start: (id) =>
      serial(() =>
        withActive(id, async (_state, prompt) => {
          prompt.startedAt = deps.clock.now();
          await log(prompt);
          await deps.tracker.report('moving');
        }),
      ),
    answer: (id, outcome) =>
      serial(() =>
        withActive(id, async (state, prompt) => {
          prompt.outcome = outcome;
          await finish(state, prompt);
        }),
      ),
    skip: (id, reason) =>
      serial(() =>
        withActive(id, async (state, prompt) => {
          prompt.outcome = 'skipped';
          prompt.skipReason = reason;
          if (reason === 'dislike') {
            state.weights = {
              ...state.weights,
              [prompt.entryId]: DISLIKED_WEIGHT * (state.weights[prompt.entryId] ?? 1),
            };
          }
          await finish(state, prompt);
        }),
      ),
    snooze: (id, minutes) =>
      serial(() =>
        withActive(id, async (state, prompt) => {
          if (prompt.snoozes >= MAX_SNOOZES) return;
          prompt.snoozes += 1;
          prompt.reminded = false;
          state.snoozedUntil = deps.clock.now() + minutes * 60_000;
          await log(prompt);
          await deps.notifications.clear(prompt.id);
        }),
      ),
    pause: (until) =>
      serial(async () => {
        const state = await load();
        state.pausedUntil = until;
        await deps.state.save(state);
        // The progress page keeps paused days out of the streak: a pause lifted early, or
        // replaced by another, ends now in the record too.
        const history = await deps.openHistory();
        if (history) {
          const now = deps.clock.now();
          await history.endPauses(now);
          if (until !== null) await history.putPause({ from: now, until });
        }
        await evaluateAgain();
      }),
    hide: (entryId) =>
      serial(async () => {
        const state = await load();
        if (findMeta(entryId) && !state.hidden.includes(entryId)) state.hidden = [...state.hidden, entryId];
        await deps.state.save(state);
      }),
    windowClosed: (closedId) =>
      serial(async () => {
        const state = await load();
        if (closedId !== state.windowId) return;
        state.windowId = null;
        const prompt = state.active;
        if (prompt && prompt.outcome === null && state.snoozedUntil === null) {
          prompt.outcome = 'unanswered';
          await finish(state, prompt);
        }
        await deps.state.save(state);
        await evaluateAgain();
      }),
  };
}
