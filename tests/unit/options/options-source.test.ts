import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browserOptionsSource } from '@/lib/browser/options-source';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '@/lib/settings';

type Notifications = { getPermissionLevel?: () => Promise<string> };
const notifications = fakeBrowser.notifications as unknown as Notifications;

describe('browser options source', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    delete notifications.getPermissionLevel;
  });

  it('loads stored settings through readSettings, with the UI language', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { language: 'nl', sittingLimitMinutes: 99 } });
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('nl-BE');

    const snapshot = await browserOptionsSource.load();
    expect(snapshot.settings).toEqual({ ...DEFAULT_SETTINGS, language: 'nl' });
    expect(snapshot.uiLanguage).toBe('nl-BE');
  });

  it('saves settings to storage.sync', async () => {
    await browserOptionsSource.save({ ...DEFAULT_SETTINGS, sittingLimitMinutes: 40 });
    const stored = await fakeBrowser.storage.sync.get(SETTINGS_KEY);
    expect(stored[SETTINGS_KEY]).toEqual({ ...DEFAULT_SETTINGS, sittingLimitMinutes: 40 });
  });

  it('treats a browser without getPermissionLevel (Firefox) as granted', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    expect((await browserOptionsSource.load()).notifications).toBe('granted');
  });

  it("passes on Chrome's denied permission level", async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    notifications.getPermissionLevel = async () => 'denied';
    expect((await browserOptionsSource.load()).notifications).toBe('denied');
  });
});
