/** How pages reach the tracker: read the stored record directly, ask the background to act. */
import { browser } from 'wxt/browser';
import type { LanguageSetting } from '../i18n';
import type { BackgroundRequest } from '../messages';
import { isTrackerRecord, TRACKER_KEY, type TrackerRecord } from '../tracker/record';

export interface TrackerSource {
  /** The record as stored, without waking the background. */
  load(): Promise<TrackerRecord | null>;
  onChange(listener: (record: TrackerRecord | null) => void): () => void;
  send(request: BackgroundRequest): Promise<unknown>;
  language(): Promise<{ setting: LanguageSetting | undefined; ui: string }>;
}

function parse(value: unknown): TrackerRecord | null {
  return isTrackerRecord(value) ? value : null;
}

export const browserTrackerSource: TrackerSource = {
  async load() {
    return parse((await browser.storage.local.get(TRACKER_KEY))[TRACKER_KEY]);
  },
  onChange(listener) {
    const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && TRACKER_KEY in changes) listener(parse(changes[TRACKER_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(handler);
    return () => browser.storage.onChanged.removeListener(handler);
  },
  send: (request) => browser.runtime.sendMessage(request),
  async language() {
    const stored = (await browser.storage.sync.get('settings')).settings as
      | { language?: LanguageSetting }
      | undefined;
    return { setting: stored?.language, ui: browser.i18n.getUILanguage() };
  },
};
