/**
 * The browser side of the prompter: notifications (the prompts' and the tracker's "still
 * standing?"), the prompt window, its stored state.
 */
import { browser } from 'wxt/browser';
import { pickLocale } from '../i18n';
import { notificationText } from '../i18n/notification-texts';
import { PROMPTER_KEY, type PrompterState, readPrompterState } from '../prompts/prompter-state';
import type { NotificationPort, WindowPort } from '../prompts/service';
import { readSettings, SETTINGS_KEY, type Settings } from '../settings';
import type { StandingQuestionPort } from '../tracker/ports';

export async function loadSettings(): Promise<Settings> {
  return readSettings((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

export const prompterStore = {
  async load(): Promise<PrompterState | null> {
    const stored = (await browser.storage.local.get(PROMPTER_KEY))[PROMPTER_KEY];
    return stored === undefined ? null : readPrompterState(stored);
  },
  async save(state: PrompterState): Promise<void> {
    await browser.storage.local.set({ [PROMPTER_KEY]: state });
  },
};

/** Firefox notifications have no buttons: a click on the notification opens the prompt. */
const HAS_BUTTONS = !import.meta.env.FIREFOX;

export const browserNotifications: NotificationPort = {
  async show(prompt, reminder) {
    const settings = await loadSettings();
    const locale = pickLocale(settings.language, browser.i18n.getUILanguage());
    // The exercise's name is left out: its texts stay out of the background's bundle.
    const body =
      prompt.reason === 'limit'
        ? notificationText(locale, 'body', Math.floor(prompt.boutSeconds / 60))
        : notificationText(locale, 'asked');
    try {
      await browser.notifications.create(prompt.id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: notificationText(locale, reminder ? 'reminder' : 'title'),
        message: body,
        ...(HAS_BUTTONS
          ? {
              buttons: [
                { title: notificationText(locale, 'start') },
                { title: notificationText(locale, 'snooze') },
              ],
              silent: true,
            }
          : {}),
      });
      return true;
    } catch (error) {
      console.warn('Balans: notification refused', error);
      return false;
    }
  },
  async clear(promptId) {
    await browser.notifications.clear(promptId);
  },
};

export const browserWindows: WindowPort = {
  async fullscreen() {
    try {
      const focused = await browser.windows.getLastFocused();
      return focused.state === 'fullscreen';
    } catch {
      return false;
    }
  },
  async open(promptId) {
    const created = await browser.windows.create({
      url: browser.runtime.getURL(`/prompt.html?id=${encodeURIComponent(promptId)}`),
      type: 'popup',
      width: 440,
      height: 680,
      focused: true,
    });
    return created?.id ?? null;
  },
  async close(windowId) {
    await browser.windows.remove(windowId);
  },
};

/** The "still standing?" notification's id: its clicks go to the tracker, not the prompter. */
export const STANDING_NOTIFICATION = 'balans-standing';

export const browserStandingQuestion: StandingQuestionPort = {
  async show() {
    const settings = await loadSettings();
    const locale = pickLocale(settings.language, browser.i18n.getUILanguage());
    try {
      await browser.notifications.create(STANDING_NOTIFICATION, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: notificationText(locale, 'standingTitle'),
        message: notificationText(locale, HAS_BUTTONS ? 'standingBody' : 'standingBodyNoButtons'),
        ...(HAS_BUTTONS
          ? {
              buttons: [
                { title: notificationText(locale, 'standingYes') },
                { title: notificationText(locale, 'standingSitting') },
              ],
              silent: true,
            }
          : {}),
      });
    } catch (error) {
      // Notifications blocked: the popup still asks.
      console.warn('Balans: notification refused', error);
    }
  },
  async clear() {
    await browser.notifications.clear(STANDING_NOTIFICATION);
  },
};
