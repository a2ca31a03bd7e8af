import { PSQL_RULE } from '../column-header.js';
import { EDGE_ALNUM, EDGE_MARKS, LETTER } from '../letters.js';
import { countBefore } from '../search.js';
import { capitalStarts, isDigitCode, someLineOpens, spanMatcher, textPattern } from '../spans.js';
import { COMMON_WORDS } from './common-words.js';
import { foldText } from './fold.js';
import { type LexiconHit, type LexiconKind, lexiconHits, NAME_CUE_KINDS } from './index.js';
import { inflectedName } from './inflection.js';
import { NAME_FLAGS, nameFlags } from './names.js';
import { spansWithin } from './near.js';

/** A capitalised word ('Müller', "O'Brien", 'Jean-Pierre', 'DUPONT'), looked up once. */
export interface NameToken {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
  /** In capitals on a line that also has lower-case letters ('DUPONT', 'API'); a word on a line
   * written all in capitals ('PRIYA ROBINSON WAS ADMITTED') reads as if title-cased. */
  readonly allCaps: boolean;
  /** Written in capitals, whatever its line ('SMITH/JOHN MR'). */
  readonly upper: boolean;
  /** Written in lower case ('priya'): found after a cue or in a lower-case text only. */
  readonly lower: boolean;
  /** Its capital says something: not in lower case, not on a line in capitals. */
  readonly cased: boolean;
  /** In the first-name gazetteer ('Anna-Lena' counts when 'Anna' does). */
  readonly first: boolean;
  /** In the surname gazetteer (or its first part is). */
  readonly last: boolean;
  /** Also an everyday word or a place ('Rose', 'Paris'). */
  readonly ambiguous: boolean;
  /** A capitalised name declined with a case ending that says someone is spoken of ('Jukalle',
   * 'Agnieszce', 'Dvořákové': inflection.ts); first and last say what its stem is. */
  readonly declined: boolean;
  /** Known only by its stem, declined or a diminutive ('Tomasza', 'Paquito'): weaker. */
  readonly derived: boolean;
}

// Bounded, non-nested shapes: an optional "O'", a capitalised word with up to two joined parts,
// or an all-caps word with one joined part. Not after a letter and an apostrophe ("dell'Anna",
// "all'Elena"), but after the Catalan and Italian elided article alone ("l'Arnau té", "l'Anna":
// blind set 103 of the thirty-seventh session), after 'd'' (the Luxembourgish article, "ech sinn
// d'Carole Weber", set 106; the French "of", "le vélo d'Anna") and after an opening quote
// ("VALUES ('Anna', 'Weber')").
/** Exported for the test that checks its start index. */
export const CAPITALISED = textPattern(
  String.raw`(?<![\p{L}\p{N}\p{M}-])(?:(?<![\p{L}\p{N}]['’])|(?<=(?<![\p{L}\p{N}\p{M}])[ld]['’]))(?:(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]{1,30}(?:\p{Lu}[\p{Ll}\p{M}]{1,30})?(?:['’-]\p{Lu}?[\p{Ll}\p{M}]{1,30}){0,2}|\p{Lu}{2,30}(?:['’-]\p{Lu}{2,30})?)(?![\p{L}\p{N}\p{M}])`,
  'gu',
);
const capitalised = spanMatcher(CAPITALISED, capitalStarts);
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const JOINER = /['’-]/;
// An English negation glued on ("Don't", "Won't", "Isn’t"): a verb, never a name and its ending.
// Nor the Welsh article glued on ("Mae'r Post Brenhinol", "is the Royal Mail": a
// hundred-and-thirty-third set): 'Mae' is a name, "Mae'r" a verb and the article.
const NEGATION = /n['’]t$|^mae['’]r$/;

type WordInfo = Omit<NameToken, 'start' | 'end' | 'allCaps' | 'cased'>;

// 'ae', 'oe', 'ue' for 'ä', 'ö', 'ü' (folded to 'a', 'o', 'u'), in a word of five letters or more.
const TRANSLITERATED = /[aou]e/g;
const MIN_TRANSLITERATED = 5;
const withUmlauts = (folded: string): string =>
  folded.replace(TRANSLITERATED, (pair) => pair.charAt(0));

// Before a vowel; 'Bh', 'Gh' and 'Ph' before 'l' or 'r' too ('Bhríd', a fifty-sixth set), not 'Ch'
// ("Contae an Chláir", County Clare: a reviewer's finding).
const LENITED = /^(?:([BCDFGMPST])h(?=[aeiouáéíóú])|([BGP])h(?=[lr]))/;
const IRISH_ACCENT = /[áéíóúÁÉÍÓÚ]/;

const infoOf = (word: string): WordInfo => {
  const folded = foldText(word);
  const own = nameFlags(folded);
  const flags =
    JOINER.test(folded) && !NEGATION.test(folded)
      ? own | nameFlags(folded.split(JOINER)[0] ?? '')
      : own;
  const upper = !LOWER.test(word);
  const lower = !UPPER.test(word);
  // A word the gazetteer lacks may be a German name written without its umlaut ('Juergen',
  // 'Koessler': 'ü' as 'ue', as on a keyboard without it), a clear name so read.
  const umlauts = flags === 0 && word.length >= MIN_TRANSLITERATED ? withUmlauts(folded) : folded;
  if (umlauts !== folded) {
    const read = infoOf(umlauts);
    if ((read.first || read.last) && !read.ambiguous && !read.derived) {
      return { ...read, folded, upper, lower };
    }
  }
  // Irish lenition writes an 'h' after a name's first consonant ("le Phádraig", "an tSaighdiúra
  // Uí Shúilleabháin"; a fifty-second and a fifty-third red-team set): a word with an Irish accent
  // the gazetteer lacks is read without that 'h'. Without an accent ('Cheallaigh') only after an
  // Irish particle (person-names.ts): 'Thomas', 'Chris' and 'Phil' are no lenited 'Tomas'.
  if (flags === 0 && LENITED.test(word) && IRISH_ACCENT.test(word)) {
    const read = infoOf(word.replace(LENITED, '$1$2'));
    if ((read.first || read.last) && !read.ambiguous && !read.derived) {
      return { ...read, folded, upper, lower };
    }
  }
  // A capitalised word the gazetteer lacks may be a declined name or a diminutive.
  const inflected = flags === 0 && !upper && !lower ? inflectedName(folded, word) : undefined;
  return {
    folded,
    upper,
    lower,
    first: (flags & NAME_FLAGS.FIRST) !== 0 || inflected?.first === true,
    last: (flags & NAME_FLAGS.LAST) !== 0 || inflected?.last === true,
    ambiguous: (own & NAME_FLAGS.AMBIGUOUS) !== 0,
    declined: inflected?.strong === true,
    derived: inflected !== undefined,
  };
};

// The same capitalised words come back payload after payload: each is looked up once (bounded).
const MAX_KNOWN_WORDS = 20_000;
const known = new Map<string, WordInfo>();

const infoFor = (word: string): WordInfo => {
  let info = known.get(word);
  if (info === undefined) {
    if (known.size >= MAX_KNOWN_WORDS) known.clear();
    info = infoOf(word);
    known.set(word, info);
  }
  return info;
};

const tokenOf = (word: string, start: number, shouted = false, info = infoFor(word)): NameToken => {
  const { folded, upper, lower, first, last, ambiguous, declined, derived } = info;
  const allCaps = upper && !shouted;
  const cased = !lower && !shouted;
  const end = start + word.length;
  // One literal (no spread): a token is made for every capitalised word of every payload.
  return {
    start,
    end,
    folded,
    allCaps,
    upper,
    lower,
    cased,
    first,
    last,
    ambiguous,
    declined,
    derived,
  };
};

/** The line around `start` (each line is looked up once: the tokens come in order). */
export const lineAt = (text: string, start: number): { start: number; end: number } => {
  const newline = text.indexOf('\n', start);
  return { start: text.lastIndexOf('\n', start) + 1, end: newline < 0 ? text.length : newline };
};
// Two words in capitals in a row: a line with them and no lower-case letter is shouted.
const CAPITAL_WORDS = /\p{Lu}{2}[ .,:;!?-]{1,3}\p{Lu}/u;
const isShouted = (line: string): boolean => !LOWER.test(line) && CAPITAL_WORDS.test(line);
const ELIDED_CAPITAL = /^[LD]['’]\p{Lu}\p{Ll}/u;
const NEXT_CAPITALISED = /^[ \t](\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}])/u;
const NEXT_REACH = 48;
const CATALAN_AFTER =
  /^(?:,|[ \t](?:té|tenia|és|era|està|estava|va|van|diu|deia|vol|pot|treballa|viu|ve|ja|no|també|encara|sempre|s['’]ha|m['’]ha|ens|em|li)(?![\p{L}\p{M}]))/u;
/** A word without the elided article before a name: 'l'' always ("l'Arnau té"), 'L'' and 'D''
 * capitalised (mostly opening a sentence) before a comma or a Catalan or Luxembourgish verb
 * ("L'Oriol té glaucoma", "D'Marie ass schwanger"; not "L'Alba è un quotidiano"), `after` the
 * text that follows it. */
export const withoutElidedArticle = (written: string, after: string): string => {
  if (LOWER_ELIDED.test(written)) return written.slice(2);
  if (!ELIDED_CAPITAL.test(written)) return written;
  return (written.charAt(0) === 'L' ? CATALAN_AFTER : LUXEMBOURGISH_AFTER).test(after)
    ? written.slice(2)
    : written;
};
const LOWER_ELIDED = /^l['’]\p{Lu}/u;
const LUXEMBOURGISH_AFTER =
  /^(?:,|[ \t](?:ass|huet|war|hätt|kritt|gëtt|kënnt|wäert|wollt|soll|muss|ka|schafft|wunnt|seet|sot|leit|läit)(?![\p{L}\p{M}]))/u;

const tokenize = (text: string): NameToken[] => {
  const tokens: NameToken[] = [];
  let line = { start: 0, end: -1 };
  let shouted = false;
  for (const match of capitalised(text)) {
    let { start } = match;
    let word = text.slice(start, match.end);
    let info = infoFor(word);
    // The elided article in capitals, mostly opening a sentence ("L'Anna, la recepcionista, està
    // embarassada", "D'Marie ass schwanger"): the name after it, as after 'l'' and 'd'', unless
    // the whole is a name ('D'Angelo'). Only before a comma or a Catalan or Luxembourgish verb,
    // maybe after a surname: in Italian and French the article opens a work's, a paper's, a
    // hotel's, a care home's, a school's, a river's or a firm's name ("L'Aida di Verdi", "L'Aurore
    // publie", "L'Arno è in piena", "L'Ange Gardien, maison de retraite", "D'Anne Beffort Schoul":
    // a review).
    if (!info.first && !info.last && ELIDED_CAPITAL.test(word)) {
      const after = text.slice(match.end, match.end + NEXT_REACH);
      const surname = NEXT_CAPITALISED.exec(after);
      const bare = withoutElidedArticle(
        word,
        surname === null ? after : after.slice(surname[0].length),
      );
      const name = bare === word ? undefined : infoFor(bare);
      if (
        name !== undefined &&
        (name.first || name.last) &&
        (surname === null || infoFor(surname[1] as string).last)
      ) {
        start += word.length - bare.length;
        word = bare;
        info = name;
      }
    }
    // Only a word in capitals has its line read: most texts have few or none.
    if (start > line.end && info.upper) {
      line = lineAt(text, start);
      shouted = isShouted(text.slice(line.start, line.end));
    }
    tokens.push(tokenOf(word, start, start <= line.end && shouted, info));
  }
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

// A word in lower case, three letters or more, not part of a handle, path or compound ('anna.weber',
// 'anna-str'), which handleNames and the capitalised words see to, nor after an apostrophe inside
// a word ("dell'anna" stays the capitalised words'); after a quote opening a message, a word.
const LOWER_WORDS = new RegExp(
  String.raw`(?<![${EDGE_ALNUM}${EDGE_MARKS}_@.\\])(?<![${EDGE_ALNUM}${EDGE_MARKS}]['’])\p{Ll}[\p{Ll}\p{M}]{2,30}(?![${EDGE_ALNUM}${EDGE_MARKS}_@]|['’./\\]\p{L})`,
  'gu',
);
const LOWER_WORD_AT = new RegExp(LOWER_WORDS.source, 'uy');

// Maltese words that are first names elsewhere: 'meta' ("when"), in lower case in Maltese text
// (letters only Maltese writes near it: "biss meta dan ikun ġustifikat"), not in English chat
// ("meta has cancer") nor on a line in capitals ("META HANSEN"). ('dan', Maltese "this" and Dutch
// "then", stays a name: "dan is in prison" is written in chats.)
const MALTESE_WORDS: ReadonlySet<string> = new Set(['meta']);
/** Letters only Maltese writes ('ħ', 'ċ', 'ġ'; not 'ż', which Polish shares). */
export const MALTESE_LETTERS = /[ħċġĦĊĠ]/;
const MALTESE_REACH = 200;
// Words of one language that are first names elsewhere, in lower case only: Norwegian and Danish
// 'alene' ("alone": "Snakk med pasienten alene"); capitalised, 'Alene' stays a name.
const LOWER_CASE_WORDS: ReadonlySet<string> = new Set(['alene']);
const isMalteseWord = (text: string, token: NameToken): boolean =>
  token.lower &&
  MALTESE_WORDS.has(token.folded) &&
  MALTESE_LETTERS.test(
    text.slice(Math.max(0, token.start - MALTESE_REACH), token.end + MALTESE_REACH),
  );

// Words for a person's occupation or kind that are also surnames and first names ('koch', 'kok',
// 'vodička', 'kuchař', 'žák', 'porter', 'donna'): in lower case or capitals such a word is a name
// that is also a word (ambiguous), not no name, so that a title or a label before it still makes
// it one ("pan vodička", "PRIEZVISKO: KUCHÁR", "surname: koch").
const PERSON_WORD_KINDS: ReadonlySet<LexiconKind> = new Set([
  'occupation',
  'personNoun',
  'roleNoun',
  'numberedRole',
  'office',
  'kin',
]);

/**
 * A word in lower case (or on a line in capitals) names someone only as a known name that is no
 * everyday word ('name', 'vid', 'una'), no cue or term of the lexicon ('asma', 'dag'), and
 * not too short ('su', 'lo'); a word for a person that is also a name is an ambiguous one.
 */
const plainly = (text: string, token: NameToken, kinds: readonly LexiconHit[]): NameToken => {
  if (!(token.first || token.last)) return token;
  if (
    token.ambiguous ||
    token.folded.length < 3 ||
    COMMON_WORDS.has(token.folded) ||
    (token.lower && LOWER_CASE_WORDS.has(token.folded)) ||
    isMalteseWord(text, token)
  ) {
    return { ...token, first: false, last: false };
  }
  const overlapping = spansWithin(kinds, token.start, token.end).filter(
    (hit) => hit.start < token.end && token.start < hit.end,
  );
  if (overlapping.length === 0) return token;
  return overlapping.every((hit) => PERSON_WORD_KINDS.has(hit.kind))
    ? { ...token, ambiguous: true }
    : { ...token, first: false, last: false };
};

// Cues a name in lower case may follow ("dear mr clarke", "hi priya", "viele grüße\nanna"); not
// Maltese "Sur", which opens a line in capitals only (and is French "sur" everywhere else).
const CUE_KINDS = NAME_CUE_KINDS.filter((kind) => kind !== 'lineTitle');
const WORDS_AFTER_CUE = 3;
const CUE_GAP = 12;

// A double-barrelled name in lower case after a cue ("die frau schneider-wolf"): a token as a
// capitalised one is ('Schneider-Wolf' counts when 'Schneider' does), known names only. Not a
// lower-case word of its own (LOWER_WORDS leaves compounds to the capitalised words).
const LOWER_COMPOUND_AT = new RegExp(
  String.raw`\p{Ll}[\p{Ll}\p{M}]{2,30}-\p{Ll}[\p{Ll}\p{M}]{2,30}(?![${EDGE_ALNUM}${EDGE_MARKS}_@]|[-'’./\\]\p{L})`,
  'uy',
);

/**
 * The words in lower case right after a cue: up to three, with little between them. In a text
 * written in lower case (whose words lowerWords gives), the double-barrelled ones only.
 */
const wordsAfterCues = (text: string, compoundsOnly: boolean): NameToken[] => {
  const hits = lexiconHits(text);
  const words: NameToken[] = [];
  for (const kind of CUE_KINDS) {
    for (const hit of hits.of(kind)) {
      let at = hit.end;
      for (let n = 0; n < WORDS_AFTER_CUE; n++) {
        const from = at;
        while (at - from < CUE_GAP && at < text.length && !isLetterStart(text, at)) at += 1;
        LOWER_COMPOUND_AT.lastIndex = at;
        const compound = LOWER_COMPOUND_AT.exec(text);
        if (compound !== null) {
          // Only as a known name: "die frau kranken-schwester" addresses no one.
          const info = infoFor(compound[0]);
          if (info.first || info.last) words.push(tokenOf(compound[0], at, false, info));
          at += compound[0].length;
          continue;
        }
        LOWER_WORD_AT.lastIndex = at;
        const match = LOWER_WORD_AT.exec(text);
        if (match === null) break;
        if (!compoundsOnly && !PARTICLES.has(match[0])) words.push(tokenOf(match[0], at));
        at += match[0].length;
      }
    }
  }
  return words;
};

const isLetterStart = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return LETTER.test(text.charAt(at));
};

// Particles inside a name ("mila van den berg") stand between its words, as in capitals.
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'del', 'della', 'dos', 'das', 'ten', 'ter']);

/**
 * Every word in lower case in [from, to), for a paragraph written in lower case only; `ahead` is
 * the first match found at or after `to` (or null: none in the rest of the text), which the next
 * paragraph's scan starts from instead of scanning again (each character is scanned once).
 */
const lowerWords = (
  text: string,
  from: number,
  to: number,
  words: NameToken[],
  ahead: RegExpExecArray | null | undefined,
): RegExpExecArray | null => {
  let match: RegExpExecArray | null;
  if (ahead !== undefined && (ahead === null || ahead.index >= from)) {
    match = ahead;
    LOWER_WORDS.lastIndex = ahead === null ? text.length : ahead.index + ahead[0].length;
  } else {
    LOWER_WORDS.lastIndex = from;
    match = LOWER_WORDS.exec(text);
  }
  for (; match !== null; match = LOWER_WORDS.exec(text)) {
    if (match.index >= to) break;
    if (!PARTICLES.has(match[0])) words.push(tokenOf(match[0], match.index));
  }
  LOWER_WORDS.lastIndex = 0;
  return match;
};

// A paragraph with fewer capitalised words than one in this many characters is written in lower
// case ("hi priya, could you send me the slides?"): a sentence in the usual case has one at its
// start. Paragraph by paragraph (a blank line between): a chat message in lower case pasted under
// an instruction in the usual case ("Schreif mer e Merci-Post fir Facebook:\n\n'wousst du dass
// de marc hoffmann …'") is written in lower case.
const CHARS_PER_CAPITAL = 120;
const PARAGRAPH_BREAK = /\n[ \t\r]*\n/g;

// A chat export's message line: a time, maybe in brackets, a sender and a colon ("[09:41]
// hr-desk: fyi dave kowalczyk from nights got…"). Each message is written as its sender wrote it:
// one in lower case among others in the usual case is read as lower case, as a paragraph is.
const CHAT_LINE = /^[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+[^\s:][^:\n]{0,40}:[ \t]+/gm;
/** Whether a line's text at `at` (after its blanks) opens with a time ('09:41', '[9:41'). */
const opensWithTime = (text: string, at: number): boolean => {
  let i = at;
  if (text.charCodeAt(i) === 91) i += 1;
  if (!isDigitCode(text.charCodeAt(i))) return false;
  if (isDigitCode(text.charCodeAt(i + 1))) i += 1;
  return (
    text.charCodeAt(i + 1) === 58 &&
    isDigitCode(text.charCodeAt(i + 2)) &&
    isDigitCode(text.charCodeAt(i + 3))
  );
};

/** Whether any line of the text opens with a time (what /(?:^|\n)[ \t]*\[?\d{1,2}:\d{2}/ finds). */
export const hasChatLine = (text: string): boolean => someLineOpens(text, opensWithTime);
const CAPITAL = /\p{Lu}/u;
const MIN_CHAT_MESSAGE = 20;

/** lowerWords over the messages in lower case of the chat lines in [from, to). */
const lowerChatLines = (
  text: string,
  from: number,
  to: number,
  words: NameToken[],
  ahead: RegExpExecArray | null | undefined,
): RegExpExecArray | null | undefined => {
  let read = ahead;
  CHAT_LINE.lastIndex = from;
  for (let line = CHAT_LINE.exec(text); line !== null; line = CHAT_LINE.exec(text)) {
    if (line.index >= to) break;
    const start = line.index + line[0].length;
    const lineEnd = text.indexOf('\n', start);
    const end = Math.min(to, lineEnd < 0 ? text.length : lineEnd);
    if (end - start >= MIN_CHAT_MESSAGE && !CAPITAL.test(text.slice(start, end))) {
      read = lowerWords(text, start, end, words, read);
    }
    CHAT_LINE.lastIndex = Math.max(end, start + 1);
  }
  CHAT_LINE.lastIndex = 0;
  return read;
};

// A table's row in a paragraph in the usual case (a query's result under the query, "sql> SELECT
// imie, nazwisko …\n marek | dudek"): each cell is written as it was typed, and one in lower
// case is read so, as a chat's message is. A row is a line with a pipe beside a line with as
// many, or a psql rule ('------+------'): not a shell's pipeline alone ("ps aux | grep anna").
const PIPE = 124;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly pipes: number;
  readonly rule: boolean;
}

const linesOf = (text: string, from: number, to: number): Line[] => {
  const lines: Line[] = [];
  for (let start = from; start < to; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline > to ? to : newline;
    let pipes = 0;
    for (let i = text.indexOf('|', start); i >= 0 && i < end; i = text.indexOf('|', i + 1)) {
      pipes += 1;
    }
    const rule = pipes === 0 && PSQL_RULE.test(text.slice(start, end));
    lines.push({ start, end, pipes, rule });
    start = end + 1;
  }
  return lines;
};

const besideRow = (line: Line, other: Line | undefined): boolean =>
  other !== undefined && (other.rule || other.pipes === line.pipes);

/** lowerWords over the cells in lower case of the table rows in [from, to). */
const lowerTableCells = (
  text: string,
  from: number,
  to: number,
  words: NameToken[],
  ahead: RegExpExecArray | null | undefined,
): RegExpExecArray | null | undefined => {
  let read = ahead;
  const lines = linesOf(text, from, to);
  lines.forEach((line, index) => {
    if (line.pipes === 0) return;
    if (!besideRow(line, lines[index - 1]) && !besideRow(line, lines[index + 1])) return;
    let cellStart = line.start;
    for (let i = line.start; i <= line.end; i++) {
      if (i < line.end && text.charCodeAt(i) !== PIPE) continue;
      const cell = text.slice(cellStart, i);
      if (cell.trim().length >= 3 && !CAPITAL.test(cell)) {
        read = lowerWords(text, cellStart, i, words, read);
      }
      cellStart = i + 1;
    }
  });
  return read;
};

/** The words in lower case of the paragraphs written in lower case, in order. */
const lowerCaseParagraphWords = (text: string, list: readonly NameToken[]): NameToken[] => {
  const words: NameToken[] = [];
  // A text written in lower case as a whole is read so whatever its paragraphs: a short one with
  // a capital in it ("Subject: call with jan kowalski") is no paragraph in the usual case.
  let cased = 0;
  for (const token of list) if (token.cased) cased += 1;
  if (cased * CHARS_PER_CAPITAL <= text.length) {
    lowerWords(text, 0, text.length, words, undefined);
    return words;
  }
  let token = 0;
  let from = 0;
  let ahead: RegExpExecArray | null | undefined;
  // Whether any line opens with a time, as a chat export's do: looked for once per text, at the
  // first paragraph in the usual case.
  let chat: boolean | undefined;
  const table = text.includes('|');
  PARAGRAPH_BREAK.lastIndex = 0;
  while (from < text.length) {
    const next = PARAGRAPH_BREAK.exec(text);
    const to = next === null ? text.length : next.index;
    let cased = 0;
    while (token < list.length && (list[token] as NameToken).start < to) {
      if ((list[token] as NameToken).cased) cased += 1;
      token += 1;
    }
    if (cased * CHARS_PER_CAPITAL <= to - from) {
      ahead = lowerWords(text, from, to, words, ahead);
    } else if (cased > 0) {
      chat ??= hasChatLine(text);
      if (chat) ahead = lowerChatLines(text, from, to, words, ahead);
      else if (table) ahead = lowerTableCells(text, from, to, words, ahead);
    }
    if (next === null) break;
    from = PARAGRAPH_BREAK.lastIndex;
  }
  PARAGRAPH_BREAK.lastIndex = 0;
  return words;
};

/** The two lists, each in order of start, as one list of tokens that do not overlap. */
const mergedByStart = (a: readonly NameToken[], b: readonly NameToken[]): NameToken[] => {
  const out: NameToken[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next =
      j >= b.length || (i < a.length && (a[i] as NameToken).start <= (b[j] as NameToken).start)
        ? (a[i++] as NameToken)
        : (b[j++] as NameToken);
    const last = out.at(-1);
    if (last === undefined || next.start >= last.end) out.push(next);
    // The same start: the longer one ('schneider-wolf' after a cue over the slug word 'schneider',
    // whose 'wolf' then falls inside it and is dropped).
    else if (next.start === last.start && next.end > last.end) out[out.length - 1] = next;
  }
  return out;
};

const byStart = (a: NameToken, b: NameToken): number => a.start - b.start;

// First names that are words where the words around them say so; there the name is an ambiguous
// one (a cue or a surname still makes it a name: "Name: Ward", "Ward Vandermeer"), elsewhere a
// clear one ("Ward is HIV positive", "Salvo non viene oggi"). Folded name, then the test of the
// text before it and of the text after it (a short slice of each).
interface WordContext {
  readonly before?: RegExp;
  readonly after?: RegExp;
  /** Only opening a sentence or a line: inside one the name stays a clear one ("Diagnosi di
   * diabete per Salvo lo scorso anno", "Quimioterapia de Norma en el Hospital del Mar"). */
  readonly opening?: boolean;
}
const WORD_CONTEXTS: ReadonlyMap<string, WordContext> = new Map([
  // A ministry's or a court's 'Justice' ("Minister for Justice", "Criminal Justice Act")
  [
    'justice',
    {
      before:
        /(?:^|[^\p{L}])(?:for|of|de|la|du|minister|ministry|ministère|department|criminal|social|secretary|court)[ \t]+$/iu,
      after:
        /^[ \t]+(?:act|department|ministry|system|committee|reform|minister|and home affairs)(?![\p{L}])/iu,
    },
  ],
  // A hospital's ward ("Ward 7", "Ward 4B", "Ward B", a dashboard's "Ward\tSpecialty")
  [
    'ward',
    {
      after:
        /^(?:[ \t]?(?:\d|\p{Lu}{1,2}\d*(?![\p{L}]))|[ \t]+(?:[Ss]pecialty|[Bb]eds?|[Bb]ay|[Uu]nit)(?![\p{L}])|[ \t]+rounds)/u,
    },
  ],
  // A drug's route ("Oral ticagrelor", "Oral suspension")
  [
    'oral',
    {
      before: /route[ \t]*:[ \t]*$/iu,
      after:
        /^[ \t]+(?:suspension|solution|tablets?|capsules?|hygiene|route|administration|intake|drops|dose|doses|use|health|cavity|surgery|anticoagulants?|antibiotics?|contraceptives?|medication|therapy|ticagrelor|\p{Ll}+(?:mab|nib|olol|pril|sartan|statin|azole|cillin|mycin|floxacin|grelor|parin|xaban|gliptin|formin))(?![\p{L}])/u,
    },
  ],
  // The French 'Elle' (she) before a verb or a pronoun ("Elle prend une contraception")
  [
    'elle',
    {
      after:
        /^[ \t]+(?:a|est|était|va|sera|ne|n['’]|se|s['’]|y|me|m['’]|lui|nous|vous|les|la|le|l['’]|en|prend|fait|doit|peut|veut|avait|aura|vient|dit|souffre|présente|revient|travaille|habite|a-t-elle)(?![\p{L}])/u,
    },
  ],
  // Spanish and Italian 'Salvo' (except), Portuguese and Spanish 'Norma' (standard), Romanian 'Zile'
  // (days), Swedish and Norwegian 'Andel' (share)
  [
    'salvo',
    {
      opening: true,
      after:
        /^[ \t]+(?:que|che|diversa|diverso|quanto|disposizione|caso|error|errore|lo|la|el|il)(?![\p{L}])/u,
    },
  ],
  [
    'norma',
    {
      opening: true,
      after:
        /^[ \t]+(?:n\.|nº|n\.º|iso|une|en|técnica|tecnica|clínica|clinica|jurídica|juridica|legal|regulamentar|\d)/iu,
    },
  ],
  [
    'zile',
    {
      opening: true,
      after: /^[ \t]+(?:lucrătoare|nelucrătoare|libere|calendaristice|de)(?![\p{L}])/u,
    },
  ],
  [
    'andel',
    {
      opening: true,
      after:
        /^[ \t]+(?:(?:av|mål|ändrade|kvinnor|män|procent|\d)(?![\p{L}])|\p{Ll}[^\n:]{0,60}:[ \t]*\d)/u,
    },
  ],
]);
const CONTEXT_REACH = 80;

// Where a sentence opens: the text's or a line's start, after a sentence's end, with opening
// quotes or a bracket after it ("'Juha ei saa…'", "„Mikkel kan ikke"); after a colon or comma and
// a quote ("kontext: 'habt ihr…'"), as a quoted message opens; and as a JSON string value or a
// quoted CSV cell opens ('{"message":"Juha ei saa…', '17;"Juha ei saa…'), where a payload was
// pasted as data.
export const OPENS = String.raw`(?:(?:^|[.!?][ \t]{1,3}|\n[ \t]{0,3}|:[ \t]{1,2})["'„“”‘’«»‹›(\[]{0,2}|[{[,:;\t][ \t]{0,2}["'„“‘«])`;
export const SENTENCE_START = new RegExp(`${OPENS}$`);
// The longest opening OPENS matches: a sentence's end, three blanks and two quotes.
const OPENING_REACH = 6;

/** Whether a sentence opens at `start` (see OPENS). */
export const opensSentenceAt = (text: string, start: number): boolean =>
  SENTENCE_START.test(text.slice(Math.max(0, start - OPENING_REACH), start));

/** A capitalised first name that the words around it make a word there: an ambiguous one. */
const inWordContext = (text: string, token: NameToken): NameToken => {
  const context = WORD_CONTEXTS.get(token.folded);
  if (context === undefined || token.ambiguous) return token;
  if (context.opening === true && !opensSentenceAt(text, token.start)) return token;
  const before = context.before?.test(
    text.slice(Math.max(0, token.start - CONTEXT_REACH), token.start),
  );
  const after = context.after?.test(text.slice(token.end, token.end + CONTEXT_REACH));
  return before === true || after === true ? { ...token, ambiguous: true } : token;
};

/**
 * The words that may be names: the capitalised words ('Müller', 'DUPONT'), and the words in lower
 * case that follow a cue ("dear mr clarke"), or all of them in a text written in lower case;
 * those and the words on a line in capitals count only as known names no everyday word.
 */
const nameWordsOf = (text: string): NameToken[] => {
  const tokens = tokenize(text);
  // Most texts hold none of the contextual words: the list is not copied then.
  const capitalised = tokens.some((token) => WORD_CONTEXTS.has(token.folded))
    ? tokens.map((token) => inWordContext(text, token))
    : tokens;
  // Most texts have no lower-case letter before a cue, or are in the usual case: a sticky match
  // after each cue, and one pass over each paragraph in lower case.
  const paragraphs = lowerCaseParagraphWords(text, capitalised);
  const lower =
    paragraphs.length === 0
      ? wordsAfterCues(text, false)
      : mergedByStart(paragraphs, wordsAfterCues(text, false).sort(byStart));
  // Most texts have no word in lower case to add: the capitalised words (one scan's matches,
  // ascending and apart, which the merge would keep as they are) are not copied.
  const words = lower.length === 0 ? capitalised : mergedByStart(capitalised, lower.sort(byStart));
  if (words.every((token) => token.cased)) return words;
  const kinds = lexiconHits(text).all;
  return words.map((token) => (token.cased ? token : plainly(text, token, kinds)));
};

let cachedText: string | undefined;
let cachedTokens: Tokens | undefined;

/** The words of the text that may be names (see nameWordsOf); memoised for the last text. */
export const capitalisedWords = (text: string): Tokens => {
  if (text !== cachedText || cachedTokens === undefined) {
    const list = nameWordsOf(text);
    cachedTokens = { list, at: (offset) => indexStartingAt(list, offset) };
    cachedText = text;
  }
  return cachedTokens;
};
