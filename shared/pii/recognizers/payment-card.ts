import { luhn } from '../checksums.js';
import type { Recognizer } from '../recognizer.js';
import {
  continuesCode,
  digitRunStarts,
  digitsOf,
  type Span,
  scanCandidatesAt,
  toFinding,
} from '../spans.js';

// Contiguous 13-19 digits, or the printed groupings 4-4-4-4(-3), 4-4-4-1..4 and 4-6-4/5.
const CANDIDATE =
  /(?<![\p{L}\p{N}.,-])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{3}|\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,4}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{13,19})(?![\d])/gu;
// Every shape opens with four digits: tried only where a run of four or more starts.
const FOUR_DIGITS = digitRunStarts(4);

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

const toCard = (text: string, start: number, end: number): Span | undefined => {
  if (continuesCode(text, start)) return undefined;
  const digits = digitsOf(text.slice(start, end));
  return issued(digits) && luhn(digits) ? { start, end } : undefined;
};

/** Payment card numbers: a known issuer prefix and length, and a valid Luhn check digit. */
export const paymentCardRecognizer: Recognizer = {
  name: 'payment-card',
  entities: ['PAYMENT_CARD'],
  find: (text) =>
    scanCandidatesAt(text, CANDIDATE, FOUR_DIGITS, (start, end) => toCard(text, start, end)).map(
      (span) =>
        toFinding(span, {
          type: 'PAYMENT_CARD',
          category: 'financial',
          score: 1,
          recognizer: 'payment-card',
        }),
    ),
};
