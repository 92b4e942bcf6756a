import type { EntryText } from '../../types';

export const rotatorCuff: Record<string, EntryText> = {
  'isometric-external-rotation': {
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
  'shoulder-blade-setting': {
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
  'seated-external-rotation': {
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
    cues: ['Je ellebogen blijven tegen je zij, als scharnieren.', 'Rustig naar buiten, nog rustiger terug.'],
    cautions: [
      'Beweeg binnen een pijnvrij bereik; volg na een recente schouderblessure of operatie het advies van je fysiotherapeut.',
    ],
  },
};
