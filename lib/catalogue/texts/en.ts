/** Every catalogue text in English, by entry id (one file per family, so a page can load just one). */
import type { EntryText } from '../types';
import { deepCore } from './en/deep-core';
import { hipStability } from './en/hip-stability';
import { neck } from './en/neck';
import { posture } from './en/posture';
import { rotatorCuff } from './en/rotator-cuff';
import { upperBack } from './en/upper-back';

export const enTexts: Record<string, EntryText> = {
  ...hipStability,
  ...rotatorCuff,
  ...deepCore,
  ...upperBack,
  ...neck,
  ...posture,
};
