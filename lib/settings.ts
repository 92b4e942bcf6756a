/** The person's settings (synced through `storage.sync`; history never is). */
import type { LanguageSetting } from './i18n';

export interface Settings {
  language: LanguageSetting;
  /** Prompt when the running bout reaches this many minutes (20-60). */
  sittingLimitMinutes: number;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  sittingLimitMinutes: 30,
};
