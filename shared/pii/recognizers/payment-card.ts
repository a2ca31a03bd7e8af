import { gs1, luhn } from '../checksums.js';
import { columnHeaderOf } from '../column-header.js';
import { contextPattern, hasContextNear } from '../context.js';
import type { Recognizer } from '../recognizer.js';
import {
  continuesCode,
  digitsOf,
  groupedRunStarts,
  onlySoftBreaks,
  type Span,
  scanCandidatesAt,
  toFinding,
} from '../spans.js';
import { isMobileWithCountryCode } from './phone.js';

/** The printed groupings 4-4-4-4-3, 4-4-4-1..4 and 4-6-4/5, groups joined by `separator`. */
const groupings = (separator: string): string =>
  ['\\d{4}_\\d{4}_\\d{4}_\\d{4}_\\d{3}', '\\d{4}_\\d{4}_\\d{4}_\\d{1,4}', '\\d{4}_\\d{6}_\\d{4,5}']
    .map((shape) => shape.replaceAll('_', separator))
    .join('|');

// Spaces or dashes, or a line break (with the spaces around it) where a number was wrapped.
const SPACED = '(?:[ -]|[ \\t]*\\r?\\n[ \\t]*)';
// Dots, slashes or underscores throughout, and no more so joined digits after: not a longer
// dotted run (a version, an IP) or path.
const UNIFORM = ['\\.', '/', '_']
  .map((separator) => `(?:${groupings(separator)})(?!${separator}\\d)`)
  .join('|');

// Contiguous 13-19 digits, or the printed groupings (exported for the test of its start index).
export const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${groupings(SPACED)}|${UNIFORM}|\\d{13,19})(?![\\d])`,
  'gu',
);
const LINE_BREAK = /[ \t]*\r?\n[ \t]*/g;
const SHORT_GROUP = /^\d{1,2}(?!\d)/;
// Every shape opens with a group of four then one of four or six, or is 13 to 19 digits whole:
// tried only where such runs start (not at every year of a date).
export const CARD_STARTS = groupedRunStarts(4, [4, 6], { min: 13, max: 19 });

type Range = readonly [from: number, to: number, lengths: readonly number[]];
const LONG = [16, 17, 18, 19];

// Issuer ranges (prefix from..to, inclusive, same number of digits) and the lengths they issue.
const ISSUERS: readonly Range[] = [
  [4, 4, [13, 16, 19]], // Visa
  [51, 55, [16]], // Mastercard
  [2221, 2720, [16]], // Mastercard 2-series
  [34, 34, [15]], // American Express
  [37, 37, [15]], // American Express
  [300, 305, [14, ...LONG]], // Diners Club
  [36, 36, [14, ...LONG]], // Diners Club
  [38, 39, LONG], // Diners Club
  [6011, 6011, LONG], // Discover
  [644, 649, LONG], // Discover
  [65, 65, LONG], // Discover
  [3528, 3589, LONG], // JCB
  [62, 62, LONG], // UnionPay
  [81, 81, LONG], // UnionPay
  [2200, 2204, LONG], // Mir
  [50, 50, [13, 14, 15, ...LONG]], // Maestro
  [56, 69, [13, 14, 15, ...LONG]], // Maestro
  [1, 1, [15]], // UATP
];

const issued = (digits: string): boolean =>
  ISSUERS.some(([from, to, lengths]) => {
    const prefix = Number(digits.slice(0, String(from).length));
    return prefix >= from && prefix <= to && lengths.includes(digits.length);
  });

/**
 * Whether a number wrapped over lines is still read as one: one line break at most, and no group
 * of one or two digits after it (a list item's number on the next line: "3333\n1. Punkt").
 */
const wrappedAsOne = (lines: readonly string[]): boolean =>
  lines.length === 1 || (lines.length === 2 && !SHORT_GROUP.test(lines[1] ?? ''));

const GROUP_LINE = /^\d{4,6}$/;
const DIGIT_LINE = /^[ \t]*\d+[ \t]*\r?$/;

/** The line before the one `offset` is in (without its line break), or undefined on the first. */
const lineBefore = (text: string, offset: number): string | undefined => {
  const start = text.lastIndexOf('\n', offset - 1);
  return start < 0 ? undefined : text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
};

/** The line after the one `offset` is in, or undefined on the last. */
const lineAfter = (text: string, offset: number): string | undefined => {
  const end = text.indexOf('\n', offset);
  if (end < 0) return undefined;
  const next = text.indexOf('\n', end + 1);
  return text.slice(end + 1, next < 0 ? text.length : next);
};

/**
 * "4111\n1111\n1111\n1111": a card copied out of a form or a PDF, one group of four (or 4-6-5)
 * per line, each line nothing but its group, after a label or on its own. Not a column of numbers:
 * the line before the first group (when it opens its line) and the line after the last hold no
 * number alone of their own, other than a three-digit CVV after it.
 */
const oneGroupPerLine = (
  text: string,
  start: number,
  end: number,
  lines: readonly string[],
): boolean => {
  if (lines.length < 3 || !lines.every((line) => GROUP_LINE.test(line))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const opensLine = text.slice(lineStart, start).trim() === '';
  const before = lineBefore(text, start);
  if (opensLine && before !== undefined && DIGIT_LINE.test(before)) return false;
  const endOfLine = text.indexOf('\n', end);
  const rest = text.slice(end, endOfLine < 0 ? text.length : endOfLine);
  if (rest.trim() !== '') return true;
  const after = lineAfter(text, end);
  return after === undefined || !DIGIT_LINE.test(after) || after.trim().length === 3;
};

const GROUPS_LINE = /^\d{4,6}(?:[ -]\d{4,6})+$/;

// Words for a payment card, folded (EN, DE, FR, IT, ES, NL, PL, PT, SV, DA/NO, FI, CS, HU, RO).
const CARD_WORDS = contextPattern(
  [],
  [
    ...['card number', 'card no', 'credit card', 'debit card', 'payment card', 'card'],
    ...['visa', 'mastercard', 'amex', 'maestro', 'kartennummer', 'kreditkarte', 'karte'],
    ...['numero de carte', 'carte bancaire', 'carte de credit', 'carte'],
    ...['numero di carta', 'carta di credito', 'carta'],
    ...['numero de tarjeta', 'tarjeta de credito', 'tarjeta'],
    ...['kaartnummer', 'creditcard', 'betaalpas', 'numer karty', 'karta kredytowa', 'karta'],
    ...['numero do cartao', 'cartao de credito', 'cartao', 'kortnummer', 'kreditkort'],
    ...['betalkort', 'korttinumero', 'luottokortti', 'cislo karty', 'platebni karta'],
    ...['kartyaszam', 'bankkartya', 'numarul cardului', 'card bancar'],
    // A card's other fields, and card words of more EU languages (a review: a 13-digit card
    // beside 'CVV' or 'Dankort' must not read as a barcode)
    ...['cvv', 'cvc', 'cvv2', 'cvc2', 'pan', 'expiry', 'expires', 'exp', 'valid thru', 'ablauf'],
    ...['gultig bis', 'scadenza', 'caducidad', 'validade', 'vervaldatum', 'udlob', 'lejarat'],
    ...['dankort', 'bankkort', 'bankkarte', 'girocard', 'ec-karte', 'carte bleue', 'bancomat'],
    ...['betaalkaart', 'bankpas', 'pankkikort', 'maksekaart', 'kartica', 'kartico', 'kartya'],
    ...['καρτα', 'ληξη', 'карта', 'kortelė', 'kortele', 'karte', 'kartë', 'kartou', 'kaart'],
    ...['=CB', 'paiement', 'pagamento', 'zahlkarte', 'debit', 'kortet', 'caduca', 'vervalt'],
  ],
);

/**
 * "4012\n8888 8888\n1881": a number a narrow column wrapped twice or more, whole groups on every
 * line and two on one at least (one group per line is oneGroupPerLine's), each break a soft one,
 * next to a word for a card: twice wrapped, the lines could as well be rows of a table.
 */
const wrappedInGroups = (
  text: string,
  start: number,
  end: number,
  lines: readonly string[],
): boolean =>
  lines.length >= 3 &&
  lines.every((line) => GROUP_LINE.test(line) || GROUPS_LINE.test(line)) &&
  lines.some((line) => GROUPS_LINE.test(line)) &&
  onlySoftBreaks(text, start, end) &&
  hasContextNear(text, { start, end }, CARD_WORDS);

const isCard = (text: string, start: number, candidate: string, digits: string): boolean => {
  if (!issued(digits) || !luhn(digits)) return false;
  const lines = candidate.split(LINE_BREAK);
  const end = start + candidate.length;
  return (
    wrappedAsOne(lines) ||
    oneGroupPerLine(text, start, end, lines) ||
    wrappedInGroups(text, start, end, lines)
  );
};

// The last group of a grouped candidate, with the separator before it.
const LAST_GROUP = /[ \t\r\n./_-]+\d+$/;
const MIN_DIGITS = 13;

/**
 * The card at `start`: the candidate, or, when it fails, the candidate without its last groups
 * ("4111 1111 1111 1111\n123": the next line's CVV or amount is no fifth group).
 */
// A product's barcode right after its label ("EAN 5901234123457"): 13 digits pass Luhn as often
// as any number, and a barcode is no card. Only a number that can be the barcode: 13 or 14 digits
// (EAN-13, ISBN-13, GTIN-14) with GS1's check digit; the label does not hide a card's 15 or 16
// digits ('isbn: 4111 1111 1111 1111').
const BARCODE_BEFORE =
  /(?:\b(?:ean|gtin|upc|isbn|barcode|strichcode|code-barres|codice a barre)[ \t]*(?:-?13|-?8)?[ \t:#.-]*)$/i;
const BARCODE_REACH = 24;
const isBarcodeAfterLabel = (text: string, start: number, digits: string): boolean =>
  (digits.length === 13 || digits.length === 14) &&
  gs1(digits) &&
  BARCODE_BEFORE.test(text.slice(Math.max(0, start - BARCODE_REACH), start));
// The same word as the header of the candidate's table column ('ean;nazev;sklad' over
// '5901234123457;…'), when the number is a valid GTIN (check digit weighted 3 and 1 from the right).
const BARCODE_HEADER =
  /^\W*(?:ean|gtin|upc|isbn|barcode|strichcode|code-barres|codice a barre)(?:[ _-]?(?:13|14|8|code|kod|nr|no))?\W*$/i;

/** Whether the span is a cell of a column headed as barcodes, and a valid GTIN. */
const inBarcodeColumn = (text: string, span: Span): boolean => {
  const header = columnHeaderOf(text, span);
  return (
    header !== undefined &&
    BARCODE_HEADER.test(text.slice(header.start, header.end).trim()) &&
    gs1(digitsOf(text.slice(span.start, span.end)))
  );
};

// Thirteen digits that pass GS1's check as well as Luhn's, with no card word near: a product's
// barcode or a party's location number (EAN-13, GLN: '5901780564872' in a price list aligned by
// spaces), written far more often than a 13-digit card, which Visa and Maestro have long stopped
// issuing.
const TRADE_NUMBER_DIGITS = 13;

// Nor a mobile number written with its country code and no '+' ('4915151810483'), which the
// phone recognizer reads only next to a phone word: it stays personal as a card (fail closed).
const isTradeNumber = (text: string, span: Span, digits: string): boolean =>
  digits.length === TRADE_NUMBER_DIGITS &&
  gs1(digits) &&
  !hasContextNear(text, span, CARD_WORDS) &&
  !isMobileWithCountryCode(digits);

// A full stop, a comma or a dash right before: the digits may be a decimal's or a negative
// number's ("0.4532015112830366", a float printed whole), so a card only with a card word near
// (a CSV's 'card' column over "1,4532015112830366,12", "Card no.4532…", "Amex,3782…").
const FULL_STOP = 46;
const COMMA = 44;
const DASH = 45;

const afterPunctuation = (text: string, start: number): boolean => {
  const before = text.charCodeAt(start - 1);
  return before === FULL_STOP || before === COMMA || before === DASH;
};

const toCard = (text: string, start: number, end: number): Span | undefined => {
  if (continuesCode(text, start)) return undefined;
  if (afterPunctuation(text, start) && !hasContextNear(text, { start, end }, CARD_WORDS)) {
    return undefined;
  }
  let candidate = text.slice(start, end);
  for (let digits = digitsOf(candidate); digits.length >= MIN_DIGITS; ) {
    if (isCard(text, start, candidate, digits)) {
      const span = { start, end: start + candidate.length };
      return inBarcodeColumn(text, span) ||
        isTradeNumber(text, span, digits) ||
        isBarcodeAfterLabel(text, start, digits)
        ? undefined
        : span;
    }
    const shorter = candidate.replace(LAST_GROUP, '');
    if (shorter === candidate) return undefined;
    candidate = shorter;
    digits = digitsOf(candidate);
  }
  return undefined;
};

/** Payment card numbers: a known issuer prefix and length, and a valid Luhn check digit. */
export const paymentCardRecognizer: Recognizer = {
  name: 'payment-card',
  entities: ['PAYMENT_CARD'],
  find: (text) =>
    scanCandidatesAt(text, CANDIDATE, CARD_STARTS, (start, end) => toCard(text, start, end)).map(
      (span) =>
        toFinding(span, {
          type: 'PAYMENT_CARD',
          category: 'financial',
          score: 1,
          recognizer: 'payment-card',
        }),
    ),
};
