import { ClassificationError } from '../../errors.js';
import { CELL_LIMIT, decodeCells, encodeCells, expectCells } from '../cells.js';

const WHAT = 'the lexicon automaton';

import { isWordChar } from '../spans.js';
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

const NONE = -1;
const SEPARATORS = [32, 45, 95]; // ' ', '-', '_' are one symbol: 'burn-out' is 'burn out'.

/** Symbol per folded code unit (a table over all code units): 0 for what no pattern contains. */
const alphabetOf = (patterns: readonly Pattern[]): { table: Uint16Array; size: number } => {
  const table = new Uint16Array(65536);
  for (const code of SEPARATORS) table[code] = 1;
  let size = 1;
  for (const { text } of patterns) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (table[code] === 0) table[code] = ++size;
    }
  }
  return { table, size };
};

interface Trie {
  readonly symbols: number;
  readonly states: number;
  /** Goto edges as target + 1 (0: none), indexed state * symbols + symbol. */
  readonly delta: Uint16Array | Uint32Array;
  /** Children as linked lists (first child, next sibling) with the symbol leading to each. */
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
  readonly symbolTo: Uint16Array;
  /** First pattern ending in a state, and the next pattern ending in the same one. */
  readonly firstOut: Int32Array;
  readonly nextOut: Int32Array;
  /** Each state's parent (state 0: none): a parent always precedes its children. */
  readonly parent: Int32Array;
}

const buildTrie = (patterns: readonly Pattern[], alphabet: Uint16Array, symbols: number): Trie => {
  const bound = patterns.reduce((sum, { text }) => sum + text.length, 1);
  // Half the memory (and page faults) while state numbers fit in 16 bits.
  const delta =
    bound < 65_535 ? new Uint16Array(bound * symbols) : new Uint32Array(bound * symbols);
  const firstChild = new Int32Array(bound).fill(NONE);
  const nextSibling = new Int32Array(bound).fill(NONE);
  const symbolTo = new Uint16Array(bound);
  const firstOut = new Int32Array(bound).fill(NONE);
  const nextOut = new Int32Array(patterns.length).fill(NONE);
  const parent = new Int32Array(bound);
  let states = 1;
  patterns.forEach(({ text }, index) => {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const symbol = alphabet[text.charCodeAt(i)] as number;
      let next = (delta[state * symbols + symbol] as number) - 1;
      if (next < 0) {
        next = states++;
        delta[state * symbols + symbol] = next + 1;
        symbolTo[next] = symbol;
        parent[next] = state;
        nextSibling[next] = firstChild[state] as number;
        firstChild[state] = next;
      }
      state = next;
    }
    nextOut[index] = firstOut[state] as number;
    firstOut[state] = index;
  });
  return { symbols, states, delta, firstChild, nextSibling, symbolTo, firstOut, nextOut, parent };
};

interface Links {
  readonly fail: Uint32Array;
  /** The nearest state down the failure chain where some pattern ends, or NONE. */
  readonly outputLink: Int32Array;
}

/** Breadth-first failure links (classic Aho-Corasick: amortised linear in the patterns' length). */
const buildLinks = (trie: Trie): Links => {
  const { symbols, delta, firstChild, nextSibling, symbolTo, firstOut } = trie;
  const fail = new Uint32Array(trie.states);
  const outputLink = new Int32Array(trie.states).fill(NONE);
  const queue = new Int32Array(trie.states);
  let tail = 0;
  for (let child = firstChild[0] as number; child !== NONE; child = nextSibling[child] as number) {
    queue[tail++] = child;
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head] as number;
    for (let child = firstChild[state] as number; child !== NONE; ) {
      const symbol = symbolTo[child] as number;
      let fallback = fail[state] as number;
      let target = (delta[fallback * symbols + symbol] as number) - 1;
      while (target < 0 && fallback !== 0) {
        fallback = fail[fallback] as number;
        target = (delta[fallback * symbols + symbol] as number) - 1;
      }
      const failed = Math.max(0, target);
      fail[child] = failed;
      outputLink[child] = firstOut[failed] !== NONE ? failed : (outputLink[failed] as number);
      queue[tail++] = child;
      child = nextSibling[child] as number;
    }
  }
  return { fail, outputLink };
};

const isWordCode = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code > 127;

/** What a scan needs: the alphabet, the goto table, the outputs and the failure links. */
interface Tables {
  readonly alphabet: Uint16Array;
  readonly symbols: number;
  readonly states: number;
  readonly delta: Uint16Array | Uint32Array;
  readonly symbolTo: Uint16Array;
  readonly parent: Int32Array;
  readonly firstOut: Int32Array;
  readonly nextOut: Int32Array;
  readonly fail: Uint32Array;
  readonly outputLink: Int32Array;
}

const buildTables = (patterns: readonly Pattern[]): Tables => {
  const alphabet = alphabetOf(patterns);
  const trie = buildTrie(patterns, alphabet.table, alphabet.size + 1);
  return { alphabet: alphabet.table, ...trie, ...buildLinks(trie) };
};

/**
 * The tables as base64 of 16-bit cells (little-endian): symbols, states, patterns, the alphabet as
 * (code, symbol) pairs, each state's parent and symbol, then the outputs and links (NONE as 0,
 * others + 1). The goto table follows from the parents.
 */
const encodeTables = (tables: Tables, patterns: number): string => {
  const { alphabet, symbols, states, parent, symbolTo, firstOut, nextOut, fail, outputLink } =
    tables;
  const cells: number[] = [symbols, states, patterns];
  const pairs: number[] = [];
  for (let code = 0; code < alphabet.length; code++) {
    const symbol = alphabet[code] as number;
    if (symbol > 1) pairs.push(code, symbol);
  }
  cells.push(pairs.length / 2, ...pairs);
  for (let state = 1; state < states; state++) cells.push(parent[state] as number);
  for (let state = 1; state < states; state++) cells.push(symbolTo[state] as number);
  // Outputs and links as 16-bit two's complement (NONE is -1), widened natively when loaded.
  const signed = (value: number): number => (value < 0 ? value + CELL_LIMIT : value);
  for (let state = 0; state < states; state++) cells.push(signed(firstOut[state] as number));
  for (let out = 0; out < patterns; out++) cells.push(signed(nextOut[out] as number));
  for (let state = 0; state < states; state++) cells.push(fail[state] as number);
  for (let state = 0; state < states; state++) cells.push(signed(outputLink[state] as number));
  // Signed cells must stay below 2^15 to read back as themselves.
  if (states >= CELL_LIMIT / 2 || patterns >= CELL_LIMIT / 2) {
    throw new ClassificationError('the lexicon automaton outgrew 16-bit cells');
  }
  return encodeCells(cells, 'the lexicon automaton');
};

/** The tables encodeTables wrote, rebuilt in linear passes (no trie construction). */
const decodeTables = (encoded: string): Tables => {
  const cells = decodeCells(encoded);
  let at = 0;
  const next = (): number => cells[at++] as number;
  const symbols = next();
  const states = next();
  const patterns = next();
  const pairs = next();
  // Everything a scan relies on to end is checked, so a damaged table throws (and is compiled
  // instead) rather than loop: exact size, parents first, links to shallower states only.
  const size = 4 + 2 * pairs + 2 * (states - 1) + 3 * states + patterns;
  expectCells(symbols >= 2 && states >= 1 && cells.length === size, WHAT);
  const alphabet = new Uint16Array(65536);
  for (const code of SEPARATORS) alphabet[code] = 1;
  for (let pair = 0; pair < pairs; pair++) {
    const code = next();
    const symbol = next();
    expectCells(symbol >= 2 && symbol < symbols, WHAT);
    alphabet[code] = symbol;
  }
  const depth = new Int32Array(states);
  const parent = new Int32Array(states);
  const symbolTo = new Uint16Array(states);
  const delta =
    states < 65_535 ? new Uint16Array(states * symbols) : new Uint32Array(states * symbols);
  const symbolAt = at + states - 1;
  for (let state = 1; state < states; state++) {
    const from = cells[at + state - 1] as number;
    const symbol = cells[symbolAt + state - 1] as number;
    expectCells(from < state && symbol >= 1 && symbol < symbols, WHAT);
    depth[state] = (depth[from] as number) + 1;
    parent[state] = from;
    symbolTo[state] = symbol;
    delta[from * symbols + symbol] = state + 1;
  }
  at = symbolAt + states - 1;
  const signed = new Int16Array(cells.buffer, cells.byteOffset, cells.length);
  const widened = (length: number): Int32Array => {
    const values = Int32Array.from(signed.subarray(at, at + length));
    at += length;
    return values;
  };
  const firstOut = widened(states);
  const nextOut = widened(patterns);
  const fail = Uint32Array.from(cells.subarray(at, at + states));
  at += states;
  const outputLink = widened(states);
  for (let state = 0; state < states; state++) {
    const failed = fail[state] as number;
    const link = outputLink[state] as number;
    const out = firstOut[state] as number;
    expectCells(
      failed < states && (state === 0 || (depth[failed] as number) < (depth[state] as number)),
      WHAT,
    );
    expectCells(
      link === NONE || (link < states && (depth[link] as number) < (depth[state] as number)),
      WHAT,
    );
    expectCells(out >= NONE && out < patterns, WHAT);
  }
  for (let out = 0; out < patterns; out++) {
    const next = nextOut[out] as number;
    expectCells(next >= NONE && next < out, WHAT);
  }
  return {
    alphabet,
    symbols,
    states,
    delta,
    symbolTo,
    parent,
    firstOut,
    nextOut,
    fail,
    outputLink,
  };
};

/** The compiled automaton of these patterns, serialised for compileAutomaton (a build step). */
export const serializeAutomaton = (patterns: readonly Pattern[]): string =>
  encodeTables(buildTables(patterns), patterns.length);

/** One automaton for all patterns: the text is folded on the fly, each character visited once. */
export const compileAutomaton = (
  patterns: readonly Pattern[],
  /** What serializeAutomaton wrote for the same patterns: loaded instead of compiled. */
  serialized?: string,
): Automaton => {
  const tables = serialized === undefined ? buildTables(patterns) : decodeTables(serialized);
  expectCells(tables.nextOut.length === patterns.length, WHAT);
  const { symbols, delta, firstOut, nextOut, fail, outputLink } = tables;
  const alphabet = { table: tables.alphabet };
  // delta holds target + 1; 0 is "not resolved yet" (the trie's own edges are already there).
  const step = (state: number, symbol: number): number => {
    const known = delta[state * symbols + symbol] as number;
    if (known !== 0) return known - 1;
    const target = state === 0 ? 0 : step(fail[state] as number, symbol);
    delta[state * symbols + symbol] = target + 1;
    return target;
  };
  const symbolCache = new Int32Array(65536).fill(NONE);
  const symbolOf = (code: number): number => {
    let symbol = symbolCache[code] as number;
    if (symbol === NONE) {
      symbol = alphabet.table[foldCode(code)] as number;
      symbolCache[code] = symbol;
    }
    return symbol;
  };
  const closedStart = patterns.map((p) => !p.openStart && isWordCode(p.text.charCodeAt(0)));
  const closedEnd = patterns.map(
    (p) => !p.openEnd && isWordCode(p.text.charCodeAt(p.text.length - 1)),
  );
  const lengths = patterns.map((p) => p.text.length);
  const emit = (text: string, state: number, end: number, matches: PatternMatch[]): void => {
    for (let out = firstOut[state] as number; out !== NONE; out = nextOut[out] as number) {
      const start = end - (lengths[out] as number);
      if (closedStart[out] && isWordChar(text, start - 1)) continue;
      if (closedEnd[out] && isWordChar(text, end)) continue;
      matches.push({ pattern: out, start, end });
    }
  };
  return {
    scan: (text) => {
      const matches: PatternMatch[] = [];
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let symbol = symbolCache[code] as number;
        if (symbol === NONE) symbol = symbolOf(code);
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
      return matches;
    },
  };
};
