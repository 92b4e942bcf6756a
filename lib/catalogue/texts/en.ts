import type { EntryText } from '../types';

/** Every catalogue text in English, by entry id. */
export const enTexts: Record<string, EntryText> = {
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
