import {
  labelCountriesBefore,
  VAT_PREFIXES,
  vatCountryBefore,
} from '../../../shared/pii/vat-prefix.js';

describe('vatCountryBefore', () => {
  it('names the country each prefix stands for, as stdnum names it', () => {
    expect(VAT_PREFIXES).toMatchObject({ CHE: 'ch', EL: 'gr', PL: 'pl', XI: 'gb' });
  });

  it.each([
    ['a prefix and a space', 'NIP PL 5211355116', 'pl'],
    ['Greece as EL', 'ΑΦΜ EL 094259216', 'gr'],
    ['a prefix, a colon and a space', 'VAT GB: 980780684', 'gb'],
    ['Switzerland as CHE', 'UID CHE-116.281.710', 'ch'],
    [
      "digits of the length of the prefix's numbers, failing its check",
      'USt-IdNr. DE 123 456 789',
      'de',
    ],
    ["a Romanian company's length, failing its check", 'CUI RO 1234567', 'ro'],
    ["a Czech company's length, failing its check", 'DIČ CZ 12345678', 'cz'],
  ])('reads %s', (_case, text, country) => {
    const start = text.search(/\d/);
    expect(vatCountryBefore(text, start, text.slice(start))).toBe(country);
  });

  it.each([
    ['no prefix', 'NIP 5211355116'],
    ['two capitals that are no country', 'ID 5211355116'],
    ['a prefix glued to a word', 'XPL 5211355116'],
    // Icelandic "ID number" in capitals: 'LU' ends the word, after a letter beyond ASCII.
    ['the end of a word in capitals with a letter beyond ASCII', 'KENNITÖLU 140981-5089'],
    ['lower case', 'pl 5211355116'],
    ['a number of a length the prefix never has', 'PL 52113551160'],
    ['letters where the prefix has digits only', 'SK 131052-308T'],
    // Digits at a length only persons' numbers have there, or a shape the country's never has
    // (bench/accuracy/insertion-hunt.ts): a Swiss AHV, a Swedish personal number
    ["a Romanian CNP's length, failing its check", 'RO 756.9217.0769.85'],
    ["a Czech birth number's length, failing its check", 'CZ 880320-0016'],
    ["digits with no Dutch VAT number's 'B'", 'NL: 880320-0016'],
  ])('reads nothing with %s', (_case, text) => {
    const start = text.search(/\d/);
    expect(vatCountryBefore(text, start, text.slice(start))).toBeUndefined();
  });

  // A British driving licence and an Italian tax code are no Spanish or Romanian VAT numbers.
  it.each([
    ['ES: MORGA657054SM9IJ', 'MORGA657054SM9IJ'],
    ['RO:  RCCMNL83S18D969H', 'RCCMNL83S18D969H'],
  ])('reads nothing before a number that is no VAT number of its prefix: %j', (text, value) => {
    expect(vatCountryBefore(text, text.indexOf(value), value)).toBeUndefined();
  });
});

describe('labelCountriesBefore', () => {
  const labelled = (text: string, number: string): readonly string[] | undefined => {
    const start = text.lastIndexOf(number);
    return labelCountriesBefore(text, start, number);
  };

  it.each([
    ['a Czech company number', 'IČO 25123891', '25123891', ['cz', 'sk']],
    ['a Polish court register number', 'KRS: 0000123456', '0000123456', ['pl']],
    ['a French SIREN in groups', 'RCS 732 829 320', '732 829 320', ['fr']],
    ['a Hungarian register number', 'Cégjegyzékszám: 13-09-188420', '13-09-188420', ['hu']],
    ['a Scottish company number', 'Companies House SC123456', 'SC123456', ['ie', 'gb']],
    ['a label on the line before', 'KRS\n0000123456', '0000123456', ['pl']],
    // Red-team set 127: an adószám read as a PESEL, a firm's ИНН as a Ukrainian tax number
    ['a Hungarian adószám', 'adószám: 24871536-2-42', '24871536-2-42', ['hu']],
    ["a Russian firm's ИНН", 'ИНН 7721458311', '7721458311', ['ru']],
  ])('reads %s as its register country', (_case, text, number, countries) => {
    expect(labelled(text, number)).toEqual(countries);
  });

  // CI, property run with seed 594942778: 'kRS' ending one line hid the British driving licence
  // on the next, as if it were a Polish register number.
  it.each([
    ['a British driving licence after KRS', 'kRS\nMORGA657054SM9IJ', 'MORGA657054SM9IJ'],
    ['a Swiss AHV number after HRB', 'HRB\n756.9217.0769.85', '756.9217.0769.85'],
    ['eleven digits after IČO', 'IČO 44051401359', '44051401359'],
    ['a Swedish personal number failing the CUI check', 'CUI:\n880320-0016', '880320-0016'],
    ['a Swedish personal number failing the REGON check', 'REGON \n880320-0016', '880320-0016'],
    ['a number of ten digits after KRS without its zeros', 'KRS 8803200016', '8803200016'],
    ['a number with no label', 'Nummer 25123891', '25123891'],
    [
      'an adószám written without its hyphens (a PESEL may be)',
      'adószám 44051401359',
      '44051401359',
    ],
    ["a person's ИНН of twelve digits", 'ИНН 500100732259', '500100732259'],
  ])('reads no register country for %s', (_case, text, number) => {
    expect(labelled(text, number)).toBeUndefined();
  });
});
