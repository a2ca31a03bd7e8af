import { hasContextNear } from './context.js';
import { SPOKEN_TABLES } from './data/spoken-tables.js';
import { foldText } from './lexicon/fold.js';
import { NUMBER_WORDS, type NumberWords } from './lexicon/number-words.js';
import { nested } from './nesting.js';
import { type TextView, ViewBuilder, viewFindings } from './normalise.js';
import type { Finding, Recognizer } from './recognizer.js';
import { PHONE_WORDS } from './recognizers/phone.js';
import { isDigitCode, LAYOUT_CYRILLIC, LAYOUT_GREEK, layoutOf, tokensOf } from './spans.js';

// Numbers read out in words: a transcript, a voicemail or a chat writes a phone number or an
// identifier as it was spoken ("sei zortzi zortzi bi bat …", "deux quatre-vingt-sept zéro trois
// …", "a sé a trí a haon …"). The spoken view writes such a run as its digits, with the letters
// spelt next to it ("i grega … z": Y…Z), so that the identifier validators decide what it is;
// and a run of eight characters or more counts on its own, whatever it is: nobody dictates that
// many digits but to give a number, and in a transcript that number is most often the caller's.
// Not counting ('one two three four …'), and not a code with letters between its digits (a
// serial number, a product code: as written, such a code is left to the validators too).

const UNIT = 0;
const TEEN = 1;
const TENS = 2;
const PAIR = 3;
const HUNDRED = 4;
const JOINER = 5;
const PARTICLE = 6;
const REPEAT = 7;
const LETTER = 8;
// A group of digits written as digits between number words ('eight nine 3704 0044 …').
const DIGITS = 9;
// A word speech-to-text writes for a digit it misheard ('one to three for': see runSegments).
const HOMOPHONE = 10;

/** What a word means in one language. */
interface Sense {
  readonly language: number;
  readonly kind: number;
  readonly value: number;
}

const LANGUAGES = Object.keys(NUMBER_WORDS) as (keyof typeof NUMBER_WORDS)[];
const TABLES: readonly NumberWords[] = LANGUAGES.map((language) => NUMBER_WORDS[language]);
const FRENCH = LANGUAGES.indexOf('fr');
// Languages that say the unit first and may write it apart ("acht und sechzig", "vijf en twintig").
const UNIT_FIRST = new Set(
  TABLES.flatMap((table, language) => (table.unitFirst === undefined ? [] : [language])),
);

// The languages whose number words hold each ASCII piece ('zéro': 'z' and 'ro'), by the piece's
// hash (collisions only make the gate look further): the gate's filter (see languagesAt).
const PIECE_BITS = 16;
const pieceLanguages = new Uint32Array(1 << PIECE_BITS);
const HASH_PRIME = 0x01000193;

/** The hash of the ASCII letters text[start, end), lower-cased, or -1 if one is no letter. */
const pieceHash = (text: string, start: number, end: number): number => {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) | 32;
    if (code < 97 || code > 122) return -1;
    hash = Math.imul(hash ^ code, HASH_PRIME);
  }
  return (hash ^ (hash >>> PIECE_BITS)) & ((1 << PIECE_BITS) - 1);
};

// A first look, cheaper than the hash: whether some piece has the token's length and first two
// letters (one bit per length, first and second letter).
const LETTERS = 27;
const MAX_PIECE = 31;
// A bit set (3 KB): it stays in the cache the other recognizers leave.
const pieceStarts = new Uint32Array(((MAX_PIECE + 1) * LETTERS * LETTERS) >>> 5);
const letterIndex = (code: number): number => {
  const lower = code | 32;
  return lower >= 97 && lower <= 122 ? lower - 96 : 0;
};
const startSlot = (text: string, start: number, length: number): number =>
  (length * LETTERS + letterIndex(text.charCodeAt(start))) * LETTERS +
  (length > 1 ? letterIndex(text.charCodeAt(start + 1)) : 0);

// A letter spelt in a run (a letter's name, a single letter) may stand in a run of any language.
// Every bit, set apart from DIGIT_TOKEN's (one bit per language, 31 languages at most).
const SPELT = 0xffffffff;
// A token of digits may stand in a run of any language too ('zero 1 5 1 …', 'eight nine 3704
// 0044 …'), not alone: the gate still needs a number word next to it (every language's bit).
const DIGIT_TOKEN = 2 ** LANGUAGES.length - 1;
let longestPiece = 0;

/** Marks the runs of ASCII letters of a spelling as pieces of the language's number words. */
const addPieces = (spelling: string, languages: number): void => {
  // By character codes, not a regex: this runs for every spelling at cold start (compounds too).
  let start = -1;
  for (let i = 0; i <= spelling.length; i++) {
    const code = i < spelling.length ? spelling.charCodeAt(i) | 32 : 0;
    const letter = code >= 97 && code <= 122 && i < spelling.length;
    if (letter && start < 0) start = i;
    if (letter || start < 0) continue;
    const slot = pieceHash(spelling, start, i);
    pieceLanguages[slot] = (pieceLanguages[slot] as number) | languages;
    longestPiece = Math.min(MAX_PIECE, Math.max(longestPiece, i - start));
    const first = startSlot(spelling, start, i - start);
    pieceStarts[first >>> 5] = (pieceStarts[first >>> 5] as number) | (1 << (first & 31));
    start = -1;
  }
};

/** foldText, skipped for a spelling of lower-case ASCII (its own fold): most of them, at cold start. */
const foldedSpelling = (spelling: string): string => {
  for (let i = 0; i < spelling.length; i++) {
    const code = spelling.charCodeAt(i);
    if (code >= 128 || (code >= 65 && code <= 90) || code === 9 || code === 10 || code === 13) {
      return foldText(spelling);
    }
  }
  return spelling;
};

const SENSES = new Map<string, Sense[]>();
// The prebuilt tables whose senses and letter names are not in the maps yet (see readingTables).
let pendingReading: SpokenTables | undefined;
// Every word a run may hold (see runWordsOf), once the maps are filled.
let runWords: Set<string> | undefined;
// Letter names, folded ('i grega'), by language.
const LETTER_NAMES = new Map<string, { language: number; letter: string }[]>();

const addSense = (spelling: string, language: number, kind: number, value: number): void => {
  if (spelling === '') return;
  const key = foldedSpelling(spelling);
  addPieces(spelling, 1 << language);
  // The folded form adds pieces only where folding changed a letter ('zéro': 'zero').
  if (key !== spelling.toLowerCase()) addPieces(key, 1 << language);
  const senses = SENSES.get(key) ?? [];
  if (!senses.some((sense) => sense.language === language)) senses.push({ language, kind, value });
  SENSES.set(key, senses);
};

const spellings = (list: string | undefined): string[] =>
  list === undefined || list === '' ? [] : list.split(' ');

const VOWEL_END = /[aeiou]$/;
const VOWEL_START = /^[aeiou]/;

const addLanguage = (table: NumberWords, language: number): void => {
  const add = (list: string | undefined, kind: number, value: number): void => {
    for (const spelling of spellings(list)) addSense(spelling, language, kind, value);
  };
  table.units.forEach((list, digit) => {
    add(list, UNIT, digit);
  });
  table.teens?.forEach((list, index) => {
    add(list, TEEN, 10 + index);
  });
  table.tens?.forEach((list, index) => {
    add(list, TENS, 20 + 10 * index);
  });
  for (const [value, list] of Object.entries(table.pairs ?? {})) add(list, PAIR, Number(value));
  add(table.hundred, HUNDRED, 100);
  add(table.joiners, JOINER, 0);
  add(table.particles, PARTICLE, 0);
  for (const [word, times] of Object.entries(table.repeats ?? {})) add(word, REPEAT, times);
  for (const [word, digit] of Object.entries(table.homophones ?? {})) add(word, HOMOPHONE, digit);
  table.tens?.forEach((list, index) => {
    const tens = 20 + 10 * index;
    for (const ten of spellings(list)) {
      for (let unit = 1; unit <= 9; unit++) {
        for (const stem of spellings(table.unitFirst?.units[unit])) {
          for (const joint of table.unitFirst?.joints ?? []) {
            addSense(`${stem}${joint}${ten}`, language, PAIR, tens + unit);
          }
        }
        for (const after of spellings(table.tensFirst?.[unit])) {
          addSense(`${ten}${after}`, language, PAIR, tens + unit);
          if (VOWEL_END.test(ten) && VOWEL_START.test(after)) {
            addSense(`${ten.slice(0, -1)}${after}`, language, PAIR, tens + unit);
          }
        }
      }
    }
  });
  for (const [name, letter] of Object.entries(table.letters ?? {})) {
    const key = foldedSpelling(name);
    addPieces(name, SPELT);
    addPieces(key, SPELT);
    const names = LETTER_NAMES.get(key) ?? [];
    names.push({ language, letter });
    LETTER_NAMES.set(key, names);
  }
};

/** What the tables hold, for shared/pii/data/spoken-tables.ts (a build step). */
export interface SpokenTables {
  /** Digest of NUMBER_WORDS the tables were built from. */
  readonly digest: string;
  readonly longest: number;
  /** Non-empty piece slots and their language bits, in pairs. */
  readonly pieces: readonly number[];
  readonly starts: readonly number[];
  /** Each spelling's senses as (language, kind, value) triples. */
  readonly senses: Readonly<Record<string, readonly number[]>>;
  /** Each letter name's (language, letter) pairs. */
  readonly letters: Readonly<Record<string, readonly (number | string)[]>>;
}

// A digest of the word lists (FNV-1a over their JSON): a changed list is noticed at cold start
// and the tables are built here instead of loaded (same results), until npm run build:automata.
const digestOfWords = (): string => {
  const json = JSON.stringify(NUMBER_WORDS);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) hash = Math.imul(hash ^ json.charCodeAt(i), HASH_PRIME);
  return `${json.length}:${(hash >>> 0).toString(16)}`;
};

const clearTables = (): void => {
  pieceLanguages.fill(0);
  pieceStarts.fill(0);
  longestPiece = 0;
  SENSES.clear();
  LETTER_NAMES.clear();
  pendingReading = undefined;
  runWords = undefined;
};

/** The tables built from the word lists (the build step's input, and the fallback). */
const buildTables = (): void => {
  clearTables();
  TABLES.forEach(addLanguage);
};

/**
 * The tables prebuilt for these word lists: 1,500 spellings not walked at every cold start. The
 * gate's tables are set now; the spellings' senses, read only where the gate finds a run (few
 * texts), on first use (readingTables).
 */
const loadTables = (tables: SpokenTables): void => {
  clearTables();
  longestPiece = tables.longest;
  for (let i = 0; i + 1 < tables.pieces.length; i += 2) {
    pieceLanguages[tables.pieces[i] as number] = tables.pieces[i + 1] as number;
  }
  pieceStarts.set(tables.starts);
  pendingReading = tables;
};

/** Fills SENSES and LETTER_NAMES from the prebuilt tables, once, before a run is read. */
const readingTables = (): void => {
  const tables = pendingReading;
  if (tables === undefined) return;
  pendingReading = undefined;
  for (const [key, triples] of Object.entries(tables.senses)) {
    const senses: Sense[] = [];
    for (let i = 0; i + 2 < triples.length; i += 3) {
      senses.push({
        language: triples[i] as number,
        kind: triples[i + 1] as number,
        value: triples[i + 2] as number,
      });
    }
    SENSES.set(key, senses);
  }
  for (const [key, pairs] of Object.entries(tables.letters)) {
    const names: { language: number; letter: string }[] = [];
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      names.push({ language: pairs[i] as number, letter: pairs[i + 1] as string });
    }
    LETTER_NAMES.set(key, names);
  }
};

/** The tables as built from the word lists now, for scripts/build-automata.ts and its test. */
export const serializeSpokenTables = (): SpokenTables => {
  buildTables();
  const pieces: number[] = [];
  pieceLanguages.forEach((bits, slot) => {
    if (bits !== 0) pieces.push(slot, bits);
  });
  const senses: Record<string, number[]> = {};
  for (const [key, list] of SENSES) {
    senses[key] = list.flatMap(({ language, kind, value }) => [language, kind, value]);
  }
  const letters: Record<string, (number | string)[]> = {};
  for (const [key, list] of LETTER_NAMES) {
    letters[key] = list.flatMap(({ language, letter }) => [language, letter]);
  }
  return {
    digest: digestOfWords(),
    longest: longestPiece,
    pieces,
    starts: Array.from(pieceStarts),
    senses,
    letters,
  };
};

if (SPOKEN_TABLES.digest === digestOfWords()) loadTables(SPOKEN_TABLES);
else buildTables();

// A run needs this many number words at least (a number read in pairs that matters has eight
// digits), and the gate tries every this-many-th token.
const MIN_WORDS = 4;
// What a view is written for: six digits (an identifier's shortest part) …
const MIN_VIEW_DIGITS = 6;
// … and what counts on its own: eight characters, digits and spelt letters together (the
// shortest phone numbers and identifiers dictated: an Irish PPS number, 7 digits and a letter).
const MIN_RULE_CHARACTERS = 8;
// Greek and Cyrillic are no ASCII: a stretch this long between two ASCII tokens may hold four
// Greek or Bulgarian number words.
const MIN_GAP = 15;

/**
 * The languages of number words holding token `token` as an ASCII piece (any, for a letter): 0
 * for most tokens, told by a look at its length and first two letters, then by its hash.
 */
const languagesAt = (text: string, bounds: Int32Array, token: number): number => {
  const start = bounds[2 * token] as number;
  const end = bounds[2 * token + 1] as number;
  const length = end - start;
  if (isDigitCode(text.charCodeAt(start))) {
    for (let i = start + 1; i < end; i++) if (!isDigitCode(text.charCodeAt(i))) return 0;
    // Part of a date, a time, an amount or an address ('2024-03-12', '10:30'): never in a run.
    return inWrittenNumber(text, start, end) ? 0 : DIGIT_TOKEN;
  }
  if (length === 1) {
    if (letterIndex(text.charCodeAt(start)) === 0) return 0;
    // A letter glued to a non-ASCII one is a piece of a word ('t' of 'tři', 'h' of 'hét'): the
    // word, folded ('tri', 'het'), says which language it is a number word of.
    const glued = text.charCodeAt(start - 1) >= 128 || text.charCodeAt(end) >= 128;
    return glued ? (foldedWordLanguages(text, start, end) ?? SPELT) : SPELT;
  }
  if (length > longestPiece) return 0;
  const first = startSlot(text, start, length);
  if (((pieceStarts[first >>> 5] as number) & (1 << (first & 31))) === 0) return 0;
  const slot = pieceHash(text, start, end);
  return slot < 0 ? 0 : (pieceLanguages[slot] as number);
};

/** The languages whose number words hold the whole word around [start, end) folded, if any. */
const foldedWordLanguages = (text: string, start: number, end: number): number | undefined => {
  // Walked no further than the longest piece: a long word (or 100 KB of 'é' decomposed) is none.
  let from = start;
  while (from > 0 && end - from <= longestPiece && isLetterAt(text, from - 1)) from -= 1;
  let to = end;
  while (to < text.length && to - from <= longestPiece && isLetterAt(text, to)) to += 1;
  if (to - from > longestPiece) return undefined;
  const word = foldText(text.slice(from, to));
  if (word.length < 2) return undefined;
  const slot = pieceHash(word, 0, word.length);
  const languages = slot < 0 ? 0 : (pieceLanguages[slot] as number);
  return languages === 0 ? undefined : languages;
};

const isGreekOrCyrillic = (code: number): boolean => code >= 0x0370 && code <= 0x052f;

const hasGreekOrCyrillic = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (isGreekOrCyrillic(text.charCodeAt(i))) return true;
  return false;
};

// The languages of the tokens around the one the gate tries.
const window = new Uint32Array(2 * MIN_WORDS - 1);

/**
 * Stretches of the text where number words may run ([start, end) pairs), from the token index the
 * other recognizers already built: MIN_WORDS tokens in a row that are ASCII pieces of number
 * words of one language or single letters (every MIN_WORDS-th token is tried, so most texts cost
 * a look at a quarter of their tokens), or, in a text with Greek or Cyrillic letters, a long stretch without
 * ASCII tokens that holds some. Empty for most texts. Number words are known as listed and
 * without their diacritics ('zéro', 'zero'), not with others ('zêro').
 */
export const spokenRegions = (text: string): number[] => {
  const { bounds, count } = tokensOf(text);
  const regions: number[] = [];
  for (let tried = MIN_WORDS - 1; tried < count; tried += MIN_WORDS) {
    // The token tried must be a piece of a number word, digits or a letter (which may end a run:
    // '… zero u', Catalan 1; a number word whose hash meets a letter name's reads as one too).
    const token = tried;
    const languages = languagesAt(text, bounds, token);
    if (languages === 0) continue;
    // A run through this token needs a neighbour holding a piece of the same language.
    const before = token > 0 ? languagesAt(text, bounds, token - 1) : 0;
    const after = token + 1 < count ? languagesAt(text, bounds, token + 1) : 0;
    if ((languages & (before | after)) === 0) continue;
    // Then MIN_WORDS tokens in a row through it sharing a language; the run's other words are
    // read from the text (extendedStart, extendedEnd).
    const from = Math.max(0, token - MIN_WORDS + 1);
    const to = Math.min(count - 1, token + MIN_WORDS - 1);
    for (let at = from; at <= to; at++) {
      if (at < token - 1 || at > token + 1) window[at - from] = languagesAt(text, bounds, at);
    }
    window[token - from] = languages;
    if (token > 0) window[token - 1 - from] = before;
    if (token + 1 < count) window[token + 1 - from] = after;
    for (let first = from; first + MIN_WORDS - 1 <= to && first <= token; first++) {
      let shared = -1;
      // Number words among them; with digits, as many as a run's core holds (see hasCore).
      let spoken = 0;
      let digits = 0;
      let singles = 0;
      for (let at = first; at < first + MIN_WORDS && shared !== 0; at++) {
        const bits = window[at - from] as number;
        shared &= bits;
        if (bits !== DIGIT_TOKEN && bits !== SPELT) spoken += 1;
        else if ((bounds[2 * at + 1] as number) - (bounds[2 * at] as number) > 1) {
          // A longer token read as a letter may be a number word ('achttien').
          if (bits === SPELT) spoken += 1;
          else digits += 1;
        } else if (bits === DIGIT_TOKEN) {
          digits += 1;
          singles += 1;
        }
      }
      const core = digits === 0 ? spoken > 0 : spoken >= 2 || (spoken > 0 && singles >= 3);
      if (shared !== 0 && core) {
        regions.push(
          bounds[2 * first] as number,
          bounds[2 * (first + MIN_WORDS - 1) + 1] as number,
        );
        break;
      }
    }
  }
  if ((layoutOf(text) & (LAYOUT_GREEK | LAYOUT_CYRILLIC)) === 0) return regions;
  let previousEnd = 0;
  for (let token = 0; token <= count; token++) {
    const start = token < count ? (bounds[2 * token] as number) : text.length;
    if (start - previousEnd >= MIN_GAP && hasGreekOrCyrillic(text, previousEnd, start)) {
      regions.push(previousEnd, start);
    }
    if (token < count) previousEnd = bounds[2 * token + 1] as number;
  }
  return regions;
};

/** A word of a region: where it stands and its folded spelling. */
interface Word {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  /** Touches an apostrophe: a clitic ("it's", "l'un"), never a spelt letter. */
  readonly elided: boolean;
  /** After punctuation: no number read goes on across it. */
  readonly pause: boolean;
  /** ASCII digits ('3704'): a group of a number written as digits. */
  readonly digits: boolean;
  /** Letters glued to digits or digits to letters ('4th', 'a1'): a code, no word of a run. */
  readonly glued: boolean;
  /** Goes on from the word before it in the region's words: a run may hold both. */
  readonly linked: boolean;
}

const WORD = /[\p{L}\p{M}]+|[0-9]+/gu;
const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;
const LETTER_CHAR = /[\p{L}\p{M}]/u;

const isLetterAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return LETTER_CHAR.test(text.charAt(at));
};

/** Whether text[at] is a letter or an ASCII digit: part of a word or a digit group. */
const isWordCharAt = (text: string, at: number): boolean =>
  isDigitCode(text.charCodeAt(at)) || isLetterAt(text, at);

const isNumberJoint = (code: number): boolean =>
  code === 45 || code === 46 || code === 44 || code === 58 || code === 47;

/**
 * Whether digits text[at, after) are a part of a number written with '-', '.', ',', ':' or '/'
 * ('2020-03-28', '10:30', '1.248,00', '0151-234567'): as written, the validators read it.
 */
const inWrittenNumber = (text: string, at: number, after: number): boolean =>
  (isNumberJoint(text.charCodeAt(after)) && isDigitCode(text.charCodeAt(after + 1))) ||
  (isNumberJoint(text.charCodeAt(at - 1)) && isDigitCode(text.charCodeAt(at - 2)));

// A speaker's label opening a transcript's line: 'Caller:', 'Agent 2:', 'SPEAKER_01:',
// '[00:00:21] caller:', 'Kunde (Frau X):'.
const LABEL = String.raw`(?:\[[^\[\]\n]{1,24}\][ \t]*|[0-9][0-9:.,]{3,11}[ \t]+)?\p{L}[\p{L}\p{N}]{0,15}(?:[ ._-][\p{L}\p{N}]{1,16})?[ \t]*(?:\([^()\n]{0,24}\)[ \t]*)?:[ \t]*`;
// A turn of a transcript between two words of a run: the line ends, the next opens with a
// speaker's label ("…six one two\nCaller: four four eight …"), or one short turn of another
// speaker comes between ("six one two\nAgent: and the rest?\nCaller: four four eight …"): the
// caller goes on with the number.
const LINE_END = String.raw`[ \t]{0,4}[,.;:?!\u2026]{0,3}[ \t]{0,4}\r?\n[ \t]*`;
const TURN = new RegExp(`${LINE_END}${LABEL}`, 'uy');
const TURN_BETWEEN = new RegExp(`${LINE_END}${LABEL}([^\\n]{0,60})\\r?\\n[ \\t]*${LABEL}`, 'uy');

/** Whether a folded word is a number word saying digits: no joiner, particle or homophone. */
const isNumberWord = (key: string): boolean =>
  SENSES.get(key)?.some(
    (sense) => sense.kind !== JOINER && sense.kind !== PARTICLE && sense.kind !== HOMOPHONE,
  ) === true;

/** Whether the word at `at` says a digit: digits, or a number word. */
const saysDigit = (text: string, at: number): boolean => {
  const word = text.slice(at, wordEnd(text, at));
  return ALL_DIGITS.test(word) || isNumberWord(foldText(word));
};

const isDigitWord = (word: Word): boolean => word.digits || isNumberWord(word.key);

/**
 * Where the words after a turn at `from` (a word's end) start, when a number goes on there
 * (the turn with no other between first); or -1.
 */
const turnAfter = (text: string, from: number): number => {
  for (const turn of [TURN, TURN_BETWEEN]) {
    turn.lastIndex = from;
    const found = turn.exec(text);
    // The turn between begins as the other: where that is none, neither is this.
    if (found === null) return -1;
    // A turn between that says digits itself is read, not skipped.
    const between = found[1] ?? '';
    for (const word of between.matchAll(WORD)) {
      if (ALL_DIGITS.test(word[0]) || isNumberWord(foldText(word[0]))) return -1;
    }
    if (saysDigit(text, from + found[0].length)) return from + found[0].length;
  }
  return -1;
};

/** The words of text[start, end), which starts and ends between words. */
const wordsIn = (text: string, start: number, end: number): Word[] => {
  const words: Word[] = [];
  let previous: Word | undefined;
  // Where the words after a turn's label start: the words of the label are skipped.
  let turnEnd = -1;
  for (const match of text.slice(start, end).matchAll(WORD)) {
    const at = start + match.index;
    const after = at + match[0].length;
    if (at < turnEnd) continue;
    const elided = isApostrophe(text.charCodeAt(at - 1)) || isApostrophe(text.charCodeAt(after));
    // A filler is no word of the run: the gap around it joins its neighbours (see FILLER_GAP).
    if (FILLER.test(match[0])) continue;
    const digits = isDigitCode(match[0].charCodeAt(0));
    // The old reading had no digit words: the digits stay in the gap, which then joins nothing.
    if (digits && legacyReading) continue;
    const glued =
      !legacyReading &&
      (digits
        ? isLetterAt(text, at - 1) || isLetterAt(text, after) || inWrittenNumber(text, at, after)
        : isDigitCode(text.charCodeAt(at - 1)) || isDigitCode(text.charCodeAt(after)));
    const gap = text.slice(previous?.end ?? start, at);
    // A turn goes on from a word saying a digit only (not from inside another speaker's turn).
    if (
      !legacyReading &&
      previous !== undefined &&
      turnEnd < at &&
      gap.includes('\n') &&
      isDigitWord(previous)
    ) {
      const turn = turnAfter(text, previous.end);
      if (turn > at) {
        turnEnd = turn;
        continue;
      }
    }
    const turn = previous !== undefined && at === turnEnd;
    const pause = turn || (legacyReading ? LEGACY_PAUSE : PAUSE).test(gap);
    const linked = turn || (previous !== undefined && joined(gap, digits || previous.digits));
    const key = digits ? match[0] : foldText(match[0]);
    previous = { start: at, end: after, key, elided, pause, digits, glued, linked };
    words.push(previous);
  }
  return words;
};

// Between two words of a run: blanks, line breaks (a chat's or a transcript's wrapped or listed
// groups: "seis uno dos\ncuatro cuatro ocho"), the punctuation put between digit groups, bars,
// pluses, underscores and brackets ("seven | three | one", "(zero one) five one") and
// pictographs ("seven 🔥 three", as normalise.ts reads them between digits), at most MAX_GAP
// code units; and the fillers speech-to-text writes where the speaker hesitated ("seven three one
// uh nine …"; not 'um', the Portuguese one).
const PICTOGRAPH_GAP =
  '[\\ud83c-\\ud83e][\\udc00-\\udfff]|[\\u00a9\\u00ae\\u2122\\u2190-\\u21ff\\u2300-\\u23ff\\u25a0-\\u27bf\\u2900-\\u297f\\u2b00-\\u2bff\\ufe0f\\u200d]';
const GAP = new RegExp(
  `^(?:[ \\t\\r\\n,.;:/|+_()[\\]{}\\u00b7\\u2026\\u2013\\u2014-]|${PICTOGRAPH_GAP})+$`,
);
// Next to digits written as digits, no '.', ',', ':' or '/': a date, a time, a decimal or a list
// of numbers ('12.03.2024', '10:30', '2019, 2020') is no group of a dictated number.
const DIGIT_GAP = new RegExp(`^(?:[ \\t\\r\\n|+_()[\\]{}-]|${PICTOGRAPH_GAP})+$`);
const MAX_GAP = 12;
// The separators a speaker says between the groups of a number ("en to nul tre otte syv bindestreg
// syv to to seks": a Danish CPR number read out), read as the fillers are: nothing between them.
const SAID_SEPARATORS =
  'dash|hyphen|slash|bindestreg|streg|skråstreg|bindestrich|strich|schrägstrich|tiret|guion|guión|trattino|streepje|koppelteken|myślnik|kreska|hífen|hifen|traço|traco|bindestreck|streck|snedstreck|väliviiva|viiva|pomlčka|lomítko|kötőjel|cratimă|cratima|liniuță|liniuta|crtica|vezaj|παύλα|brūkšnys|defise|kriips|sidekriips';
const FILLER_WORDS = `uh+|umm+|uhm|hm+|mm+|mhm|erm|euh|heu|äh|ähm|öh|öhm|eh+|ehm|ah|${SAID_SEPARATORS}`;
const FILLER_GAP = new RegExp(
  `^[ \\t\\r\\n,.;:\\u2026\\u2013\\u2014-]{1,4}(?:(?:${FILLER_WORDS})[ \\t\\r\\n,.;:\\u2026\\u2013\\u2014-]{1,4}){1,2}$`,
  'iu',
);
const FILLER = new RegExp(`^(?:${FILLER_WORDS})$`, 'iu');

const PAUSE =
  /[,.;:/|+_()[\]{}\u00b7\u2026\u2013\u2014\u00a9\u00ae\u2122\u2190-\u2bff\ud83c-\ud83e]/;

// The reading before digits, brackets, bars, pictographs, homophones and speaker turns could join
// a run (see spokenNumberRecognizer): a run those carry on past where it used to end (a check
// letter then '3 times', '(a two minute call)') may validate nothing, so the runs read the old way
// are read too. Only the gaps and pauses of that reading, and no digit word, homophone or turn.
let legacyReading = false;
const LEGACY_GAP = /^[ \t\r\n,.;:/\u00b7\u2026\u2013\u2014-]{1,4}$/;
const LEGACY_PAUSE = /[,.;:/\u00b7\u2026\u2013\u2014]/;

/** Whether a gap between two words lets a run go on; `digits` when one of them is digits. */
const joined = (gap: string, digits: boolean): boolean => {
  if (gap.length === 0) return false;
  if (legacyReading) return LEGACY_GAP.test(gap) || FILLER_GAP.test(gap);
  if (digits) return gap.length <= MAX_GAP && DIGIT_GAP.test(gap);
  return (gap.length <= MAX_GAP && GAP.test(gap)) || FILLER_GAP.test(gap);
};

/** A word (or two) of a run: a number word's sense in the run's language, or a spelt letter. */
interface Item {
  readonly kind: number;
  readonly value: number;
  /** The letter, for a LETTER. */
  readonly letter: string;
  /** The words it spans (indexes into the region's words). */
  readonly first: number;
  readonly last: number;
  /** After punctuation ('…, forty two'): no number goes on across it. */
  readonly pause: boolean;
}

/** One number read, or one letter: its digits or letter, the items it spans. */
interface Group {
  readonly written: string;
  readonly letter: boolean;
  readonly value: number;
  readonly first: number;
  readonly last: number;
}

/** A run of number words read as digits, with the letters spelt in and around it. */
export interface SpokenRun {
  readonly start: number;
  readonly end: number;
  /** Digits and letters as written in the view ('Y4820317Z'). */
  readonly value: string;
  readonly digits: number;
  /** Read as counting ('one two three four …'): no number of anyone's. */
  readonly counting: boolean;
  /** Letters between its digits ('f g t six zero f t k …'): a code such as a serial or an IBAN. */
  readonly interleaved: boolean;
}

/**
 * The groups of digits and letters in items read in one language: digits one by one, in pairs
 * ('vingt et un', 'soixante-quinze', 'seventy nine', 'achtundsechzig'), hundreds ('cent seize'),
 * 'double seven', and spelt letters. A joiner where none belongs is skipped.
 */
const groupsIn = (items: readonly Item[], language: number): Group[][] => {
  const runs: Group[][] = [];
  let groups: Group[] = [];
  const push = (value: number, width: number, first: number, last: number): void => {
    groups.push({
      written: String(value).padStart(width, '0'),
      letter: false,
      value,
      first,
      last,
    });
  };
  const end = (): void => {
    if (groups.length > 0) runs.push(groups);
    groups = [];
  };
  const kindAt = (i: number): number => items[i]?.kind ?? -1;
  // The kind of an item that goes on with the number before it: none after a pause.
  const linkedAt = (i: number): number => (items[i]?.pause === false ? kindAt(i) : -1);
  const valueAt = (i: number): number => items[i]?.value ?? -1;
  const french = language === FRENCH;
  const unitFirst = UNIT_FIRST.has(language);
  // The French 'dix-sept' (17), read as two words: 'dix' and a unit from 7 on.
  const teenAt = (i: number): [number, number] | undefined => {
    if (kindAt(i) !== TEEN) return undefined;
    if (french && valueAt(i) === 10 && linkedAt(i + 1) === UNIT && valueAt(i + 1) >= 7) {
      return [10 + valueAt(i + 1), i + 2];
    }
    return [valueAt(i), i + 1];
  };
  // Tens, then a joiner and a unit ('treinta y dos'), or in French a teen ('soixante-quinze').
  // Where the unit comes first ('acht und sechzig'), a unit after tens is the next number.
  const afterTens = (tens: number, i: number): [number, number] => {
    if (unitFirst) return [tens, i];
    const at = linkedAt(i) === JOINER ? i + 1 : i;
    if (linkedAt(at) === UNIT && valueAt(at) > 0) return [tens + valueAt(at), at + 1];
    const teen =
      french && (tens === 60 || tens === 80) && linkedAt(at) === TEEN ? teenAt(at) : undefined;
    return teen === undefined ? [tens, i] : [tens + teen[0], teen[1]];
  };
  // Below a hundred, after one: 'cent seize', 'eight hundred and five'.
  const afterHundred = (i: number): [number, number] => {
    const at = linkedAt(i) === JOINER ? i + 1 : i;
    const kind = linkedAt(at);
    if (kind === TENS) return afterTens(valueAt(at), at + 1);
    if (kind === TEEN) return teenAt(at) ?? [0, i];
    if (kind === PAIR || (kind === UNIT && valueAt(at) > 0)) return [valueAt(at), at + 1];
    return [0, i];
  };
  for (let i = 0; i < items.length; ) {
    const item = items[i] as Item;
    const { kind, value } = item;
    const next = linkedAt(i + 1);
    if (kind === LETTER) {
      groups.push({ written: item.letter, letter: true, value: -1, first: i, last: i });
      i += 1;
    } else if (kind === DIGITS) {
      groups.push({ written: item.letter, letter: false, value, first: i, last: i });
      i += 1;
    } else if (
      kind === REPEAT &&
      (next === UNIT || (next === DIGITS && items[i + 1]?.letter.length === 1))
    ) {
      // 'double seven', 'double 7'.
      for (let n = 0; n < value; n++) push(valueAt(i + 1), 1, i, i + 1);
      i += 2;
    } else if (kind === HUNDRED || (kind === UNIT && next === HUNDRED && value > 0)) {
      const hundreds = kind === HUNDRED ? 1 : value;
      const [rest, after] = afterHundred(kind === HUNDRED ? i + 1 : i + 2);
      push(100 * hundreds + rest, 3, i, after - 1);
      i = after;
    } else if (french && kind === UNIT && value === 4 && next === TENS && valueAt(i + 1) === 20) {
      const [pair, after] = afterTens(80, i + 2);
      push(pair, 2, i, after - 1);
      i = after;
    } else if (kind === TENS) {
      const [pair, after] = afterTens(value, i + 1);
      push(pair, 2, i, after - 1);
      i = after;
    } else if (
      kind === UNIT &&
      value > 0 &&
      next === JOINER &&
      linkedAt(i + 2) === TENS &&
      unitFirst
    ) {
      push(valueAt(i + 2) + value, 2, i, i + 2);
      i += 3;
    } else if (kind === TEEN) {
      const [teen, after] = teenAt(i) ?? [value, i + 1];
      push(teen, 2, i, after - 1);
      i = after;
    } else if (kind === PAIR || kind === UNIT) {
      push(value, kind === PAIR ? 2 : 1, i, i);
      i += 1;
    } else if (
      (kind === PARTICLE || kind === JOINER) &&
      groups.length > 0 &&
      i + 1 < items.length &&
      kindAt(i - 1) !== DIGITS &&
      kindAt(i + 1) !== DIGITS
    ) {
      // A joiner that joins no pair ('seis uno dos y cuatro …') is said between groups; not
      // between digits written as digits ('2019 and 2020').
      i += 1;
    } else {
      end();
      i += 1;
    }
  }
  end();
  return runs;
};

/** Read as counting: each number one more (or one less) than the one before. */
const isCounting = (numbers: readonly Group[]): boolean => {
  if (numbers.length < 3) return false;
  const step = (numbers[1] as Group).value - (numbers[0] as Group).value;
  if (step !== 1 && step !== -1) return false;
  return numbers.every(
    (group, i) => i === 0 || group.value - (numbers[i - 1] as Group).value === step,
  );
};

// Single letters that are words of their own in a language (articles, conjunctions,
// prepositions): one alone at a run's edge is that word, not a spelt letter ("y", "e", "z").
const VOWEL_WORDS = 'a e i o u y';
const SLAVIC_WORDS = 'a i o u k s v w z';
const COMMON_LETTERS: Readonly<Partial<Record<keyof typeof NUMBER_WORDS, string>>> = {
  pl: SLAVIC_WORDS,
  cs: SLAVIC_WORDS,
  sk: SLAVIC_WORDS,
  sl: SLAVIC_WORDS,
  hr: SLAVIC_WORDS,
};
const commonLetters = LANGUAGES.map(
  (language) => new Set((COMMON_LETTERS[language] ?? VOWEL_WORDS).split(' ')),
);
// Six: a codice fiscale opens with six letters ('R S S M R A otto cinque …').
const MAX_LEADING_LETTERS = 6;
const MAX_TRAILING_LETTERS = 2;
const SINGLE_LETTER = /^[a-z]$/;

/**
 * The groups without the letters at their edges that are no spelling: more than a code has
 * (six before, two after), or one alone that is a word of the language ('y' in Spanish).
 */
const trimmed = (groups: readonly Group[], items: readonly Item[], language: number): Group[] => {
  let from = 0;
  while (from < groups.length && (groups[from] as Group).letter) from += 1;
  let to = groups.length;
  while (to > from && (groups[to - 1] as Group).letter) to -= 1;
  const isWord = (group: Group): boolean => {
    const item = items[group.first] as Item;
    return item.first === item.last && commonLetters[language]?.has(group.written) === true;
  };
  let lead = Math.max(0, from - MAX_LEADING_LETTERS);
  if (from - lead === 1 && isWord(groups[lead] as Group)) lead += 1;
  let trail = Math.min(groups.length, to + MAX_TRAILING_LETTERS);
  if (trail - to === 1 && isWord(groups[to] as Group)) trail -= 1;
  return groups.slice(lead, trail);
};

/** The items of the words read in one language: number words and spelt letters. */
const itemAt = (words: readonly Word[], at: number, language: number): Item | undefined => {
  const word = words[at] as Word;
  if (word.glued) return undefined;
  if (word.digits) {
    const { key, pause } = word;
    return { kind: DIGITS, value: Number(key), letter: key, first: at, last: at, pause };
  }
  const next = words[at + 1];
  if (next !== undefined) {
    const named = LETTER_NAMES.get(`${word.key} ${next.key}`)?.find((n) => n.language === language);
    if (named !== undefined) {
      const { pause } = word;
      return { kind: LETTER, value: -1, letter: named.letter, first: at, last: at + 1, pause };
    }
  }
  const sense = SENSES.get(word.key)?.find(
    (s) => s.language === language && !(legacyReading && s.kind === HOMOPHONE),
  );
  if (sense !== undefined) {
    const { kind, value } = sense;
    return { kind, value, letter: '', first: at, last: at, pause: word.pause };
  }
  const named = LETTER_NAMES.get(word.key)?.find((n) => n.language === language);
  const single = SINGLE_LETTER.test(word.key) && !word.elided;
  const letter = named?.letter ?? (single ? word.key : undefined);
  return letter === undefined
    ? undefined
    : { kind: LETTER, value: -1, letter, first: at, last: at, pause: word.pause };
};

/**
 * Whether items with digits written as digits hold a core: MIN_WORDS in a row, no letter, joiner
 * or particle among them (a word the gate may see no token of: 'é'), with two number words
 * saying digits side by side, or one and three digits written one by one ('zero 1 5 1 …'); not
 * a word that is a number in some language next to numbers ('se 202 100', 'on 2024 03', 'en
 * 2023 et 2024'). The gate looks for the same in MIN_WORDS tokens (spokenRegions).
 */
const hasCore = (words: readonly Word[], items: readonly Item[]): boolean => {
  let inRow = 0;
  for (let i = 0; i < items.length; i++) {
    const { kind } = items[i] as Item;
    const breaks = kind === LETTER || kind === JOINER || kind === PARTICLE || kind === HOMOPHONE;
    inRow = breaks ? 0 : inRow + 1;
    if (inRow < MIN_WORDS) continue;
    let spoken = 0;
    let singles = 0;
    // Two number words side by side: not words that only alternate with groups of digits ('en
    // 2023 et 2024', Danish 'one' twice between two years).
    let paired = false;
    let previous = false;
    for (let at = i - MIN_WORDS + 1; at <= i; at++) {
      const item = items[at] as Item;
      const word = words[item.first] as Word;
      // A word of one letter ('o', 'u') counts as the letter it is to the gate.
      const said = item.kind !== DIGITS && word.end - word.start > 1;
      if (item.kind === DIGITS) singles += item.letter.length === 1 ? 1 : 0;
      else if (said) spoken += 1;
      paired ||= said && previous;
      previous = said;
    }
    if ((spoken >= 2 && paired) || (spoken > 0 && singles >= 3)) return true;
  }
  return false;
};

/** Runs of number words (and spelt letters) of one language that make six digits or more. */
const runsOf = (words: readonly Word[], language: number): SpokenRun[] => {
  const found: SpokenRun[] = [];
  let at = 0;
  while (at < words.length) {
    const items: Item[] = [];
    let numbers = 0;
    let digits = false;
    for (let item = itemAt(words, at, language); item !== undefined; ) {
      items.push(item);
      if (item.kind !== LETTER) numbers += 1;
      digits ||= item.kind === DIGITS;
      at = item.last + 1;
      item = words[at]?.linked === true ? itemAt(words, at, language) : undefined;
    }
    if (items.length === 0) at += 1;
    if (numbers < MIN_WORDS || (digits && !hasCore(words, items))) continue;
    for (const segment of runSegments(items)) found.push(...runsOfItems(words, segment, language));
  }
  return found;
};

// How many number words a run needs before a homophone in it reads as a digit, and how many
// the stretch between two pauses that holds it: a number dictated, not a range ('two to three,
// four to five') nor prices ('one for nine, two for eight, three for seven').
const MIN_HOMOPHONE_RUN = 6;
const MIN_HOMOPHONE_STRETCH = MIN_WORDS;
// At most one homophone for this many number words.
const HOMOPHONE_SHARE = 3;
const isSaidDigit = (kind: number): boolean =>
  kind === UNIT || kind === TEEN || kind === TENS || kind === PAIR;

/**
 * The items with each homophone read as its digit where it stands between two number words, no
 * punctuation on either side ('one to three for five six seven eight nine'); elsewhere the run
 * ends there ('one to one', 'top 3 for 2024').
 */
const runSegments = (items: readonly Item[]): Item[][] => {
  if (!items.some((item) => item.kind === HOMOPHONE)) return [items as Item[]];
  const said = items.filter((item) => isSaidDigit(item.kind)).length;
  // Not one in three words or more: 'one for nine two for eight three for seven' is prices.
  const homophones = items.filter((item) => item.kind === HOMOPHONE).length;
  const many = said >= MIN_HOMOPHONE_RUN && homophones <= said / HOMOPHONE_SHARE;
  // The number words said in each stretch between pauses, by item.
  const inStretch = new Array<number>(items.length).fill(0);
  for (let from = 0; from < items.length; ) {
    let to = from + 1;
    while (to < items.length && !(items[to] as Item).pause) to += 1;
    let count = 0;
    for (let i = from; i < to; i++) if (isSaidDigit((items[i] as Item).kind)) count += 1;
    inStretch.fill(count, from, to);
    from = to;
  }
  const segments: Item[][] = [];
  let segment: Item[] = [];
  items.forEach((item, i) => {
    if (item.kind !== HOMOPHONE) {
      segment.push(item);
      return;
    }
    const before = items[i - 1];
    const after = items[i + 1];
    const reads =
      many &&
      (inStretch[i] as number) >= MIN_HOMOPHONE_STRETCH &&
      before !== undefined &&
      after !== undefined &&
      isSaidDigit(before.kind) &&
      isSaidDigit(after.kind) &&
      !item.pause &&
      !after.pause;
    if (reads) {
      segment.push({ ...item, kind: UNIT });
    } else {
      segments.push(segment);
      segment = [];
    }
  });
  segments.push(segment);
  return segments.filter((part) => part.filter((item) => item.kind !== LETTER).length >= MIN_WORDS);
};

/** The runs of six digits or more in one run's items (see runsOf). */
const runsOfItems = (
  words: readonly Word[],
  items: readonly Item[],
  language: number,
): SpokenRun[] => {
  const found: SpokenRun[] = [];
  for (const all of groupsIn(items, language)) {
    const groups = trimmed(all, items, language);
    const numbersOf = groups.filter((group) => !group.letter);
    const digits = numbersOf.reduce((sum, group) => sum + group.written.length, 0);
    if (digits < MIN_VIEW_DIGITS) continue;
    const firstDigit = groups.findIndex((group) => !group.letter);
    const lastDigit = groups.length - 1 - [...groups].reverse().findIndex((g) => !g.letter);
    const first = words[(items[(groups[0] as Group).first] as Item).first] as Word;
    const last = words[(items[(groups.at(-1) as Group).last] as Item).last] as Word;
    found.push({
      start: first.start,
      end: last.end,
      value: groups.map((group) => group.written.toUpperCase()).join(''),
      digits,
      counting: isCounting(numbersOf),
      interleaved: groups.slice(firstDigit, lastDigit).some((group) => group.letter),
    });
  }
  return found;
};

/** Every word a run may hold: number words, letter names and their parts, single letters. */
const runWordsOf = (): Set<string> => {
  runWords ??= new Set([
    ...SENSES.keys(),
    ...[...LETTER_NAMES.keys()].flatMap((name) => name.split(' ')),
    ...'abcdefghijklmnopqrstuvwxyz',
  ]);
  return runWords;
};

/** Where the letters and digits ending at `at` start. */
// What a word is made of: letters and digits; letters only in the old reading (legacyReading).
const isPartAt = (text: string, at: number): boolean =>
  legacyReading ? isLetterAt(text, at) : isWordCharAt(text, at);
// Which gaps a stretch goes on across (see GAP, LEGACY_GAP).
const gapGoesOn = (gap: string): boolean => (legacyReading ? LEGACY_GAP : GAP).test(gap);

const wordStart = (text: string, at: number): number => {
  let start = at;
  while (start > 0 && isPartAt(text, start - 1)) start -= 1;
  return start;
};

/** Where the letters and digits starting at `at` end. */
const wordEnd = (text: string, at: number): number => {
  let end = at;
  while (end < text.length && isPartAt(text, end)) end += 1;
  return end;
};

const ALL_DIGITS = /^[0-9]+$/;

/**
 * A region's start moved back over the words a run may go on with (letters spelt before a
 * number, digits, a run the gate saw part of), not before `floor`; and its end moved on likewise.
 */
const isRunWord = (word: string): boolean =>
  runWordsOf().has(foldText(word)) || ALL_DIGITS.test(word);

// How far back a line's start is looked for (a label and a short turn are shorter).
const LINE_REACH = 96;

/** Where the line break before `at` is, not before `floor` nor further than LINE_REACH, or -1. */
const breakBefore = (text: string, at: number, floor: number): number => {
  for (let i = at - 1; i >= floor && at - i <= LINE_REACH; i--) {
    if (text.charCodeAt(i) === 10) return i;
  }
  return -1;
};

/**
 * Where a run word ends a line before a turn that ends at `at` (the line above it, or the one
 * above that, a short turn between), not before `floor`; or -1.
 */
const runWordBeforeTurn = (text: string, at: number, floor: number): number => {
  let lineBreak = breakBefore(text, at, floor);
  for (let line = 0; line < 2 && lineBreak > floor; line++) {
    let end = lineBreak;
    while (end > floor && lineBreak - end <= MAX_GAP && !isWordCharAt(text, end - 1)) end -= 1;
    const start = Math.max(floor, wordStart(text, end));
    if (start < end && turnAfter(text, end) === at) {
      if (isRunWord(text.slice(start, end))) return start;
    }
    lineBreak = breakBefore(text, lineBreak, floor);
  }
  return -1;
};

const extendedStart = (text: string, edge: number, floor: number): number => {
  let at = Math.max(floor, wordStart(text, edge));
  for (;;) {
    let gap = at;
    while (gap > floor && at - gap <= MAX_GAP && !isPartAt(text, gap - 1)) gap -= 1;
    const start = Math.max(floor, wordStart(text, gap));
    const word = text.slice(start, gap);
    if (gapGoesOn(text.slice(gap, at)) && (isRunWord(word) || FILLER.test(word))) {
      at = start;
      continue;
    }
    if (legacyReading) return at;
    const turn = runWordBeforeTurn(text, at, floor);
    if (turn < 0) return at;
    at = turn;
  }
};

const extendedEnd = (text: string, edge: number): number => {
  let at = wordEnd(text, edge);
  for (;;) {
    // A turn of a transcript, the number going on after the label (first: a label may start
    // with a time, '[00:00:27] caller:', digits a run may hold).
    const turn = legacyReading ? -1 : turnAfter(text, at);
    const after = turn < 0 ? turn : wordEnd(text, turn);
    if (after > turn && isRunWord(text.slice(turn, after))) {
      at = after;
      continue;
    }
    let gap = at;
    while (gap < text.length && gap - at <= MAX_GAP && !isPartAt(text, gap)) gap += 1;
    const end = wordEnd(text, gap);
    const word = text.slice(gap, end);
    if (!gapGoesOn(text.slice(at, gap)) || !(isRunWord(word) || FILLER.test(word))) return at;
    at = end;
  }
};

/**
 * The stretches to read: the regions (in any order), each moved out over the words a run may go
 * on with, merged where they meet. Each word is walked over once.
 */
const stretchesOf = (text: string, regions: readonly number[]): number[] => {
  const order = Array.from({ length: regions.length / 2 }, (_, i) => 2 * i).sort(
    (a, b) => (regions[a] as number) - (regions[b] as number),
  );
  const stretches: number[] = [];
  for (const r of order) {
    const start = regions[r] as number;
    const end = regions[r + 1] as number;
    const last = stretches.length - 1;
    const reached = last < 0 ? 0 : (stretches[last] as number);
    if (last >= 0 && start <= reached) {
      if (end > reached) stretches[last] = extendedEnd(text, end);
      continue;
    }
    stretches.push(extendedStart(text, start, reached), extendedEnd(text, end));
  }
  return stretches;
};

const runsIn = (text: string, regions: readonly number[]): SpokenRun[] => {
  if (regions.length === 0) return [];
  readingTables();
  const candidates: SpokenRun[] = [];
  const stretches = stretchesOf(text, regions);
  for (let r = 0; r < stretches.length; r += 2) {
    const words = wordsIn(text, stretches[r] as number, stretches[r + 1] as number);
    const languages = new Set<number>();
    for (const word of words) {
      for (const sense of SENSES.get(word.key) ?? []) languages.add(sense.language);
    }
    for (const language of languages) candidates.push(...runsOf(words, language));
  }
  // Runs of different languages over the same words: the one with more digits, else the first.
  candidates.sort((a, b) => a.start - b.start || b.digits - a.digits);
  const kept: SpokenRun[] = [];
  for (const run of candidates) {
    const last = kept.at(-1);
    if (last === undefined || last.end <= run.start) kept.push(run);
    else if (run.digits > last.digits) kept[kept.length - 1] = run;
  }
  return kept;
};

/** The runs of number words in the text that make six digits or more, longest first kept. */
export const spokenRuns = (text: string): SpokenRun[] => runsIn(text, spokenRegions(text));

/** The runs the reading without digit words, new gaps, homophones or turns finds in `regions`. */
const legacyRunsIn = (text: string, regions: readonly number[]): SpokenRun[] => {
  legacyReading = true;
  try {
    return runsIn(text, regions);
  } finally {
    legacyReading = false;
  }
};

const sameRun = (a: SpokenRun, b: SpokenRun): boolean =>
  a.start === b.start && a.end === b.end && a.value === b.value;

/** The same runs read from every word of the text, the gate skipped: for the gate's tests. */
export const spokenRunsUngated = (text: string): SpokenRun[] => runsIn(text, [0, text.length]);

/** The text with each run written as its digits and letters, or undefined when it has none. */
export const spokenView = (text: string, runs: readonly SpokenRun[]): TextView | undefined => {
  if (runs.length === 0) return undefined;
  const view = new ViewBuilder();
  let copied = 0;
  for (const run of runs) {
    view.same(text, copied, run.start);
    view.read(run.value, run.start, run.end);
    copied = run.end;
  }
  view.same(text, copied, text.length);
  return view.build();
};

/** A run long enough to be someone's number: a phone number next to a phone word, else a reference. */
const runFinding = (text: string, run: SpokenRun): Finding => {
  const phone = hasContextNear(text, run, PHONE_WORDS);
  return {
    type: phone ? 'PHONE_NUMBER' : 'PERSON_REFERENCE',
    category: phone ? 'contact' : 'person_name',
    start: run.start,
    end: run.end,
    score: phone ? 0.7 : 0.6,
    recognizer: 'spoken',
    detail: phone ? 'spelled' : 'spoken-number',
  };
};

/**
 * Runs `scan` on the spoken view of the text (number words written as digits) and reports what
 * it finds on the original words, plus every run of eight characters or more that is no counting.
 */
export const spokenNumberRecognizer = (scan: (text: string) => Finding[]): Recognizer => ({
  name: 'spoken',
  entities: ['PHONE_NUMBER', 'PERSON_REFERENCE'],
  find: (text) => {
    const regions = spokenRegions(text);
    const runs = runsIn(text, regions);
    // Where the old reading ends a run earlier or elsewhere, its runs are read too (fail closed:
    // what it found is still found).
    const legacy = legacyRunsIn(text, regions);
    const older = legacy.some((run) => !runs.some((other) => sameRun(run, other))) ? legacy : [];
    const readings = older.length === 0 ? [runs] : [runs, older];
    return readings.flatMap((read) => {
      if (read.length === 0) return [];
      const own = read
        .filter(
          (run) => !run.counting && !run.interleaved && run.value.length >= MIN_RULE_CHARACTERS,
        )
        .map((run) => runFinding(text, run));
      const inView = nested([], () => {
        const view = spokenView(text, read);
        return view === undefined ? [] : viewFindings(view, scan, 'spoken');
      });
      return [...own, ...inView];
    });
  },
});
