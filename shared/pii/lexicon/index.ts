import { ClassificationError } from '../../errors.js';
import { LEXICON_AUTOMATON } from '../data/lexicon-automaton.js';
import { isWordChar, type Span } from '../spans.js';
import {
  type Automaton,
  compileAutomaton,
  endsClosed,
  KEY_WORD,
  loadAutomaton,
  type Pattern,
  type PatternMatch,
  type PatternShapes,
  serializeAutomaton,
  shapesOf,
  startsClosedWith,
} from './automaton.js';
import { foldText } from './fold.js';
import { GUARD_REACH, TERM_GUARDS, type TermGuard } from './guards.js';
import { CONTACT_CUES, type ContactCueKind } from './terms/contact-cues.js';
import { CRIMINAL_TERMS } from './terms/criminal.js';
import { PERSON_CUES, type PersonCueKind } from './terms/person-cues.js';
import { PRONOUN_CUES } from './terms/pronoun-cues.js';
import {
  HEALTH_ABBREVIATIONS,
  PREGNANCY_MONTHS,
  SPECIAL_CATEGORY_TERMS,
  type SpecialCategory,
  UNION_NAMES,
  VOTE_VERBS,
} from './terms/special-categories.js';
import { SUBJECT_CUES } from './terms/subject-cues.js';

export type { SpecialCategory } from './terms/special-categories.js';

/** Every list the lexicon matches, by kind. */
export type LexiconKind =
  | SpecialCategory
  | keyof typeof HEALTH_ABBREVIATIONS
  | keyof typeof PREGNANCY_MONTHS
  | 'criminal'
  | PersonCueKind
  | ContactCueKind
  | keyof typeof PRONOUN_CUES
  | keyof typeof UNION_NAMES
  | keyof typeof VOTE_VERBS;

/** The cues a person's name may follow, as the name finder tries them ("Frau Weber", "VG Anna"). */
export const NAME_CUE_KINDS = [
  'salutation',
  'title',
  'lineTitle',
  'greeting',
  'closing',
  'role',
  'roleNoun',
  'kin',
  'labelName',
  'labelFirst',
  'labelLast',
  'intro',
] as const satisfies readonly LexiconKind[];

/** A lexicon word found in a text: its kind and span (never the word itself). */
export interface LexiconHit {
  readonly kind: LexiconKind;
  readonly start: number;
  readonly end: number;
}

/** The hits in one text, by kind, in order of their end. */
export interface LexiconHits {
  of(kind: LexiconKind): readonly LexiconHit[];
  readonly all: readonly LexiconHit[];
}

const LISTS: Readonly<Record<LexiconKind, readonly string[]>> = {
  ...SPECIAL_CATEGORY_TERMS,
  ...HEALTH_ABBREVIATIONS,
  ...PREGNANCY_MONTHS,
  criminal: CRIMINAL_TERMS,
  ...PERSON_CUES,
  ...PRONOUN_CUES,
  ...CONTACT_CUES,
  ...UNION_NAMES,
  ...VOTE_VERBS,
  kin: [...PERSON_CUES.kin, ...SUBJECT_CUES.kin],
  role: [...PERSON_CUES.role, ...SUBJECT_CUES.role],
  otherLead: [...PERSON_CUES.otherLead, ...SUBJECT_CUES.otherLead],
};

// Labels are also written as one word: 'firstName', 'dateOfBirth' ('-' and '_' match a space).
const LABEL_KINDS = new Set<LexiconKind>([
  'labelName',
  'labelFirst',
  'labelLast',
  'birth',
  'device',
  'serial',
  'userLabel',
  'customerLabel',
  'studentLabel',
  'personKey',
]);

// Labels of a first or last name read as the last words of a key's name too (automaton.ts,
// KEY_WORD): 'billing_first_name', 'customer_surname' name a person as 'first_name' does. Not
// a name label ('company_name', 'file_name' are no person's), and not before a suffix
// ('first_name_label', 'last_name_placeholder' are a form's, their values words of the form).
// A doorbell's word too ('uwagi_domofon Kowalski'), as person-reference.ts's pattern reads it
// after any character but a letter or a digit.
const KEY_START_KINDS = new Set<LexiconKind>(['labelFirst', 'labelLast', 'doorbell']);

/** The shapes with KEY_WORD for the closed starts of the kinds above. */
const withKeyWords = (
  shapes: PatternShapes,
  names: readonly LexiconKind[],
  kindOf: Uint8Array,
): PatternShapes => {
  const starts = names.map((name) => KEY_START_KINDS.has(name));
  const { closedStart } = shapes;
  for (let index = 0; index < kindOf.length; index++) {
    if (starts[kindOf[index] as number] === true && closedStart[index] === 1) {
      closedStart[index] = KEY_WORD;
    }
  }
  return shapes;
};

/** The spellings of one folded entry: labels also run together, 'ß' also written 'ss'. */
export const spellings = (word: string, asLabel: boolean): string[] => {
  const forms = [word];
  if (asLabel && word.includes(' ')) forms.push(word.replaceAll(' ', ''));
  return word.includes('ß')
    ? [...forms, ...forms.map((form) => form.replaceAll('ß', 'ss'))]
    : forms;
};

interface Compiled {
  readonly automaton: Automaton;
  /** The kinds' names, and each pattern's kind as an index into them. */
  readonly names: readonly LexiconKind[];
  readonly kindOf: Uint8Array;
  /** Each pattern's OPEN_START and OPEN_END flags. */
  readonly open: Uint8Array;
}

const OPEN_START = 1;
const OPEN_END = 2;
/** The mark of an entry that must be written as listed (see asWrittenOf). */
const AS_WRITTEN_MARK = '=';
const CASED = '\u0000';

/** An entry of the lists read: its mark, its open ends ('*'), and its word as written. */
const readEntry = (
  written: string,
): { asWritten: boolean; openStart: boolean; openEnd: boolean; word: string } => {
  const asWritten = written.startsWith(AS_WRITTEN_MARK);
  const entry = asWritten ? written.slice(1) : written;
  const openStart = entry.startsWith('*');
  const openEnd = entry.endsWith('*');
  const word = entry.slice(openStart ? 1 : 0, openEnd ? -1 : undefined);
  return { asWritten, openStart, openEnd, word };
};

/** Every pattern of the lists, folded and spelt every way, with the kind of each. */
export const patternsOf = (): { patterns: Pattern[]; kinds: LexiconKind[] } => {
  const patterns: Pattern[] = [];
  const kinds: LexiconKind[] = [];
  const seen = new Set<string>();
  for (const [kind, entries] of Object.entries(LISTS) as [LexiconKind, readonly string[]][]) {
    for (const entry of entries) {
      const { openStart, openEnd, word: written } = readEntry(entry);
      const word = foldText(written);
      for (const text of spellings(word, LABEL_KINDS.has(kind))) {
        const key = `${kind}|${text}|${openStart}|${openEnd}`;
        if (seen.has(key)) continue;
        seen.add(key);
        patterns.push({ text, openStart, openEnd });
        kinds.push(kind);
      }
    }
  }
  return { patterns, kinds };
};

// One line per pattern, "kind<TAB>flags<TAB>text" (flags: 1 open start + 2 open end), under a
// line of the kinds: a third of the size of JSON objects, so the bundle parses faster at a cold
// start. Pattern texts are folded words: they hold no tab or line break.
const encodePatterns = (patterns: readonly Pattern[], kinds: readonly LexiconKind[]): string => {
  const names = [...new Set(kinds)];
  const lines = patterns.map(({ text, openStart, openEnd }, index) => {
    const flags = (openStart ? 1 : 0) + (openEnd ? 2 : 0);
    return `${names.indexOf(kinds[index] as LexiconKind)}\t${flags}\t${text}`;
  });
  return [names.join(','), ...lines].join('\n');
};

const damagedPatterns = (): ClassificationError =>
  new ClassificationError('the prebuilt lexicon patterns are damaged');

/** What a cold start needs of the patterns (see Compiled), without a string or object for each. */
export interface PatternTable {
  readonly names: readonly LexiconKind[];
  readonly kindOf: Uint8Array;
  readonly open: Uint8Array;
  readonly shapes: PatternShapes;
}

/**
 * What encodePatterns wrote, as typed arrays read in one pass over the text (offsets, no line
 * split, no string or object per pattern: it runs at every cold start, over some 7,700 patterns);
 * throws on a line it could not have written.
 */
export const decodePatternTable = (encoded: string): PatternTable => {
  const head = encoded.indexOf('\n');
  const names = encoded.slice(0, head < 0 ? encoded.length : head).split(',') as LexiconKind[];
  let count = 0;
  for (let at = head; at >= 0; at = encoded.indexOf('\n', at + 1)) count += 1;
  const kindOf = new Uint8Array(count);
  const open = new Uint8Array(count);
  const lengths = new Int32Array(count);
  const closedStart = new Uint8Array(count);
  const closedEnd = new Uint8Array(count);
  if (names.length > 255) throw damagedPatterns();
  for (let index = 0, from = head + 1; index < count; index++) {
    const next = encoded.indexOf('\n', from);
    const end = next < 0 ? encoded.length : next;
    let kind = 0;
    let at = from;
    for (
      let code = encoded.charCodeAt(at);
      code >= 48 && code <= 57;
      code = encoded.charCodeAt(at)
    ) {
      kind = kind * 10 + code - 48;
      at += 1;
    }
    const flags = encoded.charCodeAt(at + 1) - 48;
    if (
      at === from ||
      at >= end ||
      encoded.charCodeAt(at) !== 9 ||
      kind >= names.length ||
      !(flags >= 0 && flags <= 3) ||
      at + 2 >= end ||
      encoded.charCodeAt(at + 2) !== 9
    ) {
      throw damagedPatterns();
    }
    const text = at + 3;
    kindOf[index] = kind;
    open[index] = flags;
    lengths[index] = end - text;
    if (startsClosedWith((flags & OPEN_START) !== 0, end > text ? encoded.charCodeAt(text) : NaN)) {
      closedStart[index] = 1;
    }
    if (endsClosed((flags & OPEN_END) !== 0, end > text ? encoded.charCodeAt(end - 1) : NaN)) {
      closedEnd[index] = 1;
    }
    from = end + 1;
  }
  return {
    names,
    kindOf,
    open,
    shapes: withKeyWords({ lengths, closedStart, closedEnd }, names, kindOf),
  };
};

/** The shapes of patterns of these kinds: shapesOf's, with KEY_WORD for the field labels. */
export const shapesOfKinds = (
  patterns: readonly Pattern[],
  kinds: readonly LexiconKind[],
): PatternShapes => {
  const names = [...new Set(kinds)];
  return withKeyWords(
    shapesOf(patterns),
    names,
    Uint8Array.from(kinds, (kind) => names.indexOf(kind)),
  );
};

/** The same table, from patterns and their kinds (when the lists are compiled at cold start). */
const patternTableOf = (
  patterns: readonly Pattern[],
  kinds: readonly LexiconKind[],
): PatternTable => {
  const names = [...new Set(kinds)];
  // Kinds are bytes, as decodePatternTable reads them: more would wrap into the wrong kind.
  if (names.length > 255) throw new ClassificationError('the lexicon has more than 255 kinds');
  const kindOf = Uint8Array.from(kinds, (kind) => names.indexOf(kind));
  const open = Uint8Array.from(
    patterns,
    ({ openStart, openEnd }) => (openStart ? OPEN_START : 0) | (openEnd ? OPEN_END : 0),
  );
  return { names, kindOf, open, shapes: withKeyWords(shapesOf(patterns), names, kindOf) };
};

// The lists are compared by a summary, not a copy (the automaton file carries none): their kinds,
// how many entries, and a hash over each entry's length and end letters, one step per entry. A
// stale table after a list edit is what this catches at cold start, where hashing every character
// of the lists cost milliseconds; tests/shared/pii/data/lexicon-automaton.test.ts compares the
// compiled patterns and automaton exactly.
const digestOf = (lists: typeof LISTS): string => {
  let entries = 0;
  let hash = 0;
  // Indexed loops: iterators cost far more in code the JIT has not compiled yet (cold start).
  const kinds = Object.keys(lists) as LexiconKind[];
  for (let k = 0; k < kinds.length; k++) {
    const kind = kinds[k] as LexiconKind;
    const words = lists[kind];
    hash = (Math.imul(hash, 31) + kind.length) | 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      entries += 1;
      const ends = word.charCodeAt(0) * 257 + word.charCodeAt(word.length - 1);
      hash = (Math.imul(hash, 31) + Math.imul(word.length, 65_599) + ends) | 0;
    }
  }
  return `summary:${entries}:${(hash >>> 0).toString(16)}`;
};

// Building the automaton is a large part of the classifier's cold start: the one for the lists as
// shipped is built ahead (npm run build:automata) and loaded; other lists are compiled here.
const compile = (): Compiled => {
  if (digestOf(LISTS) === LEXICON_AUTOMATON.listsDigest) {
    try {
      const table = decodePatternTable(LEXICON_AUTOMATON.patterns);
      return { ...table, automaton: loadAutomaton(table.shapes, LEXICON_AUTOMATON.machine) };
    } catch {
      // A damaged build output: compiled below instead, as if there were none.
    }
  }
  const { patterns, kinds } = patternsOf();
  return { ...patternTableOf(patterns, kinds), automaton: compileAutomaton(patterns) };
};

/** The lexicon's automaton, for shared/pii/data/lexicon-automaton.ts (npm run build:automata). */
export const serializeLexicon = (): { listsDigest: string; patterns: string; machine: string } => {
  const { patterns, kinds } = patternsOf();
  return {
    listsDigest: digestOf(LISTS),
    patterns: encodePatterns(patterns, kinds),
    machine: serializeAutomaton(patterns),
  };
};

const LEXICON = compile();
const NONE: readonly LexiconHit[] = [];

/**
 * Entries marked '=' must be written as listed, diacritics included ('=halal' is no Hungarian
 * 'halál', "death"; '=disabilità' no Italian 'disabilita', "disables"); and in the case listed
 * when the entry has a capital ('=PrEP', '=Grünen'). By kind, folded text (a prefix entry's
 * prefix) and open ends: the spellings a match may have. A test checks that no unmarked entry of
 * the kind folds to the same text (it would accept every spelling).
 */
const asWrittenOf = (): ReadonlyMap<string, readonly string[]> => {
  const forms = new Map<string, string[]>();
  for (const [kind, entries] of Object.entries(LISTS) as [LexiconKind, readonly string[]][]) {
    // Indexed, and the mark tested first: this runs over every entry at each cold start.
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as string;
      if (!entry.startsWith(AS_WRITTEN_MARK)) continue;
      const { openStart, openEnd, word } = readEntry(entry);
      const form = word === word.toLowerCase() ? word : `${CASED}${word}`;
      const open = (openStart ? OPEN_START : 0) | (openEnd ? OPEN_END : 0);
      const key = `${kind}|${foldText(word)}|${open}`;
      const list = forms.get(key);
      if (list === undefined) forms.set(key, [form]);
      else list.push(form);
    }
  }
  return forms;
};
const AS_WRITTEN = asWrittenOf();

/** Whether the text at the match spells the entry as written (see asWrittenOf). */
const writtenAsListed = (written: string, forms: readonly string[]): boolean =>
  forms.some((form) =>
    form.startsWith(CASED) ? written === form.slice(1) : written.toLowerCase() === form,
  );

/** Whether the words next to the match make it another word (see guards.ts). */
const guardedOut = (text: string, start: number, end: number, guard: TermGuard): boolean => {
  if (guard.inLowerCase === true) {
    const written = text.slice(start, end);
    if (written !== written.toLowerCase()) return false;
  }
  if (guard.notWord?.test(text.slice(start, end)) === true) return true;
  const before = text.slice(Math.max(0, start - GUARD_REACH), start);
  if (guard.onlyAfter !== undefined && !guard.onlyAfter.test(before)) return true;
  if (guard.notAfter?.test(before) === true) return true;
  return guard.notBefore?.test(text.slice(end, end + GUARD_REACH)) === true;
};

/**
 * Whether a match is the term: spelt as listed, and no guard rules it out (read around the whole
 * word, `span`, a prefix entry's match widened).
 */
const isTerm = (text: string, kind: LexiconKind, match: PatternMatch, span: Span): boolean => {
  const written = text.slice(match.start, match.end);
  const folded = foldText(written);
  const forms = AS_WRITTEN.get(`${kind}|${folded}|${LEXICON.open[match.pattern] as number}`);
  if (forms !== undefined && !writtenAsListed(written, forms)) return false;
  const guard = TERM_GUARDS.get(folded);
  return guard === undefined || !guardedOut(text, span.start, span.end, guard);
};

/** A match of an open pattern ('diabet*') widened to its whole word ('diabetes'). */
const widened = (text: string, match: PatternMatch): { start: number; end: number } => {
  const open = LEXICON.open[match.pattern] as number;
  let { start, end } = match;
  if ((open & OPEN_START) !== 0) while (start > 0 && isWordChar(text, start - 1)) start -= 1;
  if ((open & OPEN_END) !== 0) while (end < text.length && isWordChar(text, end)) end += 1;
  return { start, end };
};

const collect = (text: string): LexiconHits => {
  const byKind = new Map<LexiconKind, LexiconHit[]>();
  const all: LexiconHit[] = [];
  for (const match of LEXICON.automaton.scan(text)) {
    const kind = LEXICON.names[LEXICON.kindOf[match.pattern] as number] as LexiconKind;
    const span = widened(text, match);
    if (!isTerm(text, kind, match, span)) continue;
    const hit = { kind, ...span };
    const list = byKind.get(hit.kind);
    // 'diabet*' and 'diabetes' both match "diabetes", at the same offset: one hit.
    const previous = list?.at(-1);
    if (previous !== undefined && previous.start === hit.start && previous.end === hit.end)
      continue;
    if (list === undefined) byKind.set(hit.kind, [hit]);
    else list.push(hit);
    all.push(hit);
  }
  return { of: (kind) => byKind.get(kind) ?? NONE, all };
};

let cachedText: string | undefined;
let cachedHits: LexiconHits | undefined;

/** Every lexicon word in the text, from one pass of one automaton; memoised for the last text. */
/** A kind's entries as its lists write them ('=' marks and '*' open ends included). */
export const entriesOf = (kind: LexiconKind): readonly string[] => LISTS[kind];

export const lexiconHits = (text: string): LexiconHits => {
  if (text !== cachedText || cachedHits === undefined) {
    cachedHits = collect(text);
    cachedText = text;
  }
  return cachedHits;
};
