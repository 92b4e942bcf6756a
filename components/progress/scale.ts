/** Small helpers for the SVG charts: nice axis steps. Pure. */

/** A round step (1, 2 or 5 times a power of ten) that splits `max` into at most `ticks` parts. */
export function niceStep(max: number, ticks = 5): number {
  if (!(max > 0)) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return step;
}

/** Axis ticks from 0 up to the first multiple of the step at or above `max`. */
export function ticksFor(max: number, ticks = 5): number[] {
  const step = niceStep(max, ticks);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const out: number[] = [];
  for (let v = 0; v <= top + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

/** A coordinate for an SVG path, kept short: 1/100 of a unit is finer than any screen shows. */
export function coord(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Every how many weeks a week axis is labelled, so the labels never run into each other. */
export function weekLabelEvery(weeks: number): number {
  return weeks > 78 ? 13 : weeks > 26 ? 4 : weeks > 13 ? 2 : 1;
}
