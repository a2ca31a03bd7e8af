import { chiNumber, croatianMbo, irishIhi, kvnr, nhsNumber } from '../checksums.js';
import { contextPattern } from '../context.js';
import { compact, digitsOf, token } from '../id-schemes/common.js';
import type { Recognizer } from '../recognizer.js';
import { allOf, byDigits, byPattern, findIds, type IdScheme } from '../schemes.js';
import { digitRunStarts, textPattern, tokenStarts } from '../spans.js';

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
    // Spanish regional health card codes (CIP-AUT): Madrid's CIPA, Andalusia's NUHSA, Catalonia's CIP.
    ...['cipa', 'cip autonomico', 'codigo cip', 'codi cip', 'nuhsa'],
  ],
);
// Up to four capitals then 6 to 16 digits ('BBBB123456789012'), or 8 to 16 digits.
const MEMBER_NUMBER = /^(?:[A-Z]{1,4}\d{6,16}|\d{8,16})$/;

// Scottish CHI numbers by name ('chi number' and the like are health words too).
const CHI_NAMES = contextPattern([], ['=chi', 'chi number', '=chi no', 'community health index']);
// Irish IHI: the ten-digit core alone is an NHS-style number from a range reserved for Ireland.
const IHI_NAMES = contextPattern([], ['ihi', 'individual health identifier']);
const IHI_CORE_RANGE = /^8(?:1[2-9]|[2-5]\d)/;
// Croatian MBO by name ('osigurane osobe' and 'hzzo' are health words too).
const MBO_NAMES = contextPattern(
  [],
  ['mbo', 'maticni broj osigurane osobe', 'broj osigurane osobe', 'maticni broj osiguranika'],
);
// Slovenian ZZZS number: nine digits, no published check digit, so only right after its label.
const ZZZS_WORDS = contextPattern(
  [],
  [
    'zzzs',
    'stevilka zavarovane osebe',
    'st zavarovane osebe',
    'kzz',
    'kartica zdravstvenega zavarovanja',
  ],
);
const ZZZS_DIGITS = /^\d{9}$/;
// Spanish CIP-SNS: eight B, two letters (from the surnames) and six digits, no check digit.
const CIP_SNS = /^B{8}[A-Z]{2}\d{6}$/;

// One check digit each (about 1 in 10 random numbers pass): a health or insurance word must be near.
// Numbers without any check count only as well-formed, labelled by a name of their own.
const SCHEMES: readonly IdScheme[] = [
  {
    id: 'de.kvnr',
    ...HEALTH,
    isValid: kvnr,
    candidates: byPattern(
      textPattern(String.raw`(?<![\p{L}\p{N}])[A-Za-z] ?\d{4} ?\d{4} ?\d(?![\p{L}\p{N}])`, 'gu'),
    ),
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
    // Northern Ireland's Health and Care (H&C) numbers are NHS-style numbers from 320 to 399.
    names: contextPattern([], ['nhs', 'h&c number', 'health and care number', 'hcn']),
  },
  {
    id: 'gb.chi',
    ...HEALTH,
    isValid: chiNumber,
    candidates: byDigits(10),
    context: HEALTH_WORDS,
    normalise: digitsOf,
    names: CHI_NAMES,
  },
  // Right after 'CHI' alone: near it is not enough (Italian 'chi' is 'who').
  {
    id: 'gb.chi',
    ...HEALTH,
    isValid: chiNumber,
    candidates: byDigits(10),
    context: CHI_NAMES,
    normalise: digitsOf,
    names: CHI_NAMES,
    adjacent: true,
  },
  {
    id: 'ie.ihi',
    ...HEALTH,
    isValid: allOf((value) => IHI_CORE_RANGE.test(value), nhsNumber),
    candidates: byDigits(10),
    context: HEALTH_WORDS,
    normalise: digitsOf,
    names: IHI_NAMES,
  },
  // The full 18 digits: a GS1 and a mod-11 check digit, still only next to a health word (an
  // SSCC shipping code has 18 digits and a GS1 check digit too).
  {
    id: 'ie.ihi',
    ...HEALTH,
    isValid: irishIhi,
    candidates: byPattern(token('\\d{7}[ -]?\\d{10}[ -]?\\d'), digitRunStarts(7)),
    context: HEALTH_WORDS,
    normalise: digitsOf,
    names: IHI_NAMES,
  },
  {
    id: 'hr.mbo',
    ...HEALTH,
    isValid: croatianMbo,
    candidates: byDigits(9),
    context: contextPattern(['health']),
    normalise: digitsOf,
    names: MBO_NAMES,
  },
  // Right after 'MBO' alone: near it is not enough (Dutch 'mbo' is vocational school).
  {
    id: 'hr.mbo',
    ...HEALTH,
    isValid: croatianMbo,
    candidates: byDigits(9),
    context: MBO_NAMES,
    normalise: digitsOf,
    names: MBO_NAMES,
    adjacent: true,
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
  {
    id: 'si.zzzs',
    ...HEALTH,
    isValid: () => false,
    isWellFormed: (value) => ZZZS_DIGITS.test(value),
    candidates: byDigits(9),
    context: ZZZS_WORDS,
    normalise: digitsOf,
    adjacent: true,
  },
  {
    id: 'es.cipsns',
    ...HEALTH,
    isValid: () => false,
    isWellFormed: (value) => CIP_SNS.test(value),
    candidates: byPattern(token('B{8}[A-Z]{2}\\d{6}'), tokenStarts(16, 16)),
    context: contextPattern(['health'], ['cip', 'cip sns', 'codigo sns']),
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

/**
 * Health insurance numbers (KVNR, NHS and H&C, CHI, IHI, MBO, ZZZS, CIP-SNS, Portuguese SNS, EHIC
 * card, insurers' member numbers) next to a word naming them. National ids that double as health
 * numbers (NIR, BSN, PESEL, CPR, AHV, …) are national-id's, which accepts health words near them.
 */
export const healthIdRecognizer: Recognizer = {
  name: 'health-id',
  entities: ['HEALTH_ID'],
  find: (text) => findIds(text, SCHEMES, 'health-id'),
};

/** The scheme ids this recognizer knows (documentation and tests). */
export const HEALTH_ID_SCHEMES: readonly string[] = SCHEMES.map((scheme) => scheme.id);
