/** The person's settings (synced through `storage.sync`; history never is). */
import type { Region } from './catalogue/types';
import type { LanguageSetting } from './i18n';

export interface WorkHours {
  /** ISO weekdays that are work days: 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Local start and end, "HH:MM". */
  start: string;
  end: string;
}

export interface Settings {
  language: LanguageSetting;
  /** Prompt when the running bout reaches this many minutes (20-60). */
  sittingLimitMinutes: number;
  workHours: WorkHours;
  /** Regions the person wants to focus on; exercises for them are offered more often. */
  focusRegions: Region[];
  /** Offer only exercises that can be done seated. */
  seatedOnly: boolean;
  /** A sit-stand desk: standing work is offered and an exercise ends in standing. */
  standingDesk: boolean;
  /** Open the prompt window by itself at the limit (never over a fullscreen window). */
  autoOpenWindow: boolean;
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  sittingLimitMinutes: 30,
  workHours: { days: [1, 2, 3, 4, 5], start: '08:30', end: '17:30' },
  focusRegions: [],
  seatedOnly: false,
  standingDesk: false,
  autoOpenWindow: false,
};

export const SITTING_LIMIT_RANGE = { min: 20, max: 60 } as const;

/** Stored settings merged over the defaults; anything malformed falls back to its default. */
export function readSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_SETTINGS;
  const s = stored as Partial<Settings>;
  const limit = Number(s.sittingLimitMinutes);
  const time = (value: unknown, fallback: string) =>
    typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? value : fallback;
  const days = Array.isArray(s.workHours?.days)
    ? s.workHours.days.filter((d) => Number.isInteger(d) && d >= 1 && d <= 7)
    : DEFAULT_SETTINGS.workHours.days;
  return {
    language: s.language === 'en' || s.language === 'nl' ? s.language : 'auto',
    sittingLimitMinutes:
      Number.isFinite(limit) && limit >= SITTING_LIMIT_RANGE.min && limit <= SITTING_LIMIT_RANGE.max
        ? Math.round(limit)
        : DEFAULT_SETTINGS.sittingLimitMinutes,
    workHours: {
      days,
      start: time(s.workHours?.start, DEFAULT_SETTINGS.workHours.start),
      end: time(s.workHours?.end, DEFAULT_SETTINGS.workHours.end),
    },
    focusRegions: Array.isArray(s.focusRegions) ? s.focusRegions.filter((r) => typeof r === 'string') : [],
    seatedOnly: s.seatedOnly === true,
    standingDesk: s.standingDesk === true,
    autoOpenWindow: s.autoOpenWindow === true,
  };
}
