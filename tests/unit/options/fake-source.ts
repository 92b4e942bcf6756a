import type { NotificationPermission, OptionsSnapshot, OptionsSource } from '@/lib/browser/options-source';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

/** An options source that keeps every save, for the component tests. */
export function fakeSource(
  overrides: {
    settings?: Partial<Settings>;
    uiLanguage?: string;
    notifications?: NotificationPermission;
  } = {},
) {
  const initial: OptionsSnapshot = {
    settings: { ...DEFAULT_SETTINGS, ...overrides.settings },
    uiLanguage: overrides.uiLanguage ?? 'en-US',
    notifications: overrides.notifications ?? 'granted',
  };
  const saved: Settings[] = [];
  const source: OptionsSource = {
    load: async () => initial,
    save: async (settings) => {
      saved.push(structuredClone(settings));
    },
  };
  return { source, initial, saved, last: () => saved.at(-1) };
}
