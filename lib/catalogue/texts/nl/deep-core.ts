import type { EntryText } from '../../types';

export const deepCore: Record<string, EntryText> = {
  'drawing-in-out-breath': {
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
  'belly-breathing': {
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
  'seated-marching': {
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
  'seated-pelvic-tilt': {
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
};
