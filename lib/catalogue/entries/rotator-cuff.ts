import type { CatalogueEntry } from '../types';

export const rotatorCuffEntries: CatalogueEntry[] = [
  {
    id: 'isometric-external-rotation',
    family: 'rotator-cuff',
    regions: ['shoulder'],
    kind: 'stability',
    position: 'standing',
    callSafe: false,
    durationSeconds: 120,
    dosage: { holdSeconds: 5, reps: 8, perSide: true },
    source: 'Rotator cuff controle',
    illustration: 'isometric-external-rotation',
    text: {
      en: {
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
      nl: {
        name: 'Naar buiten duwen tegen de deurpost',
        summary:
          'Duw de rug van je pols zacht naar buiten tegen een deurpost, zodat de kleine spieren rond je schouder meedoen.',
        dosage: '8 × 5 seconden per kant',
        steps: [
          'Ga zijwaarts in een deuropening staan, met je elleboog 90° gebogen en tegen je zij.',
          'Leg de rug van je pols tegen de deurpost.',
          'Duw zacht naar buiten, met ongeveer een derde van je kracht en onder de pijngrens, en houd 5 seconden vast.',
          'Ontspan, duw in totaal 8 keer en draai je dan om voor de andere arm.',
        ],
        cues: ['Je elleboog blijft tegen je zij geplakt.', 'Schouders laag en ontspannen, niet optrekken.'],
        cautions: [
          'Na een recente schouderblessure, operatie of ontwrichting doe je dit alleen zoals je fysiotherapeut adviseert.',
        ],
      },
    },
  },
  {
    id: 'shoulder-blade-setting',
    family: 'rotator-cuff',
    regions: ['shoulder', 'neck-shoulders'],
    kind: 'activation',
    position: 'seated',
    callSafe: true,
    durationSeconds: 75,
    dosage: { holdSeconds: 5, reps: 10 },
    source: 'Rotator cuff controle',
    illustration: 'shoulder-blade-setting',
    text: {
      en: {
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
      nl: {
        name: 'Schouderbladen plaatsen',
        summary:
          'Trek je schouderbladen zacht naar achteren en omlaag, zodat je middenrug je schouders draagt en niet je nek.',
        dosage: '10 × 5 seconden vasthouden',
        steps: [
          'Zit rechtop met ontspannen armen en je voeten op de grond.',
          'Schuif je schouderbladen zacht naar achteren en omlaag, alsof je ze in je achterzakken stopt.',
          'Houd dit 5 seconden vast zonder je kin op te tillen of je rug hol te maken.',
          'Laat langzaam los en herhaal tot je er 10 hebt gedaan.',
        ],
        cues: ['Naar achteren en omlaag, niet omhoog.', 'Een kleine beweging met ongeveer halve kracht.'],
        cautions: ['Houd je nek lang en ontspannen, en stop als je tintelingen in je arm voelt.'],
      },
    },
  },
  {
    id: 'seated-external-rotation',
    family: 'rotator-cuff',
    regions: ['shoulder'],
    kind: 'stability',
    position: 'seated',
    callSafe: false,
    durationSeconds: 60,
    dosage: { reps: 10, sets: 2 },
    source: 'Rotator cuff controle',
    illustration: 'seated-external-rotation',
    text: {
      en: {
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
      nl: {
        name: 'Onderarmen naar buiten draaien',
        summary:
          'Houd je ellebogen tegen je zij en draai je onderarmen rustig naar buiten en terug, voor rustige controle rond je schouder.',
        dosage: '2 × 10 keer',
        steps: [
          'Zit rechtop, buig je ellebogen 90° en houd ze tegen je zij, handpalmen naar elkaar toe.',
          'Zet je schouderbladen zacht naar achteren en omlaag.',
          'Draai je onderarmen langzaam naar buiten, als een hek dat opengaat, zo ver als je ellebogen tegen je zij kunnen blijven.',
          'Kom rustig terug; doe er 10, rust even en doe er nog 10.',
        ],
        cues: [
          'Je ellebogen blijven tegen je zij, als scharnieren.',
          'Rustig naar buiten, nog rustiger terug.',
        ],
        cautions: [
          'Beweeg binnen een pijnvrij bereik; volg na een recente schouderblessure of operatie het advies van je fysiotherapeut.',
        ],
      },
    },
  },
];
