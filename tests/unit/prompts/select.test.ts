/**
 * `choosePrompt` and `entryWeight` over the real catalogue, with a seeded random source so
 * every run draws the same sequence.
 */
import { describe, expect, it } from 'vitest';
import { catalogueMeta } from '@/lib/catalogue/meta';
import type { CatalogueMeta } from '@/lib/catalogue/types';
import {
  choosePrompt,
  DISLIKED_WEIGHT,
  entryWeight,
  FOCUS_WEIGHT,
  REPEAT_WINDOW,
  type SelectionInput,
} from '@/lib/prompts/select';

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

function input(overrides: Partial<SelectionInput> = {}): SelectionInput {
  return {
    entries: catalogueMeta,
    focusRegions: [],
    seatedOnly: false,
    standingDesk: false,
    onCall: false,
    recent: [],
    lastWasPosture: false,
    hidden: [],
    weights: {},
    random: mulberry32(1),
    ...overrides,
  };
}

function pick(overrides: Partial<SelectionInput> = {}): CatalogueMeta {
  const chosen = choosePrompt(input(overrides));
  if (!chosen) throw new Error('nothing chosen');
  return chosen;
}

const isPosture = (entry: CatalogueMeta) => entry.family === 'posture';
const byId = new Map(catalogueMeta.map((entry) => [entry.id, entry]));
const exercises = catalogueMeta.filter((entry) => !isPosture(entry));
const postures = catalogueMeta.filter(isPosture);

/**
 * Runs the prompter's loop without the prompter: each choice is fed back as it would be
 * (`recent` grows, newest last; the sort flips), `n` times.
 */
function sequence(n: number, overrides: Partial<SelectionInput> = {}, seed = 20260519): CatalogueMeta[] {
  const random = mulberry32(seed);
  let recent: string[] = [];
  let lastWasPosture = false;
  const chosen: CatalogueMeta[] = [];
  for (let i = 0; i < n; i++) {
    const entry = pick({ ...overrides, random, recent, lastWasPosture });
    chosen.push(entry);
    recent = [...recent, entry.id].slice(-12);
    lastWasPosture = isPosture(entry);
  }
  return chosen;
}

/** How often each id is drawn in `n` independent draws (nothing recent). */
function counts(n: number, overrides: Partial<SelectionInput>, seed = 7): Map<string, number> {
  const random = mulberry32(seed);
  const tally = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const { id } = pick({ ...overrides, random });
    tally.set(id, (tally.get(id) ?? 0) + 1);
  }
  return tally;
}

function share(tally: Map<string, number>, ids: ReadonlySet<string>): number {
  let hit = 0;
  let all = 0;
  for (const [id, n] of tally) {
    all += n;
    if (ids.has(id)) hit += n;
  }
  return hit / all;
}

describe('the catalogue the tests rely on', () => {
  it('has posture prompts and exercises, call-safe and seated ones', () => {
    expect(postures.length).toBeGreaterThanOrEqual(REPEAT_WINDOW + 1);
    expect(exercises.length).toBeGreaterThanOrEqual(REPEAT_WINDOW + 1);
    expect(exercises.some((entry) => entry.callSafe)).toBe(true);
    expect(exercises.some((entry) => !entry.callSafe)).toBe(true);
    expect(catalogueMeta.some((entry) => entry.position === 'standing')).toBe(true);
  });
});

describe('mulberry32 (the test source)', () => {
  it('is reproducible and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('entryWeight', () => {
  const kneeEntry = byId.get('mini-squat');
  const neckEntry = byId.get('chin-retraction');
  if (!kneeEntry || !neckEntry) throw new Error('catalogue changed');

  it.each<[string, CatalogueMeta, Partial<SelectionInput>, number]>([
    ['no focus, no weight', kneeEntry, {}, 1],
    ['focus on one of its regions', kneeEntry, { focusRegions: ['knee-ankle'] }, 3],
    ['focus on another region', kneeEntry, { focusRegions: ['shoulder'] }, 1],
    [
      'focus on two of its regions counts once',
      kneeEntry,
      { focusRegions: ['knee-ankle', 'low-back-pelvis'] },
      3,
    ],
    ['disliked once', kneeEntry, { weights: { 'mini-squat': 0.3 } }, 0.3],
    [
      'disliked and in focus',
      kneeEntry,
      { focusRegions: ['knee-ankle'], weights: { 'mini-squat': 0.3 } },
      0.9,
    ],
    ['another entry disliked', neckEntry, { weights: { 'mini-squat': 0.3 } }, 1],
  ])('%s → %f', (_label, entry, overrides, expected) => {
    const { focusRegions, weights } = input(overrides);
    expect(entryWeight(entry, { focusRegions, weights })).toBeCloseTo(expected, 10);
  });

  it('uses the named constants', () => {
    expect(FOCUS_WEIGHT).toBe(3);
    expect(DISLIKED_WEIGHT).toBe(0.3);
  });
});

describe('alternation', () => {
  it('after an exercise a posture prompt, after a posture prompt an exercise', () => {
    for (let seed = 1; seed <= 50; seed++) {
      expect(isPosture(pick({ lastWasPosture: false, random: mulberry32(seed) }))).toBe(true);
      expect(isPosture(pick({ lastWasPosture: true, random: mulberry32(seed) }))).toBe(false);
    }
  });

  it('a long run alternates strictly', () => {
    const run = sequence(200);
    run.forEach((entry, i) => {
      expect(isPosture(entry)).toBe(i % 2 === 0);
    });
  });
});

describe('no repeats inside the window', () => {
  it.each<[string, Partial<SelectionInput>]>([
    ['default context', {}],
    ['standing desk', { standingDesk: true }],
    ['focus on knee-ankle', { focusRegions: ['knee-ankle'] }],
  ])('%s: 300 consecutive choices never repeat a recent one of the same sort', (_label, overrides) => {
    const run = sequence(300, overrides);
    const seen: Record<'posture' | 'exercise', string[]> = { posture: [], exercise: [] };
    for (const entry of run) {
      const sort = isPosture(entry) ? 'posture' : 'exercise';
      expect(seen[sort].slice(-REPEAT_WINDOW)).not.toContain(entry.id);
      seen[sort].push(entry.id);
    }
    // And the run is not stuck on a few: most entries of each sort turn up.
    expect(new Set(seen.posture).size).toBe(postures.length);
    expect(new Set(seen.exercise).size).toBeGreaterThan(exercises.length / 2);
  });

  it('an entry among the recent ones is never chosen while fresh ones exist', () => {
    // Every posture prompt but two is recent: only those two can come.
    const allowed = new Set(postures.slice(0, 2).map((entry) => entry.id));
    const recent = postures.slice(2).map((entry) => entry.id);
    expect(recent.length).toBeLessThanOrEqual(REPEAT_WINDOW * 2);
    for (let seed = 1; seed <= 200; seed++) {
      expect(allowed.has(pick({ recent, random: mulberry32(seed) }).id)).toBe(true);
    }
  });

  it('when every fitting entry is recent, it still offers one of that sort rather than nothing', () => {
    // Seated only: change-position is the only seated posture prompt.
    const entry = pick({ seatedOnly: true, recent: ['change-position'] });
    expect(entry.id).toBe('change-position');
  });
});

describe('context filters', () => {
  it('on a call: only call-safe entries, and no posture prompt even when one is due', () => {
    for (const lastWasPosture of [false, true]) {
      const tally = counts(500, { onCall: true, lastWasPosture });
      for (const id of tally.keys()) {
        const entry = byId.get(id);
        expect(entry?.callSafe, id).toBe(true);
        expect(entry && isPosture(entry), id).toBe(false);
      }
      const callSafeExercises = exercises.filter((entry) => entry.callSafe);
      expect(tally.size).toBe(callSafeExercises.length);
    }
  });

  it('seated only: only seated entries, both sorts', () => {
    for (const lastWasPosture of [false, true]) {
      const tally = counts(500, { seatedOnly: true, lastWasPosture });
      for (const id of tally.keys()) expect(byId.get(id)?.position, id).toBe('seated');
    }
  });

  it('seated only on a call: call-safe and seated', () => {
    const tally = counts(300, { seatedOnly: true, onCall: true });
    for (const id of tally.keys()) {
      expect(byId.get(id)?.callSafe).toBe(true);
      expect(byId.get(id)?.position).toBe('seated');
    }
  });

  it('hidden entries are never offered, in any context or sort', () => {
    const hidden = ['chin-retraction', 'belly-breathing', 'stand-up', 'water-break', 'mini-squat'];
    for (const overrides of [
      {},
      { onCall: true },
      { seatedOnly: true },
      { focusRegions: ['knee-ankle' as const] },
    ]) {
      for (const lastWasPosture of [false, true]) {
        const tally = counts(400, { ...overrides, hidden, lastWasPosture });
        for (const id of hidden) expect(tally.has(id), id).toBe(false);
      }
    }
    const run = sequence(200, { hidden });
    for (const entry of run) expect(hidden).not.toContain(entry.id);
  });

  it('hiding every posture prompt falls back to an exercise', () => {
    const hidden = postures.map((entry) => entry.id);
    expect(isPosture(pick({ hidden, lastWasPosture: false }))).toBe(false);
  });

  it('nothing fits: undefined', () => {
    const hidden = catalogueMeta.map((entry) => entry.id);
    expect(choosePrompt(input({ hidden }))).toBeUndefined();
    expect(choosePrompt(input({ entries: [] }))).toBeUndefined();
  });
});

describe('weighting over 1,000 draws', () => {
  const DRAWS = 1000;
  const knee = new Set(exercises.filter((entry) => entry.regions.includes('knee-ankle')).map((e) => e.id));

  it('focus on knee-ankle makes knee-ankle exercises clearly more frequent', () => {
    // 5 of the 22 exercises touch knee-ankle. Without focus their share is 5/22 ≈ 0.227;
    // with focus (weight 3) it is 15/(15+17) ≈ 0.469, about 2.06 times as much.
    expect(knee.size).toBe(5);
    expect(exercises.length).toBe(22);
    const plain = share(counts(DRAWS, { lastWasPosture: true }), knee);
    const focused = share(counts(DRAWS, { lastWasPosture: true, focusRegions: ['knee-ankle'] }), knee);
    expect(plain).toBeGreaterThan(5 / 22 - 0.05);
    expect(plain).toBeLessThan(5 / 22 + 0.05);
    expect(focused).toBeGreaterThan(15 / 32 - 0.05);
    expect(focused).toBeLessThan(15 / 32 + 0.05);
    const ratio = focused / plain;
    expect(ratio).toBeGreaterThan((15 / 32 / (5 / 22)) * 0.8);
    expect(ratio).toBeLessThan((15 / 32 / (5 / 22)) * 1.2);
  });

  it('focus works across seeds, not by one lucky sequence', () => {
    for (const seed of [11, 12, 13, 14, 15]) {
      const plain = share(counts(DRAWS, { lastWasPosture: true }, seed), knee);
      const focused = share(
        counts(DRAWS, { lastWasPosture: true, focusRegions: ['knee-ankle'] }, seed),
        knee,
      );
      expect(focused / plain).toBeGreaterThan(1.6);
    }
  });

  it('focus still shows through the no-repeat window in a real run of choices', () => {
    const plain = sequence(DRAWS).filter((entry) => !isPosture(entry));
    const focused = sequence(DRAWS, { focusRegions: ['knee-ankle'] }).filter((entry) => !isPosture(entry));
    const shareOf = (run: CatalogueMeta[]) => run.filter((entry) => knee.has(entry.id)).length / run.length;
    expect(shareOf(focused) / shareOf(plain)).toBeGreaterThan(1.4);
  });

  it('"don\'t like" lowers the share of the disliked entries', () => {
    // Dislike all 5 knee-ankle exercises once: 5 × 0.3 = 1.5 of 18.5, a share of about 0.081.
    const weights = Object.fromEntries([...knee].map((id) => [id, DISLIKED_WEIGHT]));
    const plain = share(counts(DRAWS, { lastWasPosture: true }), knee);
    const disliked = share(counts(DRAWS, { lastWasPosture: true, weights }), knee);
    expect(disliked).toBeGreaterThan(1.5 / 18.5 - 0.03);
    expect(disliked).toBeLessThan(1.5 / 18.5 + 0.03);
    expect(disliked / plain).toBeLessThan(0.5);
  });

  it('one disliked entry is drawn less often than before', () => {
    // 1/22 ≈ 45 in 1,000 before; 0.3/21.3 ≈ 14 after.
    const plain = counts(DRAWS, { lastWasPosture: true }).get('mini-squat') ?? 0;
    const disliked =
      counts(DRAWS, { lastWasPosture: true, weights: { 'mini-squat': 0.3 } }).get('mini-squat') ?? 0;
    expect(plain).toBeGreaterThan(25);
    expect(disliked).toBeLessThan(plain / 2);
  });

  it('a standing desk favours standing entries', () => {
    const standing = new Set(exercises.filter((entry) => entry.position === 'standing').map((e) => e.id));
    const plain = share(counts(DRAWS, { lastWasPosture: true }), standing);
    const desk = share(counts(DRAWS, { lastWasPosture: true, standingDesk: true }), standing);
    expect(desk).toBeGreaterThan(plain);
  });
});
