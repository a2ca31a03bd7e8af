import { kvnr, nhsNumber } from '../checksums.js';
import { contextPattern } from '../context.js';
import { compact, digitsOf } from '../id-schemes/common.js';
import type { Recognizer } from '../recognizer.js';
import { byDigits, byPattern, findIds, type IdScheme } from '../schemes.js';

const HEALTH = { type: 'HEALTH_ID', category: 'national_id' } as const;
const HEALTH_WORDS = contextPattern(['health', 'social', 'national']);

// One check digit each (about 1 in 10 random numbers pass): a health or insurance word must be near.
const SCHEMES: readonly IdScheme[] = [
  {
    id: 'de.kvnr',
    ...HEALTH,
    isValid: kvnr,
    candidates: byPattern(/(?<![\p{L}\p{N}])[A-Za-z] ?\d{4} ?\d{4} ?\d(?![\p{L}\p{N}])/gu),
    context: HEALTH_WORDS,
    normalise: compact,
    names: contextPattern([], ['kvnr', 'versicherten']),
  },
  {
    id: 'gb.nhs',
    ...HEALTH,
    isValid: nhsNumber,
    candidates: byDigits(10),
    context: HEALTH_WORDS,
    normalise: digitsOf,
    names: contextPattern([], ['nhs']),
  },
];

/** Health insurance numbers (German KVNR, UK NHS number) next to a health or insurance word. */
export const healthIdRecognizer: Recognizer = {
  name: 'health-id',
  entities: ['HEALTH_ID'],
  find: (text) => findIds(text, SCHEMES, 'health-id'),
};

/** The scheme ids this recognizer knows (documentation and tests). */
export const HEALTH_ID_SCHEMES: readonly string[] = SCHEMES.map((scheme) => scheme.id);
