/**
 * What to offer: alternately a posture variation and a micro-exercise, weighted to the
 * person's focus regions, never one of the last few offered, fitting the context.
 * Randomness comes in as a function, so tests are reproducible.
 */
import type { CatalogueMeta as CatalogueEntry, Region } from '../catalogue/types';

/** How many recent offers of the same sort are not offered again. */
export const REPEAT_WINDOW = 3;
export const FOCUS_WEIGHT = 3;
export const DISLIKED_WEIGHT = 0.3;

export interface SelectionInput {
  entries: readonly CatalogueEntry[];
  focusRegions: readonly Region[];
  seatedOnly: boolean;
  standingDesk: boolean;
  onCall: boolean;
  /** Entry ids offered most recently, newest last. */
  recent: readonly string[];
  lastWasPosture: boolean;
  hidden: readonly string[];
  weights: Readonly<Record<string, number>>;
  random: () => number;
}

function isPosture(entry: CatalogueEntry): boolean {
  return entry.family === 'posture';
}

function fits(entry: CatalogueEntry, input: SelectionInput): boolean {
  if (input.hidden.includes(entry.id)) return false;
  if (input.onCall) return entry.callSafe;
  if (input.seatedOnly && entry.position !== 'seated') return false;
  return true;
}

export function entryWeight(
  entry: CatalogueEntry,
  input: Pick<SelectionInput, 'focusRegions' | 'weights'>,
): number {
  const focus = entry.regions.some((region) => input.focusRegions.includes(region)) ? FOCUS_WEIGHT : 1;
  return focus * (input.weights[entry.id] ?? 1);
}

function weightedPick(entries: CatalogueEntry[], input: SelectionInput): CatalogueEntry | undefined {
  const weights = entries.map((entry) => {
    const base = entryWeight(entry, input);
    return input.standingDesk && entry.position === 'standing' ? base * 1.5 : base;
  });
  const total = weights.reduce((sum, w) => sum + w, 0);
  let roll = input.random() * total;
  for (let i = 0; i < entries.length; i++) {
    roll -= weights[i] ?? 0;
    if (roll < 0) return entries[i];
  }
  return entries[entries.length - 1];
}

/** The entry to offer next, or undefined when nothing fits at all. */
export function choosePrompt(input: SelectionInput): CatalogueEntry | undefined {
  const wantPosture = !input.lastWasPosture && !input.onCall;
  const fitting = input.entries.filter((entry) => fits(entry, input));
  const ofSort = fitting.filter((entry) => isPosture(entry) === wantPosture);
  const recent = new Set(input.recent.slice(-REPEAT_WINDOW * 2));
  const fresh = ofSort.filter((entry) => !recent.has(entry.id));
  const pool = fresh.length > 0 ? fresh : ofSort.length > 0 ? ofSort : fitting;
  return weightedPick(pool, input);
}
