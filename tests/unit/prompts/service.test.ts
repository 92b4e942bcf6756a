/**
 * The prompter driven as the background drives it, with fakes for what it shows (notifications,
 * windows, alarms) and the real tracker over WXT's fake browser and a fake IndexedDB.
 * Tuesday 2026-05-19 is a work day; every time is Amsterdam summer time.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openHistory } from '@/lib/db/history';
import { openBalansDB } from '@/lib/db/schema';
import { createPrompterState, type PrompterState } from '@/lib/prompts/prompter-state';
import {
  createPrompterService,
  type NotificationPort,
  PROMPT_ALARM,
  type PrompterService,
  type WindowPort,
} from '@/lib/prompts/service';
import type { PromptRecord } from '@/lib/prompts/types';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import type { AlarmPort } from '@/lib/tracker/ports';
import type { TrackerService } from '@/lib/tracker/service';
import {
  createWorld,
  drive,
  eventsInDb,
  figures,
  idle,
  local,
  MINUTE,
  resetWorld,
  start,
  ticks,
  type World,
  ZONE,
} from '../tracker/harness';

/** mulberry32: a tiny seeded generator, uniform on [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class FakeNotifications implements NotificationPort {
  shown: { id: string; reminder: boolean; at: number }[] = [];
  cleared: string[] = [];
  constructor(private readonly now: () => number) {}
  async show(prompt: PromptRecord, reminder: boolean): Promise<boolean> {
    this.shown.push({ id: prompt.id, reminder, at: this.now() });
    return true;
  }
  async clear(promptId: string): Promise<void> {
    this.cleared.push(promptId);
  }
}

class FakeWindows implements WindowPort {
  isFullscreen = false;
  opened: { promptId: string; windowId: number }[] = [];
  closed: number[] = [];
  private nextId = 100;
  async fullscreen(): Promise<boolean> {
    return this.isFullscreen;
  }
  async open(promptId: string): Promise<number | null> {
    const windowId = this.nextId++;
    this.opened.push({ promptId, windowId });
    return windowId;
  }
  async close(windowId: number): Promise<void> {
    this.closed.push(windowId);
  }
}

class FakeAlarms implements AlarmPort {
  log: ({ op: 'create'; name: string; when: number } | { op: 'clear'; name: string })[] = [];
  pending = new Map<string, number>();
  async create(name: string, when: number): Promise<void> {
    this.log.push({ op: 'create', name, when });
    this.pending.set(name, when);
  }
  async clear(name: string): Promise<void> {
    this.log.push({ op: 'clear', name });
    this.pending.delete(name);
  }
  async exists(name: string): Promise<boolean> {
    return this.pending.has(name);
  }
  /** When the prompt alarm would fire next; undefined when none is set. */
  get prompt(): number | undefined {
    return this.pending.get(PROMPT_ALARM);
  }
}

class MemoryState {
  value: PrompterState | null = null;
  async load(): Promise<PrompterState | null> {
    // A copy, as storage would give: the service may not keep a reference.
    return this.value === null ? null : structuredClone(this.value);
  }
  async save(state: PrompterState): Promise<void> {
    this.value = structuredClone(state);
  }
  get current(): PrompterState {
    return this.value ?? createPrompterState();
  }
}

interface Rig {
  world: World;
  tracker: TrackerService;
  prompter: PrompterService;
  notifications: FakeNotifications;
  windows: FakeWindows;
  alarms: FakeAlarms;
  state: MemoryState;
  settings: Settings;
  /** Every value the badge's waiting mark was set to, in order. */
  badge: boolean[];
  /** A new prompter (and tracker) over the same storage, like a woken worker. */
  restart(): void;
  /** Moves the clock, with heartbeat ticks on the way (the person stays at the keyboard). */
  sitUntil(at: number): Promise<void>;
  /** Moves the clock to `at` and lets the prompt alarm fire there. */
  fireAt(at: number): Promise<void>;
}

function rig(settings: Partial<Settings> = {}, boutStart = local('09:00')): Rig {
  const world = createWorld(boutStart);
  const notifications = new FakeNotifications(() => world.now());
  const windows = new FakeWindows();
  const alarms = new FakeAlarms();
  const state = new MemoryState();
  const fullSettings: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const badge: boolean[] = [];
  const make = () => {
    const tracker = world.service();
    const prompter = createPrompterService({
      clock: { now: () => world.now(), timeZone: () => ZONE },
      alarms,
      notifications,
      badgeWaiting: async (waiting: boolean) => void badge.push(waiting),
      windows,
      state,
      settings: async () => fullSettings,
      openHistory,
      tracker,
      random: mulberry32(20260519),
    });
    return { tracker, prompter };
  };
  const r: Rig = {
    world,
    ...make(),
    notifications,
    windows,
    alarms,
    state,
    settings: fullSettings,
    badge,
    restart() {
      Object.assign(r, make());
    },
    async sitUntil(at) {
      await drive(world, r.tracker, ticks(world.now() - (world.now() % MINUTE), at));
      world.setNow(at);
    },
    async fireAt(at) {
      await r.sitUntil(at);
      await r.prompter.evaluate();
    },
  };
  return r;
}

/** A rig whose person sat down at 09:00 and has sat until `until` with the heartbeat running. */
async function seated(until: number, settings: Partial<Settings> = {}): Promise<Rig> {
  const r = rig(settings);
  await drive(r.world, r.tracker, [start(local('09:00'))]);
  await r.sitUntil(until);
  return r;
}

async function promptsInDb(): Promise<PromptRecord[]> {
  const db = await openBalansDB();
  try {
    return await db.getAll('prompts');
  } finally {
    db.close();
  }
}

function activeId(r: Rig): string {
  const id = r.state.current.active?.id;
  if (id === undefined) throw new Error('no open prompt');
  return id;
}

describe('the prompter', () => {
  beforeEach(resetWorld);

  it('before the limit: no prompt, the alarm is set for the limit', async () => {
    const r = await seated(local('09:10'));
    await r.prompter.evaluate();
    expect(r.notifications.shown).toEqual([]);
    expect(r.windows.opened).toEqual([]);
    expect(r.alarms.prompt).toBe(local('09:30'));
  });

  it('a 30-minute bout in work hours: a notification, and no window', async () => {
    const r = await seated(local('09:30'));
    expect((await figures(r.world, r.tracker)).currentBoutSeconds).toBe(1800);
    await r.prompter.evaluate();

    expect(r.notifications.shown).toEqual([
      { id: String(local('09:30')), reminder: false, at: local('09:30') },
    ]);
    expect(r.windows.opened).toEqual([]);
    const active = r.state.current.active;
    expect(active).toMatchObject({
      id: String(local('09:30')),
      offeredAt: local('09:30'),
      reason: 'limit',
      channel: 'notification',
      boutSeconds: 1800,
      outcome: null,
      snoozes: 0,
      reminded: false,
    });
    expect(r.state.current.promptedBoutStart).toBe(local('09:00'));
    // The first offer follows the alternation: a posture prompt after (nothing, i.e.) an exercise.
    expect(r.state.current.recent).toEqual([active?.entryId]);
    // The open prompt is already on record, and the next wake-up is the reminder.
    expect(await promptsInDb()).toEqual([active]);
    expect(r.alarms.prompt).toBe(local('09:35'));
  });

  it('clicking the notification opens the window; closing it unanswered records "unanswered"', async () => {
    const r = await seated(local('09:30'));
    await r.prompter.evaluate();
    const id = activeId(r);

    await r.prompter.openActive();
    expect(r.windows.opened).toEqual([{ promptId: id, windowId: 100 }]);
    expect(r.notifications.cleared).toContain(id);
    expect(r.state.current.windowId).toBe(100);

    r.world.setNow(local('09:31'));
    await r.prompter.windowClosed(999); // some other window: ignored
    expect(r.state.current.active?.id).toBe(id);
    await r.prompter.windowClosed(100);
    expect(r.state.current.active).toBeNull();
    expect(r.state.current.windowId).toBeNull();
    expect(await promptsInDb()).toEqual([
      expect.objectContaining({ id, outcome: 'unanswered', answeredAt: local('09:31') }),
    ]);
    // Same bout: no new prompt, no alarm left.
    expect(r.alarms.prompt).toBeUndefined();
  });

  it('openActive with nothing open opens nothing', async () => {
    const r = await seated(local('09:10'));
    await r.prompter.openActive();
    expect(r.windows.opened).toEqual([]);
  });

  it('Start reports moving; Done reports sitting and records the outcome', async () => {
    const r = await seated(local('09:30'));
    await r.prompter.evaluate();
    const id = activeId(r);
    await r.prompter.openActive();

    r.world.setNow(local('09:31'));
    await r.prompter.start(id);
    expect((await figures(r.world, r.tracker)).posture).toBe('moving');
    expect(r.state.current.active?.startedAt).toBe(local('09:31'));
    expect((await promptsInDb())[0]?.startedAt).toBe(local('09:31'));

    r.world.setNow(local('09:32'));
    await r.prompter.answer(id, 'done');
    expect((await figures(r.world, r.tracker)).posture).toBe('sitting');
    expect(r.state.current.active).toBeNull();
    expect(await promptsInDb()).toEqual([
      expect.objectContaining({
        id,
        outcome: 'done',
        startedAt: local('09:31'),
        answeredAt: local('09:32'),
        reason: 'limit',
      }),
    ]);
    const reports = (await eventsInDb()).filter((event) => event.type === 'report');
    expect(reports).toEqual([
      expect.objectContaining({ posture: 'moving', at: local('09:31') }),
      expect.objectContaining({ posture: 'sitting', at: local('09:32') }),
    ]);
    // A new bout starts at the report and gets its own prompt at its limit (the tracker's
    // next change, here the heartbeat, has the prompter look again).
    await r.fireAt(local('09:33'));
    expect((await figures(r.world, r.tracker)).boutStart).toBe(local('09:32'));
    expect(r.alarms.prompt).toBe(local('10:02'));
    // An answer to a finished prompt is ignored.
    await r.prompter.answer(id, 'partly');
    expect((await promptsInDb())[0]?.outcome).toBe('done');
  });

  it('with a standing desk the exercise ends in standing', async () => {
    const r = await seated(local('09:30'), { standingDesk: true });
    await r.prompter.evaluate();
    const id = activeId(r);
    r.world.setNow(local('09:31'));
    await r.prompter.start(id);
    r.world.setNow(local('09:32'));
    await r.prompter.answer(id, 'partly');
    expect((await figures(r.world, r.tracker)).posture).toBe('standing');
    expect((await promptsInDb())[0]?.outcome).toBe('partly');
  });

  it('the badge is marked while a prompt waits, and unmarked once it is answered', async () => {
    const r = await seated(local('09:30'));
    await r.prompter.evaluate();
    expect(r.badge.at(-1)).toBe(true);
    await r.prompter.answer(activeId(r), 'done');
    expect(r.badge.at(-1)).toBe(false);
  });

  it('Done without Start counts but leaves the bout running', async () => {
    const r = await seated(local('09:30'));
    await r.prompter.evaluate();
    const id = activeId(r);
    r.world.setNow(local('09:31'));
    await r.prompter.answer(id, 'done');

    const now = await figures(r.world, r.tracker);
    expect(now.posture).toBe('sitting');
    expect(now.boutStart).toBe(local('09:00'));
    expect(now.currentBoutSeconds).toBe(31 * 60);
    expect((await eventsInDb()).filter((event) => event.type === 'report')).toEqual([]);
    expect(await promptsInDb()).toEqual([
      expect.objectContaining({ id, outcome: 'done', answeredAt: local('09:31') }),
    ]);
    expect((await promptsInDb())[0]?.startedAt).toBeUndefined();
    // One prompt a bout: still sitting an hour later, nothing more.
    expect(r.alarms.prompt).toBeUndefined();
    await r.fireAt(local('10:31'));
    expect(r.notifications.shown).toHaveLength(1);
    expect(r.state.current.active).toBeNull();
  });

  it('unanswered: one reminder after 5 min, then "unanswered" after 5 min more, and no loop', async () => {
    const r = await seated(local('09:30'));
    await r.prompter.evaluate();
    const id = activeId(r);
    expect(r.alarms.prompt).toBe(local('09:35'));

    await r.fireAt(local('09:34')); // an early wake-up changes nothing
    expect(r.notifications.shown).toHaveLength(1);

    await r.fireAt(local('09:35'));
    expect(r.notifications.shown).toEqual([
      { id, reminder: false, at: local('09:30') },
      { id, reminder: true, at: local('09:35') },
    ]);
    expect(r.state.current.active?.reminded).toBe(true);
    expect(r.alarms.prompt).toBe(local('09:40'));

    await r.fireAt(local('09:40'));
    expect(r.state.current.active).toBeNull();
    expect(r.notifications.cleared).toContain(id);
    expect(await promptsInDb()).toEqual([
      expect.objectContaining({ id, outcome: 'unanswered', reminded: true, answeredAt: local('09:40') }),
    ]);
    expect(r.alarms.prompt).toBeUndefined();

    // Still the same bout an hour later: never a second prompt, never a second reminder.
    for (const at of [local('09:45'), local('10:00'), local('10:40')]) await r.fireAt(at);
    expect(r.notifications.shown).toHaveLength(2);
    expect(await promptsInDb()).toHaveLength(1);
  });

  it('snooze at most 3 times; the 4th is refused; it ends as "snoozed"', async () => {
    const r = await seated(local('09:30'));
    await r.prompter.evaluate();
    const id = activeId(r);

    let at = local('09:30');
    for (const n of [1, 2, 3]) {
      await r.prompter.snooze(id, 5);
      expect(r.state.current.active?.snoozes).toBe(n);
      expect(r.state.current.snoozedUntil).toBe(at + 5 * MINUTE);
      expect(r.notifications.cleared.at(-1)).toBe(id);
      expect(r.alarms.prompt).toBe(at + 5 * MINUTE);
      at += 5 * MINUTE;
      await r.fireAt(at);
      // Back again when the snooze is over: a fresh delivery, not a reminder.
      expect(r.notifications.shown.at(-1)).toEqual({ id, reminder: false, at });
      expect(r.state.current.snoozedUntil).toBeNull();
    }
    expect((await promptsInDb())[0]?.snoozes).toBe(3);

    const before = structuredClone(r.state.current);
    await r.prompter.snooze(id, 15);
    expect(r.state.current).toEqual(before);
    expect(r.state.current.active?.snoozes).toBe(3);
    expect(r.state.current.snoozedUntil).toBeNull();
    expect((await promptsInDb())[0]?.snoozes).toBe(3);

    // Left alone now: one reminder, then it ends; having been snoozed, as "snoozed".
    await r.fireAt(at + 5 * MINUTE);
    expect(r.notifications.shown.at(-1)).toEqual({ id, reminder: true, at: at + 5 * MINUTE });
    await r.fireAt(at + 10 * MINUTE);
    expect(await promptsInDb()).toEqual([expect.objectContaining({ id, outcome: 'snoozed', snoozes: 3 })]);
    expect(r.state.current.active).toBeNull();
  });

  it('a snoozed prompt whose bout ended meanwhile expires as "snoozed" without showing again', async () => {
    const r = await seated(local('09:30'));
    await r.prompter.evaluate();
    const id = activeId(r);
    await r.prompter.snooze(id, 10);
    await r.sitUntil(local('09:33'));
    await r.tracker.report('standing');
    await r.fireAt(local('09:40'));
    expect(r.notifications.shown).toHaveLength(1);
    expect(await promptsInDb()).toEqual([expect.objectContaining({ id, outcome: 'snoozed', snoozes: 1 })]);
  });

  it('closing the window of a snoozed prompt keeps the prompt', async () => {
    const r = await seated(local('09:30'));
    await r.prompter.evaluate();
    const id = activeId(r);
    await r.prompter.openActive();
    await r.prompter.snooze(id, 5);
    await r.prompter.windowClosed(100);
    expect(r.state.current.active?.id).toBe(id);
    expect(r.state.current.active?.outcome).toBeNull();
  });

  it('away (screen locked): no prompt; after coming back the new bout counts from zero', async () => {
    const r = await seated(local('09:25'));
    await drive(r.world, r.tracker, [idle(local('09:25'), 'locked')]);
    r.world.setNow(local('09:30'));
    await r.prompter.evaluate();
    r.world.setNow(local('09:45'));
    await r.prompter.evaluate();
    expect(r.notifications.shown).toEqual([]);
    expect(r.windows.opened).toEqual([]);
    expect(r.state.current.active).toBeNull();
    expect(r.alarms.prompt).toBeUndefined();

    await drive(r.world, r.tracker, [idle(local('09:50'), 'active')]);
    await r.fireAt(local('09:51'));
    expect(r.notifications.shown).toEqual([]);
    expect(r.alarms.prompt).toBe(local('10:20'));
    await r.fireAt(local('10:20'));
    expect(r.notifications.shown).toHaveLength(1);
  });

  it('a screen locked just before the limit (not yet a break): no prompt onto the locked screen', async () => {
    const r = await seated(local('09:29'));
    await drive(r.world, r.tracker, [idle(local('09:29:30'), 'locked')]);
    r.world.setNow(local('09:30'));
    await r.prompter.evaluate();
    expect(r.notifications.shown).toEqual([]);
    expect(r.windows.opened).toEqual([]);
    expect(r.state.current.active).toBeNull();

    // Back within the break threshold: the bout never ended, so its prompt comes now.
    await drive(r.world, r.tracker, [idle(local('09:31'), 'active')]);
    expect((await figures(r.world, r.tracker)).boutStart).toBe(local('09:00'));
    await r.prompter.evaluate();
    expect(r.notifications.shown).toEqual([
      { id: String(local('09:31')), reminder: false, at: local('09:31') },
    ]);
  });

  it('paused: no prompt until the pause ends, then the prompt comes', async () => {
    const r = await seated(local('09:10'));
    await r.prompter.pause(local('10:30'));
    expect(r.state.current.pausedUntil).toBe(local('10:30'));
    expect(r.alarms.prompt).toBe(local('10:30'));

    await r.fireAt(local('09:30'));
    await r.fireAt(local('10:00'));
    await r.fireAt(local('10:29'));
    expect(r.notifications.shown).toEqual([]);
    expect(r.alarms.prompt).toBe(local('10:30'));

    await r.fireAt(local('10:30'));
    expect(r.notifications.shown).toHaveLength(1);
    expect(r.state.current.active?.boutSeconds).toBe(90 * 60);
  });

  it('a pause lifted early (null) lets the due prompt come at once', async () => {
    const r = await seated(local('09:10'));
    await r.prompter.pause(local('12:00'));
    await r.fireAt(local('09:40'));
    expect(r.notifications.shown).toEqual([]);
    await r.prompter.pause(null);
    // Due now: the prompter looks again within a minute.
    expect(r.alarms.prompt).toBe(local('09:41'));
    await r.fireAt(local('09:41'));
    expect(r.notifications.shown).toHaveLength(1);
  });

  it('the pause record ends when the pause is lifted early or replaced, so the streak sees only the time paused', async () => {
    const r = await seated(local('09:10'));
    await r.prompter.pause(local('12:00'));
    r.world.setNow(local('09:40'));
    await r.prompter.pause(null);
    r.world.setNow(local('13:00'));
    await r.prompter.pause(local('14:00'));
    r.world.setNow(local('13:20'));
    await r.prompter.pause(local('15:00'));
    const history = await openHistory();
    expect(await history?.pauses()).toEqual([
      { from: local('09:10'), until: local('09:40') },
      { from: local('13:00'), until: local('13:20') },
      { from: local('13:20'), until: local('15:00') },
    ]);
  });

  it('lifting a pause after the clock was set back ends it where it starts', async () => {
    const r = await seated(local('09:10'));
    await r.prompter.pause(local('12:00'));
    r.world.setNow(local('09:00'));
    await r.prompter.pause(null);
    const history = await openHistory();
    expect(await history?.pauses()).toEqual([{ from: local('09:10'), until: local('09:10') }]);
  });

  it('outside work hours: no prompt; the alarm is the next work start', async () => {
    const r = rig({}, local('17:00'));
    await drive(r.world, r.tracker, [start(local('17:00'))]);
    await r.fireAt(local('17:30'));
    expect(r.notifications.shown).toEqual([]);
    expect(r.alarms.prompt).toBe(local('08:30', '2026-05-20'));
  });

  it('fullscreen: deferred by 2 min, never a window over it; then the window opens by itself', async () => {
    const r = await seated(local('09:30'), { autoOpenWindow: true });
    r.windows.isFullscreen = true;
    await r.prompter.evaluate();
    expect(r.windows.opened).toEqual([]);
    expect(r.notifications.shown).toEqual([]);
    expect(r.state.current.active).toBeNull();
    expect(r.alarms.prompt).toBe(local('09:32'));

    await r.fireAt(local('09:32'));
    expect(r.windows.opened).toEqual([]);
    expect(r.alarms.prompt).toBe(local('09:34'));

    r.windows.isFullscreen = false;
    await r.fireAt(local('09:34'));
    const id = activeId(r);
    expect(r.windows.opened).toEqual([{ promptId: id, windowId: 100 }]);
    expect(r.notifications.shown).toEqual([]);
    expect(r.state.current.active?.channel).toBe('auto-window');
  });

  it('fullscreen without the auto-open option: no notification either until it ends', async () => {
    const r = await seated(local('09:30'));
    r.windows.isFullscreen = true;
    await r.prompter.evaluate();
    expect(r.notifications.shown).toEqual([]);
    r.windows.isFullscreen = false;
    await r.fireAt(local('09:32'));
    expect(r.notifications.shown).toHaveLength(1);
    expect(r.windows.opened).toEqual([]);
  });

  it('"Move now" opens a window at once, outside the bout rule', async () => {
    const r = await seated(local('09:05'));
    await r.prompter.moveNow('move-now');
    const id = activeId(r);
    expect(r.windows.opened).toEqual([{ promptId: id, windowId: 100 }]);
    expect(r.state.current.active).toMatchObject({ reason: 'asked', channel: 'move-now' });
    // An asked-for prompt does not use up the bout's prompt.
    expect(r.state.current.promptedBoutStart).toBeNull();
  });

  it('skip with "dislike" lowers that entry\'s weight; hide keeps it out', async () => {
    const r = await seated(local('09:30'));
    await r.prompter.evaluate();
    const prompt = r.state.current.active;
    if (!prompt) throw new Error('no prompt');
    await r.prompter.skip(prompt.id, 'dislike');
    expect(r.state.current.weights).toEqual({ [prompt.entryId]: 0.3 });
    expect(await promptsInDb()).toEqual([
      expect.objectContaining({ outcome: 'skipped', skipReason: 'dislike' }),
    ]);
    await r.prompter.hide(prompt.entryId);
    await r.prompter.hide('no-such-entry');
    expect(r.state.current.hidden).toEqual([prompt.entryId]);
  });

  it('a restarted worker (new services, same storage) still takes the answer', async () => {
    const r = await seated(local('09:30'));
    await r.prompter.evaluate();
    const id = activeId(r);
    await r.prompter.start(id);

    r.restart();
    await drive(r.world, r.tracker, [start(local('09:31'))]);
    r.world.setNow(local('09:33'));
    await r.prompter.answer(id, 'done');

    expect(r.state.current.active).toBeNull();
    expect(await promptsInDb()).toEqual([
      expect.objectContaining({ id, outcome: 'done', startedAt: local('09:30'), answeredAt: local('09:33') }),
    ]);
    expect((await figures(r.world, r.tracker)).posture).toBe('sitting');
  });

  it('a restarted worker still sends the reminder and the expiry of a prompt it did not offer', async () => {
    const r = await seated(local('09:30'));
    await r.prompter.evaluate();
    const id = activeId(r);
    r.restart();
    await drive(r.world, r.tracker, [start(local('09:31'))]);
    await r.fireAt(local('09:35'));
    expect(r.notifications.shown.at(-1)).toEqual({ id, reminder: true, at: local('09:35') });
    await r.fireAt(local('09:40'));
    expect(await promptsInDb()).toEqual([expect.objectContaining({ id, outcome: 'unanswered' })]);
  });
});
