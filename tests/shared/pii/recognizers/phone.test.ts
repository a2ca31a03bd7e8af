import { phoneRecognizer } from '../../../../shared/pii/recognizers/phone.js';
import { foundIn } from '../helpers.js';

describe('phoneRecognizer', () => {
  it.each([
    ['DE, international', 'Ruf an: +49 30 1234567', '+49 30 1234567'],
    ['DE, international with (0)', '+49 (0)30 1234567', '+49 (0)30 1234567'],
    ['DE, 00 call prefix', '0049 30 12345678', '0049 30 12345678'],
    ['DE, national landline', 'Tel. 030 12345678', '030 12345678'],
    ['DE, area code in parentheses', '(030) 1234567', '(030) 1234567'],
    ['DE, area code and slash', '030/1234567', '030/1234567'],
    ['DE, mobile', 'Handy 0171 2345678', '0171 2345678'],
    ['FR, national in pairs', 'appelez le 06 12 34 56 78', '06 12 34 56 78'],
    ['FR, national with dots', '06.12.34.56.78', '06.12.34.56.78'],
    ['FR, international', '+33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['IT, landline with its leading 0', 'chiamare lo 02 1234 5678', '02 1234 5678'],
    ['IT, international mobile', '+39 347 123 4567', '+39 347 123 4567'],
    ['NL, national', 'bel 020 123 4567', '020 123 4567'],
    ['ES, grouped mobile', 'Llámame al 612 345 678', '612 345 678'],
    ['ES, contiguous mobile next to a phone word', 'móvil: 612345678', '612345678'],
    ['PL, grouped mobile next to a phone word', 'Telefon: 500 123 456', '500 123 456'],
    [
      'a reference word and a phone word',
      'referência do cliente, telefone 912 345 678',
      '912 345 678',
    ],
    ['PL, international', '+48 500 123 456', '+48 500 123 456'],
    ['GB, international', '+44 20 7946 0958', '+44 20 7946 0958'],
    ['US, national with parentheses', 'call (415) 555-0132', '(415) 555-0132'],
    ['spaced groups that are no date', 'Tel. 06. 12. 3456', '06. 12. 3456'],
    ['a year range with a phone word', 'Tel. 2019-2021', '2019-2021'],
    // A review's cases: 'issn' inside a word, a company-number label in another sentence
    [
      'after a word holding "issn"',
      'Jag är mycket missnöjd. Mitt nummer: 070-123 45 67',
      '070-123 45 67',
    ],
    ['after a surname holding "issn"', 'Herr Wissner 0171 2345678', '0171 2345678'],
    [
      'after a label in the sentence before',
      'Unternehmensnummer beantragt. Privat 0171 2345678',
      '0171 2345678',
    ],
    ['after "BCE" meaning the ECB', 'Mon conseiller BCE au 06 12 34 56 78', '06 12 34 56 78'],
    ['after an ISBN', 'Book ISBN 978-3-16-148410-0, my number 07700 900123', '07700 900123'],
    [
      'after an ISSN',
      'Zeitschrift ISSN 0317-8471 – Abonnentin erreichbar 0171 2345678',
      '0171 2345678',
    ],
  ])('finds %s', (_case, text, expected) => {
    expect(foundIn(phoneRecognizer, text)).toEqual([expected]);
  });

  // A company's number labelled as one, or right after a VAT prefix, is no phone number; next to a
  // phone word it still is.
  it.each([
    ['a VAT number with its prefix set apart', 'VAT: GB 980 7806 84'],
    ['a company number', 'Manchester M1 3HE | Company no. 04512345'],
    ['a French RCS number', 'Capital social 50 000 €, RCS Lyon 512 345 678.'],
    ['a Portuguese company NIF', 'NIF da empresa PT 500 019 720, fatura FT 2024/332'],
    // Sixteenth red-team set
    ['a Norwegian organisation number', 'Organisasjonsnummer: 950 901 977'],
    ['a Belgian company number', "Numéro d'entreprise (BCE) : 0504.459.287"],
    ['a Dutch-language company number', 'Ondernemingsnummer 0504.459.287'],
    ['an ISSN', 'ISSN 0345-7168 – Rivista di idraulica'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(phoneRecognizer, text)).toEqual([]);
  });

  it.each([
    ['next to a phone word', 'VAT questions: ring 020 7946 0958', '020 7946 0958'],
    ['with a phone word and a company word', 'Tel. 0612 345 678 (RCS Lyon)', '0612 345 678'],
  ])('still finds a phone number %s', (_case, text, expected) => {
    expect(foundIn(phoneRecognizer, text)).toEqual([expected]);
  });

  // Next to a phone word in any EU language a phone-shaped number counts (format plus context),
  // even when no EU country's plan knows it. Numbers from Presidio's tests (tests/fixtures/corpora).
  it.each([
    ['an Israeli number', 'Telefonnummer 09-7625400', '09-7625400'],
    ['a Japanese mobile', 'numéro de téléphone 090-1234-5678', '090-1234-5678'],
    ['a Chinese mobile', 'numer telefonu 13812345678', '13812345678'],
    ['a number after a Finnish word', 'puhelin 91-415-555-0132', '91-415-555-0132'],
    ['a number after a Greek word', 'τηλέφωνο 13812345678', '13812345678'],
  ])('finds %s next to a phone word', (_case, text, expected) => {
    expect(foundIn(phoneRecognizer, text)).toEqual([expected]);
  });

  it('scores a number no EU plan knows as format evidence', () => {
    const findings = phoneRecognizer.find('numer telefonu 13812345678');

    expect(findings.map(({ detail, score }) => ({ detail, score }))).toEqual([
      { detail: 'format', score: 0.6 },
    ]);
  });

  it.each([
    ['the tail of a malformed IBAN', 'BE71 0961 2345 6760'],
    ['a Chinese mobile without a phone word', 'ref 13812345678'],
    ['a date with a space after each full stop', 'Platnost do 31. 12. 2023 včetně.'],
    ['a date year first with spaces', 'Érvényes: 2023. 12. 31.'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(phoneRecognizer, text)).toEqual([]);
  });

  // Ofcom's drama range is no one's line; written nationally, only where it is valid nowhere else
  // ('01632 960 456' is a German mobile).
  it.each([['+44 7700 900412'], ['0044 161 496 0123']])(
    'finds no number of the drama ranges: %s',
    (number) => {
      expect(foundIn(phoneRecognizer, `call me on ${number}`)).toEqual([]);
    },
  );

  it('reports a toll-free number as a business number, a mobile as a contact', () => {
    const categories = (text: string) =>
      phoneRecognizer.find(text).map((finding) => finding.category);
    expect(categories('Llame al 900 814 226')).toEqual(['business_id']);
    expect(categories('Call +44 800 123 4567')).toEqual(['business_id']);
    // Valid as a mobile in Bulgaria, premium-rate in France: a contact (fail closed).
    expect(categories('Обадете се на 0887 123 456')).toEqual(['contact']);
    // A mailbox number and a non-geographic number are people's too.
    expect(categories('Mobilbox: +49 170 13 1234567')).toEqual(['contact']);
    expect(categories('Bel me op +31 87 123 4567')).toEqual(['contact']);
    expect(categories('Handy: 0163 2960 123')).toEqual(['contact']);
  });

  it('splits a list of numbers separated by a spaced slash', () => {
    expect(foundIn(phoneRecognizer, 'Tel 030 1234567 / 0171 2345678')).toEqual([
      '030 1234567',
      '0171 2345678',
    ]);
  });

  it.each([
    ['an ISO date', 'due 2023-05-21'],
    ['an ISO timestamp', '2023-05-21T12:30:00Z'],
    ['a date and time', 'am 21.05.2023 um 14:00'],
    ['a slashed date and time', '21/05/2023 14:00'],
    ['an ISO date with a time', '2023-05-21 12:30'],
    ['an IPv4 address', 'host 192.168.100.201'],
    ['an order number next to an order word', 'Bestellnummer 123-456-789'],
    ['a grouped number next to an order word', 'Order 612 345 678'],
    ['a Multibanco reference (rt4-76)', 'Entidade 21312 | Referência 123 456 789 | Montante 54,30'],
    ['a Spanish payment reference', 'Referencia 612 345 678 del recibo'],
    ['a French reference', 'Référence 06 12 34 56 78 du dossier'],
    ['an Italian reference', 'riferimento 333 123 4567'],
    ['an invoice number with a trunk-like 0', 'Invoice 0301234567'],
    ['a bare contiguous number', 'code 612345678'],
    ['single digits in a row', '1 2 3 4 5 6 7 8'],
    ['zeros in a row', '0 0 0 0 0 0 0 0'],
    ['a decimal number', 'pi is 3.14159265'],
    ['an amount with thousands separators', '600 000 000 EUR'],
    ['a money amount with decimals', '1.234.567,89 EUR'],
    ['an ISBN', 'ISBN 978-3-16-148410-0'],
    ['a UUID', '123e4567-e89b-12d3-a456-426614174000'],
    ['digit-only groups inside a UUID', 'id d40905ee-0128-4468-b31e-f1a1a7131caa'],
    ['a leading digit-only UUID group', 'id 09787058-f4d3-49ec-8164-5b2b5be00937'],
    ['a trailing digit-only UUID group', 'id 1e050aca-47b9-43ea-8f83-079496914880'],
    ['digit-only groups of an upper-case UUID', 'id D9361F6D-3933-4813-9113-B7DB4FDC766D'],
    ['a too short international number', '+49 30'],
    ['a postcode', 'PLZ 10115 Berlin'],
    ['years in a row', '1990 1991 1992 1993'],
    // A CV's range of years (red-team rt11-49)
    ['a range of years in parentheses', 'Junior Analyst, start-up (2019-2021)'],
    ['a range of years with an en dash', 'Analyst (2008 – 2012), then lead'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(phoneRecognizer, text)).toEqual([]);
  });

  // A mail client wraps a number where a space was: read across the soft line break.
  it.each([
    [
      'wrapped before the last group',
      'rappelez-moi au +33 1 99 00 12\n34 après 18 h',
      '+33 1 99 00 12\n34',
    ],
    ['wrapped after the country code', 'Rückruf unter +49\n30 1234567, danke', '+49\n30 1234567'],
    ['wrapped after the area code', 'Call +44 20\n7946 0958 today', '+44 20\n7946 0958'],
    ['glued to a word on the next line', 'Ring +33 1 99 00 12\n34 2e étage', '+33 1 99 00 12\n34'],
    ['national, after a phone word', 'Telefon: 089\n12345678 ab 9 Uhr', '089\n12345678'],
    // Words for calling as phone words (rt15-16 and rt9-81 wrapped at 60 columns)
    [
      'national, after a Lithuanian call verb',
      'tegul skambina 8 699 41\n227. Būsiu namie.',
      '8 699 41\n227',
    ],
    [
      'national, after an Irish call noun',
      'cuir glaoch orainn; tá d’uimhir againn: 087 214\n6630. Bricfeasta',
      '087 214\n6630',
    ],
    [
      'national, after a Croatian call verb',
      'Nazovite me na 091 234\n5678 poslije podne',
      '091 234\n5678',
    ],
    // A country code without '+', next to a phone word or in a WhatsApp link (a review)
    ['with its country code but no plus', 'Handy: 4915168991359', '4915168991359'],
    ['with its country code in a WhatsApp link', 'https://wa.me/4915168991359', '4915168991359'],
  ])('finds a number %s', (_case, text, expected) => {
    expect(foundIn(phoneRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['a column of numbers', 'queue 0612\n3456 jobs\n0613\n3457 jobs'],
    ['numbers apart by a blank line', '+49 30\n\n1234567'],
    ['an indented next line', '+49 30\n    1234567'],
  ])('joins no number across %s', (_case, text) => {
    expect(foundIn(phoneRecognizer, text)).toEqual([]);
  });

  it('keeps a whole number on its line when the next line starts with digits', () => {
    expect(foundIn(phoneRecognizer, 'Telefon: 030 1234567\n2023 war gut')).toEqual(['030 1234567']);
  });

  it('scores international numbers above national ones, naming no country', () => {
    const findings = phoneRecognizer.find('+49 30 1234567 or 030 12345678');

    expect(findings.map(({ score, detail }) => ({ score, detail }))).toEqual([
      { score: 0.9, detail: 'international' },
      { score: 0.8, detail: 'national' },
    ]);
  });
});

// A switchboard, hotline or reception named right before the number: a business's contact.
describe('phoneRecognizer on switchboards', () => {
  const details = (text: string) =>
    phoneRecognizer.find(text).map((finding) => `${finding.category}/${finding.detail}`);

  it.each([
    ['a Swedish switchboard', 'Norrlands Trävaror AB, Box 412, växel 090-17 50 00.'],
    ['an English switchboard', 'Switchboard +353 1 555 0100 (Mon–Fri 9–17).'],
    ['a Bulgarian switchboard', 'ул. Индустриална 4, 1000 София, централа 02 123 4567.'],
    ['a Polish hotline', 'Hurtownia ELMAX, infolinia 801 123 456.'],
  ])('reports %s as a business contact', (_case, text) => {
    expect(details(text)).toEqual(['business_id/switchboard']);
  });

  it.each([
    ['a mobile number', 'Ruf mich an: 0151 23456789', 'contact/national'],
    [
      'a number after a switchboard word further away',
      'Switchboard closed; call me on +49 30 1234567',
      'contact/international',
    ],
  ])('keeps %s personal', (_case, text, expected) => {
    expect(details(text)).toEqual([expected]);
  });
});

// Next to a company's name alone, a mobile may be an employee's: it stays personal (fail closed).
// A landline that is no mobile in any country it is valid in, in a block of lines with a legal
// form written as one writes it and no person cue, is the company's line (letterheads: a
// seventy-ninth red-team set). Random text around a phone number once showed why the case
// matters: 'lTD' before it hid it.
describe('phoneRecognizer in a company context', () => {
  const categories = (text: string) =>
    phoneRecognizer.find(text).map((finding) => finding.category);

  it.each([
    ['an Impressum', 'Holzbau Süd GmbH\nIndustriestraße 14\nTelefon: +49 761 4589-0'],
    [
      'a Czech letterhead, its IČO no phone',
      'Realitní kancelář Novák & syn s.r.o., IČO 27184512, tel. 222 000 111.',
    ],
  ])('reads %s as the company line', (_case, text) => {
    expect(categories(text)).toEqual(['business_id']);
  });

  it.each([
    ['a legal form in any case before it', 'lTD\n+49 30 1234567'],
    ['a mobile in a letterhead', 'Holzbau Süd GmbH\nIndustriestraße 14\nMobil: 0151 23456789'],
    // Denmark numbers its mobiles and landlines alike: any Danish number may be a mobile
    ['a Danish letterhead', 'Nordisk Emballage A/S, Industrivej 21, 7100 Vejle, tlf. 75 82 10 00'],
    ['a named employee', 'Anna Schmidt, Holzbau Süd GmbH, mobil 0151 23456789'],
    ['a self-reference', 'Ich arbeite bei der Siemens AG, ruf mich an: 0151 23456789'],
    ['a weekday that is a venue word', 'Ligue-me na sexta-feira para o 912 345 678, obrigado.'],
  ])('keeps %s personal', (_case, text) => {
    expect(categories(text)).toEqual(['contact']);
  });
});

// A company-number word elsewhere in the sentence says nothing about the number.
describe('phoneRecognizer next to a company-number word', () => {
  it.each([
    ['a word in the sentence before', "VAT is due in May; 0151 23456789 is Anna's."],
    ['a word after it', '0151 23456789 (Anna), die USt-IdNr. folgt.'],
  ])('keeps a number the word does not label: %s', (_case, text) => {
    expect(foundIn(phoneRecognizer, text)).toEqual(['0151 23456789']);
  });
});
