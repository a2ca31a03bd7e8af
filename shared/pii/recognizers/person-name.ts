import { findPersonNames } from '../lexicon/person-names.js';
import type { Recognizer } from '../recognizer.js';
import { toFinding } from '../spans.js';

const SCORE = { salutation: 0.85, label: 0.85, closing: 0.8, greeting: 0.75, role: 0.75 } as const;

/** Persons named with no identifier: after a salutation, greeting, closing, role or label. */
export const personNameRecognizer: Recognizer = {
  name: 'person-name',
  entities: ['PERSON_NAME'],
  find: (text) =>
    findPersonNames(text).map((name) =>
      toFinding(name, {
        type: 'PERSON_NAME',
        category: 'person_name',
        score: name.cue in SCORE ? SCORE[name.cue as keyof typeof SCORE] : 0.6,
        recognizer: 'person-name',
        detail: name.cue,
      }),
    ),
};
