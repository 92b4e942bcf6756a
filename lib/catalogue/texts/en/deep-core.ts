import type { EntryText } from '../../types';

export const deepCore: Record<string, EntryText> = {
  'drawing-in-out-breath': {
    name: 'Draw in on the out-breath',
    summary:
      'As you breathe out, draw your lower belly gently in towards your spine to get your deep trunk muscles working.',
    dosage: '5 × 10 s hold',
    steps: [
      'Sit tall with one hand on your lower belly, just below your navel.',
      'Breathe in calmly through your nose.',
      'As you breathe out, draw your lower belly gently in with about a third of your effort; your trunk stays still.',
      'Hold for up to 10 seconds while breathing normally, relax, and repeat until you have done 5.',
    ],
    cues: ['Light tension, not a hard brace.', 'Keep breathing: never hold your breath.'],
    cautions: [
      'Never hold your breath while you tense up, as that raises your blood pressure.',
      'If you are pregnant or have had abdominal surgery, check with your physiotherapist first.',
    ],
  },
  'belly-breathing': {
    name: 'Belly breathing',
    summary:
      'Breathe slowly into your belly, one hand on your chest and one on your belly, and let your shoulders rest.',
    dosage: 'About 2 min',
    steps: [
      'Sit back comfortably and put one hand on your chest and the other on your belly.',
      'Breathe in through your nose for about 5 seconds and let your belly rise under your hand.',
      'Breathe out slowly for about 5 seconds and feel your belly sink.',
      'Keep the hand on your chest almost still and carry on for about 2 minutes.',
    ],
    cues: [
      'Your belly moves; your chest and shoulders stay quiet.',
      'Slow and easy, no need to fill up completely.',
    ],
    cautions: [
      'If you feel light-headed, go back to breathing normally.',
      'If you are pregnant or have had abdominal surgery, ask your physiotherapist how best to do this.',
    ],
  },
  'seated-marching': {
    name: 'Seated marching',
    summary: 'Lift one foot at a time a few centimetres while your trunk stays still and steady.',
    dosage: '10 per side',
    steps: [
      'Sit tall on the front half of your chair, feet flat and hands resting on your thighs.',
      'Draw your lower belly gently in and keep breathing.',
      'Lift one foot a few centimetres off the floor without leaning back or sideways, then put it down softly.',
      'Keep alternating until each leg has lifted 10 times.',
    ],
    cues: ['Still trunk, moving legs.', 'Put each foot down as if the floor were made of glass.'],
    cautions: ['Sit on a stable chair and keep the lift small if you feel it in your lower back or hip.'],
  },
  'seated-pelvic-tilt': {
    name: 'Seated pelvic tilt',
    summary:
      'Rock your pelvis slowly forward and back to move your lower back gently after a long stretch of sitting.',
    dosage: '10 times',
    steps: [
      'Sit near the front of your chair with your feet flat and your hands on your thighs.',
      'Breathing in, tip your pelvis forward so your lower back curves in slightly.',
      'Breathing out, roll your pelvis back so your lower back rounds a little.',
      'Rock slowly between the two, 10 times, while your shoulders and head stay quiet.',
    ],
    cues: [
      'Move from the pelvis, as if rolling a ball under your seat.',
      'Slow and smooth, without forcing the end positions.',
    ],
    cautions: [
      'Keep the movement comfortable, and make it smaller if it feels unpleasant in your lower back.',
    ],
  },
};
