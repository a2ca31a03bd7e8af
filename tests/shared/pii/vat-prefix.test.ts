import { VAT_ID_PREFIXES } from '../../../shared/pii/recognizers/vat-id.js';
import { VAT_PREFIXES, vatCountryBefore } from '../../../shared/pii/vat-prefix.js';

describe('vatCountryBefore', () => {
  it('knows the prefixes the VAT recognizer reads', () => {
    expect(Object.keys(VAT_PREFIXES).sort()).toEqual([...VAT_ID_PREFIXES].sort());
  });

  it.each([
    ['a prefix and a space', 'NIP PL 5211355116', 'pl'],
    ['Greece as EL', 'ΑΦΜ EL 094259216', 'gr'],
    ['a prefix, a colon and a space', 'VAT GB: 980780684', 'gb'],
    ['Switzerland as CHE', 'UID CHE-116.281.710', 'ch'],
  ])('reads %s', (_case, text, country) => {
    expect(vatCountryBefore(text, text.search(/\d/))).toBe(country);
  });

  it.each([
    ['no prefix', 'NIP 5211355116'],
    ['two capitals that are no country', 'ID 5211355116'],
    ['a prefix glued to a word', 'XPL 5211355116'],
    // Icelandic "ID number" in capitals: 'LU' ends the word, after a letter beyond ASCII.
    ['the end of a word in capitals with a letter beyond ASCII', 'KENNITÖLU 140981-5089'],
    ['lower case', 'pl 5211355116'],
  ])('reads nothing with %s', (_case, text) => {
    expect(vatCountryBefore(text, text.search(/\d/))).toBeUndefined();
  });
});
