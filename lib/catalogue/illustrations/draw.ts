/**
 * Tiny drawing kit for the catalogue's line figures. Every picture uses the same 200x200 canvas,
 * the same stroke width and round caps. The figure is drawn in `currentColor` (so it follows the
 * text colour, dark mode included), props are thin and faded, and the moving part plus its motion
 * arrow use one accent colour from the `--accent` CSS variable. No text, fonts, images or links.
 */

export const ACCENT = 'var(--accent,#0f766e)';

/** Escapes text for use inside an SVG/HTML element. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Wraps a drawing in the shared `<svg>` element with a `<title>` (the fallback label). */
export function svg(title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" role="img" fill="none" stroke="currentColor" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"><title>${escapeXml(title)}</title>${body}</svg>`;
}

/** Stroked path in the current group's colour. */
export const P = (d: string): string => `<path d="${d}"/>`;

/** The round head. */
export const H = (x: number, y: number): string => `<circle cx="${x}" cy="${y}" r="12"/>`;

/** The moving part, in the accent colour. */
export const A = (...parts: string[]): string => `<g stroke="${ACCENT}">${parts.join('')}</g>`;

/** A faint earlier/other position of a body part. */
export const G = (...parts: string[]): string => `<g opacity=".3">${parts.join('')}</g>`;

/** Furniture and surroundings: thin and faded. */
export const F = (d: string): string => `<path stroke-width="4" opacity=".5" d="${d}"/>`;

const r1 = (v: number): number => Math.round(v * 10) / 10;

function head(tip: readonly [number, number], dx: number, dy: number): string {
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const s = 10;
  const c = Math.cos(0.6);
  const n = Math.sin(0.6);
  const [x, y] = tip;
  const ax = x - s * (ux * c - uy * n);
  const ay = y - s * (uy * c + ux * n);
  const bx = x - s * (ux * c + uy * n);
  const by = y - s * (uy * c - ux * n);
  return `M${r1(ax)} ${r1(ay)} ${x} ${y} ${r1(bx)} ${r1(by)}`;
}

/**
 * Path data of a motion arrow from (x1,y1) bending towards control point (cx,cy) and ending with an
 * arrowhead at (x2,y2). With `both`, the start gets a head too.
 */
export function arrow(x1: number, y1: number, cx: number, cy: number, x2: number, y2: number, both = false) {
  const curve = cx === x1 && cy === y1 ? `M${x1} ${y1} ${x2} ${y2}` : `M${x1} ${y1}Q${cx} ${cy} ${x2} ${y2}`;
  const straight = cx === x1 && cy === y1;
  const start = both ? head([x1, y1], x1 - (straight ? x2 : cx), y1 - (straight ? y2 : cy)) : '';
  return `${curve}${head([x2, y2], x2 - cx, y2 - cy)}${start}`;
}

/** Straight motion arrow. */
export const line = (x1: number, y1: number, x2: number, y2: number, both = false): string =>
  arrow(x1, y1, x1, y1, x2, y2, both);

/**
 * Path data of an elliptical arc arrow around (cx,cy) from angle a0 to a1 (degrees, clockwise from
 * the positive x axis as SVG draws it), with the head at a1.
 */
export function arc(cx: number, cy: number, rx: number, ry: number, a0: number, a1: number, both = false) {
  const pt = (a: number): [number, number] => {
    const t = (a * Math.PI) / 180;
    return [r1(cx + rx * Math.cos(t)), r1(cy + ry * Math.sin(t))];
  };
  const [x0, y0] = pt(a0);
  const [x1, y1] = pt(a1);
  const sweep = a1 > a0 ? 1 : 0;
  const large = Math.abs(a1 - a0) > 180 ? 1 : 0;
  const tangent = (a: number, sign: number): [number, number] => {
    const t = (a * Math.PI) / 180;
    return [-rx * Math.sin(t) * sign, ry * Math.cos(t) * sign];
  };
  const dir = sweep ? 1 : -1;
  const [tx, ty] = tangent(a1, dir);
  const [sx, sy] = tangent(a0, -dir);
  const start = both ? head([x0, y0], sx, sy) : '';
  return `M${x0} ${y0}A${rx} ${ry} 0 ${large} ${sweep} ${x1} ${y1}${head([x1, y1], tx, ty)}${start}`;
}

/** One accent-coloured, thinner path holding motion arrows (path data from `arrow`, `line`, `arc`). */
export const M = (...ds: string[]): string =>
  `<path stroke="${ACCENT}" stroke-width="4.5" d="${ds.join('')}"/>`;

// Shared furniture (profile view, person facing right).
/** Office chair seen from the side, back rest on the left; seat top at y=124. */
export const CHAIR = F('M58 70 62 124H110M66 124V178M106 124V178');
/** Floor line. */
export const FLOOR = F('M24 182H176');
/** Desk edge on the right. */
export const DESK = F('M136 98H192M184 98V182');
/** Stool (no back rest) seen from the side; seat top at y=124. */
export const STOOL = F('M64 124H112M68 124V178M108 124V178');
