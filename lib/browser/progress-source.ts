/**
 * How the progress page reaches its data: settled days and prompt tallies (kept by month),
 * check-ins and pauses from IndexedDB, and the days the tracker still holds (today, usually)
 * from its record in `storage.local`, worked out as they stand now.
 */
import { browser } from 'wxt/browser';
import { type History, openHistory, type ProgressRecords } from '../db/history';
import type { DayFigures } from '../model/types';
import { readSettings, SETTINGS_KEY, type Settings } from '../settings';
import { liveSummaries } from '../stats/live';
import { daysOfMonths } from '../stats/months';
import type { PromptTally } from '../stats/tally';
import type { Checkin, DaySummary, PauseRecord } from '../stats/types';
import { isoWeekday } from '../stats/weeks';
import { isTrackerRecord, TRACKER_KEY, type TrackerRecord } from '../tracker/record';

/** The ISO week whose check-in the person put off ("Not now"), e.g. "2026-W21". */
export const CHECKIN_DISMISSED_KEY = 'checkin-dismissed';

/** Local dates, YYYY-MM-DD, both inclusive. */
export interface DateRange {
  from: string;
  to: string;
}

export interface ProgressData {
  /** One per date in the range that has figures: stored days, with the tracker's held days over them. */
  summaries: DaySummary[];
  /** What the prompts of each local date of the range add up to, by date (dates without prompts left out). */
  tallies: ReadonlyMap<string, PromptTally>;
  /** Every check-in (one a week, a few dozen a year). */
  checkins: Checkin[];
  pauses: PauseRecord[];
  settings: Settings;
  /** The zone the tracker splits days in. */
  timeZone: string;
  /** The browser's UI language, e.g. "nl-NL"; used when the language setting is automatic. */
  uiLanguage: string;
  /** False where IndexedDB is unavailable: only the days the tracker holds can be shown. */
  historyAvailable: boolean;
  /** The week whose check-in was put off, if any. */
  checkinDismissed: string | null;
  /** When the data was read (ms). */
  now: number;
}

export interface ProgressSource {
  load(range: DateRange): Promise<ProgressData>;
  /** Stores a check-in (a later one for the same week replaces it). */
  saveCheckin(checkin: Checkin): Promise<void>;
  /** Puts off the check-in of an ISO week. */
  dismissCheckin(week: string): Promise<void>;
}

/** Days settled without IndexedDB keep only the engine's figures: the rest reads as nothing known. */
function fallbackSummary(figures: DayFigures, settings: Settings): DaySummary {
  return {
    ...figures,
    workDay: settings.workHours.days.includes(isoWeekday(figures.date)),
    workSittingSeconds: 0,
    workPresentSeconds: 0,
    workBreaks: 0,
    boutSeconds: [],
    sittingByHour: new Array<number>(24).fill(0),
  };
}

/** Stored summaries with newer ones over them, by date, in date order. */
export function mergeSummaries(...lists: readonly (readonly DaySummary[])[]): DaySummary[] {
  const byDate = new Map<string, DaySummary>();
  for (const list of lists) for (const summary of list) byDate.set(summary.date, summary);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const NO_RECORDS: ProgressRecords = { months: [], checkins: [], pauses: [] };

/** The progress source over the browser's storage and the IndexedDB history `open` gives (once). */
export function createBrowserProgressSource(
  open: () => Promise<History | null> = openHistory,
): ProgressSource {
  let historyPromise: Promise<History | null> | undefined;
  const historyOf = () => {
    historyPromise ??= open();
    return historyPromise;
  };
  return {
    async load({ from, to }) {
      // The history is read while the browser's storage is.
      const reading = historyOf().then(
        async (history) => [history, (await history?.progressRecords(from, to)) ?? NO_RECORDS] as const,
      );
      const [local, sync, [history, { months, checkins, pauses }]] = await Promise.all([
        browser.storage.local.get([TRACKER_KEY, CHECKIN_DISMISSED_KEY]),
        browser.storage.sync.get(SETTINGS_KEY),
        reading,
      ]);
      const record = isTrackerRecord(local[TRACKER_KEY]) ? (local[TRACKER_KEY] as TrackerRecord) : null;
      // The tracker never counts ahead of the clock; where the clock was set back it has, and "now" follows it.
      const now = Math.max(Date.now(), record?.engine.lastAt ?? 0);
      const settings = readSettings(sync[SETTINGS_KEY]);
      const timeZone = record?.engine.config.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
      const inRange = (summary: DaySummary) => summary.date >= from && summary.date <= to;
      const dismissed = local[CHECKIN_DISMISSED_KEY];
      const stored = daysOfMonths(months, from, to);

      // The tracker keeps the segments of the days it still holds, so their summaries need nothing else.
      const held =
        record && record.engine.firstAt !== null ? liveSummaries(record, now, settings.workHours) : [];
      const fallback = history
        ? []
        : (record?.fallbackDays ?? []).map((day) => fallbackSummary(day, settings));
      return {
        summaries: mergeSummaries(fallback, stored.summaries, held).filter(inRange),
        tallies: stored.tallies,
        checkins,
        pauses,
        settings,
        timeZone,
        uiLanguage: browser.i18n.getUILanguage(),
        historyAvailable: history !== null,
        checkinDismissed: typeof dismissed === 'string' ? dismissed : null,
        now,
      };
    },
    async saveCheckin(checkin) {
      const history = await historyOf();
      if (!history) throw new Error('Balans: history is unavailable; a check-in cannot be kept');
      await history.putCheckin(checkin);
    },
    async dismissCheckin(week) {
      await browser.storage.local.set({ [CHECKIN_DISMISSED_KEY]: week });
    },
  };
}

export const browserProgressSource = createBrowserProgressSource();
