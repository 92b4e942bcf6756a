/**
 * The catalogue without its texts, exercises first, grouped by family. The background
 * chooses from this, so its bundle carries no exercise texts.
 */
import { deepCoreEntries } from './entries/deep-core';
import { hipStabilityEntries } from './entries/hip-stability';
import { neckEntries } from './entries/neck';
import { postureEntries } from './entries/posture';
import { rotatorCuffEntries } from './entries/rotator-cuff';
import { upperBackEntries } from './entries/upper-back';
import type { CatalogueMeta } from './types';

export const catalogueMeta: readonly CatalogueMeta[] = Object.freeze([
  ...hipStabilityEntries,
  ...rotatorCuffEntries,
  ...deepCoreEntries,
  ...upperBackEntries,
  ...neckEntries,
  ...postureEntries,
]);

const byId = new Map(catalogueMeta.map((entry) => [entry.id, entry]));

export function findMeta(id: string): CatalogueMeta | undefined {
  return byId.get(id);
}
