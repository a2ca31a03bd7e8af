import fc from 'fast-check';
import type { Recognizer } from '../../../shared/pii/recognizer.js';
import { type StartsOf, scanCandidates, scanCandidatesAt } from '../../../shared/pii/spans.js';

/** The text of every span a recognizer reports, in order: what the tables assert on. */
export const foundIn = (recognizer: Recognizer, text: string): string[] =>
  recognizer.find(text).map((finding) => text.slice(finding.start, finding.end));

/**
 * Asserts, over texts glued from `pieces` (fixed seed), that trying a pattern only where `starts`
 * says finds exactly what a scan of the whole text finds.
 */
export const assertSameAsWholeScan = (
  pattern: RegExp,
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
