import fc from 'fast-check';
import { classify } from '../../../shared/pii/classify.js';
import { DEFAULT_POLICY, decide, POLICY_VERSION } from '../../../shared/pii/policy.js';
import type { Finding } from '../../../shared/pii/recognizer.js';
import type { ClassificationResult } from '../../../shared/types.js';

// A fixed seed: the same strings every run, so a failure reproduces and the suite cannot flake.
const SEED = 42;

// What identifiers, separators and hostile text are made of: runs of these feed every recognizer's
// candidate patterns and its loops over separators, digits and context windows.
const ATOMS = [
  ...['0', '1', '7', '12', '123', '1234', '99999', '00'],
  ...[' ', '  ', '.', '-', '/', ',', ':', ';', '\t', '\n', '\r\n', '\u00a0', '\u2009'],
  ...['@', '+', '(', ')', '%', '=', '#', '_', "'", '"', '\\', '<', '>', '[', ']', '{', '}'],
  ...['a', 'x', 'Z', 'DE', 'FR', 'IT', 'GB', 'EL', 'CHE', 'XI', 'PL', 'NL', 'BE', 'SE'],
  ...['IBAN', 'tel', 'PESEL', 'BSN', 'Steuer-ID', 'passport', 'at', 'dot', 'Herr', 'Frau'],
  ...['é', 'ß', 'İ', 'ı', 'ﬁ', 'e\u0301', 'Ω', 'ж', '٣', '１', 'Ⅻ', '😀', '\u200b', '\u202e'],
  // Astral letters: a capital one glued after another letter once made a scan loop forever.
  ...['𝐀', '𝐀b', 'ö𝐀b', '𝑥'],
  // Other scripts' capitals and digits, joiners, bidi marks, spaces and line breaks of every kind.
  ...['𐐀', '𐐨', '𝔄', '𞤀', '𝟎', '０', '５', 'Ａ', '＠', '٠', '٧', '०', '९', '\u{1d165}', '\u0345'],
  ...['\u200d', '\u200c', '\u200f', '\u2067', '\u202f', '\u3000', '\u2028', '\r', '\n\r'],
  ...['\ud800', '\udc00', '\ufffd', '\u0000', '\u001b[0m', '\u0085'],
  ...['QUJD', '=41', '%41', '0x', 'ab:', 'ff-', '=\r\n', '=C3=A9', '%C3%A9', '\udbff', '\udfff'],
];

// Valid identifiers (python-stdnum test data, LGPL-2.1+; issuers' published test numbers; Ofcom's
// drama range), so that findings, overlaps and merges occur among the junk.
const IDENTIFIERS = [
  ...['DE89 3704 0044 0532 0130 00', '4111 1111 1111 1111', '+44 20 7946 0958', '06 12 34 56 78'],
  ...['36 574 261 809', 'RCCMNL83S18D969H', '54362315-K', '44051401359', '880320-0016'],
  ...['a.b@mailbox.org', '81.2.69.44', '00:1A:2B:3C:4D:5E', 'DE136695976', '756.9217.0769.85'],
];

const atom = fc.constantFrom(...ATOMS);
const identifier = fc.constantFrom(...IDENTIFIERS);

/** Atoms in any order: dense mixes of digits, separators, letters and unicode. */
const mixed = fc.array(atom, { maxLength: 300 }).map((parts) => parts.join(''));

/** A few long runs of one atom each ("1 1 1 …", "@@@@", "+1+1…"), as backtracking needs. */
const runs = fc
  .array(
    fc.tuple(fc.array(atom, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 1500 })),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.map(([unit, count]) => unit.join('').repeat(count)).join(''));

/** Any code points, lone surrogates included. */
const anyText = fc.string({ unit: 'binary', maxLength: 400 });

/** Identifiers glued to, or separated by, adversarial atoms. */
const seeded = fc
  .array(fc.oneof({ arbitrary: atom, weight: 4 }, { arbitrary: identifier, weight: 1 }), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

const adversarial = fc.oneof(mixed, runs, anyText, seeded);

const FINDING_KEYS = new Set(['type', 'category', 'start', 'end', 'score', 'recognizer', 'detail']);

const overlaps = (a: Finding, b: Finding): boolean => a.start < b.end && b.start < a.end;

/** Everything a caller relies on: the shape, offsets inside the text, order, no hidden error. */
const expectWellFormed = (text: string, result: ClassificationResult): void => {
  expect(['personal', 'non-sensitive']).toContain(result.classification);
  expect(result.policyVersion).toBe(POLICY_VERSION);
  expect(result.classification).toBe(decide(result.findings, DEFAULT_POLICY));
  let previousStart = 0;
  for (const finding of result.findings) {
    expect(finding.type).not.toBe('CLASSIFIER_ERROR');
    expect(Object.keys(finding).every((key) => FINDING_KEYS.has(key))).toBe(true);
    expect(Number.isInteger(finding.start) && Number.isInteger(finding.end)).toBe(true);
    expect(finding.start).toBeGreaterThanOrEqual(previousStart);
    expect(finding.end).toBeGreaterThan(finding.start);
    expect(finding.end).toBeLessThanOrEqual(text.length);
    expect(finding.score).toBeGreaterThan(0);
    expect(finding.score).toBeLessThanOrEqual(1);
    previousStart = finding.start;
  }
  result.findings.forEach((finding, i) => {
    const next = result.findings[i + 1];
    if (next !== undefined) expect(overlaps(finding, next)).toBe(false);
  });
};

describe('classify on adversarial strings', () => {
  it('returns a well-formed result: no recognizer error, findings inside the text, ordered, disjoint', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        expectWellFormed(text, classify(text));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('gives the same result for a text before and after classifying another one', () => {
    fc.assert(
      fc.property(adversarial, adversarial, (text, other) => {
        const first = classify(text);
        classify(other);
        expect(classify(text)).toEqual(first);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('is personal under the strict policy whenever it is personal under the default one', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        if (classify(text).classification === 'personal') {
          expect(classify(text, { strict: true }).classification).toBe('personal');
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
