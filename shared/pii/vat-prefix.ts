import type { Validator } from 'stdnum';
import { ClassificationError } from '../errors.js';
import { foldText } from './lexicon/fold.js';
import { EU_VAT, stdnumValid, validateQuietly, validatorFor } from './stdnum.js';

/**
 * The country prefix of a VAT number as written on invoices ('PL 5211355116', 'EL 094259216'),
 * right before a number that can be that country's VAT number: a number so prefixed is that
 * country's VAT id, not another country's personal number nor a phone number.
 */

interface VatCountry {
  /** The stdnum country the prefix stands for, lower case ('gr' for EL, 'gb' for XI). */
  readonly country: string;
  readonly validators: readonly Validator[];
  /** Lengths of the compact number after the prefix: anything else is not tried. */
  readonly lengths: readonly number[];
  /** Whether the validator is given the prefix too (XI numbers validate as bare GB ones). */
  readonly withPrefix: boolean;
  /**
   * Lengths at which digits alone, valid or not, are written as a company's VAT number of the
   * country (a made-up one in an example invoice): not a person's number that only persons hold
   * (a Romanian CNP's 13 digits, a Czech birth number's 9 or 10), nor a shape the country's VAT
   * numbers never have (a Dutch one has a 'B').
   */
  readonly companyDigits: readonly number[];
}

const vatCountry = (
  stdnumCountry: string,
  lengths: readonly number[],
  options: {
    withPrefix?: boolean;
    extra?: readonly Validator[];
    companyDigits?: readonly number[];
  } = {},
): VatCountry => {
  const validators = [...(EU_VAT[stdnumCountry] ?? []), ...(options.extra ?? [])];
  if (validators.length === 0) {
    throw new ClassificationError(`stdnum has no VAT validator for ${stdnumCountry}`);
  }
  return {
    country: stdnumCountry.toLowerCase(),
    validators,
    lengths,
    withPrefix: options.withPrefix ?? true,
    companyDigits: options.companyDigits ?? lengths,
  };
};

const gbVat = [validatorFor('GB', 'vat')];

// Keyed by the prefix as written on invoices (EL for Greece, CHE for Switzerland).
const VAT_COUNTRIES: Readonly<Record<string, VatCountry>> = {
  AT: vatCountry('AT', [9]),
  BE: vatCountry('BE', [9, 10]),
  BG: vatCountry('BG', [9, 10]),
  CHE: vatCountry('CH', [9, 12, 13], { extra: [validatorFor('CH', 'uid')] }),
  CY: vatCountry('CY', [9]),
  CZ: vatCountry('CZ', [8, 9, 10], { companyDigits: [8] }),
  DE: vatCountry('DE', [9]),
  DK: vatCountry('DK', [8]),
  EE: vatCountry('EE', [9]),
  EL: vatCountry('GR', [8, 9]),
  ES: vatCountry('ES', [9]),
  FI: vatCountry('FI', [8]),
  FR: vatCountry('FR', [11]),
  GB: vatCountry('GB', [5, 9, 12], { extra: gbVat }),
  HR: vatCountry('HR', [11]),
  HU: vatCountry('HU', [8]),
  IE: vatCountry('IE', [8, 9]),
  IT: vatCountry('IT', [11]),
  LT: vatCountry('LT', [9, 12]),
  LU: vatCountry('LU', [8]),
  LV: vatCountry('LV', [11]),
  MT: vatCountry('MT', [8]),
  NL: vatCountry('NL', [10, 11, 12], { companyDigits: [] }),
  PL: vatCountry('PL', [10]),
  PT: vatCountry('PT', [9]),
  RO: vatCountry('RO', [2, 3, 4, 5, 6, 7, 8, 9, 10, 13], {
    companyDigits: [2, 3, 4, 5, 6, 7, 8, 9, 10],
  }),
  SE: vatCountry('SE', [12]),
  SI: vatCountry('SI', [8]),
  SK: vatCountry('SK', [10]),
  XI: vatCountry('GB', [5, 9, 12], { withPrefix: false, extra: gbVat }),
};

/** The VAT prefixes read here and by the VAT recognizer, and the country each stands for. */
export const VAT_PREFIXES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(VAT_COUNTRIES).map(([prefix, spec]) => [prefix, spec.country]),
);

/** Who holds a VAT number. */
export type VatHolder = 'individual' | 'company';

const UNSEPARATED = /[ .,:-]/g;

/**
 * Who holds the VAT number `body` written after `prefix` ('PL', '521 135 51 16'), or undefined
 * when no validator of that country accepts it.
 */
export const vatHolder = (prefix: string, body: string): VatHolder | undefined => {
  const spec = VAT_COUNTRIES[prefix];
  const compact = body.replace(UNSEPARATED, '');
  if (spec === undefined || !spec.lengths.includes(compact.length)) return undefined;
  const value = spec.withPrefix ? `${prefix}${compact}` : compact;
  for (const check of spec.validators) {
    const result = validateQuietly(check, value);
    if (result.isValid) return result.isIndividual && !result.isCompany ? 'individual' : 'company';
  }
  return undefined;
};

// The prefix, a standalone word in capitals, then up to three spaces, dots, colons or dashes. Not
// the end of a word in capitals ('KENNITÖLU': after any letter, not only ASCII).
const PREFIX_BEFORE = /(?<![\p{L}\p{M}\p{N}])(CHE|[A-Z]{2})[ .:-]{0,3}$/u;
const REACH = 6;

// Digits only, as most countries' VAT numbers are written after their prefix.
const DIGITS = /^\d+$/;

/**
 * Whether `body` can be the VAT number of `prefix`'s country: one its validator accepts, or digits
 * of a length that country's companies' numbers have (a made-up 'DE 123 456 789' in an example
 * invoice is written as a German VAT number, though no valid one; 'RO 756.9217.0769.85' is no
 * Romanian company's, and stays a Swiss AHV number).
 */
const mayBeVatNumber = (prefix: string, body: string): boolean => {
  const spec = VAT_COUNTRIES[prefix];
  const compact = body.replace(UNSEPARATED, '');
  // vatHolder asks the same of the length first
  if (spec === undefined || !spec.lengths.includes(compact.length)) return false;
  return (
    (spec.companyDigits.includes(compact.length) && DIGITS.test(compact)) ||
    vatHolder(prefix, body) !== undefined
  );
};

/**
 * The country ('pl', 'gr') of a VAT prefix right before `start`, when `value` (the number as
 * written there) can be a VAT number of that country; else undefined. Two capitals before a
 * number that cannot be a VAT number of theirs do not make it one ('ES: MORGA657054SM9IJ' stays
 * a British driving licence, 'SK 131052-308T' a Finnish personal number).
 */
export const vatCountryBefore = (
  text: string,
  start: number,
  value: string,
): string | undefined => {
  const match = PREFIX_BEFORE.exec(text.slice(Math.max(0, start - REACH), start));
  if (match === null) return undefined;
  const prefix = match[1] as string;
  return mayBeVatNumber(prefix, value) ? VAT_PREFIXES[prefix] : undefined;
};

// Names of one country's company registers, folded, as labels right before a number: a number so
// labelled is that register's, not another country's personal number that its digits happen to
// pass ("IČO 25123891" is no Slovene tax number). Only register names: the words a language uses
// for personal numbers in general ('personnummer', 'codice fiscale', 'NIF', 'PESEL', 'AFM') label
// foreign numbers too, and must not hide them. Each with what that register's numbers are: stdnum's
// check where the register has one, else their shape with separators removed. A number that is
// not the register's is not hidden, whatever stands before it ("KRS" ending one line and a British
// driving licence on the next; 'CUI:' before a Swedish personal number that fails the CUI check).
const siren = stdnumValid('FR', 'siren');
const siret = stdnumValid('FR', 'siret');
const ruInn = stdnumValid('RU', 'inn');
const shaped =
  (shape: RegExp) =>
  (value: string): boolean =>
    shape.test(value.replace(REGISTER_SEPARATORS, ''));
const REGISTER_SEPARATORS = /[\s./-]/g;
const LABEL_COUNTRIES: readonly (readonly [
  string,
  readonly string[],
  (value: string) => boolean,
])[] = [
  // KRS numbers are written with ten digits, zeros first (0000123456); REGON carries a check.
  ['krs', ['pl'], shaped(/^000\d{7}$/)],
  ['regon', ['pl'], stdnumValid('PL', 'regon')],
  ['ico', ['cz', 'sk'], stdnumValid('CZ', 'ico')],
  ['kvk', ['nl'], shaped(/^\d{8}$/)],
  ['cvr', ['dk'], stdnumValid('DK', 'cvr')],
  ['org\\.? ?nr|organisationsnummer', ['se'], stdnumValid('SE', 'orgnr')],
  ['organisasjonsnummer', ['no'], stdnumValid('NO', 'orgnr')],
  ['y-tunnus', ['fi'], stdnumValid('FI', 'ytunnus')],
  ['siren|siret|rcs', ['fr'], (value) => siren(value) || siret(value)],
  ['cui', ['ro'], stdnumValid('RO', 'cui')],
  ['eik|еик|булстат', ['bg'], stdnumValid('BG', 'vat')],
  ['registrikood', ['ee'], stdnumValid('EE', 'registrikood')],
  ['hrb|hra', ['de'], shaped(/^\d{1,6}$/)],
  ['cro|companies house', ['ie', 'gb'], shaped(/^(?:[a-z]{2}\d{6}|\d{1,8})$/i)],
  ['cegjegyzekszam|cegjegyzek', ['hu'], shaped(/^\d{10}$/)],
  // A Hungarian firm's or sole trader's adószám as written, 8-1-2 digits ('adószám: 24871536-2-42',
  // no PESEL: a hundred-and-twenty-seventh set); a Russian firm's ИНН of ten digits (a person's
  // has twelve)
  ['adoszam', ['hu'], (value) => /^\d{8}-\d-\d{2}$/.test(value)],
  ['инн', ['ru'], (value) => shaped(/^\d{10}$/)(value) && ruInn(value)],
];
const LABEL_BEFORE = new RegExp(
  `(?<![a-z0-9])(${LABEL_COUNTRIES.map(([words]) => words).join('|')})[ \\t]*(?:nr\\.?|no\\.?)?[ \\t:.#-]{0,3}$`,
);
const LABEL_REACH = 32;
// Each entry's words alone, compiled once: which entry the label found belongs to.
const LABEL_ENTRIES = LABEL_COUNTRIES.map(
  ([words, countries, holds]) => [new RegExp(`^(?:${words})$`), countries, holds] as const,
);

/**
 * The countries whose company register a label right before `start` names ('IČO 25123891'), when
 * `value` (the number as written) can be one of that register's numbers; else undefined.
 */
export const labelCountriesBefore = (
  text: string,
  start: number,
  value: string,
): readonly string[] | undefined => {
  const match = LABEL_BEFORE.exec(foldText(text.slice(Math.max(0, start - LABEL_REACH), start)));
  if (match === null) return undefined;
  const label = match[1] as string;
  const entry = LABEL_ENTRIES.find(([words]) => words.test(label));
  return entry?.[2](value) === true ? entry[1] : undefined;
};
