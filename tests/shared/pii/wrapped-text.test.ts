import { classify } from '../../../shared/pii/classify.js';

// Mail clients and terminals wrap plain text at 40 to 78 columns by putting a line break where a
// space was: what a recognizer reads across a space it reads across such a soft break too. Blank
// lines, indented lines, and numbers in columns (tables, CSV, logs) are not joined.
// Identifiers are valid test data (python-stdnum, published test numbers); names are invented.

/** Personal texts that read as personal only across a wrapped line. */
const WRAPPED_PERSONAL: readonly (readonly [what: string, text: string])[] = [
  [
    'a health term wrapped after its cue (DE)',
    'Bei mir wurde letzte Woche eine\nAngststörung festgestellt.',
  ],
  [
    'a therapy on the next line (EN)',
    'Our tenant at flat 4 says she is on\nchemotherapy and asks for time.',
  ],
  [
    'an arrest on the next line (DE)',
    'Unser Hausmeister wurde letzte Woche\nwegen Diebstahls festgenommen.',
  ],
  ['a health term after a Windows break (EN)', 'My doctor says I have\r\ndiabetes.'],
  [
    'an IBAN wrapped inside its groups (FR)',
    'Pour le\nremboursement : FR76 3000 6000 0112\n3456 7890 189.',
  ],
  ['an IBAN wrapped after its check digits (ES)', 'Mi cuenta es ES91\n2100 0418 4502 0005 1332.'],
  [
    'a phone wrapped before its last group (FR)',
    'Vous pouvez me rappeler au +33 1 99 00 12\n34 après 18 h, merci.',
  ],
  [
    'a phone wrapped after its area code (IT)',
    'Per qualsiasi problema chiamami al +39 02\n12345678, rispondo fino alle 19.',
  ],
  // Numbers matched by their own patterns, or valid by checksum alone, wrapped next to a label.
  ['a NINO wrapped after its letters (EN)', 'My social security number is AA\n12 34 56 B, thanks.'],
  [
    'a Norwegian fødselsnummer wrapped in a JSON string',
    '{"id":17,"national_id":"151086\n95088","city":"Bergen"}',
  ],
  [
    'a Belgian number wrapped inside its groups (NL)',
    'Hallo, mijn identificatienummer is 98 47\n28 997 65 en ik ben verhuisd.',
  ],
  [
    'a French NIR wrapped before its last group (DE)',
    'Meine\nSozialversicherungsnummer: 2 95 10 99\n126 111 93',
  ],
  ['a German Steuernummer wrapped at a slash', 'Meine Steuernummer ist 156 / 141 /\n14808.'],
  ['an Austrian Steuernummer wrapped at its dash', 'My tax number: 81\n- 590/9908'],
  [
    'a Portuguese citizen card wrapped before its check digit',
    'O meu cartão de cidadão, número nacional 04521224 4 ZZ\n7, expira em 2031.',
  ],
  ['an id card number wrapped after its prefix (IT)', "Numero carta d'identità: AA\n1234567"],
  ['a card a narrow column wrapped twice', 'Card number:\n4012\n8888 8888\n1881, expires 12/29.'],
  [
    'an obfuscated address wrapped after "at" (EN)',
    'Contact for the volunteer rota: Chloe at\nexample dot org, or ring the office.',
  ],
  [
    'a device id on the line after its label (PT)',
    'O ID do dispositivo do meu telemóvel é\nc072ca16-da42-4c6f-9241-df58aae0fd1c;\napaguem os dados.',
  ],
  [
    'a plate wrapped between its groups (PL)',
    'Samochód o numerze rejestracyjnym GD\n67603 należy do mnie; właściciel\npoprzedni sprzedał go w marcu.',
  ],
  [
    'an address wrapped inside its postcode (NL)',
    'Graag de factuur sturen naar mevrouw\nHoekstra, Laan van Meerdervoort 52, 2517\nAM Den Haag.',
  ],
  [
    'an address wrapped after the street word (PL)',
    'Mieszkam przy ul.\nSłoneczna 83/4, 65-945\nGdańsk; kurier nie mógł znaleźć klatki.',
  ],
  [
    'a salutation wrapped before the name (DE)',
    'Sehr geehrte Frau\nSchneider,\n\nvielen Dank\nfür Ihre Nachricht vom\nDienstag.',
  ],
  [
    'a name wrapped between its parts (ES)',
    'El informe lo firma Elena\nFernández, que coordina el\nproyecto desde Madrid.',
  ],
  // An IBAN grouped by dashes: its wrapped tail belongs to it, and it is still found.
  [
    'an IBAN grouped by dashes, wrapped (DE)',
    'Guten Tag, meine IBAN lautet BE32\n123-4567890-02, ich bin umgezogen.',
  ],
  ['a two-word term across a Windows break (FR)', "J'ai une sclérose en\r\nplaques depuis 2018."],
  [
    'a two-word term across a format=flowed break (ES)',
    'Mi vecino está en libertad \r\ncondicional y tiene prohibido salir.',
  ],
  ['a tax id wrapped between its groups (DE)', 'Meine Steuer-ID lautet 36 574\n261 809.'],
  [
    'a health id wrapped between its groups (EN)',
    'My NHS number is 943 476\n5919, please update it.',
  ],
  // Each line of a wrapped number still counts on its own where it did before.
  [
    'a social security number wrapped after its second group (EN)',
    'Hello, my social security number is 2 95\n10 99 126 111 93 and I moved last month.',
  ],
  [
    'a birth date wrapped inside (EN)',
    'For the insurance form: I was born on 12\nMarch 1980 in Leeds.',
  ],
];

/** Near misses: line breaks that end a clause or a number, and columns of numbers. */
const NOT_JOINED: readonly (readonly [what: string, text: string])[] = [
  [
    'a cue and a topic in separate paragraphs',
    'I wrote the notes\n\nDiabetes research is well funded.',
  ],
  [
    'a cue and an indented list of topics',
    'My reading list:\n  diabetes prevention\n  cancer screening',
  ],
  // Test data meant to fail the check, wrapped: no IBAN, and its tail is no phone nor account.
  [
    'an invalid IBAN wrapped (DE)',
    'Die Testdaten enthalten absichtlich\nungültige Kontonummern wie DE59 3287 9421\n7351 3861 10, damit die Validierung\nanschlägt.',
  ],
  [
    'an invalid IBAN with letters wrapped (NL)',
    'Het voorbeeldrekeningnummer NL12 PACA\n4045 4394 30 in de handleiding is bewust\nongeldig.',
  ],
  [
    'a column of four-digit numbers',
    'Totals per quarter\n1234 5678\n9012 3456\n7890 1234\n5566 7788',
  ],
  ['a CSV of years and amounts', 'year;amount\n2021;4410\n2022;5120\n2023;6075\n2024;7301'],
  [
    'a log with numbers on consecutive lines',
    '12:00:01 worker 3 queue 0612\n3456 jobs done in 7890 ms\n12:00:02 worker 4 queue 0613\n3457 jobs',
  ],
  [
    'a column of queue numbers in a log',
    'worker 3 queue 0612\n3456 jobs done\nworker 4 queue 0613\n3457 jobs done',
  ],
  ['amounts on consecutive lines', 'Total 1 234\n5 678 EUR\nNet 2 345\n6 789 EUR'],
  [
    'a business address with a postcode on the next line (SV)',
    'Vårt kontor\nligger på\nKungsgatan 44,\n111 35\nStockholm;\nreceptionen är\nöppen 8–17.',
  ],
  ['a column of numbers under no label', 'Totals per site\n36 574\n261 809\n943 476\n5919'],
  // The same numbers across a line break, but without a label, or across a blank line.
  ['a checksum-valid number split over two lines, no label', 'Order 151086\n95088 shipped today.'],
  [
    'a national-number label, the groups a blank line apart',
    'National id field, see below:\n151086\n\n95088 items in stock.',
  ],
  ['groups of a card number a blank line apart', 'Batch numbers:\n4012\n8888 8888\n\n1881 pallets'],
];

describe('wrapped text', () => {
  it.each(WRAPPED_PERSONAL)('is personal: %s', (_what, text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each(NOT_JOINED)('stays non-sensitive: %s', (_what, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});
