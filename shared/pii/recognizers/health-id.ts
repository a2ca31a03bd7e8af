import { kvnr, nhsNumber } from '../checksums.js';
import { contextPattern } from '../context.js';
import { compact, digitsOf, token } from '../id-schemes/common.js';
import type { Recognizer } from '../recognizer.js';
import { byDigits, byPattern, findIds, type IdScheme } from '../schemes.js';
import { tokenStarts } from '../spans.js';

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

// A health insurer's own member number has no common format: only right after a label that names
// a person's health insurance number ('Versichertennummer: 123456789', 'verzekerdennummer').
const MEMBER_NUMBER_WORDS = contextPattern(
  [],
  [
    ...['health insurance number', 'insurance member number', 'medical insurance number'],
    ...['versichertennummer', 'versicherten nr', 'krankenversichertennummer'],
    ...['numero de mutuelle', "numero d'assure social"],
    ...['numero tessera sanitaria', 'numero di tessera sanitaria', 'tessera sanitaria n'],
    ...['tarjeta sanitaria', 'numero de afiliado'],
    ...['verzekerdennummer', 'relatienummer zorgverzekeraar', 'zorgpasnummer'],
    ...['numer ubezpieczenia zdrowotnego', 'numero de beneficiario'],
  ],
);
// Up to four capitals then 6 to 16 digits ('BBBB123456789012'), or 8 to 16 digits.
const MEMBER_NUMBER = /^(?:[A-Z]{1,4}\d{6,16}|\d{8,16})$/;

// One check digit each (about 1 in 10 random numbers pass): a health or insurance word must be near.
// Numbers without any check count only as well-formed, labelled by a name of their own.
const SCHEMES: readonly IdScheme[] = [
  {
    id: 'de.kvnr',
    ...HEALTH,
    isValid: kvnr,
    candidates: byPattern(/(?<![\p{L}\p{N}])[A-Za-z] ?\d{4} ?\d{4} ?\d(?![\p{L}\p{N}])/gu),
    // 'Vers.-Nr.' too: a version number never has this shape.
    context: contextPattern(['health', 'social', 'national'], ['vers nr', 'versnr']),
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
    // Also under a national card's name: its back is the EHIC ('tessera sanitaria', 'e-card').
    context: contextPattern(['ehic', 'health']),
    normalise: digitsOf,
  },
  {
    id: 'health.member',
    ...HEALTH,
    isValid: () => false,
    isWellFormed: (value) => MEMBER_NUMBER.test(value),
    candidates: byPattern(token('[A-Z]{0,4}\\d{6,16}'), tokenStarts(6, 20)),
    context: MEMBER_NUMBER_WORDS,
    normalise: compact,
    adjacent: true,
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
