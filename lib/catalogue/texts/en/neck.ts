import type { EntryText } from '../../types';

export const neck: Record<string, EntryText> = {
  'chin-retraction': {
    name: 'Chin tuck',
    summary: 'Glide your head straight back into a slight double chin, lengthening the back of your neck.',
    dosage: '10 times',
    steps: [
      'Sit tall, look straight ahead and let your shoulders relax.',
      'Slide your head straight back without tipping your chin up or down.',
      'Pause for a moment and feel the back of your neck lengthen.',
      'Let your head glide forward to a relaxed middle position and repeat until you have done 10.',
    ],
    cues: [
      'Your eyes stay level, like a drawer sliding shut.',
      'A slight double chin means you are doing it right.',
    ],
    cautions: [
      'If neck pain gets worse, or you notice arm weakness, lasting pins and needles or dizziness, stop and see your GP or physiotherapist.',
    ],
  },
  'posture-reset': {
    name: 'Posture reset',
    summary: 'A short check: sit tall, shoulder blades back and down, chin in, and then let go again.',
    dosage: '3 × 10 s hold',
    steps: [
      'Put both feet flat and slide your hips to the back of the chair.',
      'Grow tall through the crown of your head.',
      'Draw your shoulder blades back and down and tuck your chin in slightly.',
      'Hold for 10 seconds while you breathe, relax, and repeat until you have done 3.',
    ],
    cues: [
      'Tall, not stiff.',
      'Afterwards any comfortable position is fine: your next position is the best one.',
    ],
    cautions: [
      'Do not force yourself upright; if you notice arm weakness, lasting pins and needles or dizziness, see your GP or physiotherapist.',
    ],
  },
  'shoulder-rolls': {
    name: 'Shoulder rolls',
    summary:
      'Roll your shoulders backwards in big, slow circles to let go of tension in your neck and shoulders.',
    dosage: '10 times',
    steps: [
      'Sit tall with your arms hanging loosely.',
      'Lift your shoulders up towards your ears.',
      'Roll them back, bringing your shoulder blades lightly together, and then let them drop.',
      'Let them come forward to where you started; make 10 slow circles in all.',
    ],
    cues: ['Make the circles as big and slow as feels comfortable.', 'Breathe out as your shoulders drop.'],
    cautions: ['Make the circle smaller if it pinches anywhere in your shoulder.'],
  },
  'neck-side-stretch': {
    name: 'Neck side stretch',
    summary:
      'Tilt your ear towards your shoulder while the other shoulder stays low, for a gentle stretch along your neck.',
    dosage: '2 × 20 s per side',
    steps: [
      'Sit tall and hold the edge of the seat with one hand, so that shoulder stays low.',
      'Tilt your head slowly the other way, ear towards shoulder, still looking straight ahead.',
      'Stop at a mild stretch along the side of your neck and hold for 20 seconds, breathing calmly.',
      'Bring your head back up slowly and switch sides; do each side twice.',
    ],
    cues: ['Ear to shoulder, not shoulder to ear.', 'A gentle pull is enough, without bouncing.'],
    cautions: ['Stop if you feel dizzy or if pins and needles run into your arm.'],
  },
};
