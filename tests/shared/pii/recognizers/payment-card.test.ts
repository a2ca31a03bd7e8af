import {
  CANDIDATE,
  CARD_STARTS,
  paymentCardRecognizer,
} from '../../../../shared/pii/recognizers/payment-card.js';
import { assertSameAsWholeScan, foundIn } from '../helpers.js';

// Issuers' published test numbers (also used by Presidio's tests, MIT).
describe('paymentCardRecognizer', () => {
  it.each([
    ['Visa, grouped', 'card 4111 1111 1111 1111 exp 12/27', '4111 1111 1111 1111'],
    ['Visa, dashes', '4012-8888-8888-1881', '4012-8888-8888-1881'],
    ['Visa, 13 digits', '4222222222222', '4222222222222'],
    ['Mastercard', '5555555555554444', '5555555555554444'],
    ['Mastercard 2-series', '2223 0031 2200 3222', '2223 0031 2200 3222'],
    ['American Express, compact', '371449635398431', '371449635398431'],
    ['American Express, 4-6-5', '3714 496353 98431', '3714 496353 98431'],
    ['Discover', '6011111111111117', '6011111111111117'],
    ['JCB', '3530111333300000', '3530111333300000'],
    ['Diners Club, 14 digits', '30569309025904', '30569309025904'],
    ['UATP (Presidio case)', '122000000000003', '122000000000003'],
    ['a card inside JSON', '{"pan":"4111111111111111"}', '4111111111111111'],
    ['a CVV on the next line', 'Card: 4111 1111 1111 1111\n123\n12/26', '4111 1111 1111 1111'],
    [
      'an amount on the next line',
      'Kreditkarte 5500 0000 0000 0004\n100 EUR',
      '5500 0000 0000 0004',
    ],
    ['a CVV after a space', 'Card 4111 1111 1111 1111 123', '4111 1111 1111 1111'],
  ])('finds %s', (_case, text, expected) => {
    expect(foundIn(paymentCardRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['Visa, dots', 'Karte 4111.1111.1111.1111 gültig', '4111.1111.1111.1111'],
    ['Visa, dots, at the end of a sentence', 'card: 4012.8888.8888.1881.', '4012.8888.8888.1881'],
    ['American Express, dots 4-6-5', '3714.496353.98431', '3714.496353.98431'],
    ['Visa, 19 digits with dots', '4111.1111.1111.1111.003', '4111.1111.1111.1111.003'],
    ['Visa, a line break between groups', 'card 4111 1111\n1111 1111 exp', '4111 1111\n1111 1111'],
    ['Mastercard, a CRLF break', '5555 5555 5555\r\n4444', '5555 5555 5555\r\n4444'],
    ['Visa, a break with a trailing space', 'Nr. 4012 8888 \n8888 1881', '4012 8888 \n8888 1881'],
  ])('finds %s', (_case, text, expected) => {
    expect(foundIn(paymentCardRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['Visa, slashes', 'Kreditkarte 4111/1111/1111/1111', '4111/1111/1111/1111'],
    ['Mastercard, underscores', 'pan=5555_5555_5555_4444', '5555_5555_5555_4444'],
    ['Visa, slashes in a path', '/cards/4012/8888/8888/1881', '4012/8888/8888/1881'],
  ])('finds %s', (_case, text, expected) => {
    expect(foundIn(paymentCardRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['slashes, Luhn-invalid', '4111/1111/1111/1112'],
    ['slashes in a longer path', '4111/1111/1111/1111/2024'],
    ['slashes and dots mixed', '4111/1111.1111/1111'],
    ['a date with slashes', '12/05/2024/1111'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(paymentCardRecognizer, text)).toEqual([]);
  });

  it.each([
    ['dots, Luhn-invalid', '4111.1111.1111.1112'],
    ['dots inside a longer dotted run', '4111.1111.1111.1111.1234.5'],
    ['dots after a dotted prefix', '1.4111.1111.1111.1111'],
    ['a version string', 'v4111.1111.1111.1111'],
    ['dots with other group sizes', '41.111.111.111.111.11'],
    ['dots and spaces mixed', '4111.1111 1111.1111'],
    ['two line breaks', '4111 1111\n1111\n1111'],
    ['a short group after a line break', 'Konto 4111 2222 3333\n1. Punkt'],
    ['a break with a Luhn-invalid number', '4111 1111\n1111 1112'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(paymentCardRecognizer, text)).toEqual([]);
  });

  // A card copied out of a form or PDF, one group per line: found unless the groups are part of a
  // longer column of numbers.
  it.each([
    ['Visa alone', '4111\n1111\n1111\n1111', '4111\n1111\n1111\n1111'],
    [
      'Visa after a label line',
      'Kreditkarte:\n4111\n1111\n1111\n1111\nDanke',
      '4111\n1111\n1111\n1111',
    ],
    [
      'Mastercard, CRLF',
      'Card number\r\n5555\r\n5555\r\n5555\r\n4444\r\n',
      '5555\r\n5555\r\n5555\r\n4444',
    ],
    [
      'Visa after the label on its line',
      'carte : 4012\n8888\n8888\n1881 exp 12/27',
      '4012\n8888\n8888\n1881',
    ],
    [
      'Visa, indented lines',
      'Tarjeta\n  4012\n  8888\n  8888\n  1881',
      '4012\n  8888\n  8888\n  1881',
    ],
    [
      'Discover, a CVV line after',
      'Karta\n6011\n0009\n9013\n9424\n123\n12/26',
      '6011\n0009\n9013\n9424',
    ],
    ['American Express 4-6-5', 'Amex\n3714\n496353\n98431', '3714\n496353\n98431'],
  ])('finds one group per line: %s', (_case, text, expected) => {
    expect(foundIn(paymentCardRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['a column of years', 'Jahr\n2019\n2020\n2021\n2022\n2023\n2024'],
    ['four years', '2021\n2022\n2023\n2024'],
    ['a longer column of quantities', 'Menge\n4111\n1111\n1111\n1111\n2024\nSumme'],
    ['a column after a number line', 'Pos\n12\n4111\n1111\n1111\n1111'],
    ['a column before a longer number', '4111\n1111\n1111\n1111\n25000'],
    ['a column of prices', 'Preise\n4999\n1299\n3499\n5999'],
    ['a list of PINs', 'PINs:\n4821\n7364\n1190\n5512'],
    ['Luhn-invalid groups', '4111\n1111\n1111\n1112'],
    ['a blank line between groups', '4111\n1111\n\n1111\n1111'],
    ['groups of three', '411\n111\n111\n111\n1111'],
  ])('ignores one group per line: %s', (_case, text) => {
    expect(foundIn(paymentCardRecognizer, text)).toEqual([]);
  });

  it.each([
    ['a Luhn-invalid Visa', '4111 1111 1111 1112'],
    ['a 13-digit number with no issuer (Presidio case)', '1748503543012'],
    ['an ISBN-13', '9783161484100'],
    ['an EAN-13 barcode', '4006381333931'],
    ['a digit run longer than any card', '41111111111111111111'],
    ['the decimals of a number', '0.4111111111111111'],
    ['a Mastercard prefix at the wrong length', '555555555555444'],
    ['an order number', 'order 1234567890123456'],
    ['digits glued to letters (an IBAN, not a card)', 'DK5000400440116342'],
    ['card-shaped groups inside an IBAN-shaped code', 'RS35 2600 0560 1001 6113 70'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(paymentCardRecognizer, text)).toEqual([]);
  });

  it('reports a financial finding', () => {
    expect(paymentCardRecognizer.find('5555555555554444')).toEqual([
      {
        type: 'PAYMENT_CARD',
        category: 'financial',
        start: 0,
        end: 16,
        score: 1,
        recognizer: 'payment-card',
      },
    ]);
  });
});

describe('the start index of the card pattern', () => {
  it('finds what a whole-text scan finds', () => {
    const pieces = [
      '1',
      '12',
      '123',
      '1234',
      '12345',
      '123456',
      '4111111111111111',
      '5500000000000004',
    ]
      .concat([' ', '-', '.', ',', '\n', '\r\n', '\t', ' \n ', 'a', 'é', '/', '_'])
      .concat(['4111 1111 ', '2024-03-05', '3714 496353 98431']);
    assertSameAsWholeScan(CANDIDATE, CARD_STARTS, pieces, 1500);
  });
});

// A column headed as barcodes holds products' GTINs, not cards (red-team rt4-189).
describe('barcode columns', () => {
  const csv = (header: string, value: string) =>
    `${header};nazev;sklad\n4006381333931;Šroub M6x40;1240\n${value};Hmoždinka 8 mm;880`;

  it.each([
    ['an EAN column', csv('ean', '5901234123457')],
    ['a GTIN column', csv('GTIN-13', '5901234123457')],
    ['a Markdown barcode column', '| Barcode | Name |\n|---|---|\n| 5901234123457 | Dübel |'],
    // Thirteen digits that pass GS1's check too, with no card word near (rt17-35, rt5-44)
    ['a GTIN in a price list aligned by spaces', 'SKU        EAN\nKW-0012    5901780564872   Kawa'],
    ['a GTIN under no table', 'EAN list follows.\n5901234123457'],
    // Luhn-valid too, and a card word near, so only the label says 'barcode'
    ['a GTIN after its label', 'Kartenzahlung, EAN 5901234123457'],
    ['a GTIN-14 after its label', 'Kartenzahlung, GTIN: 36123456789062'],
  ])('finds no card in %s', (_, text) => {
    expect(paymentCardRecognizer.find(text)).toEqual([]);
  });

  it.each([
    ['another header', csv('karta', '5901234123457'), '5901234123457'],
    ['a card failing the GTIN check', csv('ean', '4111111111111111'), '4111111111111111'],
    ['no table, a card word near', 'Karte: 5901234123457', '5901234123457'],
    // A review's cases: a card's other fields, card words of more languages
    ['a CVV after it', 'Paid with 4958669680261 exp 09/27 CVV 123', '4958669680261'],
    ['a Danish card word', 'Betalt med Dankort 4958669680261, udløb 09/27', '4958669680261'],
    ['a Greek card word', 'Κάρτα: 5007518979687 λήξη 09/27', '5007518979687'],
    // A second review's cases: a Czech card word, a mobile with its country code and no '+'
    ['a Czech card word', 'Platba kartou 4492353111995', '4492353111995'],
    ['a mobile number with its country code', 'Meine Nummer: 4915151810483', '4915151810483'],
    ['no table, sixteen digits', 'EAN list follows.\n4111111111111111', '4111111111111111'],
    // A barcode's label hides only what can be a barcode (bench/accuracy/insertion-hunt.ts)
    ['an ISBN label before sixteen digits', 'isbn : 4111 1111 1111 1111: #', '4111 1111 1111 1111'],
    ['an ISBN label before fifteen digits', 'isbn 371449635398431 EIN', '371449635398431'],
  ])('still finds the card under %s', (_, text, value) => {
    expect(foundIn(paymentCardRecognizer, text)).toEqual([value]);
  });
});
