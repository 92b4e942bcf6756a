/** The morning most tracker tests drive, and its figures worked out by hand. */
import { day, idle, local, report, type Step, start, ticks } from './harness';

/**
 * 09:00 start; 09:10:30 idle (spell backdated to 09:09:30); 09:14:30 active (5 min: away);
 * 09:20:45 idle (spell from 09:19:45) and 09:21 active (75 s: stays sitting); 09:30 locked;
 * 09:45 active; 09:50 standing; 09:55 sitting; ticks every minute while present; 10:00.
 */
export const MORNING: Step[] = [
  start(local('09:00')),
  ...ticks(local('09:00'), local('09:10')),
  idle(local('09:10:30'), 'idle'),
  idle(local('09:14:30'), 'active'),
  ...ticks(local('09:14:30'), local('09:19:30')),
  idle(local('09:20:45'), 'idle'),
  idle(local('09:21'), 'active'),
  ...ticks(local('09:21'), local('09:29')),
  idle(local('09:30'), 'locked'),
  idle(local('09:45'), 'active'),
  ...ticks(local('09:45'), local('09:49')),
  report(local('09:50'), 'standing'),
  ...ticks(local('09:50'), local('09:54')),
  report(local('09:55'), 'sitting'),
  ...ticks(local('09:55'), local('10:00')),
];

/**
 * Sitting 570 (09:00-09:09:30) + 930 (09:14:30-09:30, the short spell inside) + 300
 * (09:45-09:50) + 300 (09:55-10:00) = 2100 s; away 300 + 900 = 1200 s; standing 300 s.
 * Three bouts ended by away, away and standing time; the last one runs on.
 */
export const MORNING_AT_TEN = day('2026-05-19', {
  sittingSeconds: 2100,
  standingSeconds: 300,
  awaySeconds: 1200,
  breaks: 3,
  longestBoutSeconds: 930,
});
