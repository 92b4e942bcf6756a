import { useEffect } from 'preact/hooks';
import { CheckField } from '@/components/options/CheckField';
import { FocusRegionsField } from '@/components/options/FocusRegionsField';
import { KnownLimits } from '@/components/options/KnownLimits';
import { LanguageField } from '@/components/options/LanguageField';
import { NotificationStatus } from '@/components/options/NotificationStatus';
import { SaveStatus } from '@/components/options/SaveStatus';
import { Section } from '@/components/options/Section';
import { SittingLimitField } from '@/components/options/SittingLimitField';
import { useOptions } from '@/components/options/use-options';
import { WorkHoursField } from '@/components/options/WorkHoursField';
import type { OptionsSnapshot, OptionsSource } from '@/lib/browser/options-source';
import { REGIONS } from '@/lib/catalogue/types';
import { clampLimit, toggled, WEEKDAYS } from '@/lib/settings-edit';

export interface AppProps {
  source: OptionsSource;
  initial: OptionsSnapshot;
}

/** The options page: every setting with its default and reason, saved as soon as it changes. */
export function App({ source, initial }: AppProps) {
  const { settings, tr, save, update } = useOptions(source, initial);
  const { t } = tr;
  const off = t('optionsDefault', { value: t('optionsOff') });

  useEffect(() => {
    document.documentElement.lang = tr.locale;
    document.title = t('optionsTitle');
  }, [tr, t]);

  return (
    <div class="options">
      <header class="options__header">
        <div class="options__header-inner">
          <h1 class="options__title">{t('optionsTitle')}</h1>
          <SaveStatus state={save} tr={tr} />
        </div>
      </header>

      <main class="options__main">
        <Section id="language" title={t('optionsLanguageHeading')}>
          <LanguageField
            value={settings.language}
            tr={tr}
            onChange={(language) => update((s) => ({ ...s, language }))}
          />
        </Section>

        <Section id="prompts" title={t('optionsPromptsHeading')}>
          <SittingLimitField
            value={settings.sittingLimitMinutes}
            tr={tr}
            onCommit={(raw) =>
              update((s) => ({ ...s, sittingLimitMinutes: clampLimit(raw, s.sittingLimitMinutes) }))
            }
          />
          <WorkHoursField
            value={settings.workHours}
            tr={tr}
            onDayChange={(day, on) =>
              update((s) => ({
                ...s,
                workHours: { ...s.workHours, days: toggled(s.workHours.days, day, on, WEEKDAYS) },
              }))
            }
            onTimesChange={(start, end) =>
              update((s) => ({ ...s, workHours: { ...s.workHours, start, end } }))
            }
          />
          <CheckField
            id="auto-open"
            label={t('optionsAutoOpenLabel')}
            checked={settings.autoOpenWindow}
            defaultText={off}
            reason={t('optionsAutoOpenReason')}
            onChange={(autoOpenWindow) => update((s) => ({ ...s, autoOpenWindow }))}
          />
        </Section>

        <Section id="exercises" title={t('optionsExercisesHeading')}>
          <FocusRegionsField
            value={settings.focusRegions}
            tr={tr}
            onChange={(region, on) =>
              update((s) => ({ ...s, focusRegions: toggled(s.focusRegions, region, on, REGIONS) }))
            }
          />
          <CheckField
            id="seated-only"
            label={t('optionsSeatedLabel')}
            checked={settings.seatedOnly}
            defaultText={off}
            reason={t('optionsSeatedReason')}
            onChange={(seatedOnly) => update((s) => ({ ...s, seatedOnly }))}
          />
          <CheckField
            id="standing-desk"
            label={t('optionsStandingLabel')}
            checked={settings.standingDesk}
            defaultText={off}
            reason={t('optionsStandingReason')}
            onChange={(standingDesk) => update((s) => ({ ...s, standingDesk }))}
          />
        </Section>

        <Section id="notifications" title={t('optionsNotificationsHeading')}>
          <NotificationStatus permission={initial.notifications} tr={tr} />
        </Section>

        <Section id="limits" title={t('optionsLimitsHeading')}>
          <KnownLimits tr={tr} />
        </Section>
      </main>

      <footer class="options__footer">
        <p class="options__privacy">{t('optionsPrivacy')}</p>
        <p class="options__disclaimer">{t('optionsDisclaimer')}</p>
      </footer>
    </div>
  );
}
