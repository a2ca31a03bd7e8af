import { hasAnyContext, hasContextNear } from '../context.js';
import type { Finding, Recognizer } from '../recognizer.js';
import { type Span, scanCandidates, toFinding } from '../spans.js';
import { PHONE_WORDS } from './phone.js';

// Digits written as words, in Spanish, English, German, French and Italian ('seis uno dos,
// cuatro cuatro ocho, tres nueve uno'): a phone number dictated into a chat or a transcript.
const DIGIT_WORDS = [
  ...['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  ...['zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  ...['null', 'eins', 'zwei', 'zwo', 'drei', 'vier', 'fünf', 'fuenf', 'sechs', 'sieben', 'acht'],
  ...['neun', 'zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf'],
  ...['due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'],
];
// Nine digit words or more in a row (the shortest national numbers have nine digits), apart by
// blanks, commas, dots or dashes. No sentence holds nine of them in a row by chance.
const MIN_DIGITS = 9;
const WORD = `(?:${[...new Set(DIGIT_WORDS)].sort((a, b) => b.length - a.length).join('|')})`;
const SPELLED = new RegExp(
  `(?<![\\p{L}\\p{N}])${WORD}(?:[\\s,.-]{1,3}${WORD}){${MIN_DIGITS - 1},15}(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * Phone numbers spelled out in digit words next to a word for a phone ('llámame al móvil …: seis
 * uno dos, cuatro cuatro ocho, tres nueve uno'). Only texts holding a phone word are scanned.
 */
export const spelledPhoneRecognizer: Recognizer = {
  name: 'phone-spelled',
  entities: ['PHONE_NUMBER'],
  find: (text) => {
    if (!hasAnyContext(text, PHONE_WORDS)) return [];
    const near = (start: number, end: number): Span | undefined =>
      hasContextNear(text, { start, end }, PHONE_WORDS) ? { start, end } : undefined;
    return scanCandidates(text, SPELLED, near).map(
      (span): Finding =>
        toFinding(span, {
          type: 'PHONE_NUMBER',
          category: 'contact',
          score: 0.7,
          recognizer: 'phone-spelled',
          detail: 'spelled',
        }),
    );
  },
};
