import { A, arc, F, FLOOR, G, H, line, M, P, svg } from './draw';

/** Seat and legs of a chair seen from the front. */
const CHAIR_FRONT = F('M64 128H136M70 128V180M130 128V180');
/** Seated body seen from the front, without arms: head, trunk, shoulders, pelvis, legs. */
const SEATED_FRONT = `${H(100, 30)}${P('M100 44V118M80 58H120M88 118H112M90 118 88 176H80M110 118 112 176H120')}`;

/** Rotator-cuff pictures, keyed by catalogue id. */
export const rotatorCuff: Record<string, string> = {
  'isometric-external-rotation': svg(
    'Door-frame outward press',
    `${F('M152 8V184M168 8V184')}${FLOOR}${H(100, 32)}${P('M100 46V106M80 58H120M80 58 76 82 76 106M90 106H110M90 106V176H82M110 106V176H118M120 58 122 88')}${A(P('M122 88 146 92'))}${M(line(126, 108, 146, 108))}`,
  ),
  'shoulder-blade-setting': svg(
    'Shoulder-blade setting',
    `${CHAIR_FRONT}${H(100, 30)}${P('M100 44V120M74 58H126M74 58 70 92 72 122M126 58 130 92 128 122M86 120H114M90 124 88 178M110 124 112 178')}${A(P('M90 66 84 92 92 94M110 66 116 92 108 94'))}${M(line(64, 30, 78, 46), line(136, 30, 122, 46))}`,
  ),
  'seated-external-rotation': svg(
    'Seated outward rotation',
    `${CHAIR_FRONT}${SEATED_FRONT}${P('M80 58 78 92M120 58 122 92')}${G(P('M78 92 88 106M122 92 112 106'))}${A(P('M78 92 50 98M122 92 150 98'))}${M(arc(78, 92, 24, 24, 80, 150), arc(122, 92, 24, 24, 100, 30))}`,
  ),
};
