import { REGIONS, type Region } from '@/lib/catalogue/types';
import type { MessageKey, Translator } from '@/lib/i18n';
import { Hint } from './Hint';

export interface FocusRegionsFieldProps {
  value: Region[];
  tr: Translator;
  onChange(region: Region, on: boolean): void;
}

const REGION_KEYS = {
  'neck-shoulders': 'optionsRegionNeckShoulders',
  'low-back-pelvis': 'optionsRegionLowBackPelvis',
  'knee-ankle': 'optionsRegionKneeAnkle',
  shoulder: 'optionsRegionShoulder',
} as const satisfies Record<Region, MessageKey>;

export function FocusRegionsField({ value, tr, onChange }: FocusRegionsFieldProps) {
  const { t } = tr;
  return (
    <div class="field">
      <fieldset class="group" aria-describedby="regions-hint">
        <legend class="group__legend">{t('optionsRegionsLegend')}</legend>
        <div class="checks">
          {REGIONS.map((region) => (
            <label class="check-row" key={region}>
              <input
                type="checkbox"
                class="check"
                checked={value.includes(region)}
                data-region={region}
                onChange={(event) => onChange(region, event.currentTarget.checked)}
              />
              <span>{t(REGION_KEYS[region])}</span>
            </label>
          ))}
        </div>
        <Hint
          id="regions-hint"
          defaultText={t('optionsDefault', { value: t('optionsRegionsDefault') })}
          reason={t('optionsRegionsReason')}
        />
      </fieldset>
    </div>
  );
}
