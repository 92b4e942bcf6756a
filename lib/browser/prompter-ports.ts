/**
 * The browser side of the prompter: notifications (the prompts' and the tracker's "still
 * standing?"), the prompt window, its stored state.
 */
import { browser } from 'wxt/browser';
import { type Locale, pickLocale } from '../i18n';
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

/** The language notifications are written in: the setting's, else the browser's. */
async function notificationLocale(): Promise<Locale> {
  return pickLocale((await loadSettings()).language, browser.i18n.getUILanguage());
}

/**
 * Shows a notification with two buttons where the browser has them (silent: Balans makes no
 * sound of its own); false when the browser refuses it (notifications blocked).
 */
async function notify(
  id: string,
  title: string,
  message: string,
  buttons: [string, string],
): Promise<boolean> {
  try {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
      ...(HAS_BUTTONS ? { buttons: buttons.map((text) => ({ title: text })), silent: true } : {}),
    });
    return true;
  } catch (error) {
    console.warn('Balans: notification refused', error);
    return false;
  }
}

export const browserNotifications: NotificationPort = {
  async show(prompt, reminder) {
    const locale = await notificationLocale();
    // The exercise's name is left out: its texts stay out of the background's bundle.
    const body =
      prompt.reason === 'limit'
        ? notificationText(locale, 'body', Math.floor(prompt.boutSeconds / 60))
        : notificationText(locale, 'asked');
    return notify(prompt.id, notificationText(locale, reminder ? 'reminder' : 'title'), body, [
      notificationText(locale, 'start'),
      notificationText(locale, 'snooze'),
    ]);
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
    const locale = await notificationLocale();
    // Refused (notifications blocked): the popup still asks.
    await notify(
      STANDING_NOTIFICATION,
      notificationText(locale, 'standingTitle'),
      notificationText(locale, HAS_BUTTONS ? 'standingBody' : 'standingBodyNoButtons'),
      [notificationText(locale, 'standingYes'), notificationText(locale, 'standingSitting')],
    );
  },
  async clear() {
    await browser.notifications.clear(STANDING_NOTIFICATION);
  },
};
