import { ClassificationError } from '../../errors.js';
import { decodeWideCells, encodeWideCells, expectCells, WIDE_CELL_LIMIT } from '../cells.js';

const WHAT = 'the lexicon automaton';

import { isWordChar, LAYOUT_BLANK_BEFORE_BREAK, layoutOf } from '../spans.js';
import { buildTrie, failureLinks, type Links, stepper, type Trie, trieFromCells } from '../trie.js';
import { foldCode } from './fold.js';

/** One pattern: folded text, and whether it may continue a word on either side. */
export interface Pattern {
  readonly text: string;
  /** Matches inside a longer word on the left ('*krankheit' in 'Herzkrankheit'). */
  readonly openStart: boolean;
  /** Matches inside a longer word on the right ('diabet*' in 'diabetes'). */
  readonly openEnd: boolean;
}

/** A match: which pattern (index in the compiled list) and where. */
export interface PatternMatch {
  readonly pattern: number;
  readonly start: number;
  readonly end: number;
}

/** A compiled Aho-Corasick automaton over the patterns' alphabet. */
export interface Automaton {
  scan(text: string): PatternMatch[];
}

/**
 * What a scan needs of each pattern (by index): its length and whether it must start or end a
 * word (1) or not (0), or start a word of a key's name (KEY_WORD). Typed arrays, not objects: a
 * cold start loads thousands.
 */
export interface PatternShapes {
  readonly lengths: Int32Array;
  readonly closedStart: Uint8Array;
  readonly closedEnd: Uint8Array;
}

/**
 * A pattern that must start a word, where a word of a key's name after a '_' counts too:
 * 'first_name' in 'billing_first_name'. Field labels of a person's name only (lexicon/index.ts).
 */
export const KEY_WORD = 2;
const UNDERSCORE = 95;

const NONE = -1;
const SEPARATOR = 1;
const SEPARATORS = [32, 45, 95]; // ' ', '-', '_' are one symbol: 'burn-out' is 'burn out'.
/**
 * A symbol no character has: the scan feeds it before every character that follows a separator
 * or a character no word holds (or starts the text), and a pattern that must start a word begins
 * with it. So 'at' is not even tried inside 'that', where it could only be rejected after the
 * fact (most of what the automaton found in a word's middle was).
 */
const BOUNDARY = 2;
/** The code unit that spells BOUNDARY in the keys handed to the trie builder (no text's symbol). */
const BOUNDARY_CODE = 0xffff;

/** Symbol per folded code unit (a table over all code units): 0 for what no pattern contains. */
const alphabetOf = (patterns: readonly Pattern[]): { table: Uint16Array; size: number } => {
  const table = new Uint16Array(65536);
  for (const code of SEPARATORS) table[code] = SEPARATOR;
  let size = BOUNDARY;
  for (const { text } of patterns) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (table[code] === 0) table[code] = ++size;
    }
  }
  return { table, size };
};

/** First pattern ending in a state, and the next pattern ending in the same one. */
interface Outputs {
  readonly firstOut: Int32Array;
  readonly nextOut: Int32Array;
}

/** Whether a folded code unit is a letter, digit or mark (spans.isWordChar's test, and pattern). */
const isWordUnit = (code: number): boolean =>
  code !== 95 && isWordChar(String.fromCharCode(code), 0);

/**
 * Per symbol, whether BOUNDARY follows it: separators, what no pattern holds, and characters
 * that are not part of a word. A property of the symbol, so a pattern and a text spell it alike.
 */
const triggersOf = (alphabet: Uint16Array, symbols: number): Uint8Array => {
  const triggers = new Uint8Array(symbols);
  triggers[0] = 1;
  triggers[SEPARATOR] = 1;
  // Each symbol above BOUNDARY is one code unit's; symbol order is not code order, so look each
  // up once (a pass over the 65,536 entries cost a millisecond of cold start).
  const seen = new Uint8Array(symbols);
  let left = symbols - BOUNDARY - 1;
  for (let code = 0; code < alphabet.length && left > 0; code++) {
    const symbol = alphabet[code] as number;
    if (symbol <= BOUNDARY || seen[symbol] === 1) continue;
    seen[symbol] = 1;
    left -= 1;
    if (!isWordUnit(code)) triggers[symbol] = 1;
  }
  return triggers;
};

/**
 * A pattern as the scan sees it: BOUNDARY first when it must start a word, and after each of its
 * characters that BOUNDARY follows in a text.
 */
const spelled = (pattern: Pattern, alphabet: Uint16Array, triggers: Uint8Array): string => {
  const { text } = pattern;
  let out = startsClosed(pattern) ? String.fromCharCode(BOUNDARY_CODE) : '';
  for (let i = 0; i < text.length; i++) {
    out += text[i];
    if (i < text.length - 1 && triggers[alphabet[text.charCodeAt(i)] as number] === 1) {
      out += String.fromCharCode(BOUNDARY_CODE);
    }
  }
  return out;
};

const outputsOf = (patterns: readonly Pattern[], alphabet: Uint16Array, symbols: number) => {
  const ends: number[] = [];
  const triggers = triggersOf(alphabet, symbols);
  const withBoundary = alphabet.slice();
  withBoundary[BOUNDARY_CODE] = BOUNDARY;
  const trie = buildTrie(
    patterns.map((pattern) => spelled(pattern, alphabet, triggers)),
    withBoundary,
    symbols,
    (pattern, state) => {
      ends[pattern] = state;
    },
  );
  const firstOut = new Int32Array(trie.states).fill(NONE);
  const nextOut = new Int32Array(patterns.length).fill(NONE);
  ends.forEach((state, pattern) => {
    nextOut[pattern] = firstOut[state] as number;
    firstOut[state] = pattern;
  });
  return { trie, outputs: { firstOut, nextOut } };
};

/** The nearest state strictly down each state's failure chain where some pattern ends, or NONE. */
const outputLinksOf = ({ fail, order }: Links, firstOut: Int32Array): Int32Array => {
  const outputLink = new Int32Array(fail.length).fill(NONE);
  for (const state of order) {
    const failed = fail[state] as number;
    outputLink[state] = firstOut[failed] !== NONE ? failed : (outputLink[failed] as number);
  }
  return outputLink;
};

const isWordCode = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code > 127;

/** Whether a pattern opening with `first` (a code unit) must start a word: BOUNDARY leads it. */
export const startsClosedWith = (openStart: boolean, first: number): boolean =>
  !openStart && isWordCode(first);

/** Whether a match must start a word: the scan then tries it only after BOUNDARY. */
const startsClosed = (pattern: Pattern): boolean =>
  startsClosedWith(pattern.openStart, pattern.text.charCodeAt(0));

/** What a scan needs: the alphabet, the trie, the outputs and the failure links. */
interface Tables extends Trie, Outputs {
  readonly alphabet: Uint16Array;
  readonly fail: Int32Array;
  /** The nearest state down the failure chain where some pattern ends, or NONE. */
  readonly outputLink: Int32Array;
}

const buildTables = (patterns: readonly Pattern[]): Tables => {
  const alphabet = alphabetOf(patterns);
  const { trie, outputs } = outputsOf(patterns, alphabet.table, alphabet.size + 1);
  const links = failureLinks(trie);
  return {
    alphabet: alphabet.table,
    ...trie,
    ...outputs,
    fail: links.fail,
    outputLink: outputLinksOf(links, outputs.firstOut),
  };
};

/**
 * The tables as 17-bit cells (cells.ts, encodeWideCells: the lexicon has outgrown 65536 states):
 * symbols, states, patterns, the alphabet as (code, symbol) pairs, each state's parent and
 * symbol, then the outputs and links (NONE as 0, others + 1). The goto table follows from the
 * parents.
 */
const encodeTables = (tables: Tables, patterns: number): string => {
  const { alphabet, symbols, states, parent, symbolTo, firstOut, nextOut, fail, outputLink } =
    tables;
  const cells: number[] = [symbols, states, patterns];
  const pairs: number[] = [];
  for (let code = 0; code < alphabet.length; code++) {
    const symbol = alphabet[code] as number;
    if (symbol > BOUNDARY) pairs.push(code, symbol);
  }
  cells.push(pairs.length / 2, ...pairs);
  for (let state = 1; state < states; state++) cells.push(parent[state] as number);
  for (let state = 1; state < states; state++) cells.push(symbolTo[state] as number);
  // Outputs and links plus one, so NONE (-1) is 0: states and patterns may use all 17 bits.
  for (let state = 0; state < states; state++) cells.push((firstOut[state] as number) + 1);
  for (let out = 0; out < patterns; out++) cells.push((nextOut[out] as number) + 1);
  for (let state = 0; state < states; state++) cells.push(fail[state] as number);
  for (let state = 0; state < states; state++) cells.push((outputLink[state] as number) + 1);
  if (states >= WIDE_CELL_LIMIT - 1 || patterns >= WIDE_CELL_LIMIT - 1) {
    throw new ClassificationError('the lexicon automaton outgrew 17-bit cells');
  }
  return encodeWideCells(cells, 'the lexicon automaton');
};

/** The tables encodeTables wrote, rebuilt in linear passes (no trie construction). */
const decodeTables = (encoded: string): Tables => {
  const cells = decodeWideCells(encoded, WHAT);
  let at = 0;
  const next = (): number => cells[at++] as number;
  const symbols = next();
  const states = next();
  const patterns = next();
  const pairs = next();
  // Everything a scan relies on to end is checked, so a damaged table throws (and is compiled
  // instead) rather than loop: exact size, parents first, links to shallower states only.
  const size = 4 + 2 * pairs + 2 * (states - 1) + 3 * states + patterns;
  expectCells(symbols > BOUNDARY && states >= 1 && cells.length === size, WHAT);
  const alphabet = new Uint16Array(65536);
  for (const code of SEPARATORS) alphabet[code] = SEPARATOR;
  for (let pair = 0; pair < pairs; pair++) {
    const code = next();
    const symbol = next();
    expectCells(symbol > BOUNDARY && symbol < symbols && code !== BOUNDARY_CODE, WHAT);
    alphabet[code] = symbol;
  }
  const trie = trieFromCells(cells, at, states, symbols, WHAT);
  const { depth } = trie;
  at += 2 * (states - 1);
  // Stored plus one (NONE as 0): widened here, and taken back down in the checks below.
  const widened = (length: number): Int32Array => {
    const values = Int32Array.from(cells.subarray(at, at + length));
    at += length;
    return values;
  };
  const firstOut = widened(states);
  const nextOut = widened(patterns);
  const fail = Int32Array.from(cells.subarray(at, at + states));
  at += states;
  const outputLink = widened(states);
  // One verdict for the loops (they run before the JIT has compiled them: a call per state costs
  // milliseconds at cold start).
  let intact = true;
  for (let state = 0; state < states && intact; state++) {
    const failed = fail[state] as number;
    const link = (outputLink[state] as number) - 1;
    const out = (firstOut[state] as number) - 1;
    outputLink[state] = link;
    firstOut[state] = out;
    const below = depth[state] as number;
    intact =
      failed < states &&
      (state === 0 || (depth[failed] as number) < below) &&
      (link === NONE || (link < states && (depth[link] as number) < below)) &&
      out >= NONE &&
      out < patterns;
  }
  for (let out = 0; out < patterns && intact; out++) {
    const next = (nextOut[out] as number) - 1;
    nextOut[out] = next;
    intact = next >= NONE && next < out;
  }
  expectCells(intact, WHAT);
  return { alphabet, ...trie, firstOut, nextOut, fail, outputLink };
};

/** The compiled automaton of these patterns, serialised for compileAutomaton (a build step). */
export const serializeAutomaton = (patterns: readonly Pattern[]): string =>
  encodeTables(buildTables(patterns), patterns.length);

/** The shapes of these patterns (see PatternShapes). */
export const shapesOf = (patterns: readonly Pattern[]): PatternShapes => {
  const closedStart = new Uint8Array(patterns.length);
  const closedEnd = new Uint8Array(patterns.length);
  const lengths = new Int32Array(patterns.length);
  for (let out = 0; out < patterns.length; out++) {
    const pattern = patterns[out] as Pattern;
    const { text } = pattern;
    lengths[out] = text.length;
    if (startsClosed(pattern)) closedStart[out] = 1;
    if (endsClosed(pattern.openEnd, text.charCodeAt(text.length - 1))) closedEnd[out] = 1;
  }
  return { lengths, closedStart, closedEnd };
};

/** Whether a pattern ending in `last` (a code unit) must end a word. */
export const endsClosed = (openEnd: boolean, last: number): boolean => !openEnd && isWordCode(last);

/** One automaton for all patterns: the text is folded on the fly, each character visited once. */
export const compileAutomaton = (
  patterns: readonly Pattern[],
  /** What serializeAutomaton wrote for the same patterns: loaded instead of compiled. */
  serialized?: string,
): Automaton =>
  automatonOf(
    serialized === undefined ? buildTables(patterns) : decodeTables(serialized),
    shapesOf(patterns),
  );

/**
 * What serializeAutomaton wrote, for patterns known by their shapes only: how a cold start loads
 * the lexicon, without a string or an object per pattern.
 */
export const loadAutomaton = (shapes: PatternShapes, serialized: string): Automaton =>
  automatonOf(decodeTables(serialized), shapes);

const automatonOf = (tables: Tables, shapes: PatternShapes): Automaton => {
  expectCells(tables.nextOut.length === shapes.lengths.length, WHAT);
  const { symbols, delta, firstOut, nextOut, fail, outputLink } = tables;
  const alphabet = { table: tables.alphabet };
  const step = stepper(tables, fail);
  const triggers = triggersOf(tables.alphabet, symbols);
  const symbolCache = new Int32Array(65536).fill(NONE);
  const symbolOf = (code: number): number => {
    let symbol = symbolCache[code] as number;
    if (symbol === NONE) {
      symbol = alphabet.table[foldCode(code)] as number;
      symbolCache[code] = symbol;
    }
    return symbol;
  };
  // Still checked on each match: BOUNDARY also follows a '_', which spans.isWordChar counts in.
  const { lengths, closedStart, closedEnd } = shapes;
  // Where the scan skipped a blank before a line break (-1: nowhere yet), for emit's starts.
  let lastSkipped = -1;
  const emit = (text: string, state: number, end: number, matches: PatternMatch[]): void => {
    for (let out = firstOut[state] as number; out !== NONE; out = nextOut[out] as number) {
      const length = lengths[out] as number;
      const start = lastSkipped < end - length ? end - length : startSkipping(text, end, length);
      const startShape = closedStart[out] as number;
      if (
        startShape !== 0 &&
        isWordChar(text, start - 1) &&
        (startShape !== KEY_WORD || text.charCodeAt(start - 1) !== UNDERSCORE)
      ) {
        continue;
      }
      if (closedEnd[out] === 1 && isWordChar(text, end)) continue;
      matches.push({ pattern: out, start, end });
    }
  };
  return {
    scan: (text) => {
      const matches: PatternMatch[] = [];
      let state = 0;
      lastSkipped = -1;
      // Carriage returns and blanks before a line feed are skipped, in the few texts that have
      // them: this loop visits every character of every payload.
      const skipping = hasBlankBeforeBreak(text);
      let boundary = true;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (skipping && isTrailingBlank(code) && isSkipped(text, i)) {
          lastSkipped = i;
          continue;
        }
        let symbol = symbolCache[code] as number;
        if (symbol === NONE) symbol = symbolOf(code);
        if (boundary) {
          // No pattern ends in BOUNDARY, so no state it leads to has an output.
          const across = delta[state * symbols + BOUNDARY] as number;
          state = across === 0 ? step(state, BOUNDARY) : across - 1;
        }
        boundary = triggers[symbol] === 1;
        const known = delta[state * symbols + symbol] as number;
        state = known === 0 ? step(state, symbol) : known - 1;
        if (firstOut[state] !== NONE) emit(text, state, i + 1, matches);
        for (
          let link = outputLink[state] as number;
          link !== NONE;
          link = outputLink[link] as number
        ) {
          emit(text, link, i + 1, matches);
        }
      }
      lastSkipped = -1;
      return matches;
    },
  };
};

// A line break is one separator however it is written: "\r\n", or after the trailing blanks that
// format=flowed mail and editors leave ("sclérose en \r\nplaques" reads "sclérose en plaques").
const LINE_FEED = 10;
const MAX_TRAILING = 8;

const isTrailingBlank = (code: number): boolean => code === 32 || code === 9 || code === 13;

/** Whether text[i] is a blank (or carriage return) that only runs up to a line feed. */
const isSkipped = (text: string, i: number): boolean => {
  if (!isTrailingBlank(text.charCodeAt(i))) return false;
  for (let j = i + 1; j <= i + MAX_TRAILING; j++) {
    const code = text.charCodeAt(j);
    if (code === LINE_FEED) return true;
    if (!isTrailingBlank(code)) return false;
  }
  return false;
};

/** Whether any line feed has a blank or carriage return before it (few texts: a flag of the pass
 * indexing digit runs). */
const hasBlankBeforeBreak = (text: string): boolean =>
  (layoutOf(text) & LAYOUT_BLANK_BEFORE_BREAK) !== 0;

/** The start of a match of `length` scanned characters ending at `end`, skipped ones not counted. */
const startSkipping = (text: string, end: number, length: number): number => {
  let start = end;
  for (let counted = 0; counted < length && start > 0; ) {
    start -= 1;
    if (!isSkipped(text, start)) counted += 1;
  }
  return start;
};
