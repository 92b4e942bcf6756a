import { A, arc, arrow, CHAIR, F, FLOOR, G, H, line, M, P, svg } from './draw';

const CHAIR_FRONT = F('M64 128H136M70 128V180M130 128V180');
const LEGS_FRONT = P('M88 118H112M90 118 88 176H80M110 118 112 176H120');

/** Upper-back mobility pictures, keyed by catalogue id. */
export const upperBack: Record<string, string> = {
  'seated-twist': svg(
    'Seated twist',
    `${CHAIR_FRONT}${LEGS_FRONT}${H(104, 30)}${P('M100 44V118')}${A(P('M86 58H118M86 58 116 82M118 58 90 82'))}${M(arc(100, 70, 38, 14, 160, 20))}`,
  ),
  'chest-opener': svg(
    'Chest opener',
    `${CHAIR}${FLOOR}${H(104, 44)}${P('M96 116Q92 88 102 58M96 116 134 122 134 176H148')}${A(P('M100 64 88 92 74 108'))}${M(arrow(82, 118, 66, 122, 60, 104), line(116, 80, 120, 64))}`,
  ),
  'thoracic-side-bend': svg(
    'Seated side bend',
    `${CHAIR_FRONT}${LEGS_FRONT}${H(124, 40)}${P('M100 118Q100 86 118 58M97 58 135 70 140 96 134 122')}${A(P('M97 58 103 28 132 10'))}${M(arrow(70, 62, 66, 16, 104, 4))}`,
  ),
  'seated-cat-cow': svg(
    'Seated cat and cow',
    `${CHAIR}${FLOOR}${G(H(88, 36), P('M86 50Q96 80 82 114'))}${H(112, 74)}${P('M82 114H126L128 176H142M98 64 112 90 124 110')}${A(P('M82 114Q66 74 100 62'))}${M(arrow(104, 30, 130, 34, 130, 56, true))}`,
  ),
  'wall-slides': svg(
    'Wall slides',
    `${F('M44 8H156V184')}${FLOOR}${H(100, 40)}${P('M100 54V112M80 66H120M90 112H110M90 112V176H82M110 112V176H118')}${G(P('M80 66 62 64 60 40M120 66 138 64 140 40'))}${A(P('M80 66 66 36 60 12M120 66 134 36 140 12'))}${M(line(50, 60, 50, 28), line(150, 60, 150, 28))}`,
  ),
};
