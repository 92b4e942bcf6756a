import { A, arc, CHAIR, F, FLOOR, G, H, line, M, P, svg } from './draw';

const CHAIR_FRONT = F('M64 128H136M70 128V180M130 128V180');
const LEGS_FRONT = P('M88 118H112M90 118 88 176H80M110 118 112 176H120');

/** Neck and shoulder-blade pictures, keyed by catalogue id. */
export const neck: Record<string, string> = {
  'chin-retraction': svg(
    'Chin tuck',
    `${CHAIR}${FLOOR}${G(H(102, 42))}${P('M86 62 82 114M82 114H126L128 176H142M86 66 92 92 114 108')}${A(H(86, 40), P('M86 54V62'))}${M(line(120, 22, 96, 22))}`,
  ),
  'posture-reset': svg(
    'Posture reset',
    `${CHAIR}${FLOOR}${G(H(108, 58), P('M96 70Q72 90 84 114'))}${H(86, 40)}${P('M86 62 92 90 114 106M84 114H126L128 176H142')}${A(P('M86 54 84 114'))}${M(line(86, 22, 86, 4))}`,
  ),
  'shoulder-rolls': svg(
    'Shoulder rolls',
    `${CHAIR_FRONT}${LEGS_FRONT}${H(100, 30)}${P('M100 44V118M76 58 72 92 74 122M124 58 128 92 126 122')}${A(P('M76 58H124'))}${M(arc(72, 50, 14, 14, 20, 300), arc(128, 50, 14, 14, 160, -120))}`,
  ),
  'neck-side-stretch': svg(
    'Neck side stretch',
    `${CHAIR_FRONT}${LEGS_FRONT}${P('M100 58V118M80 60H120M80 60 74 94 72 126M120 60 126 92 124 122')}${G(H(100, 30))}${A(P('M100 58 108 46'), H(116, 36))}${M(arc(100, 58, 52, 52, -100, -45))}`,
  ),
};
