import type { EntryText } from '../../types';

export const hipStability: Record<string, EntryText> = {
  'supported-single-leg-stance': {
    name: 'Supported single-leg stance',
    summary:
      'Stand on one leg with your fingertips on the desk, so the muscles at the side of your hip get to work.',
    dosage: '2 × 20 s per side',
    steps: [
      'Stand beside a fixed desk or table and rest your fingertips on it.',
      'Shift your weight onto one leg and lift the other foot a little off the floor.',
      'Keep your pelvis level and your standing knee soft; hold for 20 seconds.',
      'Put the foot down, switch sides, then do each side once more.',
    ],
    cues: [
      'Imagine a bowl of water on your pelvis that must not spill.',
      'Light fingertips: the desk is for balance, not for leaning on.',
    ],
    cautions: [
      'Only hold on to something stable, never a chair on wheels.',
      'If your balance feels unsure, keep both hands on the desk or skip this one.',
    ],
  },
  'standing-hip-abduction': {
    name: 'Standing side leg lift',
    summary:
      'Lift one leg out to the side while you stand tall, so your hip does the work rather than your back.',
    dosage: '10 per side',
    steps: [
      'Stand tall with one hand on the desk and your toes pointing forward.',
      'Slowly lift the outer leg sideways, knee straight and toes still facing forward.',
      'Lift only as far as you can without leaning your upper body, then lower the leg slowly.',
      'Do 10 lifts, turn around and repeat with the other leg.',
    ],
    cues: ['Think of a long leg rather than a high leg.', 'Your upper body stays as still as a lamppost.'],
    cautions: [
      'Hold on to a desk or wall that cannot move, not a chair on wheels.',
      'Keep the movement small if you feel it in your lower back.',
    ],
  },
  'sit-to-stand': {
    name: 'Sit to stand',
    summary:
      'Stand up from your chair and sit down again slowly, using your legs and hips instead of your hands.',
    dosage: 'Up to 10 times',
    steps: [
      'Sit near the front of a chair without wheels, feet hip-width apart and flat on the floor.',
      'Cross your arms over your chest or reach them forward.',
      'Lean forward until your nose is over your toes, then push through your heels to stand up tall.',
      'Lower yourself slowly, touch the seat lightly and stand up again.',
    ],
    cues: ['Nose over toes, then up.', 'Count to three on the way down.'],
    cautions: [
      'Use a steady chair without wheels, ideally with its back against a wall.',
      'Put your hands on your thighs if you need them, and stop if your knees hurt.',
    ],
  },
  'seated-glute-squeeze': {
    name: 'Seated glute squeeze',
    summary:
      'Tighten your buttock muscles while you sit: a quiet way to switch on your hips, even during a call.',
    dosage: '6 × 5 s hold',
    steps: [
      'Sit tall with both feet flat on the floor.',
      'Squeeze your buttocks together; you will rise a little in your chair.',
      'Hold for 5 seconds while you keep breathing, then let go completely.',
      'Rest a moment and repeat until you have done 6.',
    ],
    cues: ['Squeeze, breathe, let go.', 'Keep your belly and shoulders relaxed.'],
    cautions: ['Keep the squeeze gentle to moderate, and stop if you feel cramp or pain in your lower back.'],
  },
  'calf-raise-hip-control': {
    name: 'Heel raises with steady hips',
    summary: 'Rise onto your toes and lower slowly while your hips and knees stay in line.',
    dosage: '12 times',
    steps: [
      'Stand tall with your fingertips on the desk and your feet hip-width apart.',
      'Rise slowly onto the balls of your feet, with your weight over your big toe and the toe next to it.',
      'Keep your knees pointing straight ahead and your pelvis level; pause at the top.',
      'Lower your heels slowly to the floor and go again.',
    ],
    cues: ['Up in two counts, down in three.', 'Knees stay in line with your second toe.'],
    cautions: ['Hold on to a stable surface, and skip this one if your balance or ankles feel unsure.'],
  },
  'mini-squat': {
    name: 'Mini squat at the desk',
    summary: 'Bend your knees a little while your hips go back, keeping your knees in line with your toes.',
    dosage: '10 times',
    steps: [
      'Stand facing the desk with your fingertips on it and your feet hip-width apart.',
      'Push your hips back and bend your knees a quarter of the way, as if you were about to sit.',
      'Keep your knees over your second toe rather than letting them drift inwards.',
      'Press through your whole foot to stand tall again.',
    ],
    cues: ['Hips back, chest proud.', 'Your knees follow your toes.'],
    cautions: ['Stay in a range your knees find comfortable, and go less deep if you feel them.'],
  },
};
