import { decodeCells, encodeCells, expectCells } from './cells.js';

const WHAT = 'the context-word automaton';

import type { Span } from './spans.js';
import { buildTrie, failureLinks, stepper, type Trie, trieFromCells } from './trie.js';

/** A word to find: folded, ' ' standing for any short run of separators (or none at all). */
export interface ScanWord {
  readonly text: string;
  readonly groups: readonly number[];
  /** Must start a word ('pesel' not in 'xpesel'). */
  readonly left: boolean;
  /** Must end a word ('nif' not in 'nifty'). */
  readonly right: boolean;
}

/** Where a word was found (offsets in the scanned text) and the sets it belongs to. */
export interface WordHit extends Span {
  readonly groups: readonly number[];
}

const SEPARATOR = 1;
const BREAK = 0;
const SEPARATORS = new Set([..." \t\n\r._/'-"].map((char) => char.charCodeAt(0)));
const MAX_SEPARATORS = 3;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LOWER = 1;
const UPPER = 2;

/** Every way to write a word with or without each of its separators ('tax id', 'taxid'). */
const variants = (text: string): string[] => {
  const parts = text.split(' ');
  let spellings = [parts[0] ?? ''];
  for (const part of parts.slice(1)) {
    spellings = spellings.flatMap((spelling) => [`${spelling} ${part}`, `${spelling}${part}`]);
  }
  return spellings;
};

interface Machine extends Trie {
  readonly keyOf: Uint16Array;
  /** Words (indexes) ending in a state, in the order they were added; absent when none. */
  readonly outputs: (number[] | undefined)[];
  readonly fail: Int32Array;
  /** The nearest state down the failure chain, the state itself included, where a word ends. */
  readonly outputLink: Int32Array;
}

/** The key of each code unit: SEPARATOR, BREAK (in no word) or a symbol of the words. */
const keysOf = (
  spellings: readonly (readonly string[])[],
): { keyOf: Uint16Array; size: number } => {
  const keyOf = new Uint16Array(65536);
  for (const code of SEPARATORS) keyOf[code] = SEPARATOR;
  let size = 2;
  for (const list of spellings) {
    for (const spelling of list) {
      for (let i = 0; i < spelling.length; i++) {
        const code = spelling.charCodeAt(i);
        if (keyOf[code] === BREAK) keyOf[code] = size++;
      }
    }
  }
  return { keyOf, size };
};

/** The trie of every spelling in typed arrays, then its failure and output links, breadth first. */
const buildMachine = (words: readonly ScanWord[]): Machine => {
  const spellings = words.map((word) => variants(word.text));
  const { keyOf, size: symbols } = keysOf(spellings);
  const wordOf = spellings.flatMap((list, index) => list.map(() => index));
  const outputs: (number[] | undefined)[] = [];
  const trie = buildTrie(spellings.flat(), keyOf, symbols, (spelling, state) => {
    const word = wordOf[spelling] as number;
    const ending = outputs[state];
    if (ending === undefined) outputs[state] = [word];
    else ending.push(word);
  });
  const { fail, order } = failureLinks(trie);
  const outputLink = new Int32Array(trie.states);
  for (const state of order) {
    outputLink[state] =
      outputs[state] !== undefined ? state : (outputLink[fail[state] as number] as number);
  }
  return { ...trie, keyOf, outputs, fail, outputLink };
};

/**
 * The machine as base64 of 16-bit cells (little-endian): symbols, states, the alphabet as (code,
 * key) pairs, each state's parent and key, the failure and output links, then the outputs. The
 * goto table and depths follow from the parents (a parent always precedes its children).
 */
const encodeMachine = (machine: Machine): string => {
  const { states, symbols, keyOf, parent, symbolTo, fail, outputLink, outputs } = machine;
  const cells: number[] = [symbols, states];
  const alphabet: number[] = [];
  for (let code = 0; code < keyOf.length; code++) {
    const key = keyOf[code] as number;
    if (key > SEPARATOR) alphabet.push(code, key);
  }
  cells.push(alphabet.length / 2, ...alphabet);
  for (let state = 1; state < states; state++) cells.push(parent[state] as number);
  for (let state = 1; state < states; state++) cells.push(symbolTo[state] as number);
  for (let state = 0; state < states; state++) cells.push(fail[state] as number);
  for (let state = 0; state < states; state++) cells.push(outputLink[state] as number);
  for (let state = 0; state < states; state++) {
    const ending = outputs[state];
    if (ending !== undefined) cells.push(state, ending.length, ...ending);
  }
  return encodeCells(cells, 'the context-word automaton');
};

/** The machine encodeMachine wrote, rebuilt in a few linear passes (no trie construction). */
const decodeMachine = (encoded: string, wordCount: number): Machine => {
  const cells = decodeCells(encoded);
  let at = 0;
  const next = (): number => cells[at++] as number;
  const symbols = next();
  const states = next();
  const pairs = next();
  // Everything a scan relies on to end is checked, so a damaged table throws (and is compiled
  // instead) rather than loop: sizes, parents first, failure links to shallower states only.
  expectCells(symbols >= 2 && states >= 1, WHAT);
  expectCells(cells.length >= 3 + 2 * pairs + 2 * (states - 1) + 2 * states, WHAT);
  const keyOf = new Uint16Array(65536);
  for (const code of SEPARATORS) keyOf[code] = SEPARATOR;
  for (let pair = 0; pair < pairs; pair++) {
    const code = next();
    const key = next();
    expectCells(key > SEPARATOR && key < symbols, WHAT);
    keyOf[code] = key;
  }
  const trie = trieFromCells(cells, at, states, symbols, WHAT);
  const { depth } = trie;
  at += 2 * (states - 1);
  const fail = Int32Array.from(cells.subarray(at, at + states));
  at += states;
  const outputLink = Int32Array.from(cells.subarray(at, at + states));
  at += states;
  // One verdict for the loop (it runs before the JIT has compiled it: a call per state costs
  // milliseconds at cold start).
  let intact = true;
  for (let state = 0; state < states && intact; state++) {
    const failed = fail[state] as number;
    const link = outputLink[state] as number;
    const below = depth[state] as number;
    intact =
      failed < states &&
      (state === 0 || (depth[failed] as number) < below) &&
      link < states &&
      (depth[link] as number) <= below;
  }
  expectCells(intact, WHAT);
  const outputs: (number[] | undefined)[] = [];
  while (at < cells.length) {
    const state = next();
    const count = next();
    expectCells(state < states && count >= 1 && at + count <= cells.length, WHAT);
    const ending: number[] = [];
    for (let n = 0; n < count; n++) {
      const word = next();
      expectCells(word < wordCount, WHAT);
      ending.push(word);
    }
    outputs[state] = ending;
  }
  return { ...trie, keyOf, outputs, fail, outputLink };
};

/** Grows with the longest text scanned: the text offset of each symbol the automaton saw. */
let starts = new Int32Array(4096);

/**
 * Compiles words into an Aho-Corasick automaton over text folded on the fly by `foldCode` (one
 * code unit for one, so offsets are the text's): one pass visits each character once and reports
 * every word, overlapping ones included. A run of separators in the text counts as one ' '; word
 * boundaries are checked on the folded characters.
 */
export const compileWordScanner = (
  words: readonly ScanWord[],
  foldCode: (code: number) => number,
  /** What serializeWordScanner wrote for the same words: loaded instead of compiled. */
  serialized?: string,
) => {
  const machine =
    serialized === undefined ? buildMachine(words) : decodeMachine(serialized, words.length);
  const { delta, symbols, keyOf, depth, outputs, fail, outputLink } = machine;
  const step = stepper(machine, fail);
  // Per code unit of the unfolded text, filled on first sight: its key, and whether its folded
  // form is a letter or number (-1: not computed yet).
  const keyOfRaw = new Int32Array(65536).fill(-1);
  const wordRaw = new Int8Array(65536).fill(-1);
  const keyAt = (code: number): number => {
    let key = keyOfRaw[code] as number;
    if (key < 0) {
      key = keyOf[foldCode(code)] as number;
      keyOfRaw[code] = key;
    }
    return key;
  };
  const isBoundary = (text: string, index: number): boolean => {
    if (index < 0 || index >= text.length) return true;
    const code = text.charCodeAt(index);
    let word = wordRaw[code] as number;
    if (word < 0) {
      word = WORD_CHAR.test(String.fromCharCode(foldCode(code))) ? 1 : 0;
      wordRaw[code] = word;
    }
    return word === 0;
  };
  // Per code unit: 1 a lower-case letter, 2 an upper-case one, 0 neither (-1: not computed yet).
  const caseRaw = new Int8Array(65536).fill(-1);
  const caseAt = (text: string, index: number): number => {
    if (index < 0 || index >= text.length) return 0;
    const code = text.charCodeAt(index);
    let kind = caseRaw[code] as number;
    if (kind < 0) {
      const char = String.fromCharCode(code);
      kind = char.toLowerCase() !== char ? UPPER : char.toUpperCase() !== char ? LOWER : 0;
      caseRaw[code] = kind;
    }
    return kind;
  };
  // A word of an identifier written in camel case ends where the case turns: 'cnp' in
  // 'cnpAsig', 'bsn' in 'bsnNummer', an acronym before a word ('SSNHash'); and starts there
  // after a word of two letters at least ('patientBsn'; not a brand's one-letter prefix, as in
  // 'iPhone'). Only asked of a hit that no separator bounds.
  const endsTurn = (text: string, index: number): boolean => {
    const before = caseAt(text, index - 1);
    const here = caseAt(text, index);
    if (before === LOWER) return here === UPPER;
    return before === UPPER && here === UPPER && caseAt(text, index + 1) === LOWER;
  };
  const startsTurn = (text: string, index: number): boolean =>
    endsTurn(text, index) && caseAt(text, index - 2) !== 0;

  return (text: string): WordHit[] => {
    const hits: WordHit[] = [];
    if (starts.length <= text.length) starts = new Int32Array(text.length + 1);
    const at = starts;
    let seen = 0;
    let state = 0;
    let separators = 0;
    for (let i = 0; i < text.length; i++) {
      const key = keyAt(text.charCodeAt(i));
      if (key === SEPARATOR) {
        separators += 1;
        if (separators > 1) {
          if (separators > MAX_SEPARATORS) state = 0;
          continue;
        }
      } else {
        separators = 0;
      }
      at[seen++] = i;
      if (key === BREAK) {
        state = 0;
        continue;
      }
      const known = delta[state * symbols + key] as number;
      state = known !== 0 ? known - 1 : step(state, key);
      for (
        let out = outputLink[state] as number;
        out !== 0;
        out = outputLink[fail[out] as number] as number
      ) {
        const start = at[seen - (depth[out] as number)] as number;
        for (const index of outputs[out] as number[]) {
          const word = words[index] as ScanWord;
          if (word.left && !isBoundary(text, start - 1) && !startsTurn(text, start)) continue;
          if (word.right && !isBoundary(text, i + 1) && !endsTurn(text, i + 1)) continue;
          hits.push({ start, end: i + 1, groups: word.groups });
        }
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  };
};

/** The compiled automaton of these words, serialised for compileWordScanner (a build step). */
export const serializeWordScanner = (words: readonly ScanWord[]): string =>
  encodeMachine(buildMachine(words));
