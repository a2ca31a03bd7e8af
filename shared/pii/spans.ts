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

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const LETTER_NUMBER_OR_MARK = /[\p{L}\p{N}\p{M}]/u;

const endsIn = (text: string, end: number, kind: RegExp): boolean => {
  const code = text.charCodeAt(end - 1);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  const high = code >= 0xdc00 && code <= 0xdfff ? text.charCodeAt(end - 2) : Number.NaN;
  const pair = high >= 0xd800 && high <= 0xdbff;
  return kind.test(text.slice(end - (pair ? 2 : 1), end));
};

/** Whether the code point ending at `end` (exclusive) is a letter or number (any script). */
export const alnumEndsAt = (text: string, end: number): boolean =>
  endsIn(text, end, LETTER_OR_NUMBER);

const alnumOrMarkEndsAt = (text: string, end: number): boolean =>
  endsIn(text, end, LETTER_NUMBER_OR_MARK);

const isJoinerCode = (code: number): boolean => code === 45 || code === 46 || code === 47;

// Unicode lookbehinds cost a property lookup at every position: the regex checks ASCII only and
// the rare non-ASCII neighbour is checked here, on each match (same matches, about 3× faster).
const JOINED_LEAD = '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][-/.])';
const PLAIN_LEAD = /^\(\?<!\[\\p\{L\}\\p\{N\}(\\p\{M\})?([^\\\][]*)\]\)/;

interface Lead {
  readonly length: number;
  readonly ascii: string;
  readonly glued: (text: string, start: number) => boolean;
}

const gluedOrJoined = (text: string, start: number): boolean =>
  alnumEndsAt(text, start) ||
  (isJoinerCode(text.charCodeAt(start - 1)) && alnumEndsAt(text, start - 1));

const leadOf = (source: string): Lead | undefined => {
  if (source.startsWith(JOINED_LEAD)) {
    const ascii = '(?<![A-Za-z0-9]|[A-Za-z0-9][-/.])';
    return { length: JOINED_LEAD.length, ascii, glued: gluedOrJoined };
  }
  const plain = PLAIN_LEAD.exec(source);
  if (plain === null) return undefined;
  const ascii = `(?<![A-Za-z0-9${plain[2] ?? ''}])`;
  const glued = plain[1] === undefined ? alnumEndsAt : alnumOrMarkEndsAt;
  return { length: plain[0].length, ascii, glued };
};

const fastPatterns = new WeakMap<RegExp, { fast: RegExp; lead: Lead } | null>();

/** The pattern with its Unicode lead made ASCII, and the check that lead needs on each match. */
const fastPattern = (pattern: RegExp): { fast: RegExp; lead: Lead } | null => {
  let prepared = fastPatterns.get(pattern);
  if (prepared === undefined) {
    const lead = pattern.global ? leadOf(pattern.source) : undefined;
    prepared =
      lead === undefined
        ? null
        : { fast: new RegExp(lead.ascii + pattern.source.slice(lead.length), pattern.flags), lead };
    fastPatterns.set(pattern, prepared);
  }
  return prepared;
};

/**
 * matchSpans for a pattern, prepared once: a leading Unicode letter-or-number lookbehind is
 * checked in code (a rejected start resumes one character later, as the regex would).
 */
export const spanMatcher = (pattern: RegExp): ((text: string) => Span[]) => {
  if (fastPattern(pattern) === null) return (text) => matchSpans(text, pattern);
  return (text) => scanCandidates(text, pattern, (start, end) => ({ start, end }));
};

/**
 * Where the next match of a pattern may start, from `from` on (-1: nowhere): the regex then
 * skips the stretches no match can start in (same matches).
 */
export type Earliest = (text: string, from: number) => number;

/** Earliest for patterns whose matches hold `char` within their first `reach + 1` characters. */
export const nearChar =
  (char: string, reach: number): Earliest =>
  (text, from) => {
    const at = text.indexOf(char, from);
    return at < 0 ? -1 : Math.max(from, at - reach);
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
  earliest?: Earliest,
): T[] => {
  const spans: T[] = [];
  const prepared = fastPattern(pattern);
  const regex = prepared?.fast ?? pattern;
  for (let from = 0; ; ) {
    const next = earliest === undefined ? from : earliest(text, from);
    if (next < 0) break;
    regex.lastIndex = next;
    const match = regex.exec(text);
    if (match === null) break;
    const glued = prepared?.lead.glued(text, match.index) === true;
    const span = glued ? undefined : accept(match.index, match.index + match[0].length);
    if (span !== undefined) spans.push(span);
    from = span === undefined ? match.index + 1 : Math.max(span.end, match.index + 1);
  }
  regex.lastIndex = 0;
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

// Two letters, two digits, then groups each after a space or dash: how IBANs are written.
const CODE_LEAD = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ -]{1,2}[A-Za-z0-9]{1,4})*[ -]{1,2}$/u;
const CODE_REACH = 48;

// Digits inside an IBAN-shaped code belong to that code (valid or not), not to a phone, card or
// national number of their own.
/** Whether the text at `start` continues an IBAN-shaped code ("BE71 0961 2345 6760"). */
export const continuesCode = (text: string, start: number): boolean => {
  const before = text.charCodeAt(start - 1);
  if (before !== 32 && before !== 45) return false;
  return CODE_LEAD.test(text.slice(Math.max(0, start - CODE_REACH), start));
};

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

const DASH = 45;
const HEX_ID_REACH = 64;
// Three or more dash-joined hex groups, 16+ hex characters, one a letter: a UUID or trace id.
const HEX_ID = /^(?=[^a-f]*[a-f])(?=(?:-*[0-9a-f]){16})[0-9a-f]+(?:-[0-9a-f]+){2,}$/i;

const isHexOrDash = (code: number): boolean =>
  code === DASH ||
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 70) ||
  (code >= 97 && code <= 102);

// Digits inside a UUID ("550e8400-e29b-41d4-a716-446655440000") belong to the UUID: no phone or
// national number is written as one group of dash-joined hex groups.
/** Whether the span lies within a run of dash-joined hex groups that holds a hex letter. */
export const insideHexId = (text: string, span: Span): boolean => {
  if (text.charCodeAt(span.start - 1) !== DASH && text.charCodeAt(span.end) !== DASH) return false;
  let start = span.start;
  while (
    start > 0 &&
    span.start - start < HEX_ID_REACH &&
    isHexOrDash(text.charCodeAt(start - 1))
  ) {
    start--;
  }
  let end = span.end;
  while (end < text.length && end - span.end < HEX_ID_REACH && isHexOrDash(text.charCodeAt(end))) {
    end++;
  }
  // A group glued to a longer word ("uuid-550e…") is not part of the id.
  if (isWordChar(text, start - 1)) start = text.indexOf('-', start) + 1;
  if (isWordChar(text, end)) end = text.lastIndexOf('-', end);
  return start <= span.start && end >= span.end && HEX_ID.test(text.slice(start, end));
};

/** Every run of ASCII digits, as spans (a plain loop: cheaper than a global /\d+/ match). */
const digitRuns = (text: string): Span[] => {
  const runs: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigitCode(text.charCodeAt(i))) continue;
    const start = i;
    while (i + 1 < text.length && isDigitCode(text.charCodeAt(i + 1))) i += 1;
    runs.push({ start, end: i + 1 });
  }
  return runs;
};
const JOINERS = new Set([' ', '.', '-', '/', '\u00a0']);
const LONGEST_WINDOW = 13;

const joined = (text: string, left: Span, right: Span): boolean =>
  right.start - left.end === 1 && JOINERS.has(text.charAt(left.end));

const SHORT_GROUP = 3;

/**
 * Every window of joined digit groups up to LONGEST_WINDOW digits, bucketed by digit count. A
 * window neither starts nor ends next to a joined group of up to three digits ("36 574 261 809"
 * is one number, not "36 574 261" plus "809"), but may follow or precede longer groups.
 */
const windowsByLength = (text: string): Span[][] => {
  const runs = digitRuns(text);
  // joinedToNext[i]: run i and run i + 1 are one number written in groups.
  const joinedToNext = runs.map((run, i) => {
    const next = runs[i + 1];
    return next !== undefined && joined(text, run, next);
  });
  const isShort = (i: number): boolean => {
    const run = runs[i];
    return run !== undefined && run.end - run.start <= SHORT_GROUP;
  };
  const buckets: Span[][] = Array.from({ length: LONGEST_WINDOW + 1 }, () => []);
  for (let i = 0; i < runs.length; i++) {
    const first = runs[i] as Span;
    if (isWordChar(text, first.start - 1) || text.charAt(first.start - 1) === '+') continue;
    if ((joinedToNext[i - 1] === true && isShort(i - 1)) || continuesCode(text, first.start)) {
      continue;
    }
    let digits = 0;
    for (let j = i; j < runs.length; j++) {
      const run = runs[j] as Span;
      if (j > i && joinedToNext[j - 1] !== true) break;
      digits += run.end - run.start;
      if (digits > LONGEST_WINDOW) break;
      if (isWordChar(text, run.end) || (joinedToNext[j] === true && isShort(j + 1))) continue;
      (buckets[digits] as Span[]).push({ start: first.start, end: run.end });
    }
  }
  return buckets;
};

const isDigitAt = (text: string, index: number): boolean => isDigitCode(text.charCodeAt(index));

/** Whether a span of digits is a whole number: not joined to more digits by a separator. */
export const isWholeNumber = (text: string, span: Span): boolean =>
  !(JOINERS.has(text.charAt(span.start - 1)) && isDigitAt(text, span.start - 2)) &&
  !(JOINERS.has(text.charAt(span.end)) && isDigitAt(text, span.end + 1));

let cachedText: string | undefined;
let cachedWindows: Span[][] = [];

/**
 * Numbers of exactly one of `lengths` digits (at most 13), written as consecutive digit groups
 * joined by single spaces, dots, dashes or slashes, not glued to letters nor after a '+' (a
 * phone's country code) nor inside an IBAN-shaped code. Every such window is returned, so a
 * number after another long group ("2023 36 574 261 809") is still a candidate.
 * Memoised for the last text, since several schemes scan the same one.
 */
export const digitWindows = (text: string, lengths: readonly number[]): Span[] => {
  if (text !== cachedText) {
    cachedWindows = windowsByLength(text);
    cachedText = text;
  }
  return lengths.flatMap((length) => cachedWindows[length] ?? []);
};

const NON_DIGIT = /\D/g;

/** Digits only: the compact form most checksums are computed on. */
export const digitsOf = (value: string): string => value.replace(NON_DIGIT, '');
