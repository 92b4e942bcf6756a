import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Category, Segment } from '@/lib/model/engine';
import { decodeTimeline, encodeTimeline } from '@/lib/stats/timeline';

const DAY = Date.UTC(2026, 4, 19);
const END = DAY + 86_400_000;
const CATEGORIES: Category[] = ['sitting', 'standing', 'moving', 'away', 'untracked'];

describe('the compact day timeline', () => {
  it('encodes a hand-worked morning and clips what lies outside the day', () => {
    const segments: Segment[] = [
      { category: 'away', start: DAY - 3_600_000, end: DAY + 8 * 3_600_000 },
      { category: 'sitting', start: DAY + 8 * 3_600_000, end: DAY + 9 * 3_600_000 },
      { category: 'standing', start: DAY + 9 * 3_600_000, end: DAY + 9 * 3_600_000 + 600_000 },
    ];
    const timeline = encodeTimeline('2026-05-19', DAY, END, segments);
    // 8 h = 28800 s = "m80" in base 36; 9 h = 32400 s = "p00"; 33000 s = 25·1296 + 16·36 + 24 = "pgo"
    expect(timeline.segments).toBe('a0,sm80,tp00.pgo');
    expect(decodeTimeline(timeline)).toEqual([{ ...segments[0], start: DAY }, segments[1], segments[2]]);
  });

  it('round-trips any contiguous run of whole-second segments inside the day', () => {
    const run = fc.array(
      fc.record({ length: fc.integer({ min: 1, max: 4000 }), category: fc.constantFrom(...CATEGORIES) }),
      {
        maxLength: 40,
      },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), run, (first, pieces) => {
        let at = DAY + first * 1000;
        const segments = pieces.map(({ length, category }) => {
          const segment = { category, start: at, end: at + length * 1000 };
          at = segment.end;
          return segment;
        });
        const inside = segments.filter((s) => s.end <= END);
        expect(decodeTimeline(encodeTimeline('2026-05-19', DAY, END, inside))).toEqual(inside);
      }),
    );
  });
});
