import type { EntryText } from '../../types';

export const posture: Record<string, EntryText> = {
  'stand-up': {
    name: 'Opstaan en strekken',
    summary: 'Sta op uit je stoel, strek je uit en verplaats je gewicht een minuutje voordat je verdergaat.',
    dosage: '1 minuut',
    steps: [
      'Schuif je stoel naar achteren en sta op.',
      'Reik met beide armen omhoog en maak jezelf een paar ademhalingen lang.',
      'Verplaats je gewicht van voet naar voet of loop een paar stappen.',
      'Ga na een minuut weer zitten, of blijf nog even staan.',
    ],
    cues: ['Zet er een paar stappen bij: bewegen is nog beter dan stilstaan.'],
    cautions: ['Sta rustig op en houd je even vast aan het bureau als je licht in je hoofd wordt.'],
  },
  'water-break': {
    name: 'Water halen',
    summary: 'Loop even naar de kraan om je glas of fles te vullen, en neem een iets langere weg terug.',
    dosage: 'Ongeveer 2 minuten',
    steps: [
      'Sta op en neem je glas of fles mee.',
      'Loop in een rustig tempo naar de kraan of de keuken.',
      'Drink daar iets en vul je glas of fles opnieuw.',
      'Neem een iets langere route terug naar je bureau.',
    ],
    cues: ['Met een klein glas loop je vaker.'],
    cautions: ['Draag je drinken voorzichtig en let op drempels en kabels.'],
  },
  'change-position': {
    name: 'Anders gaan zitten',
    summary: 'Ga op een andere manier zitten: de beste houding is steeds de volgende.',
    dosage: '30 seconden',
    steps: [
      'Merk op hoe je nu zit.',
      'Verander iets: schuif naar achteren in je stoel, zet je voeten anders neer, leun tegen de rugleuning of ga rechter zitten.',
      'Laat je schouders zakken en adem rustig in en uit.',
      'Werk verder in je nieuwe houding.',
    ],
    cues: ['Afwisseling is belangrijker dan één perfecte houding.'],
    cautions: [
      'Kies een houding die prettig voelt en verander opnieuw als een arm of been gaat tintelen of slapen.',
    ],
  },
  'stand-for-call': {
    name: 'Sta tijdens je volgende call',
    summary:
      'Neem je volgende gesprek of vergadering staand, en blijf in elk geval de eerste 5 minuten staan.',
    dosage: 'Minstens 5 minuten',
    steps: [
      'Sta op voordat de call begint en zet je scherm of camera op stahoogte als dat kan.',
      'Sta met je gewicht over beide voeten verdeeld en je knieën licht gebogen.',
      'Verplaats af en toe je gewicht of zet een stap terwijl je luistert.',
      'Blijf minstens 5 minuten staan, of het hele gesprek.',
    ],
    cues: ['Wissel van voet zodra iemand anders het woord neemt.'],
    cautions: [
      'Beweeg een beetje in plaats van stokstijf te staan, en ga zitten als je moe of licht in je hoofd wordt.',
    ],
  },
  'take-the-stairs': {
    name: 'Neem de trap',
    summary: 'Loop een trap op en weer af, in plaats van de lift te nemen of gewoon als korte pauze.',
    dosage: 'Ongeveer 2 minuten',
    steps: [
      'Loop naar de dichtstbijzijnde trap.',
      'Loop in een rustig tempo een of twee verdiepingen omhoog en zet je hele voet op elke tree.',
      'Loop rustig weer naar beneden, met een hand aan de leuning.',
      'Ga terug naar je bureau.',
    ],
    cues: ['Houd je knie bij elke tree in lijn met je tenen.'],
    cautions: ['Houd altijd een hand bij de leuning en sla de trap over als je je wankel of duizelig voelt.'],
  },
  'sit-stand-desk': {
    name: 'Zit-stabureau: 8 staan, 2 bewegen',
    summary:
      'Zet je bureau omhoog en werk 8 minuten staand; beweeg daarna 2 minuten voordat je weer gaat zitten.',
    dosage: '8 minuten staan + 2 minuten bewegen',
    steps: [
      'Zet het bureau zo hoog dat je ellebogen ongeveer 90° gebogen zijn als je handen op het toetsenbord liggen.',
      'Werk 8 minuten staand en verplaats af en toe je gewicht.',
      'Beweeg daarna 2 minuten: loop, rek je uit of doe een korte oefening.',
      'Zet het bureau weer omlaag en ga zitten.',
    ],
    cues: ['Alleen staan is niet genoeg: de 2 minuten bewegen horen erbij.'],
    cautions: ['Draag prettige schoenen en ga zitten als je benen of voeten moe of pijnlijk worden.'],
  },
  'walk-to-colleague': {
    name: 'Loop naar een collega',
    summary: 'Stuur geen bericht, maar loop even naar je collega en stel je vraag persoonlijk.',
    dosage: 'Ongeveer 2 minuten',
    steps: [
      'Kies een vraag die je net wilde typen.',
      'Sta op en loop naar het bureau of de kamer van je collega.',
      'Voer het gesprek staand.',
      'Neem de lange weg terug naar je eigen bureau.',
    ],
    cues: ['Korte vragen zijn ideale looppauzes.'],
    cautions: ['Let onderweg op drempels, kabels en deuren.'],
  },
};
