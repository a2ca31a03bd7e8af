import type { Finding, Recognizer } from '../recognizer.js';
import { digitCount, digitRunsIn } from '../spans.js';
import { healthIdRecognizer } from './health-id.js';
import { nationalIdRecognizer } from './national-id.js';
import { taxIdRecognizer } from './tax-id.js';

// A number cut in two by a chat message sent too early ("mój pesel to 9207140\n[10:42] Klient: 7204
// sorry ucięło", "fnr til mamma: 22089\n[21:14] 318215"): the first part ends its line, the next
// line opens with a time or a speaker's label (or both), then the rest. Read joined, the national,
// tax and health numbers decide, with the context words of the first part's line. A bare next line
// is a table's or a list's (two numbers), never joined.
const LINE_END = /[ \t]*\r?\n/y;
const CHAT_PREFIX =
  /[ \t]*(?:(?:\[\d{1,2}[:.]\d{2}(?::\d{2})?\]|\d{1,2}:\d{2}(?::\d{2})?)[ \t]*(?:[-–][ \t]*)?(?:[^\s\d:[\]][^\n:[\]]{0,29}:[ \t]*)?|[^\s\d:[\]][^\n:[\]]{0,29}:[ \t]*)(?=\d)/y;
// The rest: digits, in groups with single spaces or dashes between them.
const REST = /\d(?:[ -]?\d){0,15}(?![\d])/y;
const SEPARATORS = /[ -]/g;
// A part of at least three digits before, two after; the whole as long as a person's number.
const MIN_FIRST = 3;
const MIN_REST = 2;
const MIN_DIGITS = 8;
const MAX_DIGITS = 13;
// How much of the text before the first part is read with it (its context words).
const CONTEXT_REACH = 120;
const RECOGNIZERS = [nationalIdRecognizer, taxIdRecognizer, healthIdRecognizer];

const DASH = 45;
const SPACE = 32;
const TAB = 9;
const LINE_FEED = 10;
const RETURN = 13;

/** Where the first part starts: its run, and the runs before it joined by one space or dash. */
const firstPartStart = (
  text: string,
  runStart: number,
  bounds: Int32Array,
  run: number,
): number => {
  let start = runStart;
  for (let r = run - 1; r >= 0; r--) {
    const end = bounds[2 * r + 1] as number;
    const gap = text.charCodeAt(end);
    if (end !== start - 1 || (gap !== SPACE && gap !== DASH)) break;
    start = bounds[2 * r] as number;
  }
  return start;
};

/** The numbers cut in two by a chat line's end, joined and validated. */
const splitNumbers = (text: string): Finding[] => {
  if (!text.includes('\n')) return [];
  const { bounds, count } = digitRunsIn(text);
  const parts: [number, number, number, number][] = [];
  for (let r = 0; r < count; r++) {
    const runEnd = bounds[2 * r + 1] as number;
    // Most runs go on with something else than a line's end: one comparison rules them out.
    const after = text.charCodeAt(runEnd);
    if (after !== LINE_FEED && after !== RETURN && after !== SPACE && after !== TAB) continue;
    LINE_END.lastIndex = runEnd;
    if (!LINE_END.test(text)) continue;
    CHAT_PREFIX.lastIndex = LINE_END.lastIndex;
    if (!CHAT_PREFIX.test(text)) continue;
    const restStart = CHAT_PREFIX.lastIndex;
    REST.lastIndex = restStart;
    const rest = REST.exec(text);
    if (rest === null) continue;
    const start = firstPartStart(text, bounds[2 * r] as number, bounds, r);
    const first = digitCount(text, start, runEnd);
    const second = digitCount(text, restStart, restStart + rest[0].length);
    if (first < MIN_FIRST || second < MIN_REST) continue;
    if (first + second < MIN_DIGITS || first + second > MAX_DIGITS) continue;
    parts.push([start, runEnd, restStart, restStart + rest[0].length]);
  }
  const found: Finding[] = [];
  for (const [start, end, restStart, restEnd] of parts) {
    const from = Math.max(0, start - CONTEXT_REACH);
    const head = text.slice(from, end);
    const joined = `${head}${text.slice(restStart, restEnd).replace(SEPARATORS, '')}`;
    for (const recognizer of RECOGNIZERS) {
      const finding = recognizer
        .find(joined)
        .find((f) => f.end === joined.length && f.start <= start - from);
      if (finding === undefined) continue;
      found.push({
        ...finding,
        start: from + finding.start,
        end: restEnd,
        recognizer: 'split-number',
      });
      break;
    }
  }
  return found;
};

/** National, tax and health numbers cut in two by a chat message sent too early. */
export const splitNumberRecognizer: Recognizer = {
  name: 'split-number',
  entities: ['NATIONAL_ID', 'TAX_ID', 'HEALTH_ID'],
  find: splitNumbers,
};
