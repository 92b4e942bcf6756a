import { deepCore } from './deep-core';
import { hipStability } from './hip-stability';
import { neck } from './neck';
import { posture } from './posture';
import { rotatorCuff } from './rotator-cuff';
import { upperBack } from './upper-back';

/** SVG markup of every catalogue illustration, keyed by illustration id (equal to the entry id). */
export const illustrations: Record<string, string> = {
  ...hipStability,
  ...rotatorCuff,
  ...deepCore,
  ...upperBack,
  ...neck,
  ...posture,
};
