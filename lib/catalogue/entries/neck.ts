import type { CatalogueEntry } from '../types';

export const neckEntries: CatalogueEntry[] = [
  {
    id: 'chin-retraction',
    family: 'neck',
    regions: ['neck-shoulders'],
    kind: 'activation',
    position: 'seated',
    callSafe: true,
    durationSeconds: 45,
    dosage: { reps: 10 },
    source: 'Nek en schoudergebied',
    illustration: 'chin-retraction',
    text: {
      en: {
        name: 'Chin tuck',
        summary:
          'Glide your head straight back into a slight double chin, lengthening the back of your neck.',
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
      nl: {
        name: 'Kin intrekken',
        summary:
          'Schuif je hoofd recht naar achteren tot een lichte dubbele kin, zodat de achterkant van je nek lang wordt.',
        dosage: '10 keer',
        steps: [
          'Zit rechtop, kijk recht vooruit en laat je schouders ontspannen.',
          'Schuif je hoofd recht naar achteren zonder je kin omhoog of omlaag te kantelen.',
          'Wacht even en voel de achterkant van je nek lang worden.',
          'Laat je hoofd weer naar voren glijden tot een ontspannen middenstand en herhaal tot je er 10 hebt gedaan.',
        ],
        cues: [
          'Je blik blijft recht vooruit, als een la die dichtschuift.',
          'Een lichte dubbele kin betekent dat je het goed doet.',
        ],
        cautions: [
          'Wordt nekpijn erger, of merk je krachtverlies in je arm, aanhoudende tintelingen of duizeligheid, stop dan en ga naar je huisarts of fysiotherapeut.',
        ],
      },
    },
  },
  {
    id: 'posture-reset',
    family: 'neck',
    regions: ['neck-shoulders', 'low-back-pelvis'],
    kind: 'activation',
    position: 'seated',
    callSafe: true,
    durationSeconds: 45,
    dosage: { holdSeconds: 10, reps: 3 },
    source: 'Nek en schoudergebied',
    illustration: 'posture-reset',
    text: {
      en: {
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
      nl: {
        name: 'Houding resetten',
        summary:
          'Een korte check: rechtop zitten, schouderbladen naar achteren en omlaag, kin in, en daarna weer loslaten.',
        dosage: '3 × 10 seconden vasthouden',
        steps: [
          'Zet beide voeten plat en schuif je billen naar achteren in de stoel.',
          'Maak jezelf lang vanuit je kruin.',
          'Breng je schouderbladen naar achteren en omlaag en trek je kin een beetje in.',
          'Houd dit 10 seconden vast terwijl je doorademt, ontspan en herhaal tot je er 3 hebt gedaan.',
        ],
        cues: ['Lang, niet stijf.', 'Daarna is elke prettige houding goed: je volgende houding is de beste.'],
        cautions: [
          'Forceer geen rechte houding; merk je krachtverlies in je arm, aanhoudende tintelingen of duizeligheid, ga dan naar je huisarts of fysiotherapeut.',
        ],
      },
    },
  },
  {
    id: 'shoulder-rolls',
    family: 'neck',
    regions: ['neck-shoulders', 'shoulder'],
    kind: 'mobility',
    position: 'seated',
    callSafe: false,
    durationSeconds: 45,
    dosage: { reps: 10 },
    source: 'Nek en schoudergebied',
    illustration: 'shoulder-rolls',
    text: {
      en: {
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
        cues: [
          'Make the circles as big and slow as feels comfortable.',
          'Breathe out as your shoulders drop.',
        ],
        cautions: ['Make the circle smaller if it pinches anywhere in your shoulder.'],
      },
      nl: {
        name: 'Schouders rollen',
        summary:
          'Rol je schouders in grote, langzame cirkels naar achteren om spanning in je nek en schouders los te laten.',
        dosage: '10 keer',
        steps: [
          'Zit rechtop met je armen losjes naast je.',
          'Trek je schouders op richting je oren.',
          'Rol ze naar achteren, breng je schouderbladen licht naar elkaar toe en laat ze dan zakken.',
          'Laat ze weer naar voren komen tot waar je begon; maak in totaal 10 langzame cirkels.',
        ],
        cues: [
          'Maak de cirkels zo groot en langzaam als prettig voelt.',
          'Adem uit terwijl je schouders zakken.',
        ],
        cautions: ['Maak de cirkel kleiner als het ergens in je schouder knelt.'],
      },
    },
  },
  {
    id: 'neck-side-stretch',
    family: 'neck',
    regions: ['neck-shoulders'],
    kind: 'mobility',
    position: 'seated',
    callSafe: false,
    durationSeconds: 100,
    dosage: { holdSeconds: 20, sets: 2, perSide: true },
    source: 'Nek en schoudergebied',
    illustration: 'neck-side-stretch',
    text: {
      en: {
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
      nl: {
        name: 'Nek zijwaarts rekken',
        summary:
          'Kantel je oor richting je schouder terwijl je andere schouder laag blijft, voor een zachte rek langs je nek.',
        dosage: '2 × 20 seconden per kant',
        steps: [
          'Zit rechtop en houd met één hand de rand van de zitting vast, zodat die schouder laag blijft.',
          'Kantel je hoofd langzaam naar de andere kant, oor richting schouder, en blijf recht vooruit kijken.',
          'Stop bij een lichte rek langs de zijkant van je nek en houd 20 seconden vast terwijl je rustig ademt.',
          'Breng je hoofd langzaam terug en wissel van kant; doe elke kant twee keer.',
        ],
        cues: [
          'Je oor gaat naar je schouder, niet je schouder naar je oor.',
          'Een zacht trekje is genoeg, zonder te veren.',
        ],
        cautions: ['Stop als je duizelig wordt of als je tintelingen voelt die naar je arm uitstralen.'],
      },
    },
  },
];
