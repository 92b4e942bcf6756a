/** Words for the body regions and the "moving feels" answers, shared by the check-in form and trends. */
import { REGIONS, type Region } from '@/lib/catalogue/types';
import type { MessageKey } from '@/lib/i18n';
import type { MovingFeels } from '@/lib/stats/types';

export { REGIONS };

/** Lower-case region names, to go inside a sentence ("Tension in the {region}"). */
export const REGION_KEYS = {
  'neck-shoulders': 'progressRegionNeckShoulders',
  'low-back-pelvis': 'progressRegionLowBackPelvis',
  'knee-ankle': 'progressRegionKneeAnkle',
  shoulder: 'progressRegionShoulder',
} as const satisfies Record<Region, MessageKey>;

/** Region names as headings (capitalised), shared with the options page. */
export const REGION_TITLE_KEYS = {
  'neck-shoulders': 'optionsRegionNeckShoulders',
  'low-back-pelvis': 'optionsRegionLowBackPelvis',
  'knee-ankle': 'optionsRegionKneeAnkle',
  shoulder: 'optionsRegionShoulder',
} as const satisfies Record<Region, MessageKey>;

export const MOVING: readonly MovingFeels[] = ['easier', 'same', 'harder'];

export const MOVING_KEYS = {
  easier: 'progressMovingEasier',
  same: 'progressMovingSame',
  harder: 'progressMovingHarder',
} as const satisfies Record<MovingFeels, MessageKey>;
