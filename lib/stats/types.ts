/**
 * The shapes of Balans's long-term record and of the figures derived from it (issue:
 * adherence and progress). Everything here is kept on the device.
 */
import type { Family, Region } from '../catalogue/types';
import type { DayFigures } from '../model/types';

/**
 * One settled local day as stored for years (IndexedDB `summaries`, keyed by date): the
 * engine's figures plus what the progress page needs, worked out once when the day settles.
 */
export interface DaySummary extends DayFigures {
  /** A work day by the settings in force when the day was summarised. */
  workDay: boolean;
  /** Sitting inside work hours. */
  workSittingSeconds: number;
  /** Sitting, standing or moving inside work hours. */
  workPresentSeconds: number;
  /** Breaks in sitting (bouts that ended) inside work hours. */
  workBreaks: number;
  /** The day's bout pieces (bouts of at least 60 s, split at midnight) in seconds, in time order. */
  boutSeconds: number[];
  /** Sitting seconds per local clock hour 0-23 (a repeated DST hour adds into its slot). */
  sittingByHour: number[];
}

export type TensionRegion = Region;
export type MovingFeels = 'easier' | 'same' | 'harder';

/** The weekly check-in: progress signals the material names, kept only on this device. */
export interface Checkin {
  /** The ISO week it belongs to, e.g. "2026-W21"; one check-in a week (a later one replaces it). */
  week: string;
  at: number;
  /** Tension 0-10 per region; a region left out was not answered. */
  tension: Partial<Record<TensionRegion, number>>;
  moving: MovingFeels | null;
}

/** A pause of prompts, as the person set it (IndexedDB `pauses`). */
export interface PauseRecord {
  from: number;
  until: number;
}

/** Counts of prompts by how they ended. */
export interface OutcomeCounts {
  offered: number;
  done: number;
  partly: number;
  skipped: number;
  snoozed: number;
  unanswered: number;
}

/** Figures of one day or one week for the progress page and the report. */
export interface PeriodStats {
  /** First and last local date of the period (equal for a day). */
  from: string;
  to: string;
  days: number;
  sittingSeconds: number;
  workSittingSeconds: number;
  standingSeconds: number;
  movingSeconds: number;
  untrackedSeconds: number;
  breaks: number;
  /** Breaks in sitting per hour present inside work hours; null without presence in work hours. */
  breaksPerWorkHour: number | null;
  boutsOver30: number;
  longestBoutSeconds: number;
  /** Median of the bout pieces; null without bouts. */
  medianBoutSeconds: number | null;
  /** Prompts offered by the schedule (reason 'limit'), each counted once with its final outcome. */
  prompts: OutcomeCounts;
  /** (done + partly) / prompts offered by the schedule, 0-1; null when none was offered. */
  adherence: number | null;
  /** "Move now" prompts that were done or partly done. */
  extraMoves: number;
  /** Done or partly done exercises per family and per region. */
  byFamily: Partial<Record<Family, number>>;
  byRegion: Partial<Record<Region, number>>;
}
