import type { Recognizer } from '../recognizer.js';
import { byDigits, findIds, type IdScheme, validatorFor } from '../schemes.js';
import { digitsOf } from '../spans.js';

const tax = { type: 'TAX_ID', category: 'tax_id' } as const;

// All purely numeric with a single mod-10/11 check digit: a tax word must be near the number.
const SCHEMES: readonly IdScheme[] = [
  {
    id: 'de.idnr',
    ...tax,
    validator: validatorFor('DE', 'idnr'),
    candidates: byDigits(11),
    context: /steuer|\bidnr|\bid-nr|identifikationsnummer|\btin\b|tax ?id|taxpayer/gi,
    normalise: digitsOf,
  },
  {
    id: 'fr.nif',
    ...tax,
    validator: validatorFor('FR', 'nif'),
    candidates: byDigits(13),
    context: /fiscal|\bspi\b|\bnif\b|\btin\b|tax ?id/gi,
    normalise: digitsOf,
  },
  {
    id: 'gb.utr',
    ...tax,
    validator: validatorFor('GB', 'utr'),
    candidates: byDigits(10),
    context: /\butr\b|unique taxpayer|taxpayer reference/gi,
    normalise: digitsOf,
  },
];

/** Personal tax identification numbers, validated by stdnum and only next to a tax word. */
export const taxIdRecognizer: Recognizer = {
  name: 'tax-id',
  entities: ['TAX_ID'],
  find: (text) => findIds(text, SCHEMES, 'tax-id'),
};

/** The stdnum ids this recognizer knows (documentation and tests). */
export const TAX_ID_SCHEMES: readonly string[] = SCHEMES.map((scheme) => scheme.id);
