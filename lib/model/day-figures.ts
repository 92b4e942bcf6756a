/** Small reckonings on a day's figures shared by the tracker and the pages. */
import type { DayFigures } from './types';

/** Seconds the person was at the computer: sitting, standing or moving. */
export function presentSeconds(day: DayFigures): number {
  return day.sittingSeconds + day.standingSeconds + day.movingSeconds;
}
