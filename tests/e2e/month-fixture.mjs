// A month of desk work, replayed through the test hook after a reset (its first step is the
// tracker's first event), whose figures are worked out by hand below (UTC, so local days are
// UTC days). Four weeks, starting on the Monday five weeks before this week's Monday.
//
// Every work day (Mon-Fri):
//   09:00 active ─ sit, heartbeat each minute; 09:30 a prompt (bout reaches 30 min), 09:31 Done
//   09:55 locked ─ away
//   10:10 active ─ sit; 10:35 report standing; 10:50 report sitting
//   11:00 locked ─ away until the next work day's 09:00 (across the weekend too)
//
// Per work day: sitting 55 + 25 + 10 min = 5400 s; standing 900 s; bouts 3300, 1500, 600 s;
// breaks 3 (each bout ends in away or standing time); longest 3300 s; no bout of 30 min or
// more but the first (3300 s) → boutsOver30 1; one prompt, done → adherence 100 %.
// Away: 00:00-09:00 (32400) + 09:55-10:10 (900) + 11:00-24:00 (46800) = 80100 s.
// The very first Monday starts at its first event, 09:00: away 900 + 46800 = 47700 s.
// Weekend days: away 86400 s.
// Four weeks: sitting 20 × 5400 = 108000 s (30 h 0 min), standing 18000 s (5 h 0 min),
// breaks 60, prompts 20 done, adherence 100 %, streak 20 work days.
// One week: sitting 27000 s (7 h 30 min), breaks 15, longest 3300 s (55 min), median bout 1500 s
// (25 min), breaks per hour present in work hours 3 / 1.75 h ≈ 1.7.

const MINUTE = 60_000;
const DAY = 86_400_000;

export function mondayFiveWeeksBack(now) {
  const midnight = Math.floor(now / DAY) * DAY;
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return midnight - (sinceMonday + 35) * DAY;
}

function ticks(from, to) {
  const steps = [];
  for (let at = from + MINUTE; at <= to; at += MINUTE) steps.push({ at, kind: 'tick' });
  return steps;
}

export function workDay(day) {
  const t = (h, m) => day + (h * 60 + m) * MINUTE;
  return [
    { at: t(9, 0), kind: 'idle', state: 'active' },
    ...ticks(t(9, 0), t(9, 31)),
    { at: t(9, 31) + 1000, kind: 'answer', outcome: 'done' },
    ...ticks(t(9, 31), t(9, 55)),
    { at: t(9, 55), kind: 'idle', state: 'locked' },
    { at: t(10, 10), kind: 'idle', state: 'active' },
    ...ticks(t(10, 10), t(10, 35)),
    { at: t(10, 35), kind: 'report', posture: 'standing' },
    ...ticks(t(10, 35), t(10, 50)),
    { at: t(10, 50), kind: 'report', posture: 'sitting' },
    ...ticks(t(10, 50), t(11, 0)),
    { at: t(11, 0), kind: 'idle', state: 'locked' },
  ];
}

/** The four weeks' steps, and the dates they cover. */
export function month(now) {
  const monday = mondayFiveWeeksBack(now);
  const steps = [];
  for (let d = 0; d < 28; d++) {
    const day = monday + d * DAY;
    if (new Date(day).getUTCDay() >= 1 && new Date(day).getUTCDay() <= 5) steps.push(...workDay(day));
  }
  // Five minutes into the last lock the idle API says so again: the tracker's clock is then past
  // the two minutes that make the lock a break, so the last work day shows its third break.
  steps.push({ at: monday + 25 * DAY + (11 * 60 + 5) * MINUTE, kind: 'idle', state: 'locked' });
  const date = (ms) => new Date(ms).toISOString().slice(0, 10);
  return { steps, from: date(monday), lastWorkDay: date(monday + 25 * DAY), to: date(monday + 27 * DAY) };
}
