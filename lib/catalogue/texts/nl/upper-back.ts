import type { EntryText } from '../../types';

export const upperBack: Record<string, EntryText> = {
  'seated-twist': {
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
  'chest-opener': {
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
  'thoracic-side-bend': {
    name: 'Zijwaarts buigen in zit',
    summary: 'Reik met één arm over je hoofd en buig rustig opzij, zodat de zijkant van je romp lang wordt.',
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
  'seated-cat-cow': {
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
  'wall-slides': {
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
};
