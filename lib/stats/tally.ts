/**
 * What the prompts of one local day add to a period's figures (see the rules at the top of
 * `period.ts`): counted once per prompt, by the local date it was offered. Pure.
 */
import { findMeta } from '../catalogue/meta';
import type { Family, Region } from '../catalogue/types';
import { localDater } from '../model/local-dater';
import type { PromptRecord } from '../prompts/types';
import type { OutcomeCounts } from './types';

/** What the prompts of one local day add to the figures. */
export interface PromptTally {
  prompts: OutcomeCounts;
  extraMoves: number;
  byFamily: Partial<Record<Family, number>>;
  byRegion: Partial<Record<Region, number>>;
}

export function emptyOutcomeCounts(): OutcomeCounts {
  return { offered: 0, done: 0, partly: 0, skipped: 0, snoozed: 0, unanswered: 0 };
}

export function emptyTally(): PromptTally {
  return { prompts: emptyOutcomeCounts(), extraMoves: 0, byFamily: {}, byRegion: {} };
}

/** Adds one prompt to a tally; a prompt still open counts nothing yet. */
export function addPrompt(tally: PromptTally, prompt: PromptRecord): void {
  const outcome = prompt.outcome;
  if (outcome === null) return;
  const completed = outcome === 'done' || outcome === 'partly';
  if (prompt.reason === 'limit') {
    tally.prompts.offered += 1;
    tally.prompts[outcome] += 1;
  } else if (completed) {
    tally.extraMoves += 1;
  }
  if (!completed) return;
  const entry = entryOf(prompt.entryId);
  if (!entry) return;
  tally.byFamily[entry.family] = (tally.byFamily[entry.family] ?? 0) + 1;
  for (const region of entry.regions) tally.byRegion[region] = (tally.byRegion[region] ?? 0) + 1;
}

/** A catalogue entry's family and its regions, each once; looked up once per entry id. */
const entries = new Map<string, { family: Family; regions: Region[] } | null>();
function entryOf(id: string): { family: Family; regions: Region[] } | null {
  let entry = entries.get(id);
  if (entry === undefined) {
    const meta = findMeta(id);
    entry = meta ? { family: meta.family, regions: [...new Set(meta.regions)] } : null;
    entries.set(id, entry);
  }
  return entry;
}

/** Adds `part` into `total`. */
export function addTally(total: PromptTally, part: PromptTally): void {
  const counts = total.prompts;
  counts.offered += part.prompts.offered;
  counts.done += part.prompts.done;
  counts.partly += part.prompts.partly;
  counts.skipped += part.prompts.skipped;
  counts.snoozed += part.prompts.snoozed;
  counts.unanswered += part.prompts.unanswered;
  total.extraMoves += part.extraMoves;
  // for…in rather than Object.entries: a period adds hundreds of tallies, and this makes no arrays.
  for (const family in part.byFamily) {
    const key = family as Family;
    total.byFamily[key] = (total.byFamily[key] ?? 0) + (part.byFamily[key] ?? 0);
  }
  for (const region in part.byRegion) {
    const key = region as Region;
    total.byRegion[key] = (total.byRegion[key] ?? 0) + (part.byRegion[key] ?? 0);
  }
}

/** Whether a tally counts nothing (its prompts are all still open). */
export function isEmptyTally(tally: PromptTally): boolean {
  return tally.prompts.offered === 0 && tally.extraMoves === 0 && Object.keys(tally.byFamily).length === 0;
}

/**
 * The tally of each local date prompts were offered on (one per id: the last record given wins):
 * a prompt's own `date`, else the date of its `offeredAt` in `timeZone`.
 */
export function tallyPrompts(prompts: readonly PromptRecord[], timeZone: string): Map<string, PromptTally> {
  const byId = new Map<string, PromptRecord>();
  for (const prompt of prompts) byId.set(prompt.id, prompt);
  const dateOf = localDater(timeZone);
  const tallies = new Map<string, PromptTally>();
  for (const prompt of byId.values()) {
    const date = prompt.date ?? dateOf(prompt.offeredAt);
    let tally = tallies.get(date);
    if (!tally) {
      tally = emptyTally();
      tallies.set(date, tally);
    }
    addPrompt(tally, prompt);
  }
  return tallies;
}
