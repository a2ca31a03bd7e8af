import { foldText } from './lexicon/fold.js';

/**
 * The country prefix of a VAT number as written on invoices ('PL 5211355116', 'EL 094259216'),
 * right before a number: a number so prefixed is that country's VAT id, not another country's
 * personal number nor a phone number.
 */

/** VAT prefixes and the country (stdnum module) each stands for: EL is Greece, XI Northern Ireland. */
export const VAT_PREFIXES: Readonly<Record<string, string>> = {
  AT: 'at',
  BE: 'be',
  BG: 'bg',
  CHE: 'ch',
  CY: 'cy',
  CZ: 'cz',
  DE: 'de',
  DK: 'dk',
  EE: 'ee',
  EL: 'gr',
  ES: 'es',
  FI: 'fi',
  FR: 'fr',
  GB: 'gb',
  HR: 'hr',
  HU: 'hu',
  IE: 'ie',
  IT: 'it',
  LT: 'lt',
  LU: 'lu',
  LV: 'lv',
  MT: 'mt',
  NL: 'nl',
  PL: 'pl',
  PT: 'pt',
  RO: 'ro',
  SE: 'se',
  SI: 'si',
  SK: 'sk',
  XI: 'gb',
};

// The prefix, a standalone word in capitals, then up to three spaces, dots, colons or dashes. Not
// the end of a word in capitals ('KENNITÖLU': after any letter, not only ASCII).
const PREFIX_BEFORE = /(?<![\p{L}\p{M}\p{N}])(CHE|[A-Z]{2})[ .:-]{0,3}$/u;
const REACH = 6;

/** The country a VAT prefix right before `start` stands for ('pl', 'gr'), or undefined. */
export const vatCountryBefore = (text: string, start: number): string | undefined => {
  const match = PREFIX_BEFORE.exec(text.slice(Math.max(0, start - REACH), start));
  return match === null ? undefined : VAT_PREFIXES[match[1] as string];
};

// Names of one country's company registers, folded, as labels right before a number: a number so
// labelled is that register's, not another country's personal number that its digits happen to
// pass ("IČO 25123891" is no Slovene tax number). Only register names: the words a language uses
// for personal numbers in general ('personnummer', 'codice fiscale', 'NIF', 'PESEL', 'AFM') label
// foreign numbers too, and must not hide them.
const LABEL_COUNTRIES: readonly (readonly [string, readonly string[]])[] = [
  ['regon|krs', ['pl']],
  ['ico', ['cz', 'sk']],
  ['kvk', ['nl']],
  ['cvr', ['dk']],
  ['org\\.? ?nr|organisationsnummer', ['se']],
  ['organisasjonsnummer', ['no']],
  ['y-tunnus', ['fi']],
  ['siren|siret|rcs', ['fr']],
  ['cui', ['ro']],
  ['eik|еик|булстат', ['bg']],
  ['registrikood', ['ee']],
  ['hrb|hra', ['de']],
  ['cro|companies house', ['ie', 'gb']],
  ['cegjegyzekszam|cegjegyzek', ['hu']],
];
const LABEL_BEFORE = new RegExp(
  `(?<![a-z0-9])(${LABEL_COUNTRIES.map(([words]) => words).join('|')})[ \\t]*(?:nr\\.?|no\\.?)?[ \\t:.#-]{0,3}$`,
);
const LABEL_REACH = 32;
// Each entry's words alone, compiled once: which entry the label found belongs to.
const LABEL_ENTRIES = LABEL_COUNTRIES.map(
  ([words, countries]) => [new RegExp(`^(?:${words})$`), countries] as const,
);

/**
 * The countries whose company register a label right before `start` names ('IČO 25123891'), or
 * undefined when there is no such label.
 */
export const labelCountriesBefore = (
  text: string,
  start: number,
): readonly string[] | undefined => {
  const match = LABEL_BEFORE.exec(foldText(text.slice(Math.max(0, start - LABEL_REACH), start)));
  if (match === null) return undefined;
  const label = match[1] as string;
  return LABEL_ENTRIES.find(([words]) => words.test(label))?.[1];
};
