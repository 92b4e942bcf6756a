import { A, arc, CHAIR, FLOOR, H, line, M, P, STOOL, svg } from './draw';

/** Deep-core pictures, keyed by catalogue id. */
export const deepCore: Record<string, string> = {
  'drawing-in-out-breath': svg(
    'Draw in on the out-breath',
    `${CHAIR}${FLOOR}${H(88, 40)}${P('M86 54 82 114M82 114H126L128 176H142M86 62 90 90 114 108')}${A(P('M92 78Q86 94 92 108'))}${M(line(116, 92, 100, 92), 'M106 40q5-4 10 0t10 0M106 50q5-4 10 0t10 0')}`,
  ),
  'belly-breathing': svg(
    'Belly breathing',
    `${CHAIR}${FLOOR}${H(84, 40)}${P('M82 54 80 114M80 114H124L126 176H140M82 62 84 90 114 106')}${A(P('M86 78Q112 92 88 110'))}${M(line(108, 94, 128, 94), line(126, 34, 104, 40))}`,
  ),
  'seated-marching': svg(
    'Seated marching',
    `${CHAIR}${FLOOR}${H(88, 40)}${P('M86 54 82 114M82 114H126L128 176H142M86 62 92 90 114 106')}${A(P('M82 114 122 100 126 156H140'))}${M(line(152, 176, 152, 150))}`,
  ),
  'seated-pelvic-tilt': svg(
    'Seated pelvic tilt',
    `${STOOL}${FLOOR}${H(92, 38)}${P('M90 52 88 94M88 114H130L132 176H146M90 60 96 88 120 106')}${A(P('M88 94Q82 104 88 114'), '<ellipse cx="86" cy="110" rx="14" ry="7" transform="rotate(-25 86 110)"/>')}${M(arc(86, 110, 30, 30, 140, 230, true))}`,
  ),
};
