import { A, arc, arrow, CHAIR, DESK, F, FLOOR, G, H, line, M, P, STOOL, svg } from './draw';

/** Hip-stability pictures, keyed by catalogue id. */
export const hipStability: Record<string, string> = {
  'supported-single-leg-stance': svg(
    'Supported single-leg stance',
    `${DESK}${FLOOR}${H(96, 32)}${P('M96 46 98 106M97 56 114 78 138 96M98 106 100 142 99 176H112')}${A(P('M98 106 106 142 80 154'))}${M(line(72, 178, 72, 160))}`,
  ),
  'standing-hip-abduction': svg(
    'Standing side leg lift',
    `${F('M14 98H62M22 98V182')}${FLOOR}${H(104, 32)}${P('M104 46V106M84 58H124M84 58 70 80 58 96M124 58 128 82 128 104M94 106H114M94 106V176H86')}${G(P('M114 106V176H122'))}${A(P('M114 106 140 170H148'))}${M(arc(114, 106, 52, 52, 58, 34))}`,
  ),
  'sit-to-stand': svg(
    'Sit to stand',
    `${CHAIR}${FLOOR}${H(126, 58)}${P('M92 116 118 72M116 78 140 86 162 86')}${A(P('M92 116 128 138 118 176H132'))}${M(arrow(76, 112, 72, 80, 98, 62))}`,
  ),
  'seated-glute-squeeze': svg(
    'Seated glute squeeze',
    `${STOOL}${FLOOR}${H(92, 38)}${P('M90 52 88 112M88 112H130L132 176H146M90 60 96 88 120 108')}${A(P('M88 96Q66 100 74 120'))}${M('M62 88 54 80M58 108H46M62 128 54 136')}`,
  ),
  'calf-raise-hip-control': svg(
    'Heel raises with steady hips',
    `${DESK}${FLOOR}${H(98, 22)}${P('M98 36 98 96M98 46 114 70 138 96M98 96 99 132')}${G(P('M99 168 100 178H114'))}${A(P('M99 132 98 166 110 180'))}${M(line(82, 180, 82, 152))}`,
  ),
  'mini-squat': svg(
    'Mini squat at the desk',
    `${DESK}${FLOOR}${H(106, 56)}${P('M80 122 100 72M100 76 120 88 140 96')}${A(P('M80 122 116 142 100 176H114'))}${M(line(60, 96, 60, 140, true))}`,
  ),
};
