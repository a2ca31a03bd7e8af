import { classify } from '../../../shared/pii/classify.js';

// The seventeenth session's review of how identifiers are written left 105 fail-opens; the
// eighteenth mended these (each non-sensitive on the code before it, values synthetic, with a
// valid checksum where the scheme has one).
describe('identifiers written with odd separators, in file names, by OCR (a review), found', () => {
  it.each([
    // I-separators
    'Karte: 4532~0151~1283~0366',
    'IBAN des Kunden: DE89~3704~0044~0532~0130~00',
    'Tel.: +49~151~1234~5678',
    'IBAN: DE89\\,3704\\,0044\\,0532\\,0130\\,00',
    'PESEL: 850\\,723\\,123\\,43',
    'IBAN: DE89\\ 3704\\ 0044\\ 0532\\ 0130\\ 00',
    'IBAN des Kunden: DE89|3704|0044|0532|0130|00',
    'Kreditkarte des Kunden: 4532|0151|1283|0366',
    'IBAN des Kunden: DE89,3704,0044,0532,0130,00',
    'IBAN des Kunden: DE89:3704:0044:0532:0130:00',
    'Kreditkarte des Kunden: 4532*0151*1283*0366',
    "Kreditkarte des Kunden: 4532'0151'1283'0366",
    'IBAN des Kunden: DE89・3704・0044・0532・0130・00',
    'Kreditkarte des Kunden: 4532․0151․1283․0366',
    'Kreditkarte des Kunden: 4532--0151--1283--0366',
    'PESEL pacjenta: 850723--12343',
    'Kreditkarte des Kunden: 4532. 0151. 1283. 0366',
    // L-passport-filename
    'Reisepass: C01X00T47.jpg',
    'Reisepass: C01X00T47.pdf anbei',
    'Anhang: Reisepass_C01X00T47.jpg',
    'Anhang: reisepass-scan-C01X00T47.jpg',
    'Passport-C01X00T47.pdf',
    'attached passport 533380006.pdf',
    'attached passport_533380006.pdf',
    'passport 533380006.pdf',
    // N-line-wrap
    'PESEL pacjenta: 850723-\n12343',
    'Kreditkarte: 4532-0151-\n1283-0366',
    // O-cells-arrays
    '| IBAN | DE89 | 3704 | 0044 | 0532 | 0130 | 00 |',
    '{"iban": ["DE89","3704","0044","0532","0130","00"]}',
    'PESEL: \\texttt{850723\\,12343}',
    'IBAN `DE89` `3704` `0044` `0532` `0130` `00`',
    // P-ocr
    'PESEL: 8S072312343',
    'PESEL: 85072312S43',
    'PESEL: 85O723l2343',
    'Steuer-ID: 57392B46102',
    'DNI: 4829l736Q',
    // R-ip-mac
    'login of the user from 81[.]2[.]69[.]142',
    'user IP: 81 . 2 . 69 . 142',
    'IP81.2.69.142',
    'session from host-81-2-69-142.dyn.example.net',
    // S-dob
    'DOB: 230785',
    // Serbian and Macedonian Cyrillic labels of the common master citizen number (JMBG, EMŠO)
    'ЈМБГ: 1803966751141',
    'ЕМБГ 1803966751141',
    'Име и презиме;ЈМБГ;чланова\nШабан Д.;1803966751141;7',
  ])('%j is personal', (text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each([
    ['a compact date of birth, day first', 'DOB: 230785', '230785'],
    ['a compact date of birth with its century', 'geb. 23071985', '23071985'],
    ["the genealogists' birth sign after a name", 'Anna Weber (* 23.07.1985)', '23.07.1985'],
    ["the genealogists' birth sign after a comma", 'Weber, Anna, * 23.07.1985', '23.07.1985'],
  ])('finds %s', (_case, text, date) => {
    const found = classify(text).findings.filter((f) => f.type === 'DATE_OF_BIRTH');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([date]);
  });
});

describe('identifiers written with odd separators (a review), near-misses', () => {
  it.each([
    // X12 and a French accounting export (FEC): '*' and '|' join fields there
    'REF*VV*912347*1234567890~\nDTM*097*20240412~\nN1*PR*ACME',
    'VE|Ventes|AC000412|20240305|60110000|Achats|1187|20240303|4441,55|0,00',
    // a table's row of four-digit cells, one that passes Luhn: no label, no card
    '| 4100 | 4900 | 4300 | 5200 |',
    'Umsatz|4100|4900|4300|5200',
    // Hungarian and Czech dates with '. ' between their parts
    'KHR LEKÉRDEZÉS – 2025. 03. 04.',
    'Stav vězněných osob k 31. 12. 2023: 19 102',
    // a date and a counter joined by '_'
    'Negatiivinen testitapaus: 010101_1234 → virhe',
    // a cloud's internal host name holds a private address; a file named by date and time
    'Received: from ip-10-0-1-23.eu-west-1.compute.internal',
    'see logs/12-05-23-01.txt and 12-5-23-1.txt',
    'version 1 . 2 . 3 . 4',
    // a protection rating glued to 'IP'
    'Schutzart IP65/IP67, IP6800-Gehäuse',
    // a list item opening with a date; six digits after an order word
    '* 23.07.1985 Release 1.0',
    'Bestellung vom 230785',
    // a scan named by its date
    'passport-scan-2024-11-03.pdf',
  ])('%j stays non-sensitive', (text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// A review of special categories and criminal data said about one person, where a cue and not an
// identifier names them (the eighteenth session): 330 fail-opens in 44 groups. These were mended
// (each non-sensitive on the code before): words the lexicon lacked, in-laws, compounds, and verbs
// in the first person that say it of the speaker.
describe('special categories said of one person (a review), found', () => {
  it.each([
    // common conditions missing from the health lexicon (herniated disc, menopause, tinnitus, IBD …)
    'I have a slipped disc.',
    'I have cystic fibrosis.',
    "J'ai une hernie discale.",
    'Tengo una hernia discal.',
    'Jag har diskbråck.',
    'Ich bin in den Wechseljahren.',
    'Sono in menopausa.',
    'Ich habe Tinnitus.',
    // medication by brand or class missing (Lexapro, Wellbutrin, Lexomil, Tavor, antipsychotics, statins, HRT)
    "I've been on Lexapro for two years.",
    'I take Wellbutrin every morning.',
    "I'm on antipsychotics.",
    "I'm on statins.",
    "I'm on HRT.",
    'Je prends du Lexomil.',
    'Prendo il Tavor la sera.',
    // in-law and other relatives missing from the kin list (DA, HU, FI, LT, ET, BG)
    'Min svigerinde er gravid.',
    'Min svigerfar har kræft.',
    'Mano uošvis serga vėžiu.',
    'Mu äia põeb vähki.',
    // compound cancer words (DA, NO, FI, HU)
    'Jeg har brystkræft.',
    'Min far har lungekræft.',
    'Jeg har prostatakreft.',
    'Jeg har brystkreft.',
    'Minulla on rintasyöpä.',
    'Mellrákos vagyok.',
    // leaving a church / apostasy
    'I left the church last year.',
    "J'ai quitté l'Église.",
    'Me di de baja de la Iglesia.',
    'Ho fatto lo sbattezzo.',
    'Ik ben uit de kerk gestapt.',
    'Wystąpiłem z Kościoła.',
    'Jag har gått ur Svenska kyrkan.',
    'Jeg har meldt mig ud af folkekirken.',
    // taking part in a strike, first person ("Ich streike morgen", "Jutro strajkuję")
    "I'm striking tomorrow.",
    'Ich streike morgen.',
    'Ik staak morgen.',
    'Jag strejkar i morgon.',
    'Mañana hago huelga.',
    'Jutro strajkuję.',
    'Zítra stávkuju.',
  ])('%j is personal', (text) => {
    expect(classify(text).classification).toBe('personal');
  });
});

describe('special categories said of one person (a review), near-misses', () => {
  it.each([
    'The slipped disc pamphlet is in the waiting room.',
    'Die Wechseljahre sind Thema der Broschüre.',
    'La menopausa è una fase naturale.',
    'La hernie discale touche surtout les 30-50 ans.',
    'Lexapro is the brand name of escitalopram.',
    'Statins lower cholesterol.',
    'Le Lexomil est un anxiolytique.',
    'Il Tavor è un ansiolitico.',
    'Diabetes rammer 10 % af voksne.',
    'A terhes nőknek kerülniük kell az alkoholt.',
    'Raskaana olevien tulee välttää alkoholia.',
    'Brystkræft er den hyppigste kræftform hos kvinder.',
    'Prostatakreft rammer mange menn over 60.',
    'Rintasyöpä on naisten yleisin syöpä.',
    'A mellrák a nők leggyakoribb daganata.',
    'I left the office early last year.',
    'Die Zahl der Kirchenaustritte stieg 2023.',
    "J'ai quitté l'entreprise l'an dernier.",
    'Ik ben uit de trein gestapt.',
    'The strike starts tomorrow.',
    'Verdi streikt morgen an allen Flughäfen.',
    'De FNV staakt morgen.',
    'Mañana hay huelga de metro.',
    'Jutro strajkują nauczyciele.',
  ])('%j stays non-sensitive', (text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// The same review, a second pass: everyday words for sick leave, pregnancy and sobriety; inflected
// forms; peoples, 'trans' and 'bi' said of oneself; parties, unions' offices, bail and other
// measures, time served; first-person verbs of practice, conversion, voting, losing a licence and
// receiving a treatment; a village's baker and priest; clinical shorthand.
describe('special categories said of one person (a review, second pass), found', () => {
  it.each([
    // sick leave in everyday or administrative words ("signed off with stress", "en arrêt", "Ich hab Rücken", "na PN")
    "I'm signed off work for stress.",
    'Ich hab Rücken.',
    'Je suis en arrêt depuis lundi.',
    'Llevo de baja desde el lunes.',
    'Jsem na neschopence.',
    'Som na PN.',
    'Olen saikulla.',
    'Είμαι σε αναρρωτική.',
    // English "I" + a verb outside the self list ("I converted", "I miscarried", "I came out")
    'I converted to Islam last year.',
    // pregnancy said without a pregnancy word ("12 weeks along", "expecting our first baby")
    "I'm 12 weeks along.",
    "We're expecting our first baby in May, so I'll need leave.",
    "J'attends un bébé pour mai.",
    'Aspetto un bambino per maggio.',
    'Spodziewam się dziecka w maju.',
    'Vi väntar vårt första barn i maj.',
    // sobriety / recovery from addiction ("3 years sober", "seit zwei Jahren trocken")
    "I'm in recovery, 3 years sober.",
    'Ich bin seit zwei Jahren trocken.',
    'Je suis sobre depuis deux ans.',
    'Llevo dos años sin beber.',
    'Sono sobrio da due anni.',
    'Ik ben al twee jaar nuchter.',
    'Od dwóch lat nie piję.',
    'Jag har varit nykter i två år.',
    // inflected forms of listed terms (EL adjectives, CS/RO/FI case forms)
    'Ο γιος μου είναι αυτιστικός.',
    'Ο άντρας μου είναι αλκοολικός.',
    'Είμαι οροθετικός.',
    'Moje máma má demenci.',
    'Mama mea are demență.',
    'Äitini sairastaa dementiaa.',
    // ethnic self-identification by group noun (Roma, Sinto, Kurd, Black, mixed race)
    "I'm Roma.",
    "I'm mixed race.",
    "He's Kurdish.",
    'Ich bin Sinto.',
    'Ich bin Kurde.',
    'Je suis rom.',
    'Jag är rom.',
    'Olen mustlane.',
    // "trans" / "bi" / transitioning as short forms
    "I'm trans.",
    'Ich bin trans.',
    'Je suis bi.',
    'Soy trans.',
    'Ik ben bi.',
    'Jag är trans.',
    'Jestem bi.',
    // religious practice with a first-person or name subject (fasting, headscarf, mass)
    'Ich faste im Ramadan.',
    'Ich trage Kopftuch.',
    'Je porte le voile.',
    'Je vais à la messe tous les dimanches.',
    'Ik draag een hoofddoek.',
    'Jag bär slöja.',
    'Hago el ramadán.',
    'Noszę chustę.',
    // conversion with a reflexive or first-person past verb ("Me convertí al islam", "Käännyin islamiin")
    'I converted to Islam last year.',
    'Me convertí al islam.',
    'Se convirtió al islam.',
    "Si è convertito all'islam.",
    'Converti-me ao islão.',
    'M-am convertit la islam.',
    'Käännyin islamiin.',
    'Áttértem az iszlámra.',
    // union membership or union office said plainly ("I'm in Unite", "Jag är skyddsombud")
    "I'm in Unite.",
    'Jestem w związku zawodowym.',
    'Jsem v odborech.',
    'Jag är skyddsombud.',
    'Jeg er tillidsrepræsentant.',
    'Olen luottamusmies.',
    'Kuulun ammattiliittoon.',
    'Sono delegato sindacale della FIOM.',
    // political membership, vote or demonstration
    'I went to the anti-government demonstration on Saturday.',
    'Ich war auf der Demo gegen Rechts.',
    'Voté a Vox.',
    'Milito en Podemos.',
    'Sono iscritto alla Lega.',
    'Jeg er medlem af Dansk Folkeparti.',
    'Äänestin perussuomalaisia.',
    // criminal proceedings and measures in everyday words (bail, caution, tag, house arrest, restraining order)
    "I'm on bail.",
    'I got a caution for shoplifting.',
    'Ich sitze in U-Haft.',
    'Je suis sous contrôle judiciaire.',
    'Je porte un bracelet électronique.',
    'Sono ai domiciliari.',
    'Estou em prisão domiciliária.',
    'Jag har fotboja.',
    // driving licence lost for drink-driving (first person)
    "J'ai pris un retrait de permis pour alcool au volant.",
    'Me quitaron el carné por conducir borracho.',
    'Straciłem prawo jazdy za jazdę po pijanemu.',
    'Jag blev av med körkortet för rattfylla.',
    'Sebrali mi řidičák za alkohol.',
    'Menetin ajokortin rattijuopumuksesta.',
    'Bevonták a jogsimat ittas vezetésért.',
    // time served / criminal record said in short form ("I did time", "J'ai fait 6 mois de prison", "Am cazier")
    'Ich saß zwei Jahre im Gefängnis.',
    "J'ai fait 6 mois de prison.",
    'Ik heb vastgezeten.',
    'Am făcut pușcărie.',
    'Ültem börtönben.',
    'Bil sem v zaporu.',
    'Tenho cadastro.',
    // clinical shorthand (Pt/Pz./Pte. + name + age, T2DM/DM2, HTN/IPA/HTA)
    'Pz. Rossi, 54 aa, DM2, IPA',
    'Paz. Rossi, 54 anni, diabete tipo 2',
    'Pte. García, 54 a., DM2, HTA',
    // Italian 'Sono' before a term that does not end in -o/-a, or two words away
    'Sono ai domiciliari.',
    // occupation at a named small place, occupation not in the list (vet, baker, priest, postman)
    'Der Pfarrer von Kilmore ist schwul.',
    'Le boulanger de Saint-Aubin a un cancer.',
    'El cura de Villanueva del Río es gay.',
    'De bakker van Oudewater heeft kanker.',
    // Nordic/Greek/Romanian first-person verbs of receiving or going missing ("jeg får kemo", "Παίρνω αντικαταθλιπτικά")
    'Jag får cellgifter.',
    'Jeg får kemo.',
    'Jeg får antidepressiv medicin.',
    'Jeg går på antidepressiva.',
    'Παίρνω αντικαταθλιπτικά.',
    'Merg la psiholog în fiecare săptămână.',
  ])('%j is personal', (text) => {
    expect(classify(text).classification).toBe('personal');
  });
});

// "The priest of Kilmore parish celebrates mass at 10." counts now: the one priest of a named
// parish is a person reference (fail-closed), as "il farmacista di Castelmezzano" is.
describe('special categories said of one person (a review, second pass), near-misses', () => {
  it.each([
    'Le serveur est en arrêt depuis lundi.',
    "La production est à l'arrêt.",
    'El proyecto lleva de baja prioridad desde el lunes.',
    'Rückenschmerzen sind die häufigste Ursache für Krankmeldungen.',
    'Stress is the top reason for sick notes in the UK.',
    'Formulář pro neschopenku najdete na intranetu.',
    'I wrote a blog post about anxiety.',
    'I read an article on chemo side effects.',
    'I visited the mosque on a school trip.',
    'I watched a documentary about prison life.',
    'I converted the file to PDF.',
    'I started the migration last week.',
    'The project is 12 weeks along.',
    "We're expecting our first delivery in May.",
    'Wir sind in der 12. Woche des Projekts.',
    "J'attends un colis pour mai.",
    'El contrato es de tres meses.',
    'Aspetto una risposta per maggio.',
    'The design is sober and clean.',
    'Die Wäsche ist seit zwei Stunden trocken.',
    'Le style est sobre.',
    'Het rapport is nuchter geschreven.',
    'Ο καρκίνος είναι η δεύτερη αιτία θανάτου.',
    'Rakovina je druhou nejčastější příčinou úmrtí.',
    'Cancerul este a doua cauză de deces.',
    'Syöpä on toiseksi yleisin kuolinsyy.',
    'Roma communities face discrimination across Europe.',
    'Turkish coffee is served after lunch.',
    'Sinti und Roma sind in Deutschland anerkannte Minderheiten.',
    'Les Roms sont la plus grande minorité en Europe.',
    'The Kurdish regional elections were postponed.',
    'Trans fats are banned in the EU.',
    'We hold bi-weekly syncs.',
    'Trans rights are human rights.',
    'Der Trans-Europ-Express fährt nicht mehr.',
    'The company is transitioning to the cloud.',
    'Muslims fast during Ramadan.',
    'Der Ramadan beginnt nächste Woche.',
    'Ich gehe morgen auf die Messe in Frankfurt.',
    'La messe est à 10 h.',
    'De mis begint om tien uur.',
    'Ramadan börjar nästa vecka.',
    'Conversion to Islam is rising in France, a study says.',
    'Convertí el archivo a PDF.',
    'Converti o ficheiro para PDF.',
    'Unite called a strike at the port.',
    'The union rep meeting is at 3pm.',
    'Skyddsombudet ska utses senast i maj.',
    'Tillidsrepræsentanten vælges for to år.',
    'The Labour party won the election.',
    'Die Demo gegen Rechts findet am Samstag statt.',
    'Vox ganó en Murcia.',
    'La Lega ha vinto in Veneto.',
    'Perussuomalaiset voittivat vaalit.',
    'Bail hearings are held on Mondays.',
    'Le contrôle judiciaire est une mesure alternative à la détention.',
    'I domiciliari sono previsti dal codice.',
    'Fotboja används vid intensivövervakning.',
    'Le retrait de permis pour alcool au volant concerne 10 000 conducteurs par an.',
    'Conducir borracho es delito.',
    'Jazda po pijanemu to przestępstwo.',
    'Rattfylla är ett brott.',
    'Le casier est au fond du couloir.',
    'O cadastro de clientes está atualizado.',
    'The record was updated yesterday.',
    'De deur zat vast.',
    'T2DM prevalence: 8% in adults over 40.',
    'DM2 e IPA sono le comorbidità più frequenti.',
    'La HTA afecta al 33 % de la población.',
    'Sono in ufficio fino alle sei.',
    'Sono in ritardo.',
    'Sono malattie croniche.',
    'The baker in Oberwil opens at 6am.',
    'Der Bäcker in Oberwil hat montags geschlossen.',
    'Jag får ett paket i morgon.',
    'Jeg får besøg i morgen.',
    'Jeg går på jobb i morgen.',
    'Παίρνω το τρένο.',
  ])('%j stays non-sensitive', (text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// The same review, a third pass: "I am", "I have" in Lithuanian, Latvian and Bulgarian, Romanian
// 'sunt' before its predicate (alone it is also "they are"), "they arrested me" with its pronoun,
// Norwegian relatives with 'my' after them ("Faren min"), Hungarian possessive suffixes, Italian
// 'sono' before 'in', 'a casa', 'rom', 'trans'.
describe('special categories said of one person (a review, third pass), found', () => {
  it.each([
    // Romanian pro-drop first person ("Am diabet", "Sunt însărcinată")
    'Sunt însărcinată.',
    'Sunt musulmană.',
    'Sunt gay.',
    'Sunt în concediu medical.',
    'Sunt membru de sindicat.',
    // Slavic first person with the clitic copula (HR "Trudna sam", SL "Noseča sem", SK "Som", BG "съм")
    'Бременна съм.',
    'Гей съм.',
    // Baltic pro-drop first person (LT "Esu", "Turiu", LV "Esmu")
    'Esu nėščia.',
    'Turiu diabetą.',
    'Esu musulmonė.',
    'Sėdėjau kalėjime.',
    'Esmu HIV pozitīvs.',
    'Esmu musulmane.',
    'Esmu arodbiedrības biedrs.',
    // first person as the object of an arrest verb ("Včera mě zatkli", "Με συνέλαβαν χθες")
    'Včera mě zatkli.',
    'Zatrzymała mnie policja.',
    'Με συνέλαβαν χθες.',
    'Вчера ме арестуваха.',
    'Jučer su me uhitili.',
    'Vakar mane suėmė.',
    'Tegnap letartóztattak.',
    'Minut pidätettiin eilen.',
    // Norwegian postposed possessive ("faren min", "kona mi")
    'Faren min har kreft.',
    'Kona mi er gravid.',
    'Mora mi har demens.',
    'Broren min sitter i fengsel.',
    'Sønnen min har autisme.',
    'Mannen min er alkoholiker.',
    // Hungarian possessive suffix and bare predicates ("Mellrákom van", "Péter rákos")
    'Cukorbetegségem van.',
    'Szorongásom van.',
    'Porckorongsérvem van.',
    'A főnököm rákos.',
    'Pétert letartóztatták.',
    // Italian 'Sono' before a term that does not end in -o/-a, or two words away
    'Sono in depressione.',
    'Sono a casa in malattia da lunedì.',
    'Sono rom.',
    'Sono trans.',
    'Sono portatrice del gene BRCA1.',
  ])('%j is personal', (text) => {
    expect(classify(text).classification).toBe('personal');
  });
});

describe('special categories said of one person (a review, third pass), near-misses', () => {
  it.each([
    'Diabetul afectează 10% dintre adulți.',
    'Am o întrebare despre diabet.',
    'Sunt la birou.',
    'Am o ședință la zece.',
    'Am I late for the meeting?',
    'Dijabetes pogađa 10 % odraslih.',
    'Sladkorna bolezen prizadene 10 % odraslih.',
    'Диабетът засяга 10% от възрастните.',
    'Cukrovka postihuje 10 % dospelých.',
    'Diabetas paveikia 10 % suaugusiųjų.',
    'Diabēts skar 10 % pieaugušo.',
    'Policie zatkla tři muže.',
    'Policja zatrzymała trzech mężczyzn.',
    'Η αστυνομία συνέλαβε τρεις άνδρες.',
    'A rendőrség letartóztatott három férfit.',
    'Poliisi pidätti kolme miestä.',
    'Diabetes rammer 10 % av voksne.',
    'Fagforbundet varsler streik.',
    'A cukorbetegség a felnőttek 10%-át érinti.',
    'A rák a második leggyakoribb halálok.',
    'Kérdésem van a cukorbetegségről.',
    'Sono in ufficio fino alle sei.',
    'Sono in ritardo.',
    'Sono malattie croniche.',
    // A guideline: 'sunt' is "they are" there
    'Anticoagulantele orale directe (apixaban, rivaroxaban) sunt preferate.',
  ])('%j stays non-sensitive', (text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// The same review: a first name opening a line of a list, before a colon, labels what follows on
// the line (an absence log, a roster). A chat's speaker label reads the same way ("Anna: What is
// diabetes?" counts: fail-closed).
describe('a first name labelling a line of a list (a review)', () => {
  it.each([
    '- Anna: pregnant, due May\n- Tom: knee surgery',
    'Absences this week:\n- Marek: back pain\n- Sabine: flu',
    '- Anna: schwanger, ET Mai\n- Tom: Knie-OP',
    '- Sophie : enceinte, terme en mai\n- Julien : opération du genou',
    '- Lucía: embarazada, sale de cuentas en mayo\n- Javier: operación de rodilla',
    '- Kasia: w ciąży, termin w maju\n- Tomek: operacja kolana',
  ])('%j is personal', (text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each([
    'Topic: diabetes',
    'Paris: diabetes congress',
    '- Berlin: HIV-Konferenz',
    'Chapter 3: Diabetes',
    '- Sofia: pregnant women and the flu vaccine',
  ])('%j stays non-sensitive', (text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// The same review: a column or key naming the employee, or the one a ticket is assigned to, holds
// names as a name column does. (The review's near-misses "employee,department\nTom,Sales" and
// {"mitarbeiter": "Jonas", "abteilung": "Vertrieb"} count too: a named employee is personal data.)
describe('a column headed by an employee word (a review)', () => {
  it.each([
    'employee,condition\nTom,asthma',
    '{"assignee": "Tom", "reason": "chemo appointment"}',
    'Mitarbeiter,Status\nJonas,krank',
    '{"mitarbeiter": "Jonas", "status": "krank"}',
    'medewerker,status\nSanne,zwanger',
    'salarié,statut\nJulie,enceinte',
    'dipendente,stato\nGiulia,incinta',
    'anställd,status\nElin,gravid',
  ])('%j is personal', (text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each(['employee,count\nSales,12\nFinance,7', 'Mitarbeiter: 25, davon 3 in Teilzeit'])(
    '%j stays non-sensitive',
    (text) => {
      expect(classify(text).classification).toBe('non-sensitive');
    },
  );
});

// The same review: a first name's possessive before the term ("Piotr's fingerprint"), not a
// disease named after someone ("Addison's disease": Addison is a first name too).
describe("a first name's possessive before a special category (a review)", () => {
  it.each([
    "Piotr's fingerprint was enrolled on the time clock.",
    "Here is Maria's retina scan.",
    "Tom's fingerprint template is stored in the system.",
    "Anna's genetic test came back positive.",
    "Marek's DNA test showed he is the father.",
    "Jake's knee surgery went well.",
    "Kevin's on antidepressants.",
  ])('%j is personal', (text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each([
    "Addison's disease is rare.",
    "Parkinson's disease affects 1% of people over 60.",
    "Down's syndrome awareness week starts on Monday.",
    "The lab's genetic tests are accredited.",
  ])('%j stays non-sensitive', (text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// The thirty-fifth red-team set's one miss: a fixed-width export whose first field, a PESEL, is
// glued to the surname in capitals on every record, read as the list one per line it is.
describe("a fixed-width export's numbers glued to the next field (set 35)", () => {
  it('finds PESEL numbers glued to surnames, record after record', () => {
    const text = [
      'HDR|WINDYKACJA|SKLEP|20250131|0003',
      '76053056039KOWALCZYK       MAREK          0000124900RAT-2023-1182 20240715',
      '89120821607ZIELINSKA       JOANNA         0000038750RAT-2024-0091 20241002',
      'TRL|0002|0000163650',
    ].join('\n');
    expect(classify(text).classification).toBe('personal');
  });

  it.each([
    'RECORDS\n20240715ABC order shipped\n20240716DEF order shipped',
    '12345678901ABC\n23456789012DEF',
  ])('%j stays non-sensitive', (text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

describe("a first name's possessive: eponyms", () => {
  it.each([
    "Addison's treatment and Barrett's biopsy are covered.",
    "Wilson's disease and Graves' disease are autoimmune or genetic.",
    "Hashimoto's thyroiditis is common in women.",
  ])('%j stays non-sensitive', (text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// The same review: relatives whose 'my' is a suffix (Hungarian, Finnish) or a word after them
// (Bulgarian), before a special category.
describe("relatives with 'my' as a suffix or after them (a review)", () => {
  it.each([
    'A sógornőm terhes.',
    'Az apósom rákos.',
    'Appeni sairastaa syöpää.',
    'Свекър ми има рак.',
    'Isälläni on keuhkosyöpä.',
  ])('%j is personal', (text) => {
    expect(classify(text).classification).toBe('personal');
  });
});
