import fc from 'fast-check';
import { classify } from '../../../shared/pii/classify.js';
import type { Recognizer } from '../../../shared/pii/recognizer.js';
import {
  type PatternText,
  type StartsOf,
  scanCandidates,
  scanCandidatesAt,
} from '../../../shared/pii/spans.js';

/** The text of every finding of one type `classify` reports, in order. */
export const foundOfType = (text: string, type: string): string[] =>
  classify(text)
    .findings.filter((finding) => finding.type === type)
    .map((finding) => text.slice(finding.start, finding.end));
export const namesIn = (text: string): string[] => foundOfType(text, 'PERSON_NAME');
export const referencesIn = (text: string): string[] => foundOfType(text, 'PERSON_REFERENCE');
export const isPersonal = (text: string): boolean => classify(text).classification === 'personal';

/** The text of every span a recognizer reports, in order: what the tables assert on. */
export const foundIn = (recognizer: Recognizer, text: string): string[] =>
  recognizer.find(text).map((finding) => text.slice(finding.start, finding.end));

/**
 * Asserts, over texts glued from `pieces` (fixed seed), that trying a pattern only where `starts`
 * says finds exactly what a scan of the whole text finds.
 */
export const assertSameAsWholeScan = (
  pattern: PatternText,
  starts: StartsOf,
  pieces: readonly string[],
  numRuns = 400,
): void => {
  const whole = (start: number, end: number) => ({ start, end });
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(scanCandidatesAt(text, pattern, starts, whole)).toEqual(
        scanCandidates(text, pattern, whole),
      );
    }),
    { numRuns, seed: 20261128 },
  );
};

// Valid identifiers of many schemes, for property tests. Each is inserted as its own line: glued
// to neighbouring letters or digits it would be a different token. Sources: python-stdnum's and
// Presidio's tests (LGPL-2.1+ and MIT, tests/fixtures/corpora).
export const VALID_IDENTIFIERS: readonly string[] = [
  'jane.doe@mailbox.org',
  'DE89 3704 0044 0532 0130 00',
  'FR1420041010050500013M02606',
  '4111 1111 1111 1111',
  '371449635398431',
  '+49 30 1234567',
  '+33 6 12 34 56 78',
  '2 95 10 99 126 111 93',
  'RCCMNL83S18D969H',
  '54362315-K',
  'x-2482300w',
  '131052-308T',
  '85 07 30 033 28',
  '880320-0016',
  'PESEL 44051401359',
  'BSN 1112.22.333',
  'CPR 211062-5629',
  'Steuer-ID 36 574 261 809',
  'NIF ES 54362315K',
  '756.9217.0769.85',
  'MORGA657054SM9IJ',
  '1234-1234-16 1234567890',
  '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ',
  '00:1A:2B:3C:4D:5E',
  '2a02:8070:85a3::8a2e:370:7334',
  'NHS 943 476 5870',
  'Reisepass C01234565',
  'TAJ 123456788',
];
