import type { EntityType, Finding, FindingCategory } from './recognizer.js';

/** A half-open range [start, end) of the scanned text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a recognizer says about a span; the value itself never leaves the recognizer. */
export interface FindingMeta {
  readonly type: EntityType;
  readonly category: FindingCategory;
  readonly score: number;
  readonly recognizer: string;
  readonly detail?: string | undefined;
}

/** Builds a Finding, leaving `detail` out when there is none (exactOptionalPropertyTypes). */
export const toFinding = (span: Span, meta: FindingMeta): Finding => {
  const { detail, ...rest } = meta;
  const base = { ...rest, start: span.start, end: span.end };
  return detail === undefined ? base : { ...base, detail };
};

/** Every match of a global pattern (it must carry the g flag), as spans. */
export const matchSpans = (text: string, pattern: RegExp): Span[] => {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
};

/**
 * Runs a global pattern whose matches are loose candidates: `accept` narrows each one to a span
 * (or rejects it), and scanning resumes right after what was accepted, or one character after
 * the rejected candidate's start, so a greedy candidate never swallows the next identifier.
 */
export const scanCandidates = <T extends Span>(
  text: string,
  pattern: RegExp,
  accept: (start: number, end: number) => T | undefined,
): T[] => {
  const spans: T[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const span = accept(match.index, match.index + match[0].length);
    if (span !== undefined) spans.push(span);
    pattern.lastIndex = span === undefined ? match.index + 1 : Math.max(span.end, match.index + 1);
  }
  pattern.lastIndex = 0;
  return spans;
};

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** True when text[index] is a letter, digit or underscore: an identifier glued to a longer token. */
export const isWordChar = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 128) {
    return (
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      code === 95
    );
  }
  return NON_ASCII_WORD.test(text.charAt(index));
};

const CONTEXT_BEFORE = 48;
const CONTEXT_AFTER = 24;

/** Whether a context word (a non-global pattern) occurs just before or just after the span. */
export const hasContext = (text: string, span: Span, words: RegExp): boolean =>
  words.test(text.slice(Math.max(0, span.start - CONTEXT_BEFORE), span.start)) ||
  words.test(text.slice(span.end, span.end + CONTEXT_AFTER));

const DIGIT_RUN = /\d+/g;
const JOINERS = new Set([' ', '.', '-', '/', '\u00a0']);
const LONGEST_WINDOW = 13;

const joined = (text: string, left: Span, right: Span): boolean =>
  right.start - left.end === 1 && JOINERS.has(text.charAt(left.end));

/** Every window of joined digit groups up to LONGEST_WINDOW digits, bucketed by digit count. */
const windowsByLength = (text: string): Map<number, Span[]> => {
  const runs = matchSpans(text, DIGIT_RUN);
  const buckets = new Map<number, Span[]>();
  for (let i = 0; i < runs.length; i++) {
    const first = runs[i] as Span;
    if (isWordChar(text, first.start - 1)) continue;
    let digits = 0;
    for (let j = i; j < runs.length; j++) {
      const run = runs[j] as Span;
      if (j > i && !joined(text, runs[j - 1] as Span, run)) break;
      digits += run.end - run.start;
      if (digits > LONGEST_WINDOW) break;
      if (isWordChar(text, run.end)) continue;
      const bucket = buckets.get(digits) ?? [];
      bucket.push({ start: first.start, end: run.end });
      buckets.set(digits, bucket);
    }
  }
  return buckets;
};

let cachedText: string | undefined;
let cachedWindows = new Map<number, Span[]>();

/**
 * Numbers of exactly one of `lengths` digits (at most 13), written as consecutive digit groups
 * joined by single spaces, dots, dashes or slashes, not glued to letters. Every window is
 * returned, so a number preceded by another group ("2023 36 574 261 809") is still a candidate.
 * Memoised for the last text, since several schemes scan the same one.
 */
export const digitWindows = (text: string, lengths: readonly number[]): Span[] => {
  if (text !== cachedText) {
    cachedWindows = windowsByLength(text);
    cachedText = text;
  }
  return lengths.flatMap((length) => cachedWindows.get(length) ?? []);
};

const NON_DIGIT = /\D/g;

/** Digits only: the compact form most checksums are computed on. */
export const digitsOf = (value: string): string => value.replace(NON_DIGIT, '');
