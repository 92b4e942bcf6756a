import { vi } from 'vitest';
import type { PromptPageData, PromptSource } from '@/lib/browser/prompt-source';
import type { BackgroundRequest } from '@/lib/messages';
import type { PromptRecord } from '@/lib/prompts/types';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

export function promptRecord(overrides: Partial<PromptRecord> = {}): PromptRecord {
  return {
    id: '1700000000000',
    offeredAt: 1_700_000_000_000,
    entryId: 'seated-twist',
    reason: 'limit',
    boutSeconds: 1860,
    channel: 'notification',
    outcome: null,
    snoozes: 0,
    reminded: false,
    ...overrides,
  };
}

export function pageData(
  prompt: PromptRecord | null,
  settings: Partial<Settings> = {},
  language = 'en-GB',
): PromptPageData {
  return { prompt, settings: { ...DEFAULT_SETTINGS, ...settings }, language };
}

/** A prompt source that records what the page asks for; `fail` makes every request reject. */
export function fakeSource(data: PromptPageData, { fail = false } = {}) {
  const sent: BackgroundRequest[] = [];
  const source = {
    sent,
    load: vi.fn(async () => data),
    send: vi.fn(async (request: BackgroundRequest) => {
      sent.push(request);
      if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true };
    }),
    close: vi.fn(),
  } satisfies PromptSource & { sent: BackgroundRequest[] };
  return source;
}
