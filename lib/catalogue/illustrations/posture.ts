import { A, arrow, CHAIR, DESK, F, FLOOR, G, H, line, M, P, svg } from './draw';

/** Posture-variation pictures, keyed by catalogue id. */
export const posture: Record<string, string> = {
  'stand-up': svg(
    'Stand up and stretch',
    `${F('M30 70 34 124H82M38 124V178M78 124V178')}${FLOOR}${H(132, 40)}${P('M132 54V112M118 62H146M122 112H142M122 112V178H114M142 112V178H150')}${A(P('M118 62 106 36 100 14M146 62 158 36 164 14'))}${M(arrow(70, 108, 76, 66, 96, 60))}`,
  ),
  'water-break': svg(
    'Walk to get water',
    `${FLOOR}${H(96, 30)}${P('M96 44 94 104M94 104 110 140 122 176H134M94 104 84 140 68 170 76 178M96 54 86 78 78 96M96 54 108 78 124 78')}${A(P('M124 60 128 84H140L144 60'))}${M('M40 70H60M32 90H56M40 110H58')}`,
  ),
  'change-position': svg(
    'Change your sitting position',
    `${CHAIR}${FLOOR}${G(H(96, 42), P('M94 56 84 114'))}${P('M80 114H124L126 176H140M72 68 86 92 110 106')}${A(H(70, 48), P('M72 62 80 114'))}${M(arrow(66, 24, 84, 12, 100, 22, true))}`,
  ),
  'stand-for-call': svg(
    'Stand for your next call',
    `${DESK}${F('M150 98 164 72')}${FLOOR}${H(96, 32)}${P('M96 46 96 106M96 106 97 142 96 176H108M96 56 114 68 108 42')}${A(P('M104 30 110 48'))}${M('M120 24q8 10 0 20M128 16q14 18 0 36')}`,
  ),
  'take-the-stairs': svg(
    'Take the stairs',
    `${F('M14 182H54V152H94V122H134V92H174V62')}${H(100, 18)}${P('M100 32 96 84M96 84 92 118 78 148H90M98 42 86 62 84 80M98 42 112 58 120 72')}${A(P('M96 84 120 96 118 118H130'))}${M(line(138, 78, 166, 54))}`,
  ),
  'sit-stand-desk': svg(
    'Sit-stand desk: stand 8, move 2',
    `${F('M118 90H186M170 90V182M146 90V82M136 82H160V56H136Z')}${FLOOR}${H(90, 32)}${P('M90 46 90 106M90 106 91 142 90 176H102M90 56 104 78 124 88')}${M(line(190, 148, 190, 112, true))}${A(P('M170 150V120'))}`,
  ),
  'walk-to-colleague': svg(
    'Walk over to a colleague',
    `${FLOOR}${G(H(164, 36), P('M164 50V110M164 110V178M164 60 156 86 158 108'))}${H(72, 36)}${P('M72 50 70 108M70 108 84 144 94 176H106M70 108 62 144 48 172 56 180M72 60 60 82 54 100M72 60 84 84 96 94')}${A(P('M108 18H140V40H122L114 48V40H108Z'))}${M('M24 80H40M18 100H36')}`,
  ),
};
