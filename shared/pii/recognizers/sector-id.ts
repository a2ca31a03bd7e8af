import { gbUpn, lanr } from '../checksums.js';
import { contextPattern } from '../context.js';
import { compact, digitsOf } from '../id-schemes/common.js';
import type { Recognizer } from '../recognizer.js';
import { byDigits, byPattern, findIds, type IdScheme, stdnumValid } from '../schemes.js';
import { tokenStarts } from '../spans.js';

const EDUCATION = { type: 'EDUCATION_ID', category: 'national_id' } as const;
const PROFESSIONAL = { type: 'PROFESSIONAL_ID', category: 'national_id' } as const;

// Each has a single check character: a word for pupils or doctors must be near.
const SCHEMES: readonly IdScheme[] = [
  {
    id: 'gb.upn',
    ...EDUCATION,
    isValid: gbUpn,
    candidates: byPattern(
      /(?<![\p{L}\p{N}])[A-Za-z]\d{11}[0-9A-Za-z](?![\p{L}\p{N}])/gu,
      tokenStarts(13, 13),
    ),
    context: contextPattern(['education']),
    normalise: compact,
  },
  {
    id: 'nl.onderwijsnummer',
    ...EDUCATION,
    isValid: stdnumValid('NL', 'onderwijsnummer'),
    candidates: byDigits(9),
    context: contextPattern(['education']),
    normalise: digitsOf,
  },
  {
    id: 'de.lanr',
    ...PROFESSIONAL,
    isValid: lanr,
    candidates: byDigits(9),
    context: contextPattern(['professional']),
    normalise: digitsOf,
  },
];

/** Identifiers of a person within a sector: pupils' numbers, doctors' registration numbers. */
export const sectorIdRecognizer: Recognizer = {
  name: 'sector-id',
  entities: ['EDUCATION_ID', 'PROFESSIONAL_ID'],
  find: (text) => findIds(text, SCHEMES, 'sector-id'),
};

/** The scheme ids this recognizer knows (documentation and tests). */
export const SECTOR_ID_SCHEMES: readonly string[] = SCHEMES.map((scheme) => scheme.id);
