import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BACKUP_MAX_BYTES, parseBackup } from '@/lib/backup/backup';
import { CSV_BOM, DAY_COLUMNS, PROMPT_COLUMNS } from '@/lib/backup/csv';
import { createDataSource } from '@/lib/browser/data-source';
import { readAll, replaceAll } from '@/lib/db/restore';
import { openBalansDB } from '@/lib/db/schema';
import { PROMPTER_KEY } from '@/lib/prompts/prompter-state';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '@/lib/settings';
import { TRACKER_KEY } from '@/lib/tracker/record';
import { NOW, sampleBackup, sampleStores, ZONE } from './fixture';

const source = createDataSource({ now: () => NOW, timeZone: () => ZONE });

/** The files "downloaded": name and content, caught at the link click. */
let saved: { name: string; type: string; text: Promise<string> }[] = [];
const blobs = new Map<string, Blob>();

async function stored() {
  const db = await openBalansDB();
  try {
    return await readAll(db);
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory() as unknown as typeof globalThis.indexedDB;
  fakeBrowser.reset();
  saved = [];
  blobs.clear();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:balans/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) throw new Error(`no blob behind ${this.href}`);
    expect(this.isConnected).toBe(true);
    saved.push({ name: this.download, type: blob.type, text: blob.text() });
  });
  const db = await openBalansDB();
  await replaceAll(db, { stores: sampleStores() }, ZONE);
  db.close();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('exports', () => {
  it('saves the days CSV with a byte order mark, named by the local date', async () => {
    expect(await source.exportDaysCsv()).toBe('balans-days-2026-06-30.csv');
    expect(saved).toHaveLength(1);
    const file = saved[0];
    expect(file?.name).toBe('balans-days-2026-06-30.csv');
    expect(file?.type).toBe('text/csv;charset=utf-8');
    const text = (await file?.text) ?? '';
    expect(text.startsWith(`${CSV_BOM}${DAY_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('saves the prompts CSV', async () => {
    expect(await source.exportPromptsCsv()).toBe('balans-prompts-2026-06-30.csv');
    const text = (await saved[0]?.text) ?? '';
    expect(text.startsWith(`${CSV_BOM}${PROMPT_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text).toContain('2026-06-29T09:00:00+02:00');
  });

  it('saves a backup of every store and the settings that reads back whole', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, sittingLimitMinutes: 45 } });
    expect(await source.exportBackup()).toBe('balans-backup-2026-06-30.json');
    expect(saved[0]?.type).toBe('application/json');
    const result = parseBackup((await saved[0]?.text) ?? '', { now: NOW });
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.backup.stores).toEqual(sampleStores());
    expect(result.backup.settings.sittingLimitMinutes).toBe(45);
    expect(result.backup.exportedAt).toBe(new Date(NOW).toISOString());
  });
});

describe('reading a file', () => {
  it('refuses a file over 50 MB without reading it', async () => {
    const text = vi.fn(async () => '');
    const big = { size: BACKUP_MAX_BYTES + 1, name: 'big.json', text } as unknown as File;
    expect(await source.readFile(big)).toEqual({
      ok: false,
      problem: { code: 'too-large', bytes: BACKUP_MAX_BYTES + 1, limit: BACKUP_MAX_BYTES },
    });
    expect(text).not.toHaveBeenCalled();
  });

  it("gives a small file's text", async () => {
    const file = new File(['{"a":1}'], 'backup.json', { type: 'application/json' });
    expect(await source.readFile(file)).toEqual({ ok: true, text: '{"a":1}' });
  });
});

describe('restore', () => {
  it('replaces the history and writes the settings', async () => {
    const stores = { ...sampleStores(), prompts: [], events: [] };
    const backup = { ...sampleBackup(stores) };
    expect(await source.restore(backup)).toEqual({ settingsSaved: true });
    expect(await stored()).toEqual(stores);
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(backup.settings);
  });

  it('says so when only the settings could not be written', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('quota'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await source.restore(sampleBackup())).toEqual({ settingsSaved: false });
  });

  it('reports what the history holds now', async () => {
    const contents = await source.contents();
    expect(contents.prompts).toEqual({ count: 3, first: '2026-06-29', last: '2026-06-29' });
  });
});

describe('delete', () => {
  it('deletes the history and the tracker and prompter records, and keeps the settings', async () => {
    await fakeBrowser.storage.local.set({
      [TRACKER_KEY]: { engine: {} },
      [PROMPTER_KEY]: { active: null },
      other: 1,
    });
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, seatedOnly: true } });
    await source.deleteHistory();
    const after = await stored();
    for (const list of Object.values(after)) expect(list).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ other: 1 });
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
      seatedOnly: true,
    });
  });

  it('resets the settings as a separate choice', async () => {
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, seatedOnly: true },
      keep: 2,
    });
    await source.resetSettings();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ keep: 2 });
    expect((await stored()).prompts).toHaveLength(3);
  });
});
