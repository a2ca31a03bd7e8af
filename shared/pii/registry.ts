import { errorName } from '../errors.js';
import type { Finding, Recognizer } from './recognizer.js';
import { emailRecognizer } from './recognizers/email.js';
import { ibanRecognizer } from './recognizers/iban.js';
import { nationalIdRecognizer } from './recognizers/national-id.js';
import { paymentCardRecognizer } from './recognizers/payment-card.js';
import { phoneRecognizer } from './recognizers/phone.js';
import { taxIdRecognizer } from './recognizers/tax-id.js';
import { unreadableRecognizer } from './recognizers/unreadable.js';
import { vatIdRecognizer } from './recognizers/vat-id.js';

/** Every recognizer, most specific first: on a tie in score and length the earlier one is kept. */
export const RECOGNIZERS: readonly Recognizer[] = [
  unreadableRecognizer,
  ibanRecognizer,
  paymentCardRecognizer,
  vatIdRecognizer,
  nationalIdRecognizer,
  taxIdRecognizer,
  emailRecognizer,
  phoneRecognizer,
];

/** The finding reported in place of a recognizer that threw: no message, which may quote input. */
export const classifierError = (recognizer: string, error: unknown): Finding => ({
  type: 'CLASSIFIER_ERROR',
  category: 'unreadable',
  start: 0,
  end: 0,
  score: 1,
  recognizer,
  detail: errorName(error),
});

const run = (recognizer: Recognizer, text: string): Finding[] => {
  try {
    return recognizer.find(text);
  } catch (error) {
    return [classifierError(recognizer.name, error)];
  }
};

const length = (finding: Finding): number => finding.end - finding.start;

/** Whether `a` beats `b` for the same text: higher score, then the longer span. */
const beats = (a: Finding, b: Finding): boolean =>
  a.score !== b.score ? a.score > b.score : length(a) > length(b);

const overlaps = (a: Finding, b: Finding): boolean => a.start < b.end && b.start < a.end;

const byStart = (a: Finding, b: Finding): number => a.start - b.start;

/**
 * One finding per stretch of overlapping findings (the best one), sorted by start (stable, so
 * recognizer order breaks ties). Zero-length findings (classifier errors) are never merged away.
 */
export const mergeFindings = (findings: readonly Finding[]): Finding[] => {
  const markers = findings.filter((finding) => length(finding) === 0);
  const kept: Finding[] = [];
  for (const finding of findings.filter((f) => length(f) > 0).sort(byStart)) {
    const last = kept.at(-1);
    if (last === undefined || !overlaps(last, finding)) kept.push(finding);
    else if (beats(finding, last)) kept[kept.length - 1] = finding;
  }
  return [...markers, ...kept].sort(byStart);
};

/** Runs every recognizer on the text and merges what they found; never throws for a string. */
export const findAll = (
  text: string,
  recognizers: readonly Recognizer[] = RECOGNIZERS,
): Finding[] => mergeFindings(recognizers.flatMap((recognizer) => run(recognizer, text)));
