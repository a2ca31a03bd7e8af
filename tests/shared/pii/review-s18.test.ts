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
