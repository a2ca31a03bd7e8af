import { columnHeaderOf } from './column-header.js';
import { CONTEXT_WORDS, type ContextKind } from './context-words.js';
import { CONTEXT_AUTOMATON } from './data/context-automaton.js';
import { foldCode, foldText } from './lexicon/fold.js';
import { countBefore } from './search.js';
import type { Span } from './spans.js';
import {
  compileWordScanner,
  type ScanWord,
  serializeWordScanner,
  type WordHit,
} from './word-scanner.js';

export type { ContextKind } from './context-words.js';

/** A set of context words: a handle into the one scanner all of them are compiled into. */
export interface ContextWords {
  readonly id: number;
}

const SEPARATOR_RUN = /[\s._/'-]+/g;

// Every registered word set, and the scanner compiled from all of them (rebuilt if more come).
const registered: (readonly string[])[] = [];
let scanner: { scan: (text: string) => WordHit[]; size: number } | undefined;

/**
 * One scan word per distinct spelling: separators become optional single spaces; words of up to
 * three characters (or marked '=') must stand alone, of four or five must start a word.
 */
const scanWords = (): ScanWord[] => {
  const words = new Map<
    string,
    { text: string; groups: number[]; left: boolean; right: boolean }
  >();
  // Most entries are in several sets (a kind's words in every set of that kind): each distinct
  // entry is folded once, at cold start.
  const spelled = new Map<string, string>();
  for (let id = 0; id < registered.length; id++) {
    for (const entry of registered[id] ?? []) {
      let key = spelled.get(entry);
      if (key === undefined) {
        const exact = entry.startsWith('=');
        const text = foldText(exact ? entry.slice(1) : entry)
          .replace(SEPARATOR_RUN, ' ')
          .trim();
        key = `${exact}:${text}`;
        spelled.set(entry, key);
        if (!words.has(key)) {
          const length = text.replace(/ /g, '').length;
          words.set(key, {
            text,
            groups: [],
            left: exact || length <= 5,
            right: exact || length <= 3,
          });
        }
      }
      const word = words.get(key) as { groups: number[] };
      if (word.groups.at(-1) !== id) word.groups.push(id);
    }
  }
  return [...words.values()];
};

/** The words of some kinds plus extra words, compiled (with every other set) into one scanner. */
export const contextPattern = (
  kinds: readonly ContextKind[],
  extra: readonly string[] = [],
): ContextWords => {
  registered.push([...new Set([...kinds.flatMap((kind) => CONTEXT_WORDS[kind]), ...extra])]);
  return { id: registered.length - 1 };
};

type Hit = WordHit;

/** The scan words, one per line: what the precompiled automaton must have been built from. */
const keyOf = (words: readonly ScanWord[]): string =>
  words
    .map(({ text, groups, left, right }) => `${+left}${+right}${groups.join(',')}:${text}`)
    .join('\n');

// Building the automaton is most of the classifier's cold start: the one for the words as shipped
// is built ahead (npm run build:automata) and loaded; any other set of words is compiled here.
const loadOrCompile = (words: readonly ScanWord[]): ((text: string) => WordHit[]) => {
  if (keyOf(words) === CONTEXT_AUTOMATON.words) {
    try {
      return compileWordScanner(words, foldCode, CONTEXT_AUTOMATON.machine);
    } catch {
      // A damaged build output: compiled below instead, as if there were none.
    }
  }
  return compileWordScanner(words, foldCode);
};

/** The scanner for every word set registered so far (compiled again when sets were added). */
const currentScanner = (): { scan: (text: string) => WordHit[] } => {
  if (scanner?.size !== registered.length) {
    scanner = { scan: loadOrCompile(scanWords()), size: registered.length };
  }
  return scanner;
};

/** The automaton of every word set registered so far, for shared/pii/data/context-automaton.ts. */
export const serializeContextScanner = (): { words: string; machine: string } => {
  const words = scanWords();
  return { words: keyOf(words), machine: serializeWordScanner(words) };
};

/** Compiles the context scanner now: call once every recognizer is loaded (at cold start). */
export const prepareContext = (): void => {
  currentScanner();
};

let scannedText: string | undefined;
let scannedHits: readonly Hit[] = [];
// The sets with a word in the scanned text, by id: gathered on first ask, once per text.
let presentSets: Set<number> | undefined;

/** Every context word in the text, with the sets it belongs to: one pass per text, on demand. */
const hitsIn = (text: string): readonly Hit[] => {
  if (text === scannedText) return scannedHits;
  scannedHits = currentScanner().scan(text);
  scannedText = text;
  presentSets = undefined;
  return scannedHits;
};

/** Whether a word of this set is in the text whose hits were scanned last. */
const presentInScanned = (words: ContextWords): boolean => {
  if (presentSets === undefined) {
    presentSets = new Set();
    for (const hit of scannedHits) for (const id of hit.groups) presentSets.add(id);
  }
  return presentSets.has(words.id);
};

/**
 * True only when the text's context words are already known and none is of this set: then no
 * candidate needing one can count (false when unknown, so no scan is spent on the question).
 */
export const knownAbsent = (text: string, words: ContextWords): boolean =>
  text === scannedText && !presentInScanned(words);

/** Whether any word of this set is anywhere in the text (one pass per text, shared). */
export const hasAnyContext = (text: string, words: ContextWords): boolean => {
  hitsIn(text);
  return presentInScanned(words);
};

/** How far around a candidate a context word may sit: labels mostly precede the value. */
export const CONTEXT_BEFORE = 48;
export const CONTEXT_AFTER = 40;

/** Index of the first hit starting at or after `at` (hits are sorted by start). */
const firstFrom = (hits: readonly Hit[], at: number): number =>
  countBefore(hits.length, (i) => (hits[i] as Hit).start < at);

const someHit = (
  text: string,
  span: Span,
  words: ContextWords,
  accept: (hit: Hit) => boolean,
): boolean => {
  const hits = hitsIn(text);
  for (let i = firstFrom(hits, span.start - CONTEXT_BEFORE); i < hits.length; i++) {
    const hit = hits[i] as Hit;
    if (hit.start >= span.end + CONTEXT_AFTER) return false;
    if (hit.groups.includes(words.id) && accept(hit)) return true;
  }
  return false;
};

/**
 * Whether a context word stands in the header of the table column holding the span (see
 * columnHeaderOf): a header labels every cell below it, however far down. Asked only when the
 * text holds a word of the set and the span's line a cell delimiter.
 */
const inColumnHeader = (text: string, span: Span, words: ContextWords): boolean => {
  if (!hasAnyContext(text, words)) return false;
  const hits = hitsIn(text);
  const header = columnHeaderOf(text, span);
  if (header === undefined) return false;
  for (let i = firstFrom(hits, header.start); i < hits.length; i++) {
    const hit = hits[i] as Hit;
    if (hit.start >= header.end) return false;
    if (hit.end <= header.end && hit.groups.includes(words.id)) return true;
  }
  return false;
};

/**
 * Whether a context word lies wholly within reach before or after the span (not across it), or in
 * the header of its table column.
 */
export const hasContextNear = (text: string, span: Span, words: ContextWords): boolean =>
  someHit(
    text,
    span,
    words,
    (hit) =>
      hit.end <= span.start || (hit.start >= span.end && hit.end <= span.end + CONTEXT_AFTER),
  ) || inColumnHeader(text, span, words);

/** Whether a context word lies wholly within `reach` characters before the span. */
export const hasContextBefore = (
  text: string,
  span: Span,
  words: ContextWords,
  reach: number,
): boolean =>
  someHit(text, span, words, (hit) => hit.end <= span.start && hit.start >= span.start - reach);

// A label sits right next to its value: a short gap, not across the end of a sentence.
const LABEL_GAP_BEFORE = 24;
const LABEL_GAP_AFTER = 24;
const SENTENCE_END = /\.\s+\p{L}/u;

const isShortGap = (text: string, from: number, to: number, longest: number): boolean =>
  to - from <= longest && !SENTENCE_END.test(text.slice(from, to));

/**
 * Whether a context word labels the span: right before or after it, in the same sentence, or as
 * the header of its table column.
 */
export const hasLabelNear = (text: string, span: Span, words: ContextWords): boolean =>
  someHit(text, span, words, (hit) =>
    hit.end <= span.start
      ? isShortGap(text, hit.end, span.start, LABEL_GAP_BEFORE)
      : // With the word's first letter: '12345678. Konto …' ends a sentence before the word.
        hit.start >= span.end && isShortGap(text, span.end, hit.start + 1, LABEL_GAP_AFTER + 1),
  ) || inColumnHeader(text, span, words);
