/** How the options page reads and writes settings, and what it can learn about notifications. */
import { browser } from 'wxt/browser';
import { readSettings, SETTINGS_KEY, type Settings } from '../settings';

/** Whether the browser will show Balans's notifications. */
export type NotificationPermission = 'granted' | 'denied' | 'unsupported';

export interface OptionsSnapshot {
  settings: Settings;
  /** The browser's UI language, e.g. "nl-NL"; used when the language setting is automatic. */
  uiLanguage: string;
  notifications: NotificationPermission;
}

export interface OptionsSource {
  load(): Promise<OptionsSnapshot>;
  /** Writes the whole settings object (already validated by the caller). */
  save(settings: Settings): Promise<void>;
}

type NotificationsApi = { getPermissionLevel?: () => Promise<string> } | undefined;

async function notificationPermission(): Promise<NotificationPermission> {
  const api = (browser as { notifications?: NotificationsApi }).notifications;
  if (!api) return 'unsupported';
  // Firefox has no getPermissionLevel and shows an extension's notifications unless the whole
  // system blocks them: https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/notifications
  if (typeof api.getPermissionLevel !== 'function') return 'granted';
  try {
    return (await api.getPermissionLevel()) === 'denied' ? 'denied' : 'granted';
  } catch {
    return 'granted';
  }
}

export const browserOptionsSource: OptionsSource = {
  async load() {
    const [stored, notifications] = await Promise.all([
      browser.storage.sync.get(SETTINGS_KEY),
      notificationPermission(),
    ]);
    return {
      settings: readSettings(stored[SETTINGS_KEY]),
      uiLanguage: browser.i18n.getUILanguage(),
      notifications,
    };
  },
  async save(settings) {
    await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
  },
};
