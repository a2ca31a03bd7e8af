import { gbUpn, lanr, orcid } from '../checksums.js';
import { contextPattern } from '../context.js';
import { compact, digitsOf } from '../id-schemes/common.js';
import { EDGE_ALNUM } from '../letters.js';
import { columnValues } from '../lexicon/columns.js';
import { lexiconHits } from '../lexicon/index.js';
import type { Finding, Recognizer } from '../recognizer.js';
import { byDigits, byPattern, findIds, type IdScheme } from '../schemes.js';
import { digitRunStarts, textPattern, toFinding, tokenStarts } from '../spans.js';
import { stdnumValid } from '../stdnum.js';

const EDUCATION = { type: 'EDUCATION_ID', category: 'national_id' } as const;
const PROFESSIONAL = { type: 'PROFESSIONAL_ID', category: 'national_id' } as const;

// Each has a single check character: a word for pupils or doctors must be near.
const SCHEMES: readonly IdScheme[] = [
  {
    id: 'gb.upn',
    ...EDUCATION,
    isValid: gbUpn,
    candidates: byPattern(
      textPattern(String.raw`(?<![\p{L}\p{N}])[A-Za-z]\d{11}[0-9A-Za-z](?![\p{L}\p{N}])`, 'gu'),
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
      textPattern(
        String.raw`(?<![\p{L}\p{N}])\d{4}([- ]?)\d{4}\1\d{4}\1\d{3}[\dXx](?![\p{L}\p{N}])`,
        'gu',
      ),
      digitRunStarts(4),
    ),
    context: contextPattern(['research']),
    normalise: compact,
  },
];

// A student's or exam candidate's number has no common format: a university's, a school's or an
// exam board's own. After its label ("Matrikel-Nr. 4173920", "numer albumu: 123456", "Candidate
// exam no. 218406", "studentnummer s1234567", '"student_id": "…"'), or in the column under one,
// it is one person's.
// Up to three letters, four digits at least (in groups), up to two letters: not a date.
const NUMBER_AFTER_LABEL = new RegExp(
  String.raw`^["']?\.?[ \t]*(?:[:#=]|n[or]\.?|nr\.?|n[°º]\.?)?[ \t]*["'“„«]?([A-Za-z]{0,3}\d[\d \-/.]{2,18}\d[A-Za-z]{0,2})(?![${EDGE_ALNUM}])`,
  'u',
);
const STUDENT_NUMBER = /^[A-Za-z]{0,3}\d[\d \-/.]{2,18}\d[A-Za-z]{0,2}$/;
const DATE_SHAPED = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
const MIN_DIGITS = 4;
const LABEL_REACH = 40;

const isStudentNumber = (value: string): boolean => {
  if (!STUDENT_NUMBER.test(value) || DATE_SHAPED.test(value)) return false;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += 1;
  }
  return digits >= MIN_DIGITS;
};

const STUDENT = {
  ...EDUCATION,
  score: 0.65,
  recognizer: 'sector-id',
  detail: 'student',
} as const;

/** Student, matriculation and exam-candidate numbers after their label or under it. */
const studentNumbers = (text: string): Finding[] => {
  const labels = lexiconHits(text).of('studentLabel');
  if (labels.length === 0) return [];
  const found: Finding[] = [];
  for (const label of labels) {
    const match = NUMBER_AFTER_LABEL.exec(text.slice(label.end, label.end + LABEL_REACH));
    const value = match?.[1];
    if (match == null || value === undefined || !isStudentNumber(value)) continue;
    const start = label.end + match[0].length - value.length;
    found.push(toFinding({ start, end: start + value.length }, STUDENT));
  }
  for (const cell of columnValues(text, labels)) {
    if (isStudentNumber(text.slice(cell.start, cell.end))) found.push(toFinding(cell, STUDENT));
  }
  return found;
};

/**
 * Identifiers of a person within a sector: pupils' and students' numbers, doctors' registration
 * numbers, researchers' ORCID iDs.
 */
export const sectorIdRecognizer: Recognizer = {
  name: 'sector-id',
  entities: ['EDUCATION_ID', 'PROFESSIONAL_ID'],
  find: (text) => {
    const found = findIds(text, SCHEMES, 'sector-id');
    // A pupil number the UPN's check already found ("Unique Pupil Number B801200005001") is one.
    const labelled = studentNumbers(text).filter(
      (number) => !found.some((id) => id.start < number.end && number.start < id.end),
    );
    return [...found, ...labelled];
  },
};

/** The scheme ids this recognizer knows (documentation and tests). */
export const SECTOR_ID_SCHEMES: readonly string[] = SCHEMES.map((scheme) => scheme.id);
