import type { CatalogueEntry } from '../types';

export const upperBackEntries: CatalogueEntry[] = [
  {
    id: 'seated-twist',
    family: 'upper-back',
    regions: ['neck-shoulders', 'low-back-pelvis'],
    kind: 'mobility',
    position: 'seated',
    callSafe: false,
    durationSeconds: 75,
    dosage: { holdSeconds: 5, reps: 5, perSide: true },
    source: 'Mobiliteit van bovenrug',
    illustration: 'seated-twist',
    text: {
      en: {
        name: 'Seated twist',
        summary:
          'Turn your upper body to each side with your arms crossed, while your hips keep facing forward.',
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
      nl: {
        name: 'Draaien in zit',
        summary:
          'Draai je bovenlijf met gekruiste armen naar beide kanten, terwijl je heupen naar voren blijven wijzen.',
        dosage: '5 per kant, 5 seconden vasthouden',
        steps: [
          'Zit rechtop met beide voeten plat en kruis je armen voor je borst.',
          'Houd je knieën en heupen naar voren gericht.',
          'Adem uit en draai je borst rustig naar één kant, zo ver als prettig is; houd 5 seconden vast.',
          'Kom terug naar het midden en draai naar de andere kant; doe 5 keer per kant.',
        ],
        cues: ['Maak je eerst lang en draai dan.', 'Draai vanuit je middenrug, niet vanuit je nek.'],
        cautions: [
          'Heb je osteoporose of ooit een wervel gebroken, vraag je fysiotherapeut dan om een variant die bij je past.',
        ],
      },
    },
  },
  {
    id: 'chest-opener',
    family: 'upper-back',
    regions: ['neck-shoulders', 'shoulder'],
    kind: 'mobility',
    position: 'seated',
    callSafe: false,
    durationSeconds: 75,
    dosage: { holdSeconds: 10, reps: 5 },
    source: 'Mobiliteit van bovenrug',
    illustration: 'chest-opener',
    text: {
      en: {
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
      nl: {
        name: 'Borst openen',
        summary:
          'Ga op het puntje van je stoel zitten, trek je schouders naar achteren en omlaag en til je borst op, zodat de voorkant van je schouders ruimte krijgt.',
        dosage: '5 × 10 seconden vasthouden',
        steps: [
          'Schuif naar de voorkant van je zitting, met je voeten plat op de grond.',
          'Laat je armen naast je hangen met je handpalmen naar voren.',
          'Trek je schouders naar achteren en omlaag en til je borstbeen een beetje op, richting het plafond.',
          'Houd dit 10 seconden vast terwijl je rustig ademt, ontspan en herhaal tot je er 5 hebt gedaan.',
        ],
        cues: [
          'Borst omhoog, schouders weg van je oren.',
          'Houd je kin recht in plaats van je hoofd achterover te kantelen.',
        ],
        cautions: ['Stop als je tintelingen voelt die naar een arm of been uitstralen.'],
      },
    },
  },
  {
    id: 'thoracic-side-bend',
    family: 'upper-back',
    regions: ['neck-shoulders', 'low-back-pelvis'],
    kind: 'mobility',
    position: 'seated',
    callSafe: false,
    durationSeconds: 60,
    dosage: { reps: 5, perSide: true },
    source: 'Mobiliteit van bovenrug',
    illustration: 'thoracic-side-bend',
    text: {
      en: {
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
      nl: {
        name: 'Zijwaarts buigen in zit',
        summary:
          'Reik met één arm over je hoofd en buig rustig opzij, zodat de zijkant van je romp lang wordt.',
        dosage: '5 per kant',
        steps: [
          'Zit rechtop met beide zitbotten stevig op de stoel.',
          'Breng één arm omhoog langs je oor en laat je andere hand op de zitting rusten.',
          'Adem uit en buig je bovenlijf rustig naar de andere kant, omhoog en eroverheen.',
          'Kom bij het inademen weer omhoog; doe 5 keer naar elke kant.',
        ],
        cues: ['Eerst omhoog reiken, dan opzij.', 'Beide zitbotten blijven op de zitting.'],
        cautions: ['Buig alleen tot een zachte rek, nooit tot een knellend gevoel in je rug of schouder.'],
      },
    },
  },
  {
    id: 'seated-cat-cow',
    family: 'upper-back',
    regions: ['neck-shoulders', 'low-back-pelvis'],
    kind: 'mobility',
    position: 'seated',
    callSafe: false,
    durationSeconds: 60,
    dosage: { reps: 8 },
    source: 'Mobiliteit van bovenrug',
    illustration: 'seated-cat-cow',
    text: {
      en: {
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
      nl: {
        name: 'Kat en koe in zit',
        summary: 'Maak je rug rond en daarna weer lang, in een rustige golf, met je handen op je knieën.',
        dosage: '8 keer',
        steps: [
          'Zit op de voorkant van je stoel met je handen op je knieën.',
          'Maak bij het uitademen je rug rond, laat je kin zakken en je schouders naar voren komen.',
          'Til bij het inademen je borst op, breng je schouderbladen naar elkaar toe en kijk recht vooruit.',
          'Beweeg 8 keer rustig tussen de twee houdingen.',
        ],
        cues: ['Beweeg wervel voor wervel.', 'Laat je ademhaling het tempo bepalen.'],
        cautions: [
          'Houd de beweging vloeiend en binnen een prettig bereik; overleg bij osteoporose eerst met je fysiotherapeut.',
        ],
      },
    },
  },
  {
    id: 'wall-slides',
    family: 'upper-back',
    regions: ['shoulder', 'neck-shoulders'],
    kind: 'mobility',
    position: 'standing',
    callSafe: false,
    durationSeconds: 60,
    dosage: { reps: 8 },
    source: 'Mobiliteit van bovenrug',
    illustration: 'wall-slides',
    text: {
      en: {
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
        cues: [
          'Ribs down, back in contact with the wall.',
          'It is fine if your hands come away from the wall.',
        ],
        cautions: [
          'Stay below the point where your shoulder hurts; after a shoulder injury, ask your physiotherapist how high to go.',
        ],
      },
      nl: {
        name: 'Armen langs de muur schuiven',
        summary:
          'Schuif met je rug tegen een muur je armen omhoog en omlaag, zodat je bovenrug en schouderbladen bewegen.',
        dosage: '8 keer',
        steps: [
          'Ga met je hielen een kleine stap van de muur staan, met je rug en hoofd ertegenaan.',
          'Breng je armen in een W-vorm: ellebogen gebogen, de rug van je handen naar de muur.',
          'Schuif je armen langzaam omhoog, zo ver als lukt terwijl je rug tegen de muur blijft.',
          'Schuif terug naar de W en trek je schouderbladen omlaag; herhaal tot je er 8 hebt gedaan.',
        ],
        cues: [
          'Ribben omlaag, je rug blijft de muur raken.',
          'Het geeft niet als je handen loskomen van de muur.',
        ],
        cautions: [
          'Blijf onder het punt waarop je schouder pijn doet; vraag na een schouderblessure je fysiotherapeut hoe hoog je kunt gaan.',
        ],
      },
    },
  },
];
