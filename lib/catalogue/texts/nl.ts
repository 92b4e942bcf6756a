import type { EntryText } from '../types';

/** Every catalogue text in Dutch, by entry id. */
export const nlTexts: Record<string, EntryText> = {
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
