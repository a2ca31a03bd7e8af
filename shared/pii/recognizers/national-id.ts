import { CONTEXT_NATIONAL_SCHEMES } from '../id-schemes/national-context.js';
import { STRONG_NATIONAL_SCHEMES } from '../id-schemes/national-strong.js';
import type { Recognizer } from '../recognizer.js';
import { findIds } from '../schemes.js';

const SCHEMES = [...STRONG_NATIONAL_SCHEMES, ...CONTEXT_NATIONAL_SCHEMES];

/** National identity and social security numbers of EU/EEA countries, the UK and Switzerland. */
export const nationalIdRecognizer: Recognizer = {
  name: 'national-id',
  entities: ['NATIONAL_ID'],
  find: (text) => findIds(text, SCHEMES, 'national-id'),
};

/** The scheme ids this recognizer knows (documentation and tests). */
export const NATIONAL_ID_SCHEMES: readonly string[] = SCHEMES.map((scheme) => scheme.id);
