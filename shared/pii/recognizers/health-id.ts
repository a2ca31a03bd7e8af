import { kvnr, nhsNumber } from '../checksums.js';
import { contextPattern } from '../context.js';
import { compact, digitsOf, token } from '../id-schemes/common.js';
import type { Recognizer } from '../recognizer.js';
import { byDigits, byPattern, findIds, type IdScheme } from '../schemes.js';

const HEALTH = { type: 'HEALTH_ID', category: 'national_id' } as const;
const HEALTH_WORDS = contextPattern(['health', 'social', 'national']);

// Not bare 'utente': in Italian it means any user ("ID utente").
const SNS_WORDS = contextPattern(
  [],
  [
    'numero de utente',
    'no de utente',
    'n de utente',
    'no utente',
    'n utente',
    'utente do sns',
    'sns',
  ],
);
const SNS_DIGITS = /^\d{9}$/;
const EHIC_DIGITS = /^\d{20}$/;

// One check digit each (about 1 in 10 random numbers pass): a health or insurance word must be near.
// Numbers without any check count only as well-formed, labelled by a name of their own.
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
  // Portuguese número de utente (SNS): nine digits, no check digit.
  {
    id: 'pt.sns',
    ...HEALTH,
    isValid: () => false,
    isWellFormed: (value) => SNS_DIGITS.test(value),
    candidates: byDigits(9),
    context: SNS_WORDS,
    normalise: digitsOf,
    adjacent: true,
  },
  // European Health Insurance Card: 20 digits (issuer, then serial), no check digit.
  {
    id: 'eu.ehic',
    ...HEALTH,
    isValid: () => false,
    isWellFormed: (value) => EHIC_DIGITS.test(value),
    candidates: byPattern(token('\\d(?:[ -]?\\d){19}')),
    context: contextPattern(['ehic']),
    normalise: digitsOf,
  },
];

/** Health insurance numbers (KVNR, NHS, Portuguese SNS, EHIC card) next to a word naming them. */
export const healthIdRecognizer: Recognizer = {
  name: 'health-id',
  entities: ['HEALTH_ID'],
  find: (text) => findIds(text, SCHEMES, 'health-id'),
};

/** The scheme ids this recognizer knows (documentation and tests). */
export const HEALTH_ID_SCHEMES: readonly string[] = SCHEMES.map((scheme) => scheme.id);
