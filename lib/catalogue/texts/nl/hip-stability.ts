import type { EntryText } from '../../types';

export const hipStability: Record<string, EntryText> = {
  'supported-single-leg-stance': {
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
  'standing-hip-abduction': {
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
  'sit-to-stand': {
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
  'seated-glute-squeeze': {
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
  'calf-raise-hip-control': {
    name: 'Op je tenen met stabiele heupen',
    summary: 'Kom op je tenen en zak langzaam terug, terwijl je heupen en knieën in één lijn blijven.',
    dosage: '12 keer',
    steps: [
      'Sta rechtop met je vingertoppen op het bureau en je voeten op heupbreedte.',
      'Kom langzaam op de bal van je voeten, met je gewicht boven je grote teen en de teen ernaast.',
      'Houd je knieën recht naar voren en je bekken recht; wacht even bovenin.',
      'Laat je hielen langzaam zakken tot op de grond en begin opnieuw.',
    ],
    cues: ['In twee tellen omhoog, in drie tellen omlaag.', 'Je knieën blijven in lijn met je tweede teen.'],
    cautions: [
      'Houd je vast aan iets stevigs en sla deze oefening over als je evenwicht of enkels onzeker voelen.',
    ],
  },
  'mini-squat': {
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
    cautions: ['Blijf binnen een bereik dat prettig is voor je knieën en ga minder diep als je ze voelt.'],
  },
};
