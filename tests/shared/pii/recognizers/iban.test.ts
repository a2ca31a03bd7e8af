import { ibanRecognizer } from '../../../../shared/pii/recognizers/iban.js';
import { foundIn } from '../helpers.js';

// Valid IBANs from python-stdnum's test data (LGPL-2.1+, via shared/corpora/stdnum-identifiers.json).
describe('ibanRecognizer', () => {
  it.each([
    ['DE, grouped by four', 'IBAN: DE89 3704 0044 0532 0130 00.', 'DE89 3704 0044 0532 0130 00'],
    ['DE, compact', 'iban=DE89370400440532013000', 'DE89370400440532013000'],
    ['DE, lower case', 'kto de89 3704 0044 0532 0130 00 bitte', 'de89 3704 0044 0532 0130 00'],
    [
      'FR, with letters in the BBAN',
      'RIB FR14 2004 1010 0505 0001 3M02 606',
      'FR14 2004 1010 0505 0001 3M02 606',
    ],
    ['GB, with a bank code', 'GB29 NWBK 6016 1331 9268 19', 'GB29 NWBK 6016 1331 9268 19'],
    [
      'MT, the longest in the table',
      'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
      'MT84 MALT 0110 0001 2345 MTLC AST0 01S',
    ],
    ['IT, with dashes', 'IT60-X054-2811-1010-0000-0123-456', 'IT60-X054-2811-1010-0000-0123-456'],
    ['NO, with dots', 'konto NO07.8380.08.06006', 'NO07.8380.08.06006'],
    [
      'ES, with a space after the country',
      'ES 58 0049 0290 3424 1352 8341',
      'ES 58 0049 0290 3424 1352 8341',
    ],
    [
      'PL, followed by more words',
      'PL61 1090 1014 0000 0712 1981 2874 for rent',
      'PL61 1090 1014 0000 0712 1981 2874',
    ],
  ])('finds %s', (_case, text, expected) => {
    expect(foundIn(ibanRecognizer, text)).toEqual([expected]);
  });

  it.each([
    [
      'DE, slashes between groups',
      'IBAN DE89/3704/0044/0532/0130/00',
      'DE89/3704/0044/0532/0130/00',
    ],
    [
      'DE, underscores between groups',
      'iban_DE89_3704_0044_0532_0130_00_old',
      'DE89_3704_0044_0532_0130_00',
    ],
    ['a currency glued after it', 'Betrag an DE89370400440532013000EUR', 'DE89370400440532013000'],
    ['a letter glued before it', 'xDE89370400440532013000', 'DE89370400440532013000'],
    ['a label glued before it', 'IBANDE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'],
    [
      'a label before and a currency after',
      'IBAN:DE89370400440532013000EUR',
      'DE89370400440532013000',
    ],
    ['GB, glued on both sides', 'toGB29NWBK60161331926819gbp', 'GB29NWBK60161331926819'],
  ])('finds an IBAN with %s', (_case, text, expected) => {
    expect(foundIn(ibanRecognizer, text)).toEqual([expected]);
  });

  // A mail client wraps a grouped IBAN where a space was.
  it.each([
    [
      'wrapped between groups',
      'Konto DE89 3704 0044\n0532 0130 00.',
      'DE89 3704 0044\n0532 0130 00',
    ],
    [
      'wrapped after the check digits',
      'cuenta ES91\n2100 0418 4502 0005 1332',
      'ES91\n2100 0418 4502 0005 1332',
    ],
    [
      'a Windows break',
      'IBAN PL61 1090 1014\r\n0000 0712 1981 2874',
      'PL61 1090 1014\r\n0000 0712 1981 2874',
    ],
    [
      'a format=flowed break',
      'IBAN PL61 1090 1014 \r\n0000 0712 1981 2874',
      'PL61 1090 1014 \r\n0000 0712 1981 2874',
    ],
    ['grouped by dashes', 'meine IBAN lautet BE32\n123-4567890-02, danke', 'BE32\n123-4567890-02'],
    ['after the country code', 'my IBAN: NO\n0560110516994', 'NO\n0560110516994'],
    [
      'after the country code, then grouped',
      'IBAN: ES\n58 0049 0290 3424 1352 8341',
      'ES\n58 0049 0290 3424 1352 8341',
    ],
  ])('finds an IBAN %s', (_case, text, expected) => {
    expect(foundIn(ibanRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['a blank line between its parts', 'DE89 3704 0044\n\n0532 0130 00'],
    ['an indented next line', 'DE89 3704 0044\n    0532 0130 00'],
    ['a compact code in one row, digits in the next', 'DE8937040044\n0532013000'],
    ['a country code, then a compact code over two lines', 'NO\n05601105\n16994'],
    ['an invalid IBAN, wrapped', 'Testdaten wie DE59 3287 9421\n7351 3861 10, ungültig'],
  ])('joins no IBAN across %s', (_case, text) => {
    expect(foundIn(ibanRecognizer, text)).toEqual([]);
  });

  it('finds two IBANs written one after the other', () => {
    const text = 'DE89 3704 0044 0532 0130 00 AT61 1904 3002 3457 3201';

    expect(foundIn(ibanRecognizer, text)).toEqual([
      'DE89 3704 0044 0532 0130 00',
      'AT61 1904 3002 3457 3201',
    ]);
  });

  it.each([
    ['a wrong check digit', 'DE89 3704 0044 0532 0130 01'],
    [
      'a letter where the country wants a digit (Presidio case)',
      'AL47 212A 1009 0000 0002 3569 8741',
    ],
    ['an unknown country code', 'QQ89 3704 0044 0532 0130 00'],
    ['too few characters for the country', 'DE89 3704 0044 0532 0130'],
    ['an IBAN glued to digits before it', '1DE89370400440532013000'],
    ['an IBAN glued to letters and digits before it', 'x1DE89370400440532013000'],
    ['a lower-case country code glued to letters', 'xde89370400440532013000'],
    ['an IBAN glued to letters then digits after it', 'DE89370400440532013000EUR5'],
    [
      'a short IBAN whose last character would be cut from the next word',
      'BH67BMAG0000129912345 znajduje się w wierszu 4.',
    ],
    ['slashes with a wrong check digit', 'DE89/3704/0044/0532/0130/01'],
    ['a glued IBAN with a wrong check digit', 'xDE89370400440532013001EUR'],
    ['an IBAN running into more digits', 'DE8937040044053201300099'],
    ['a UUID', '123e4567-e89b-12d3-a456-426614174000'],
    ['a git commit hash', 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(ibanRecognizer, text)).toEqual([]);
  });

  it('reports a financial finding', () => {
    expect(ibanRecognizer.find('DE89370400440532013000')).toEqual([
      { type: 'IBAN', category: 'financial', start: 0, end: 22, score: 1, recognizer: 'iban' },
    ]);
  });
});
