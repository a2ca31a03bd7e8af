import { vatIdRecognizer } from '../../../../shared/pii/recognizers/vat-id.js';

// Valid numbers from python-stdnum's test data (LGPL-2.1+, via shared/corpora/stdnum-identifiers.json).
const detected = (text: string) =>
  vatIdRecognizer.find(text).map((finding) => ({
    value: text.slice(finding.start, finding.end),
    type: finding.type,
    category: finding.category,
    scheme: finding.detail,
  }));

const company = (value: string, scheme: string) => ({
  value,
  type: 'VAT_ID',
  category: 'business_id',
  scheme,
});

describe('vatIdRecognizer', () => {
  it.each([
    ['USt-IdNr.: DE136695976', 'DE136695976', 'de.vat'],
    ['UID ATU13585627', 'ATU13585627', 'at.vat'],
    ['TVA FR 40 303 265 045, merci', 'FR 40 303 265 045', 'fr.vat'],
    ['btw NL 806753742B01', 'NL 806753742B01', 'nl.vat'],
    ['P.IVA IT 00743110157', 'IT 00743110157', 'it.vat'],
    ['BE 0202.239.951', 'BE 0202.239.951', 'be.vat'],
    ['BE 0202.239.951. Danke', 'BE 0202.239.951', 'be.vat'],
    ['ΑΦΜ EL 094259216', 'EL 094259216', 'el.vat'],
    ['CHE-107.787.577 MWST', 'CHE-107.787.577 MWST', 'che.vat'],
    ['XI 432525179', 'XI 432525179', 'xi.vat'],
    ['HU -12509403', 'HU -12509403', 'hu.vat'],
    ['LU: 20993674', 'LU: 20993674', 'lu.vat'],
    ['NIP PL 5211355116', 'PL 5211355116', 'pl.vat'],
  ])('reports the company VAT number in %j as a business id', (text, value, scheme) => {
    expect(detected(text)).toEqual([company(value, scheme)]);
  });

  it.each([
    ['a Spanish NIF built on a DNI', 'NIF ES 54362315K', 'ES 54362315K', 'es.vat'],
    ['a Czech DIČ built on a birth number', 'DIČ CZ 7103192745', 'CZ 7103192745', 'cz.vat'],
  ])('reports %s as the personal tax id it is', (_case, text, value, scheme) => {
    expect(detected(text)).toEqual([{ value, type: 'TAX_ID', category: 'tax_id', scheme }]);
  });

  it.each([
    ['a wrong check digit', 'DE136695975'],
    ['a prefix glued to a word', 'YES136695976'],
    ['a VAT number glued to more letters', 'DE136695976abc'],
    ['a lower-case prefix (not supported)', 'de136695976'],
    ['a prefix followed by a year', 'DE 2023'],
    ['an IBAN', 'DE89 3704 0044 0532 0130 00'],
    ['a country prefix in prose', 'IT IS 2023 ALREADY'],
    // Cut where a dot has digits after it: inside a longer number (a Swiss AHV number)
    ['the first groups of a dotted number', 'RO 756.9217.0769.85'],
  ])('ignores %s', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });
});
