import { countBefore } from '../search.js';
import { capitalStarts, spanMatcher } from '../spans.js';
import { foldText } from './fold.js';
import { NAME_FLAGS, nameFlags } from './names.js';

/** A capitalised word ('Müller', "O'Brien", 'Jean-Pierre', 'DUPONT'), looked up once. */
export interface NameToken {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
  readonly allCaps: boolean;
  /** In the first-name gazetteer ('Anna-Lena' counts when 'Anna' does). */
  readonly first: boolean;
  /** In the surname gazetteer (or its first part is). */
  readonly last: boolean;
  /** Also an everyday word or a place ('Rose', 'Paris'). */
  readonly ambiguous: boolean;
}

// Bounded, non-nested shapes: an optional "O'", a capitalised word with up to two joined parts,
// or an all-caps word with one joined part.
/** Exported for the test that checks its start index. */
export const CAPITALISED =
  /(?<![\p{L}\p{N}\p{M}'’_-])(?:(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]{1,30}(?:\p{Lu}[\p{Ll}\p{M}]{1,30})?(?:['’-]\p{Lu}?[\p{Ll}\p{M}]{1,30}){0,2}|\p{Lu}{2,30}(?:['’-]\p{Lu}{2,30})?)(?![\p{L}\p{N}\p{M}])/gu;
const capitalised = spanMatcher(CAPITALISED, capitalStarts);
const LOWER = /\p{Ll}/u;
const JOINER = /['’-]/;

type WordInfo = Omit<NameToken, 'start' | 'end'>;

const infoOf = (word: string): WordInfo => {
  const folded = foldText(word);
  const own = nameFlags(folded);
  const flags = JOINER.test(folded) ? own | nameFlags(folded.split(JOINER)[0] ?? '') : own;
  return {
    folded,
    allCaps: !LOWER.test(word),
    first: (flags & NAME_FLAGS.FIRST) !== 0,
    last: (flags & NAME_FLAGS.LAST) !== 0,
    ambiguous: (own & NAME_FLAGS.AMBIGUOUS) !== 0,
  };
};

// The same capitalised words come back payload after payload: each is looked up once (bounded).
const MAX_KNOWN_WORDS = 20_000;
const known = new Map<string, WordInfo>();

const tokenOf = (word: string, start: number): NameToken => {
  let info = known.get(word);
  if (info === undefined) {
    if (known.size >= MAX_KNOWN_WORDS) known.clear();
    info = infoOf(word);
    known.set(word, info);
  }
  const { folded, allCaps, first, last, ambiguous } = info;
  return { start, end: start + word.length, folded, allCaps, first, last, ambiguous };
};

const tokenize = (text: string): NameToken[] => {
  const tokens: NameToken[] = [];
  for (const { start, end } of capitalised(text))
    tokens.push(tokenOf(text.slice(start, end), start));
  return tokens;
};

/** The capitalised words of a text, in order, with an index by start offset. */
export interface Tokens {
  readonly list: readonly NameToken[];
  /** Index in `list` of the token starting at `offset`, or -1. */
  at(offset: number): number;
}

/** Binary search: the tokens are in order of their start. */
const indexStartingAt = (list: readonly NameToken[], offset: number): number => {
  const index = countBefore(list.length, (i) => (list[i] as NameToken).start < offset);
  return (list[index] as NameToken | undefined)?.start === offset ? index : -1;
};

let cachedText: string | undefined;
let cachedTokens: Tokens | undefined;

/** The capitalised words of the text, found in one pass; memoised for the last text. */
export const capitalisedWords = (text: string): Tokens => {
  if (text !== cachedText || cachedTokens === undefined) {
    const list = tokenize(text);
    cachedTokens = { list, at: (offset) => indexStartingAt(list, offset) };
    cachedText = text;
  }
  return cachedTokens;
};
