import type { Span } from './spans.js';

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

/** Every way to write a word with or without each of its separators ('tax id', 'taxid'). */
const variants = (text: string): string[] => {
  const parts = text.split(' ');
  let spellings = [parts[0] ?? ''];
  for (const part of parts.slice(1)) {
    spellings = spellings.flatMap((spelling) => [`${spelling} ${part}`, `${spelling}${part}`]);
  }
  return spellings;
};

interface Trie {
  readonly next: Map<number, number>[];
  readonly outputs: number[][];
  readonly depth: number[];
}

/**
 * Compiles words into an Aho-Corasick automaton over folded text: one pass visits each character
 * once and reports every word, overlapping ones included. A run of separators in the text counts
 * as one ' '; word boundaries are checked on the text itself.
 */
export const compileWordScanner = (words: readonly ScanWord[]) => {
  const symbolOf = new Map<number, number>();
  const symbol = (code: number): number => {
    if (SEPARATORS.has(code)) return SEPARATOR;
    let id = symbolOf.get(code);
    if (id === undefined) {
      id = symbolOf.size + 2;
      symbolOf.set(code, id);
    }
    return id;
  };
  const trie: Trie = { next: [new Map()], outputs: [[]], depth: [0] };
  for (let index = 0; index < words.length; index++) {
    for (const spelling of variants((words[index] as ScanWord).text)) {
      let state = 0;
      for (let i = 0; i < spelling.length; i++) {
        const key = symbol(spelling.charCodeAt(i));
        const edges = trie.next[state] as Map<number, number>;
        let target = edges.get(key);
        if (target === undefined) {
          target = trie.next.length;
          trie.next.push(new Map());
          trie.outputs.push([]);
          trie.depth.push((trie.depth[state] ?? 0) + 1);
          edges.set(key, target);
        }
        state = target;
      }
      (trie.outputs[state] as number[]).push(index);
    }
  }
  const fail = linkFailures(trie);
  const isBoundary = (text: string, index: number): boolean =>
    index < 0 || index >= text.length || !WORD_CHAR.test(text.charAt(index));

  return (text: string): WordHit[] => {
    const hits: WordHit[] = [];
    // The text offset of each symbol the automaton saw (a run of separators is one symbol).
    const starts: number[] = [];
    let state = 0;
    let separators = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const key = SEPARATORS.has(code) ? SEPARATOR : (symbolOf.get(code) ?? BREAK);
      if (key === SEPARATOR) {
        separators += 1;
        if (separators > 1) {
          if (separators > MAX_SEPARATORS) state = 0;
          continue;
        }
      } else {
        separators = 0;
      }
      starts.push(i);
      if (key === BREAK) {
        state = 0;
        continue;
      }
      while (state !== 0 && !(trie.next[state] as Map<number, number>).has(key)) {
        state = fail[state] as number;
      }
      state = (trie.next[state] as Map<number, number>).get(key) ?? 0;
      for (let out = state; out !== 0; out = fail[out] as number) {
        const depth = trie.depth[out] as number;
        const start = starts[starts.length - depth] as number;
        for (const index of trie.outputs[out] as number[]) {
          const word = words[index] as ScanWord;
          if (word.left && !isBoundary(text, start - 1)) continue;
          if (word.right && !isBoundary(text, i + 1)) continue;
          hits.push({ start, end: i + 1, groups: word.groups });
        }
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  };
};

/** Failure links, breadth first: each state's longest proper suffix that is also in the trie. */
const linkFailures = (trie: Trie): number[] => {
  const fail = new Array<number>(trie.next.length).fill(0);
  const queue: number[] = [...(trie.next[0] as Map<number, number>).values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    for (const [key, target] of trie.next[state] as Map<number, number>) {
      let link = fail[state] as number;
      while (link !== 0 && !(trie.next[link] as Map<number, number>).has(key)) {
        link = fail[link] as number;
      }
      const candidate = (trie.next[link] as Map<number, number>).get(key);
      fail[target] = candidate !== undefined && candidate !== target ? candidate : 0;
      queue.push(target);
    }
  }
  return fail;
};
