import type { CatalogueEntry } from '../types';

export const deepCoreEntries: CatalogueEntry[] = [
  {
    id: 'drawing-in-out-breath',
    family: 'deep-core',
    regions: ['low-back-pelvis'],
    kind: 'activation',
    position: 'seated',
    callSafe: true,
    durationSeconds: 90,
    dosage: { holdSeconds: 10, reps: 5 },
    source: 'Diepe rompspieren',
    illustration: 'drawing-in-out-breath',
    text: {
      en: {
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
      nl: {
        name: 'Intrekken op de uitademing',
        summary:
          'Trek bij het uitademen je onderbuik zacht naar binnen, richting je wervelkolom, zodat je diepe rompspieren aan het werk gaan.',
        dosage: '5 × 10 seconden vasthouden',
        steps: [
          'Zit rechtop met één hand op je onderbuik, net onder je navel.',
          'Adem rustig in door je neus.',
          'Trek bij het uitademen je onderbuik zacht naar binnen, met ongeveer een derde van je kracht; je romp blijft stil.',
          'Houd dit tot 10 seconden vast terwijl je gewoon doorademt, ontspan en herhaal tot je er 5 hebt gedaan.',
        ],
        cues: ['Lichte spanning, geen harde aanspanning.', 'Blijf ademen: houd nooit je adem in.'],
        cautions: [
          'Houd nooit je adem in terwijl je aanspant, want dat verhoogt je bloeddruk.',
          'Ben je zwanger of heb je een buikoperatie gehad, overleg dan eerst met je fysiotherapeut.',
        ],
      },
    },
  },
  {
    id: 'belly-breathing',
    family: 'deep-core',
    regions: ['low-back-pelvis', 'neck-shoulders'],
    kind: 'activation',
    position: 'seated',
    callSafe: true,
    durationSeconds: 120,
    dosage: { minutes: 2 },
    source: 'Diepe rompspieren',
    illustration: 'belly-breathing',
    text: {
      en: {
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
      nl: {
        name: 'Buikademhaling',
        summary:
          'Adem rustig naar je buik, met één hand op je borst en één op je buik, en laat je schouders rusten.',
        dosage: 'Ongeveer 2 minuten',
        steps: [
          'Zit ontspannen achterover en leg één hand op je borst en de andere op je buik.',
          'Adem ongeveer 5 seconden in door je neus en laat je buik onder je hand omhoogkomen.',
          'Adem ongeveer 5 seconden rustig uit en voel je buik zakken.',
          'Houd de hand op je borst bijna stil en ga zo ongeveer 2 minuten door.',
        ],
        cues: [
          'Je buik beweegt; je borst en schouders blijven rustig.',
          'Rustig en ontspannen, je hoeft niet helemaal vol te ademen.',
        ],
        cautions: [
          'Word je licht in je hoofd, adem dan weer zoals je gewend bent.',
          'Ben je zwanger of heb je een buikoperatie gehad, vraag je fysiotherapeut dan hoe je dit het beste doet.',
        ],
      },
    },
  },
  {
    id: 'seated-marching',
    family: 'deep-core',
    regions: ['low-back-pelvis'],
    kind: 'stability',
    position: 'seated',
    callSafe: true,
    durationSeconds: 60,
    dosage: { reps: 10, perSide: true },
    source: 'Diepe rompspieren',
    illustration: 'seated-marching',
    text: {
      en: {
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
      nl: {
        name: 'Marcheren in zit',
        summary: 'Til steeds één voet een paar centimeter op, terwijl je romp stil en stevig blijft.',
        dosage: '10 per kant',
        steps: [
          'Zit rechtop op de voorste helft van je stoel, voeten plat en handen op je bovenbenen.',
          'Trek je onderbuik zacht naar binnen en blijf doorademen.',
          'Til één voet een paar centimeter van de grond zonder achterover of opzij te leunen, en zet hem zacht neer.',
          'Wissel steeds af tot elk been 10 keer omhoog is geweest.',
        ],
        cues: ['Stille romp, bewegende benen.', 'Zet je voet neer alsof de vloer van glas is.'],
        cautions: [
          'Zit op een stevige stoel en houd het optillen klein als je het in je onderrug of heup voelt.',
        ],
      },
    },
  },
  {
    id: 'seated-pelvic-tilt',
    family: 'deep-core',
    regions: ['low-back-pelvis'],
    kind: 'mobility',
    position: 'seated',
    callSafe: true,
    durationSeconds: 60,
    dosage: { reps: 10 },
    source: 'Lage rug en bekken',
    illustration: 'seated-pelvic-tilt',
    text: {
      en: {
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
      nl: {
        name: 'Bekken kantelen in zit',
        summary:
          'Kantel je bekken rustig naar voren en naar achteren, zodat je onderrug na lang zitten zacht beweegt.',
        dosage: '10 keer',
        steps: [
          'Zit op het voorste deel van je stoel met je voeten plat en je handen op je bovenbenen.',
          'Kantel bij het inademen je bekken naar voren, zodat je onderrug een beetje hol wordt.',
          'Rol bij het uitademen je bekken naar achteren, zodat je onderrug een beetje bol wordt.',
          'Wieg zo 10 keer rustig heen en weer, terwijl je schouders en hoofd stil blijven.',
        ],
        cues: [
          'Beweeg vanuit je bekken, alsof je een bal onder je zitvlak rolt.',
          'Rustig en vloeiend, zonder de eindstanden te forceren.',
        ],
        cautions: ['Houd de beweging prettig en maak hem kleiner als het onaangenaam voelt in je onderrug.'],
      },
    },
  },
];
