import { gbUpn, lanr, orcid } from '../checksums.js';
import { contextPattern } from '../context.js';
import { compact, digitsOf } from '../id-schemes/common.js';
import type { Recognizer } from '../recognizer.js';
import { byDigits, byPattern, findIds, type IdScheme, stdnumValid } from '../schemes.js';
import { digitRunStarts, tokenStarts } from '../spans.js';

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
  // A researcher's ORCID iD ('0000-0002-1825-0097', issued from 0000-0001 and 0009-0000 on):
  // sixteen characters in four groups, the last a MOD 11-2 check digit or 'X'. One check
  // character passes one random number in eleven: only next to the registry's name (a CITATION.cff
  // 'orcid:' key, an orcid.org URL) does it count.
  {
    id: 'orcid',
    ...PROFESSIONAL,
    isValid: orcid,
    candidates: byPattern(
      /(?<![\p{L}\p{N}])\d{4}([- ]?)\d{4}\1\d{4}\1\d{3}[\dXx](?![\p{L}\p{N}])/gu,
      digitRunStarts(4),
    ),
    context: contextPattern(['research']),
    normalise: compact,
  },
];

/**
 * Identifiers of a person within a sector: pupils' numbers, doctors' registration numbers,
 * researchers' ORCID iDs.
 */
export const sectorIdRecognizer: Recognizer = {
  name: 'sector-id',
  entities: ['EDUCATION_ID', 'PROFESSIONAL_ID'],
  find: (text) => findIds(text, SCHEMES, 'sector-id'),
};

/** The scheme ids this recognizer knows (documentation and tests). */
export const SECTOR_ID_SCHEMES: readonly string[] = SCHEMES.map((scheme) => scheme.id);
