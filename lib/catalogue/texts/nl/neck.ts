import type { EntryText } from '../../types';

export const neck: Record<string, EntryText> = {
  'chin-retraction': {
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
  'posture-reset': {
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
  'shoulder-rolls': {
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
  'neck-side-stretch': {
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
};
