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

// The prefix, a standalone word in capitals, then up to three spaces, dots, colons or dashes.
const PREFIX_BEFORE = /(?<![A-Za-z0-9])(CHE|[A-Z]{2})[ .:-]{0,3}$/;
const REACH = 6;

/** The country a VAT prefix right before `start` stands for ('pl', 'gr'), or undefined. */
export const vatCountryBefore = (text: string, start: number): string | undefined => {
  const match = PREFIX_BEFORE.exec(text.slice(Math.max(0, start - REACH), start));
  return match === null ? undefined : VAT_PREFIXES[match[1] as string];
};
