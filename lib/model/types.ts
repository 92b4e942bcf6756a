/** What the idle API (or a `start`) says about the person's input. */
export type IdleState = 'active' | 'idle' | 'locked';

/** What a present person is doing, changed only by their own report. */
export type Posture = 'sitting' | 'standing' | 'moving';

/**
 * One input to the sitting model. `at` is UTC epoch milliseconds. The engine never
 * receives an `at` earlier than the one before (the adapter clamps a clock set back).
 */
export type TrackerEvent =
  | { type: 'start'; at: number; state: IdleState }
  | { type: 'idle'; at: number; state: IdleState }
  | { type: 'tick'; at: number }
  | { type: 'call'; at: number; on: boolean }
  | { type: 'report'; at: number; posture: Posture }
  | { type: 'end'; at: number };

/** Settings of the sitting model (PRODUCT.md section 4). */
export interface ModelConfig {
  /** Seconds without input before the idle API says `idle`; an idle spell is backdated by this much. */
  idleSeconds: number;
  /** A spell without evidence of presence this long or longer is away time and a break. */
  breakMinutes: number;
  /** Period of the heartbeat `tick` while present; gaps longer than twice this are sleep or a closed browser. */
  heartbeatSeconds: number;
  /** IANA zone whose local days the figures are split into. */
  timeZone: string;
}

export const DEFAULT_MODEL_CONFIG: Omit<ModelConfig, 'timeZone'> = {
  idleSeconds: 60,
  breakMinutes: 2,
  heartbeatSeconds: 60,
};

/** Figures of one local day, in the order the replay prints them. */
export interface DayFigures {
  /** Local date, YYYY-MM-DD. */
  date: string;
  sittingSeconds: number;
  standingSeconds: number;
  movingSeconds: number;
  awaySeconds: number;
  untrackedSeconds: number;
  /** Bouts that ended (not cut off by `end`) on this day. */
  breaks: number;
  longestBoutSeconds: number;
  /** Per-day bout pieces of 1800 s or more. */
  boutsOver30: number;
}
