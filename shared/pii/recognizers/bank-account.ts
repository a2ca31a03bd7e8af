import { czechBankAccount, spanishCcc } from '../checksums.js';
import { contextPattern } from '../context.js';
import { digitsOf, token } from '../id-schemes/common.js';
import type { Recognizer } from '../recognizer.js';
import { byDigits, byPattern, findIds, type IdScheme } from '../schemes.js';
import { isWholeNumber, joinedRunStarts } from '../spans.js';
import { stdnumValid } from '../stdnum.js';

const ACCOUNT = { type: 'BANK_ACCOUNT', category: 'financial' } as const;
const ACCOUNT_WORDS = contextPattern(['account']);

const wholeNumbers = byDigits(6, 7, 8, 9, 10, 11, 12);
// Slashed (a year range, '2023/2024'), shaped like a date ('21.05.2023') or a month of a year
// ('2024-05', '05.2024'), or a range of years ('2023-2024'): not an account.
const NOT_ACCOUNT =
  /\/|^\d{1,2}[.-]\d{1,2}[.-](?:\d{2}|\d{4})$|^\d{4}[.-]\d{1,2}[.-]\d{1,2}$|^(?:19|20)\d\d[.-](?:0?[1-9]|1[0-2])$|^(?:0?[1-9]|1[0-2])[.-](?:19|20)\d\d$|^(?:19|20)\d\d-(?:19|20)\d\d$/;

// 'reģ. nr.' (Latvian reģistrācijas numurs, with its ģ) right before the number: a company's
// register number, which the Danish and Swedish account label 'reg.nr.' (folded alike) is not.
const LATVIAN_REGISTRATION_BEFORE = /reģ\.? ?nr\.?[ \t]*:?[ \t]*$/i;
// The Icelandic 'Reikningur nr.' is an invoice's number as well as an account's ("Reikningur nr.
// 2024-1187 – Seljandi: …": a hundred-and-thirty-seventh set): an account only in its own shape,
// a bank, a ledger and an account number ('0101-26-012345').
const ICELANDIC_INVOICE_BEFORE = /reikningur[ \t]+nr\.?[ \t]*:?[ \t]*$/i;
const ICELANDIC_ACCOUNT = /^\d{4}[ -]?\d{2}[ -]?\d{6}$/;

const CZECH = /^(?:(\d{1,6})-)?(\d{2,10})\/(\d{4})$/;

/** Czech account: optional prefix, number and a bank code, each of the first two mod 11. */
const czech = (value: string): boolean => {
  const match = CZECH.exec(value);
  if (match === null) return false;
  const [, prefix = '', account = '', bank = ''] = match;
  return bank !== '0000' && czechBankAccount(prefix, account);
};

const SCHEMES: readonly IdScheme[] = [
  // Two check digits over twenty digits in their printed grouping: distinctive on its own.
  {
    id: 'es.ccc',
    ...ACCOUNT,
    isValid: spanishCcc,
    candidates: byPattern(
      token('\\d{4}[ -]?\\d{4}[ -]?\\d{2}[ -]?\\d{10}'),
      joinedRunStarts(4, 20),
    ),
    normalise: digitsOf,
  },
  {
    id: 'cz.bankaccount',
    ...ACCOUNT,
    isValid: czech,
    candidates: byPattern(token('(?:\\d{1,6}-)?\\d{2,10}/\\d{4}')),
    context: ACCOUNT_WORDS,
  },
  {
    id: 'no.kontonr',
    ...ACCOUNT,
    isValid: stdnumValid('NO', 'kontonr'),
    candidates: byDigits(11),
    context: ACCOUNT_WORDS,
    normalise: digitsOf,
  },
  // UK sort code and account number: no checksum, so the words must be there.
  {
    id: 'gb.sortcode',
    ...ACCOUNT,
    isValid: () => false,
    isWellFormed: () => true,
    candidates: byPattern(token('\\d{2}-\\d{2}-\\d{2},? \\d{8}')),
    context: ACCOUNT_WORDS,
  },
  // Any other account number: six to twelve digits, one whole number (grouped or not, but not
  // slashed nor a date), labelled by account words.
  {
    id: 'account',
    ...ACCOUNT,
    isValid: () => false,
    isWellFormed: () => true,
    candidates: (text) =>
      wholeNumbers(text).filter(
        (span) =>
          isWholeNumber(text, span) &&
          !NOT_ACCOUNT.test(text.slice(span.start, span.end)) &&
          !LATVIAN_REGISTRATION_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start)) &&
          !(
            ICELANDIC_INVOICE_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)) &&
            !ICELANDIC_ACCOUNT.test(text.slice(span.start, span.end))
          ),
      ),
    context: ACCOUNT_WORDS,
    adjacent: true,
  },
];

/** Bank account numbers other than IBANs: Spanish CCC, Czech, Norwegian, UK, and any next to words. */
export const bankAccountRecognizer: Recognizer = {
  name: 'bank-account',
  entities: ['BANK_ACCOUNT'],
  find: (text) => findIds(text, SCHEMES, 'bank-account'),
};

/** The scheme ids this recognizer knows (documentation and tests). */
export const BANK_ACCOUNT_SCHEMES: readonly string[] = SCHEMES.map((scheme) => scheme.id);
