/** Every catalogue text in Dutch, by entry id (one file per family, so a page can load just one). */
import type { EntryText } from '../types';
import { deepCore } from './nl/deep-core';
import { hipStability } from './nl/hip-stability';
import { neck } from './nl/neck';
import { posture } from './nl/posture';
import { rotatorCuff } from './nl/rotator-cuff';
import { upperBack } from './nl/upper-back';

export const nlTexts: Record<string, EntryText> = {
  ...hipStability,
  ...rotatorCuff,
  ...deepCore,
  ...upperBack,
  ...neck,
  ...posture,
};
