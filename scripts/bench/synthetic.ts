/**
 * A synthetic heavy year of tracker events: every day of the year present from 07:00 to
 * midnight with a tick a minute, short idle spells every few minutes, breaks, posture
 * reports and calls. About half a million events. Seeded, so every run is the same.
 */
import type { TrackerEvent } from '../../lib/model/types';

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MINUTE = 60_000;

export function heavyYear(startUtc = Date.UTC(2025, 0, 1, 6), days = 365, seed = 42): TrackerEvent[] {
  const random = seededRandom(seed);
  const events: TrackerEvent[] = [];
  for (let day = 0; day < days; day++) {
    const dayStart = startUtc + day * 24 * 60 * MINUTE;
    events.push({ type: 'start', at: dayStart, state: 'active' });
    let at = dayStart;
    const dayEnd = dayStart + 17 * 60 * MINUTE;
    while (at < dayEnd) {
      at += MINUTE;
      events.push({ type: 'tick', at });
      const roll = random();
      if (roll < 0.55) {
        // An idle spell of 10 s to 3 minutes, then back: most are too short to be a break.
        events.push({ type: 'idle', at: at + 1000, state: 'idle' });
        at += Math.floor(10_000 + random() * 90_000);
        events.push({ type: 'idle', at, state: 'active' });
      } else if (roll < 0.565) {
        events.push({ type: 'report', at: at + 2000, posture: random() < 0.5 ? 'standing' : 'moving' });
        at += Math.floor(2 + random() * 8) * MINUTE;
        events.push({ type: 'report', at, posture: 'sitting' });
      } else if (roll < 0.57) {
        events.push({ type: 'call', at: at + 3000, on: true });
        at += 30 * MINUTE;
        events.push({ type: 'call', at, on: false });
      }
    }
    events.push({ type: 'idle', at: at + 1000, state: 'locked' });
  }
  return events;
}
