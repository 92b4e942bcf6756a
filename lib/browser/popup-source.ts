/** How the popup reaches its data: stored state read directly, actions sent to the background. */
import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../messages';
import { PROMPTER_KEY, type PrompterState, readPrompterState } from '../prompts/prompter-state';
import { readSettings, SETTINGS_KEY, type Settings } from '../settings';
import { isTrackerRecord, TRACKER_KEY, type TrackerRecord } from '../tracker/record';

export interface PopupData {
  record: TrackerRecord | null;
  prompter: PrompterState | null;
  settings: Settings;
  uiLanguage: string;
}

export type PopupChange = Partial<Pick<PopupData, 'record' | 'prompter'>>;

export interface TrackerSource {
  /** Everything the popup shows, read from storage without waking the background. */
  load(): Promise<PopupData>;
  onChange(listener: (change: PopupChange) => void): () => void;
  send(request: BackgroundRequest): Promise<unknown>;
  openOptions(): void;
  /** Opens the progress page in a tab. */
  openProgress(): void;
  uiLanguage(): string;
}

function parseRecord(value: unknown): TrackerRecord | null {
  return isTrackerRecord(value) ? value : null;
}

function parsePrompter(value: unknown): PrompterState | null {
  return value === undefined ? null : readPrompterState(value);
}

export const browserTrackerSource: TrackerSource = {
  async load() {
    const [local, sync] = await Promise.all([
      browser.storage.local.get([TRACKER_KEY, PROMPTER_KEY]),
      browser.storage.sync.get(SETTINGS_KEY),
    ]);
    return {
      record: parseRecord(local[TRACKER_KEY]),
      prompter: parsePrompter(local[PROMPTER_KEY]),
      settings: readSettings(sync[SETTINGS_KEY]),
      uiLanguage: browserTrackerSource.uiLanguage(),
    };
  },
  onChange(listener) {
    const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      const change: PopupChange = {};
      if (TRACKER_KEY in changes) change.record = parseRecord(changes[TRACKER_KEY]?.newValue);
      if (PROMPTER_KEY in changes) change.prompter = parsePrompter(changes[PROMPTER_KEY]?.newValue);
      if (Object.keys(change).length > 0) listener(change);
    };
    browser.storage.onChanged.addListener(handler);
    return () => browser.storage.onChanged.removeListener(handler);
  },
  send: (request) => browser.runtime.sendMessage(request),
  openOptions: () => void browser.runtime.openOptionsPage(),
  openProgress: () => void browser.tabs.create({ url: browser.runtime.getURL('/progress.html') }),
  uiLanguage: () => browser.i18n.getUILanguage(),
};
