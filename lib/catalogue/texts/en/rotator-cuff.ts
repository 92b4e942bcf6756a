import type { EntryText } from '../../types';

export const rotatorCuff: Record<string, EntryText> = {
  'isometric-external-rotation': {
    name: 'Door-frame outward press',
    summary:
      'Press the back of your wrist gently outward against a door frame, so the small muscles around your shoulder join in.',
    dosage: '8 × 5 s per side',
    steps: [
      'Stand side-on in a doorway with your elbow bent to 90° and tucked against your side.',
      'Rest the back of your wrist against the door frame.',
      'Press outward gently, with about a third of your strength and below any pain, and hold for 5 seconds.',
      'Relax, do 8 presses, then turn around for the other arm.',
    ],
    cues: ['Elbow glued to your side.', 'Shoulders stay low and relaxed, no shrugging.'],
    cautions: [
      'After a recent shoulder injury, operation or dislocation, only do this as your physiotherapist advises.',
    ],
  },
  'shoulder-blade-setting': {
    name: 'Shoulder-blade setting',
    summary:
      'Draw your shoulder blades gently back and down, so your mid-back carries your shoulders instead of your neck.',
    dosage: '10 × 5 s hold',
    steps: [
      'Sit tall with your arms relaxed and your feet on the floor.',
      'Slide your shoulder blades gently back and down, as if tucking them into your back pockets.',
      'Hold for 5 seconds without lifting your chin or arching your back.',
      'Let go slowly and repeat until you have done 10.',
    ],
    cues: ['Back and down, not up.', 'A small movement at about half effort.'],
    cautions: ['Keep your neck long and relaxed, and stop if you feel pins and needles in your arm.'],
  },
  'seated-external-rotation': {
    name: 'Seated outward rotation',
    summary:
      'Keep your elbows at your sides and turn your forearms slowly out and back, for calm control around the shoulder.',
    dosage: '2 × 10 times',
    steps: [
      'Sit tall, bend your elbows to 90° and tuck them against your sides, palms facing each other.',
      'Set your shoulder blades gently back and down.',
      'Turn your forearms slowly outward like a gate opening, only as far as your elbows can stay at your sides.',
      'Return slowly; do 10, rest briefly and do another 10.',
    ],
    cues: ['Your elbows stay tucked in, like hinges.', 'Slowly out, even more slowly back.'],
    cautions: [
      'Move within a pain-free range; after a recent shoulder injury or operation, follow your physiotherapist’s advice.',
    ],
  },
};
