import type { CatalogueEntry } from '../types';

export const hipStabilityEntries: CatalogueEntry[] = [
  {
    id: 'supported-single-leg-stance',
    family: 'hip-stability',
    regions: ['low-back-pelvis', 'knee-ankle'],
    kind: 'stability',
    position: 'standing',
    callSafe: false,
    durationSeconds: 90,
    dosage: { holdSeconds: 20, sets: 2, perSide: true },
    source: 'Heupstabiliteitsoefeningen',
    illustration: 'supported-single-leg-stance',
    text: {
      en: {
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
      nl: {
        name: 'Op één been staan met steun',
        summary:
          'Sta op één been met je vingertoppen op het bureau, zodat de spieren aan de zijkant van je heup aan het werk gaan.',
        dosage: '2 × 20 seconden per kant',
        steps: [
          'Ga naast een stevig bureau of een tafel staan en leg je vingertoppen erop.',
          'Breng je gewicht naar één been en til je andere voet een stukje van de grond.',
          'Houd je bekken recht en je standbeen licht gebogen; houd dit 20 seconden vast.',
          'Zet je voet neer, wissel van kant en doe daarna elke kant nog één keer.',
        ],
        cues: [
          'Stel je voor dat er een kom water op je bekken staat die niet mag overlopen.',
          'Lichte vingertoppen: het bureau is voor je evenwicht, niet om op te leunen.',
        ],
        cautions: [
          'Houd je alleen vast aan iets wat stevig staat, nooit aan een stoel op wieltjes.',
          'Voel je je niet stabiel? Houd dan beide handen op het bureau of sla deze oefening over.',
        ],
      },
    },
  },
  {
    id: 'standing-hip-abduction',
    family: 'hip-stability',
    regions: ['low-back-pelvis', 'knee-ankle'],
    kind: 'stability',
    position: 'standing',
    callSafe: false,
    durationSeconds: 60,
    dosage: { reps: 10, perSide: true },
    source: 'Heupstabiliteitsoefeningen',
    illustration: 'standing-hip-abduction',
    text: {
      en: {
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
        cues: [
          'Think of a long leg rather than a high leg.',
          'Your upper body stays as still as a lamppost.',
        ],
        cautions: [
          'Hold on to a desk or wall that cannot move, not a chair on wheels.',
          'Keep the movement small if you feel it in your lower back.',
        ],
      },
      nl: {
        name: 'Been zijwaarts heffen',
        summary: 'Til staand één been zijwaarts op, zodat je heup het werk doet en niet je rug.',
        dosage: '10 per kant',
        steps: [
          'Sta rechtop met één hand op het bureau en je tenen naar voren.',
          'Til je buitenste been langzaam zijwaarts op; je knie blijft gestrekt en je tenen wijzen naar voren.',
          'Ga zo ver als lukt zonder met je bovenlijf opzij te hangen en laat het been rustig zakken.',
          'Doe dit 10 keer, draai je om en herhaal met het andere been.',
        ],
        cues: [
          'Denk aan een lang been, niet aan een hoog been.',
          'Je bovenlijf blijft zo stil als een lantaarnpaal.',
        ],
        cautions: [
          'Houd je vast aan een bureau of muur die niet kan bewegen, niet aan een stoel op wieltjes.',
          'Voel je het in je onderrug? Maak de beweging dan kleiner.',
        ],
      },
    },
  },
  {
    id: 'sit-to-stand',
    family: 'hip-stability',
    regions: ['low-back-pelvis', 'knee-ankle'],
    kind: 'stability',
    position: 'seated',
    callSafe: false,
    durationSeconds: 60,
    dosage: { reps: 10 },
    source: 'Heupstabiliteitsoefeningen',
    illustration: 'sit-to-stand',
    text: {
      en: {
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
      nl: {
        name: 'Opstaan en gaan zitten',
        summary:
          'Sta op uit je stoel en ga langzaam weer zitten, met de kracht van je benen en heupen in plaats van je handen.',
        dosage: 'Tot 10 keer',
        steps: [
          'Ga op het voorste deel van een stoel zonder wieltjes zitten, voeten op heupbreedte plat op de grond.',
          'Kruis je armen voor je borst of strek ze naar voren.',
          'Buig voorover tot je neus boven je tenen is en duw je via je hielen omhoog tot je rechtop staat.',
          'Zak langzaam terug, raak de zitting licht aan en kom weer omhoog.',
        ],
        cues: ['Neus boven je tenen, dan omhoog.', 'Tel tot drie op weg naar beneden.'],
        cautions: [
          'Gebruik een stevige stoel zonder wieltjes, het liefst met de rugleuning tegen een muur.',
          'Zet je handen op je bovenbenen als dat nodig is, en stop als je knieën pijn doen.',
        ],
      },
    },
  },
  {
    id: 'seated-glute-squeeze',
    family: 'hip-stability',
    regions: ['low-back-pelvis'],
    kind: 'activation',
    position: 'seated',
    callSafe: true,
    durationSeconds: 60,
    dosage: { holdSeconds: 5, reps: 6 },
    source: 'Heupstabiliteitsoefeningen',
    illustration: 'seated-glute-squeeze',
    text: {
      en: {
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
        cautions: [
          'Keep the squeeze gentle to moderate, and stop if you feel cramp or pain in your lower back.',
        ],
      },
      nl: {
        name: 'Billen aanspannen in zit',
        summary:
          'Span je bilspieren aan terwijl je zit: een stille manier om je heupen aan het werk te zetten, ook tijdens een call.',
        dosage: '6 × 5 seconden vasthouden',
        steps: [
          'Zit rechtop met beide voeten plat op de grond.',
          'Knijp je billen samen; je komt daardoor een klein stukje omhoog op je stoel.',
          'Houd dit 5 seconden vast terwijl je doorademt en laat dan helemaal los.',
          'Rust even en herhaal tot je er 6 hebt gedaan.',
        ],
        cues: ['Aanspannen, ademen, loslaten.', 'Je buik en schouders blijven ontspannen.'],
        cautions: ['Span licht tot matig aan en stop als je kramp of pijn in je onderrug voelt.'],
      },
    },
  },
  {
    id: 'calf-raise-hip-control',
    family: 'hip-stability',
    regions: ['knee-ankle'],
    kind: 'stability',
    position: 'standing',
    callSafe: false,
    durationSeconds: 60,
    dosage: { reps: 12 },
    source: 'Heupstabiliteitsoefeningen',
    illustration: 'calf-raise-hip-control',
    text: {
      en: {
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
      nl: {
        name: 'Op je tenen met stabiele heupen',
        summary: 'Kom op je tenen en zak langzaam terug, terwijl je heupen en knieën in één lijn blijven.',
        dosage: '12 keer',
        steps: [
          'Sta rechtop met je vingertoppen op het bureau en je voeten op heupbreedte.',
          'Kom langzaam op de bal van je voeten, met je gewicht boven je grote teen en de teen ernaast.',
          'Houd je knieën recht naar voren en je bekken recht; wacht even bovenin.',
          'Laat je hielen langzaam zakken tot op de grond en begin opnieuw.',
        ],
        cues: [
          'In twee tellen omhoog, in drie tellen omlaag.',
          'Je knieën blijven in lijn met je tweede teen.',
        ],
        cautions: [
          'Houd je vast aan iets stevigs en sla deze oefening over als je evenwicht of enkels onzeker voelen.',
        ],
      },
    },
  },
  {
    id: 'mini-squat',
    family: 'hip-stability',
    regions: ['knee-ankle', 'low-back-pelvis'],
    kind: 'stability',
    position: 'standing',
    callSafe: false,
    durationSeconds: 60,
    dosage: { reps: 10 },
    source: 'Knie en enkel',
    illustration: 'mini-squat',
    text: {
      en: {
        name: 'Mini squat at the desk',
        summary:
          'Bend your knees a little while your hips go back, keeping your knees in line with your toes.',
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
      nl: {
        name: 'Kleine squat bij het bureau',
        summary:
          'Buig je knieën een stukje terwijl je heupen naar achteren gaan, met je knieën in lijn met je tenen.',
        dosage: '10 keer',
        steps: [
          'Sta met je gezicht naar het bureau, je vingertoppen erop en je voeten op heupbreedte.',
          'Duw je heupen naar achteren en buig je knieën een kwart, alsof je gaat zitten.',
          'Houd je knieën boven je tweede teen en laat ze niet naar binnen zakken.',
          'Duw je via je hele voet weer omhoog tot je rechtop staat.',
        ],
        cues: ['Heupen naar achteren, borst vooruit.', 'Je knieën volgen je tenen.'],
        cautions: [
          'Blijf binnen een bereik dat prettig is voor je knieën en ga minder diep als je ze voelt.',
        ],
      },
    },
  },
];
