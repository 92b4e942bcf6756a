import type { EntryText } from '../../types';

export const posture: Record<string, EntryText> = {
  'stand-up': {
    name: 'Stand up and stretch',
    summary: 'Get up from your chair, stretch tall and shift your weight for a minute before you carry on.',
    dosage: '1 min',
    steps: [
      'Push your chair back and stand up.',
      'Reach both arms up and make yourself tall for a few breaths.',
      'Shift your weight from foot to foot or walk a few steps.',
      'Sit down again after a minute, or stay standing a little longer.',
    ],
    cues: ['Add a few steps: moving beats standing still.'],
    cautions: ['Stand up steadily, and if you feel light-headed, hold on to the desk for a moment.'],
  },
  'water-break': {
    name: 'Walk to get water',
    summary: 'Take a short walk to fill your glass or bottle, and come back by a slightly longer route.',
    dosage: 'About 2 min',
    steps: [
      'Stand up and take your glass or bottle with you.',
      'Walk to the tap or the kitchen at an easy pace.',
      'Have a drink there and fill up again.',
      'Take a slightly longer route back to your desk.',
    ],
    cues: ['A small glass means more walks.'],
    cautions: ['Carry your drink with care and watch out for steps and cables.'],
  },
  'change-position': {
    name: 'Change your sitting position',
    summary: 'Switch to a different way of sitting: the best posture is always the next one.',
    dosage: '30 s',
    steps: [
      'Notice how you are sitting right now.',
      'Change something: slide back in the chair, move your feet, lean against the backrest or sit more upright.',
      'Let your shoulders drop and take a calm breath.',
      'Carry on working in your new position.',
    ],
    cues: ['Variety matters more than one perfect posture.'],
    cautions: [
      'Pick a position that feels comfortable, and change again if an arm or leg starts to tingle or go numb.',
    ],
  },
  'stand-for-call': {
    name: 'Stand for your next call',
    summary: 'Take your next call or meeting standing up, and stay up for at least the first 5 minutes.',
    dosage: 'At least 5 min',
    steps: [
      'Before the call starts, stand up and, if you can, raise your screen or camera to standing height.',
      'Stand with your weight spread over both feet and your knees soft.',
      'Shift your weight or take a step now and then while you listen.',
      'Stay standing for at least 5 minutes, or for the whole call.',
    ],
    cues: ['Switch feet whenever someone else starts talking.'],
    cautions: [
      'Move a little rather than standing stock-still, and sit down if you get tired or light-headed.',
    ],
  },
  'take-the-stairs': {
    name: 'Take the stairs',
    summary: 'Walk up and down a flight of stairs, instead of taking the lift or simply as a short break.',
    dosage: 'About 2 min',
    steps: [
      'Walk to the nearest staircase.',
      'Climb one or two floors at an easy pace, placing your whole foot on each step.',
      'Walk down again calmly with a hand on the rail.',
      'Head back to your desk.',
    ],
    cues: ['Keep your knee in line with your toes on every step.'],
    cautions: ['Always keep a hand near the rail, and skip the stairs if you feel unsteady or dizzy.'],
  },
  'sit-stand-desk': {
    name: 'Sit-stand desk: stand 8, move 2',
    summary:
      'Raise your desk and work standing for 8 minutes, then move for 2 minutes before you sit down again.',
    dosage: '8 min standing + 2 min moving',
    steps: [
      'Raise the desk until your elbows are bent at about 90° with your hands on the keyboard.',
      'Work standing for 8 minutes, shifting your weight now and then.',
      'Then move for 2 minutes: walk, stretch or do a short exercise.',
      'Lower the desk again and sit down.',
    ],
    cues: ['Standing alone is not enough: the 2 minutes of moving count too.'],
    cautions: ['Wear comfortable shoes and sit down if your legs or feet get tired or sore.'],
  },
  'walk-to-colleague': {
    name: 'Walk over to a colleague',
    summary: 'Instead of sending a message, walk over and ask your question in person.',
    dosage: 'About 2 min',
    steps: [
      'Pick a question you were about to type.',
      'Stand up and walk to your colleague’s desk or office.',
      'Have the conversation standing up.',
      'Take the long way back to your own desk.',
    ],
    cues: ['Short questions make good walking breaks.'],
    cautions: ['Watch out for steps, cables and doors on the way.'],
  },
};
