import { contextPattern } from '../context.js';
import { byDigits, type IdScheme } from '../schemes.js';
import { digitsOf, type PatternText, textPattern } from '../spans.js';

const SEPARATORS = /[\s.\-/]/g;

/** Letters and digits only, upper case: the form most validators take. */
export const compact = (candidate: string): string =>
  candidate.replace(SEPARATORS, '').toUpperCase();

export { digitsOf };

/**
 * An optional separator of a number's groups, one of `chars` (a character class's body) or a soft
 * line break (a space and a carriage return allowed before it), where a mail client wrapped the
 * line: a wrapped candidate then counts only next to its label (schemes.ts).
 */
export const gap = (chars: string): string => `(?:[${chars}]| ?\\r?\\n)?`;
/** The most characters a gap() matches (a space, a carriage return and a line feed). */
export const GAP_LENGTH = 3;

/**
 * A global pattern for a whole token: not glued to a letter or digit on either side. Kept as text:
 * the matchers run it in an ASCII form (spans.ts textPattern).
 */
export const token = (body: string): PatternText =>
  textPattern(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');

export const NATIONAL = { type: 'NATIONAL_ID', category: 'national_id' } as const;
export const TAX = { type: 'TAX_ID', category: 'tax_id' } as const;

/** Words for any personal number: national id, social security and tax words share one pool. */
export const PERSONAL_NUMBER_WORDS = contextPattern(['national', 'social', 'tax']);

/**
 * The same and health words: most national ids double as health insurance numbers (CPR on the
 * Danish sundhedskort, PESEL at the NFZ, BSN at the zorgverzekeraar, isikukood at the Haigekassa).
 */
export const PERSONAL_OR_HEALTH_WORDS = contextPattern(['national', 'social', 'tax', 'health']);

/**
 * A digits-only scheme of this kind: it needs a personal-number word (for a national id, a health
 * word will do too) and one of its own names nearby.
 */
export const numericScheme =
  (kind: typeof NATIONAL | typeof TAX) =>
  (
    id: string,
    isValid: (value: string) => boolean,
    lengths: readonly number[],
    names: readonly string[],
  ): IdScheme => ({
    id,
    ...kind,
    isValid,
    candidates: byDigits(...lengths),
    context: kind === NATIONAL ? PERSONAL_OR_HEALTH_WORDS : PERSONAL_NUMBER_WORDS,
    normalise: digitsOf,
    names: contextPattern([], names),
  });
