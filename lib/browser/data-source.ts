/**
 * The person's data leaving and coming back: CSV and JSON exports, restoring a backup and
 * deleting everything. Files are saved through a Blob URL and an <a download> click, so no
 * `downloads` permission is needed (an object URL is no network request). Nothing is sent to
 * the background: after a delete it starts a fresh record on its next event.
 */
import { browser } from 'wxt/browser';
import {
  BACKUP_MAX_BYTES,
  type Backup,
  type BackupProblem,
  type Contents,
  makeBackup,
} from '../backup/backup';
import { daysCsv, mergeDays, promptsCsv, withBom } from '../backup/csv';
import { contentsOfDb, deleteAll, readAll, replaceAll } from '../db/restore';
import { openBalansDB } from '../db/schema';
import { localDate } from '../model/local-days';
import { PROMPTER_KEY } from '../prompts/prompter-state';
import { readSettings, SETTINGS_KEY } from '../settings';
import { liveSummaries } from '../stats/live';
import { isTrackerRecord, TRACKER_KEY } from '../tracker/record';

export type FileReading = { ok: true; text: string } | { ok: false; problem: BackupProblem };

export interface DataSource {
  now(): number;
  timeZone(): string;
  /** Each export saves a file and resolves with its name. */
  exportDaysCsv(): Promise<string>;
  exportPromptsCsv(): Promise<string>;
  exportBackup(): Promise<string>;
  /** A chosen file's text; a file over 50 MB is refused before it is read. */
  readFile(file: File): Promise<FileReading>;
  /** What the history holds now, for the restore preview. */
  contents(): Promise<Contents>;
  /**
   * Replaces the whole history (all or nothing; rejects when nothing changed), then the
   * settings; `settingsSaved` is false when only the settings could not be written.
   */
  restore(backup: Backup): Promise<{ settingsSaved: boolean }>;
  /** Deletes the whole history: IndexedDB and the tracker's and prompter's records. */
  deleteHistory(): Promise<void>;
  /** Puts every setting back to its default (a separate choice from deleting history). */
  resetSettings(): Promise<void>;
}

/** Saves text as a file through an object URL; the URL is let go once the download has begun. */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Every store, with the days the tracker still holds (today, usually) as they stand now, so
 * an export or backup includes today.
 */
async function readAllWithToday(now: number): Promise<Awaited<ReturnType<typeof readAll>>> {
  const [stores, local, sync] = await Promise.all([
    withDb(readAll),
    browser.storage.local.get(TRACKER_KEY),
    browser.storage.sync.get(SETTINGS_KEY),
  ]);
  const record = local[TRACKER_KEY];
  if (!isTrackerRecord(record) || record.engine.firstAt === null) return stores;
  const live = liveSummaries(
    record,
    Math.max(now, record.engine.lastAt),
    readSettings(sync[SETTINGS_KEY]).workHours,
  );
  const liveDates = new Set(live.map((day) => day.date));
  return { ...stores, summaries: [...stores.summaries.filter((day) => !liveDates.has(day.date)), ...live] };
}

async function withDb<T>(job: (db: Awaited<ReturnType<typeof openBalansDB>>) => Promise<T>): Promise<T> {
  const db = await openBalansDB();
  try {
    return await job(db);
  } finally {
    db.close();
  }
}

export function createDataSource(
  clock: { now(): number; timeZone(): string } = {
    now: () => Date.now(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  },
): DataSource {
  const stamp = () => localDate(clock.now(), clock.timeZone());
  return {
    now: () => clock.now(),
    timeZone: () => clock.timeZone(),
    async exportDaysCsv() {
      const stores = await readAllWithToday(clock.now());
      const name = `balans-days-${stamp()}.csv`;
      saveFile(name, withBom(daysCsv(mergeDays(stores.days, stores.summaries))), 'text/csv;charset=utf-8');
      return name;
    },
    async exportPromptsCsv() {
      const stores = await withDb(readAll);
      const name = `balans-prompts-${stamp()}.csv`;
      saveFile(name, withBom(promptsCsv(stores.prompts, clock.timeZone())), 'text/csv;charset=utf-8');
      return name;
    },
    async exportBackup() {
      const [stores, stored] = await Promise.all([
        readAllWithToday(clock.now()),
        browser.storage.sync.get(SETTINGS_KEY),
      ]);
      const backup = makeBackup({
        exportedAt: clock.now(),
        settings: readSettings(stored[SETTINGS_KEY]),
        stores,
      });
      const name = `balans-backup-${stamp()}.json`;
      saveFile(name, JSON.stringify(backup), 'application/json');
      return name;
    },
    async readFile(file) {
      if (file.size > BACKUP_MAX_BYTES)
        return { ok: false, problem: { code: 'too-large', bytes: file.size, limit: BACKUP_MAX_BYTES } };
      return { ok: true, text: await file.text() };
    },
    contents: () => withDb((db) => contentsOfDb(db, clock.timeZone())),
    async restore(backup) {
      await withDb((db) => replaceAll(db, backup, clock.timeZone()));
      try {
        await browser.storage.sync.set({ [SETTINGS_KEY]: backup.settings });
        return { settingsSaved: true };
      } catch (error) {
        console.warn('Balans: the restored settings could not be saved', error);
        return { settingsSaved: false };
      }
    },
    async deleteHistory() {
      // Both parts run even when one fails; the first failure is reported.
      const results = await Promise.allSettled([
        withDb(deleteAll),
        browser.storage.local.remove([TRACKER_KEY, PROMPTER_KEY]),
      ]);
      for (const result of results) if (result.status === 'rejected') throw result.reason;
    },
    async resetSettings() {
      await browser.storage.sync.remove(SETTINGS_KEY);
    },
  };
}

export const browserDataSource: DataSource = createDataSource();
