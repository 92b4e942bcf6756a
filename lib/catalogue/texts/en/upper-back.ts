import type { EntryText } from '../../types';

export const upperBack: Record<string, EntryText> = {
  'seated-twist': {
    name: 'Seated twist',
    summary: 'Turn your upper body to each side with your arms crossed, while your hips keep facing forward.',
    dosage: '5 per side, 5 s hold',
    steps: [
      'Sit tall with both feet flat and cross your arms over your chest.',
      'Keep your knees and hips pointing forward.',
      'Breathe out and turn your chest slowly to one side, as far as is comfortable; hold for 5 seconds.',
      'Come back to the middle and turn the other way; do 5 to each side.',
    ],
    cues: ['Grow tall first, then turn.', 'Turn from the middle of your back, not from your neck.'],
    cautions: [
      'If you have osteoporosis or have ever broken a vertebra, ask your physiotherapist for a version that suits you.',
    ],
  },
  'chest-opener': {
    name: 'Chest opener',
    summary:
      'Sit forward, draw your shoulders back and down and lift your chest, giving the front of your shoulders room.',
    dosage: '5 × 10 s hold',
    steps: [
      'Shift to the front of your seat with your feet flat on the floor.',
      'Let your arms hang beside you with your palms turned forward.',
      'Draw your shoulders back and down and lift your breastbone slightly towards the ceiling.',
      'Hold for 10 seconds while breathing calmly, relax, and repeat until you have done 5.',
    ],
    cues: [
      'Chest up, shoulders away from your ears.',
      'Keep your chin level instead of tipping your head back.',
    ],
    cautions: ['Stop if you feel pins and needles running into an arm or a leg.'],
  },
  'thoracic-side-bend': {
    name: 'Seated side bend',
    summary: 'Reach one arm over your head and bend gently sideways to lengthen the side of your trunk.',
    dosage: '5 per side',
    steps: [
      'Sit tall with both sitting bones firmly on the chair.',
      'Raise one arm up alongside your ear and rest the other hand on the seat.',
      'Breathe out and bend your upper body slowly to the opposite side, reaching up and over.',
      'Come back up as you breathe in; do 5 to each side.',
    ],
    cues: ['Reach up first, then over.', 'Both sitting bones stay on the seat.'],
    cautions: [
      'Bend only as far as a gentle stretch, never into a pinching feeling in your back or shoulder.',
    ],
  },
  'seated-cat-cow': {
    name: 'Seated cat and cow',
    summary: 'Round your back and then lengthen it again in a slow wave, with your hands on your knees.',
    dosage: '8 times',
    steps: [
      'Sit on the front of your chair with your hands on your knees.',
      'Breathing out, round your back, drop your chin and let your shoulders come forward.',
      'Breathing in, lift your chest, draw your shoulder blades together and look straight ahead.',
      'Flow slowly between the two positions, 8 times.',
    ],
    cues: ['Move one vertebra at a time.', 'Let your breathing set the pace.'],
    cautions: [
      'Keep the movement smooth and within a comfortable range; with osteoporosis, ask your physiotherapist first.',
    ],
  },
  'wall-slides': {
    name: 'Wall slides',
    summary:
      'With your back against a wall, slide your arms up and down to move your upper back and shoulder blades.',
    dosage: '8 times',
    steps: [
      'Stand with your heels a small step from the wall and your back and head resting against it.',
      'Raise your arms into a W shape: elbows bent, the backs of your hands towards the wall.',
      'Slide your arms slowly up as far as you can while your back stays against the wall.',
      'Slide back down into the W, drawing your shoulder blades down; repeat until you have done 8.',
    ],
    cues: ['Ribs down, back in contact with the wall.', 'It is fine if your hands come away from the wall.'],
    cautions: [
      'Stay below the point where your shoulder hurts; after a shoulder injury, ask your physiotherapist how high to go.',
    ],
  },
};
