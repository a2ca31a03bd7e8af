import { stdnum, type Validator } from 'stdnum';
import { ClassificationError } from '../errors.js';
import type { EntityType, Finding, FindingCategory } from './recognizer.js';
import { digitWindows, matchSpans, type Span, toFinding } from './spans.js';

/** One identifier scheme: where candidates are, how stdnum validates them, and how much evidence it needs. */
export interface IdScheme {
  /** stdnum-style id, reported as the finding's detail: 'de.idnr'. */
  readonly id: string;
  readonly type: EntityType;
  readonly category: FindingCategory;
  readonly validator: Validator;
  readonly candidates: (text: string) => Span[];
  /** Words (a global pattern) that must occur near a candidate for which `needsContext` holds. */
  readonly context?: RegExp;
  /** Default: every candidate needs the context words, when the scheme has any. */
  readonly needsContext?: (candidate: string) => boolean;
  /** Rewrites a candidate into the form the validator expects (default: as written). */
  readonly normalise?: (candidate: string) => string;
  /** A cheap test on the normalised value that rejects most non-matches before stdnum runs. */
  readonly precheck?: (value: string) => boolean;
}

/** The stdnum validator for a country module and name; a missing one fails at module load. */
export const validatorFor = (country: string, name: string): Validator => {
  const validator = stdnum[country]?.[name];
  if (validator === undefined) {
    throw new ClassificationError(`stdnum has no validator ${country.toLowerCase()}.${name}`);
  }
  return validator;
};

/** Candidates of exactly these digit counts, grouped by single separators. */
export const byDigits =
  (...lengths: number[]) =>
  (text: string): Span[] =>
    digitWindows(text, lengths);

/** Candidates matching a global pattern. */
export const byPattern =
  (pattern: RegExp) =>
  (text: string): Span[] =>
    matchSpans(text, pattern);

const SCORE_FORMAT = 1;
const SCORE_CONTEXT = 0.9;
const CONTEXT_BEFORE = 48;
const CONTEXT_AFTER = 24;

const isNear = (words: readonly Span[], span: Span): boolean =>
  words.some(
    (word) => word.end > span.start - CONTEXT_BEFORE && word.start < span.end + CONTEXT_AFTER,
  );

const findScheme = (text: string, scheme: IdScheme, recognizer: string): Finding[] => {
  const candidates = scheme.candidates(text);
  if (candidates.length === 0) return [];
  const words = scheme.context === undefined ? [] : matchSpans(text, scheme.context);
  if (scheme.context !== undefined && scheme.needsContext === undefined && words.length === 0) {
    return [];
  }
  const findings: Finding[] = [];
  for (const span of candidates) {
    const candidate = text.slice(span.start, span.end);
    const needsContext = scheme.context !== undefined && (scheme.needsContext?.(candidate) ?? true);
    if (needsContext && !isNear(words, span)) continue;
    const value = scheme.normalise?.(candidate) ?? candidate;
    if (scheme.precheck?.(value) === false || !scheme.validator.validate(value).isValid) continue;
    findings.push(
      toFinding(span, {
        type: scheme.type,
        category: scheme.category,
        score: needsContext ? SCORE_CONTEXT : SCORE_FORMAT,
        recognizer,
        detail: scheme.id,
      }),
    );
  }
  return findings;
};

/** Every candidate of every scheme that its validator accepts (context checked before the checksum). */
export const findIds = (
  text: string,
  schemes: readonly IdScheme[],
  recognizer: string,
): Finding[] => schemes.flatMap((scheme) => findScheme(text, scheme, recognizer));
