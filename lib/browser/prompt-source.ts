/** How the prompt page reaches the prompter: read the active prompt directly, ask the background to act. */
import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../messages';
import { PROMPTER_KEY } from '../prompts/prompter-state';
import type { PromptRecord } from '../prompts/types';
import { readSettings, SETTINGS_KEY, type Settings } from '../settings';

export interface PromptPageData {
  /** The prompt with the id asked for while it is the active one; null when it is gone or another one. */
  prompt: PromptRecord | null;
  settings: Settings;
  /** The browser's UI language, e.g. "nl-NL". */
  language: string;
}

export interface PromptSource {
  load(id: string): Promise<PromptPageData>;
  send(request: BackgroundRequest): Promise<unknown>;
  /** Closes the prompt window. */
  close(): void;
}

function isPromptRecord(value: unknown): value is PromptRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<PromptRecord>;
  return (
    typeof record.id === 'string' &&
    typeof record.entryId === 'string' &&
    typeof record.snoozes === 'number' &&
    (record.outcome === null || typeof record.outcome === 'string')
  );
}

/** The active prompt in the stored prompter state, if it is the one with `id`. */
export function activePrompt(stored: unknown, id: string): PromptRecord | null {
  const active =
    typeof stored === 'object' && stored !== null ? (stored as { active?: unknown }).active : null;
  return isPromptRecord(active) && active.id === id ? active : null;
}

export const browserPromptSource: PromptSource = {
  async load(id) {
    const [local, sync] = await Promise.all([
      browser.storage.local.get(PROMPTER_KEY),
      browser.storage.sync.get(SETTINGS_KEY),
    ]);
    return {
      prompt: activePrompt(local[PROMPTER_KEY], id),
      settings: readSettings(sync[SETTINGS_KEY]),
      language: browser.i18n.getUILanguage(),
    };
  },
  send: (request) => browser.runtime.sendMessage(request),
  close: () => window.close(),
};
