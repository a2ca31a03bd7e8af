import { lexiconHits } from '../lexicon/index.js';
import type { Recognizer } from '../recognizer.js';
import { personalTerms } from './special-category.js';

/** GDPR Art. 10 criminal convictions and offences in nine languages, only when said of a person. */
export const criminalDataRecognizer: Recognizer = {
  name: 'criminal',
  entities: ['CRIMINAL_DATA'],
  find: (text) =>
    personalTerms(text, lexiconHits(text).of('criminal'), 'CRIMINAL_DATA', 'criminal').map(
      (finding) => ({ ...finding, recognizer: 'criminal' }),
    ),
};
