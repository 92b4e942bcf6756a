import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { activePrompt, browserPromptSource } from '@/lib/browser/prompt-source';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '@/lib/settings';
import { promptRecord } from './fake-source';

describe('browser prompt source', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('nl-NL');
  });

  it('loads the active prompt with that id, the settings and the UI language', async () => {
    const prompt = promptRecord();
    await fakeBrowser.storage.local.set({ prompter: { active: prompt, hidden: [] } });
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { language: 'en' } });

    expect(await browserPromptSource.load(prompt.id)).toEqual({
      prompt,
      settings: { ...DEFAULT_SETTINGS, language: 'en' },
      language: 'nl-NL',
    });
  });

  it('gives no prompt when nothing is stored yet', async () => {
    expect(await browserPromptSource.load('1')).toEqual({
      prompt: null,
      settings: DEFAULT_SETTINGS,
      language: 'nl-NL',
    });
  });

  it.each([
    ['another prompt is active', { active: promptRecord({ id: '2' }) }],
    ['no prompt is active', { active: null }],
    ['the state is not an object', 'broken'],
    ['the record is malformed', { active: { id: '1' } }],
  ])('gives no prompt when %s', (_, stored) => {
    expect(activePrompt(stored, '1')).toBeNull();
  });

  it('sends requests to the background', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
      return Promise.resolve({ ok: true });
    });
    await browserPromptSource.send({ type: 'prompt-start', id: '1' });
    expect(received).toEqual([{ type: 'prompt-start', id: '1' }]);
  });
});
