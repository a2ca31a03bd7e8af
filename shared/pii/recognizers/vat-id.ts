import type { Validator } from 'stdnum';
import { ClassificationError } from '../../errors.js';
import type { Recognizer } from '../recognizer.js';
import { validatorFor } from '../schemes.js';
import { isWordChar, type Span, scanCandidates, toFinding } from '../spans.js';
import { EU_VAT, validateQuietly } from '../stdnum.js';

interface VatCountry {
  readonly validators: readonly Validator[];
  /** Lengths of the compact number after the prefix: anything else is not tried. */
  readonly lengths: readonly number[];
  /** Whether the validator is given the prefix too (XI numbers validate as bare GB ones). */
  readonly withPrefix: boolean;
}

const country = (
  stdnumCountry: string,
  lengths: readonly number[],
  options: { withPrefix?: boolean; extra?: readonly Validator[] } = {},
): VatCountry => {
  const validators = [...(EU_VAT[stdnumCountry] ?? []), ...(options.extra ?? [])];
  if (validators.length === 0) {
    throw new ClassificationError(`stdnum has no VAT validator for ${stdnumCountry}`);
  }
  return { validators, lengths, withPrefix: options.withPrefix ?? true };
};

const gbVat = [validatorFor('GB', 'vat')];

// Keyed by the prefix as written on invoices (EL for Greece, CHE for Switzerland).
const COUNTRIES: Readonly<Record<string, VatCountry>> = {
  AT: country('AT', [9]),
  BE: country('BE', [9, 10]),
  BG: country('BG', [9, 10]),
  CHE: country('CH', [9, 12, 13], { extra: [validatorFor('CH', 'uid')] }),
  CY: country('CY', [9]),
  CZ: country('CZ', [8, 9, 10]),
  DE: country('DE', [9]),
  DK: country('DK', [8]),
  EE: country('EE', [9]),
  EL: country('GR', [8, 9]),
  ES: country('ES', [9]),
  FI: country('FI', [8]),
  FR: country('FR', [11]),
  GB: country('GB', [5, 9, 12], { extra: gbVat }),
  HR: country('HR', [11]),
  HU: country('HU', [8]),
  IE: country('IE', [8, 9]),
  IT: country('IT', [11]),
  LT: country('LT', [9, 12]),
  LU: country('LU', [8]),
  LV: country('LV', [11]),
  MT: country('MT', [8]),
  NL: country('NL', [10, 11, 12]),
  PL: country('PL', [10]),
  PT: country('PT', [9]),
  RO: country('RO', [2, 3, 4, 5, 6, 7, 8, 9, 10, 13]),
  SE: country('SE', [12]),
  SI: country('SI', [8]),
  SK: country('SK', [10]),
  XI: country('GB', [5, 9, 12], { withPrefix: false, extra: gbVat }),
};

/** The prefixes this recognizer reads (vat-prefix.ts must know the same ones). */
export const VAT_ID_PREFIXES: readonly string[] = Object.keys(COUNTRIES);

// Upper-case country prefix, then a flat run of upper-case alphanumerics and separators; the
// longest prefix of that run (cut at a separator) which validates is the VAT number.
const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.keys(COUNTRIES).join('|')})[ .:-]{0,3}[0-9A-Z][0-9A-Z .,-]{4,20}`,
  'gu',
);
const PREFIX = /^(?:CHE|[A-Z]{2})/;
const SEPARATOR = /[ .,-]/;
const UNSEPARATED = /[ .,:-]/g;

type Holder = 'individual' | 'company';

/** Who holds a VAT number, or undefined when no validator of its country accepts it. */
const holderOf = (prefix: string, body: string): Holder | undefined => {
  const spec = COUNTRIES[prefix];
  const compact = body.replace(UNSEPARATED, '');
  if (spec === undefined || !spec.lengths.includes(compact.length)) return undefined;
  const value = spec.withPrefix ? `${prefix}${compact}` : compact;
  for (const validator of spec.validators) {
    const result = validateQuietly(validator, value);
    if (result.isValid) return result.isIndividual && !result.isCompany ? 'individual' : 'company';
  }
  return undefined;
};

/** Ends of the body worth trying, longest first: before each separator, and the whole run. */
const cutPoints = (text: string, bodyStart: number, end: number): number[] => {
  const cuts = [end];
  for (let i = end - 1; i > bodyStart; i--) {
    if (SEPARATOR.test(text.charAt(i)) && !SEPARATOR.test(text.charAt(i - 1))) cuts.push(i);
  }
  return cuts;
};

interface VatMatch extends Span {
  readonly prefix: string;
  readonly holder: Holder;
}

const toVat = (text: string, start: number, end: number): VatMatch | undefined => {
  const prefix = PREFIX.exec(text.slice(start, start + 3))?.[0] ?? '';
  const bodyStart = start + prefix.length;
  for (const cut of cutPoints(text, bodyStart, end)) {
    if (isWordChar(text, cut)) continue;
    const holder = holderOf(prefix, text.slice(bodyStart, cut));
    if (holder !== undefined) return { start, end: cut, prefix, holder };
  }
  return undefined;
};

const COMPANY = { type: 'VAT_ID', category: 'business_id' } as const;
const INDIVIDUAL = { type: 'TAX_ID', category: 'tax_id' } as const;

/**
 * EU (and CH, GB, XI) VAT numbers with their country prefix, validated by stdnum. A company's VAT
 * number is a business identifier (not personal on its own); one stdnum says belongs to a natural
 * person (an ES NIF, a CZ birth number) is reported as that person's TAX_ID.
 */
export const vatIdRecognizer: Recognizer = {
  name: 'vat-id',
  entities: ['VAT_ID', 'TAX_ID'],
  find: (text) =>
    scanCandidates(text, CANDIDATE, (start, end) => toVat(text, start, end)).map((match) =>
      toFinding(match, {
        ...(match.holder === 'company' ? COMPANY : INDIVIDUAL),
        score: 1,
        recognizer: 'vat-id',
        detail: `${match.prefix.toLowerCase()}.vat`,
      }),
    ),
};
