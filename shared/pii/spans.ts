import { countrySpecs } from 'ibantools';
import type { EntityType, Finding, FindingCategory } from './recognizer.js';
import { countBefore } from './search.js';
import {
  ENCLOSED_HIGH_SURROGATE,
  isScriptDigit,
  isSmallCapital,
  otherDigitValue,
} from './styled.js';

/** A half-open range [start, end) of the scanned text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a recognizer says about a span; the value itself never leaves the recognizer. */
export interface FindingMeta {
  readonly type: EntityType;
  readonly category: FindingCategory;
  readonly score: number;
  readonly recognizer: string;
  readonly detail?: string | undefined;
}

/**
 * Builds a Finding, leaving `detail` out when there is none (exactOptionalPropertyTypes). Written
 * out property by property: object rest and spread cost several times as much, on every finding.
 */
export const toFinding = (span: Span, meta: FindingMeta): Finding =>
  meta.detail === undefined
    ? {
        type: meta.type,
        category: meta.category,
        score: meta.score,
        recognizer: meta.recognizer,
        start: span.start,
        end: span.end,
      }
    : {
        type: meta.type,
        category: meta.category,
        score: meta.score,
        recognizer: meta.recognizer,
        start: span.start,
        end: span.end,
        detail: meta.detail,
      };

/** Every match of a global pattern (it must carry the g flag), as spans. */
export const matchSpans = (text: string, pattern: RegExp): Span[] => {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
};

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const LETTER_NUMBER_OR_MARK = /[\p{L}\p{N}\p{M}]/u;

const endsIn = (text: string, end: number, kind: RegExp): boolean => {
  const code = text.charCodeAt(end - 1);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  const high = code >= 0xdc00 && code <= 0xdfff ? text.charCodeAt(end - 2) : Number.NaN;
  const pair = high >= 0xd800 && high <= 0xdbff;
  return kind.test(text.slice(end - (pair ? 2 : 1), end));
};

/** Whether the code point ending at `end` (exclusive) is a letter or number (any script). */
export const alnumEndsAt = (text: string, end: number): boolean =>
  endsIn(text, end, LETTER_OR_NUMBER);

const alnumOrMarkEndsAt = (text: string, end: number): boolean =>
  endsIn(text, end, LETTER_NUMBER_OR_MARK);

const isJoinerCode = (code: number): boolean => code === 45 || code === 46 || code === 47;

/** Whether the code point at `index` is a letter or number outside ASCII (any script). */
const nonAsciiAlnumAt = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  // NaN (outside the text) fails the comparison.
  if (!(code >= 128)) return false;
  const pair = isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1));
  return LETTER_OR_NUMBER.test(text.slice(index, index + (pair ? 2 : 1)));
};

/**
 * A pattern's text and flags: a RegExp, or a pattern kept as text (textPattern) until a match
 * needs its Unicode form.
 */
export interface PatternText {
  readonly source: string;
  readonly flags: string;
}

/**
 * A pattern kept as text. The matchers below run whole-token patterns in an ASCII form and check
 * the edges in code, so the Unicode RegExp is built only for the rare match next to a non-ASCII
 * letter: building and compiling one with [\p{L}\p{N}] at each edge costs about 0.3 ms, and
 * dozens of them made up a tenth of the classifier's cold start.
 */
export const textPattern = (source: string, flags: string): PatternText => ({ source, flags });

// Unicode lookbehinds cost a property lookup at every position: the regex checks ASCII only and
// the rare non-ASCII neighbour is checked here, on each match (same matches, about 3× faster).
const JOINED_LEAD = '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][-/.])';
const PLAIN_LEAD = /^\(\?<!\[\\p\{L\}\\p\{N\}(\\p\{M\})?([^\\\][]*)\]\)/;
const JOINED_TAIL = '(?![\\p{L}\\p{N}]|[-/.][\\p{L}\\p{N}])';
const PLAIN_TAIL = '(?![\\p{L}\\p{N}])';

interface Lead {
  readonly length: number;
  readonly ascii: string;
  readonly glued: (text: string, start: number) => boolean;
}

/**
 * A trailing Unicode lookahead, written for ASCII, and whether a match of the ASCII form may
 * still break the Unicode one (a non-ASCII letter or number after it).
 */
interface Tail {
  readonly length: number;
  readonly ascii: string;
  readonly unsure: (text: string, end: number) => boolean;
}

const gluedOrJoined = (text: string, start: number): boolean =>
  alnumEndsAt(text, start) ||
  (isJoinerCode(text.charCodeAt(start - 1)) && alnumEndsAt(text, start - 1));

const leadOf = (source: string): Lead | undefined => {
  if (source.startsWith(JOINED_LEAD)) {
    const ascii = '(?<![A-Za-z0-9]|[A-Za-z0-9][-/.])';
    return { length: JOINED_LEAD.length, ascii, glued: gluedOrJoined };
  }
  const plain = PLAIN_LEAD.exec(source);
  if (plain === null) return undefined;
  const ascii = `(?<![A-Za-z0-9${plain[2] ?? ''}])`;
  const glued = plain[1] === undefined ? alnumEndsAt : alnumOrMarkEndsAt;
  return { length: plain[0].length, ascii, glued };
};

const tailOf = (source: string): Tail | undefined => {
  if (source.endsWith(JOINED_TAIL)) {
    return {
      length: JOINED_TAIL.length,
      ascii: '(?![A-Za-z0-9]|[-/.][A-Za-z0-9])',
      unsure: (text, end) =>
        nonAsciiAlnumAt(text, end) ||
        (isJoinerCode(text.charCodeAt(end)) && nonAsciiAlnumAt(text, end + 1)),
    };
  }
  if (source.endsWith(PLAIN_TAIL)) {
    return { length: PLAIN_TAIL.length, ascii: '(?![A-Za-z0-9])', unsure: nonAsciiAlnumAt };
  }
  return undefined;
};

/**
 * How a pattern runs: `regex` is its fast form when it starts with a Unicode letter-or-number
 * lookbehind (the ASCII lookbehind, and the lookahead at its end in ASCII too), else the pattern.
 * A fast match is a superset at each start: `lead` rejects a start the Unicode lookbehind would,
 * and where `tail` is unsure the pattern as written decides, at that start (`exact`).
 */
interface Prepared {
  readonly regex: RegExp;
  readonly lead: Lead | undefined;
  readonly tail: Tail | undefined;
  readonly exact: () => RegExp;
}

const prepared = new WeakMap<PatternText, Prepared>();

const prepare = (pattern: PatternText): Prepared => {
  let ready = prepared.get(pattern);
  if (ready === undefined) {
    const { source, flags } = pattern;
    const lead = flags.includes('g') ? leadOf(source) : undefined;
    const tail = lead === undefined ? undefined : tailOf(source);
    const body = source.slice(lead?.length ?? 0, source.length - (tail?.length ?? 0));
    const regex =
      lead !== undefined
        ? new RegExp(`${lead.ascii}${body}${tail?.ascii ?? ''}`, flags)
        : pattern instanceof RegExp
          ? pattern
          : new RegExp(source, flags);
    let exact: RegExp | undefined;
    ready = {
      regex,
      lead,
      tail,
      exact: () => {
        exact ??= new RegExp(source, `${flags.replace('g', '')}y`);
        return exact;
      },
    };
    prepared.set(pattern, ready);
  }
  return ready;
};

/**
 * Where a match of the pattern that starts at `start` ends (-1: none there), given the fast
 * form's match ending at `end`.
 */
const endOf = (ready: Prepared, text: string, start: number, end: number): number => {
  if (ready.lead?.glued(text, start) === true) return -1;
  if (ready.tail === undefined || !ready.tail.unsure(text, end)) return end;
  const exact = ready.exact();
  exact.lastIndex = start;
  const match = exact.exec(text);
  exact.lastIndex = 0;
  return match === null ? -1 : start + match[0].length;
};

/**
 * matchSpans for a pattern, prepared once: a leading Unicode letter-or-number lookbehind is
 * checked in code (a rejected start resumes one character later, as the regex would). With
 * `starts`, the pattern is only tried where those say a match may start.
 */
export const spanMatcher = (
  pattern: PatternText,
  starts?: StartsOf,
): ((text: string) => Span[]) => {
  const whole = (start: number, end: number): Span => ({ start, end });
  if (starts !== undefined) return (text) => scanCandidatesAt(text, pattern, starts, whole);
  const ready = prepare(pattern);
  if (ready.lead === undefined) return (text) => matchSpans(text, ready.regex);
  return (text) => scanCandidates(text, pattern, whole);
};

/**
 * Where the next match of a pattern may start, from `from` on (-1: nowhere): the regex then
 * skips the stretches no match can start in (same matches).
 */
export type Earliest = (text: string, from: number) => number;

/** Earliest for patterns whose matches hold `char` within their first `reach + 1` characters. */
export const nearChar =
  (char: string, reach: number): Earliest =>
  (text, from) => {
    const at = text.indexOf(char, from);
    return at < 0 ? -1 : Math.max(from, at - reach);
  };

/** Whether a code unit opens a surrogate pair. */
export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
/** Whether a code unit closes a surrogate pair. */
export const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The offset after the code point at `index` (two code units for a surrogate pair). */
const nextCodePoint = (text: string, index: number): number =>
  isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1))
    ? index + 2
    : index + 1;

/**
 * Runs a global pattern whose matches are loose candidates: `accept` narrows each one to a span
 * (or rejects it), and scanning resumes right after what was accepted, or one character after
 * the rejected candidate's start, so a greedy candidate never swallows the next identifier.
 */
export const scanCandidates = <T extends Span>(
  text: string,
  pattern: PatternText,
  accept: (start: number, end: number) => T | undefined,
  earliest?: Earliest,
): T[] => {
  const spans: T[] = [];
  const ready = prepare(pattern);
  const { regex } = ready;
  const unicode = regex.unicode;
  for (let from = 0; ; ) {
    const next = earliest === undefined ? from : earliest(text, from);
    if (next < 0) break;
    regex.lastIndex = next;
    const match = regex.exec(text);
    if (match === null) break;
    // A Unicode pattern resumed inside a surrogate pair starts again at the pair: what it found
    // there was already tried.
    if (match.index < from) {
      from += 1;
      continue;
    }
    const end = endOf(ready, text, match.index, match.index + match[0].length);
    const span = end < 0 ? undefined : accept(match.index, end);
    if (span !== undefined) spans.push(span);
    const after = unicode ? nextCodePoint(text, match.index) : match.index + 1;
    from = span === undefined ? after : Math.max(span.end, after);
  }
  regex.lastIndex = 0;
  return spans;
};

const stickyPatterns = new WeakMap<PatternText, RegExp>();

/** The pattern (its fast form when it has one), sticky: it matches at lastIndex or not at all. */
const stickyOf = (pattern: PatternText): RegExp => {
  let sticky = stickyPatterns.get(pattern);
  if (sticky === undefined) {
    const base = prepare(pattern).regex;
    sticky = new RegExp(base.source, `${base.flags.replace('g', '')}y`);
    stickyPatterns.set(pattern, sticky);
  }
  return sticky;
};

/**
 * scanCandidates, trying the pattern only at the offsets `starts` gives (a superset of where
 * its matches start): the same candidates, without a scan of the whole text per pattern.
 */
export const scanCandidatesAt = <T extends Span>(
  text: string,
  pattern: PatternText,
  starts: StartsOf,
  accept: (start: number, end: number) => T | undefined,
): T[] => {
  const spans: T[] = [];
  const ready = prepare(pattern);
  const regex = stickyOf(pattern);
  let from = 0;
  const list = starts(text);
  // An indexed loop: for-of over a typed array builds an iterator the JIT does not remove.
  for (let k = 0; k < list.length; k++) {
    const start = list[k] as number;
    if (start < from) continue;
    regex.lastIndex = start;
    // test, not exec: a sticky match starts at lastIndex and ends where test leaves it, and no
    // match array is allocated per candidate.
    if (!regex.test(text)) continue;
    const end = endOf(ready, text, start, regex.lastIndex);
    const span = end < 0 ? undefined : accept(start, end);
    if (span !== undefined) spans.push(span);
    from = span === undefined ? start + 1 : Math.max(span.end, start + 1);
  }
  regex.lastIndex = 0;
  return spans;
};

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** True when text[index] is a letter, digit or underscore: an identifier glued to a longer token. */
export const isWordChar = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 128) {
    return (
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      code === 95
    );
  }
  return NON_ASCII_WORD.test(text.charAt(index));
};

// A number's window ends at a letter, digit or mark, not at '_': a file name or a key joins its
// parts with it ("3719140681_Gruber_Stefanie.pdf", "BSN_257335997_Jansen.docx").
const UNDERSCORE_CODE = 95;
const isWindowGlued = (text: string, index: number): boolean =>
  text.charCodeAt(index) !== UNDERSCORE_CODE && isWordChar(text, index);

const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

const isBlankCode = (code: number): boolean =>
  code === 32 || code === 9 || code === LINE_FEED || code === CARRIAGE_RETURN;

/**
 * Whether the line feed at `at` is a soft line break: one break ("\n" or "\r\n", maybe after
 * the one space format=flowed leaves) between two lines that run on, text right before it and
 * right after it, as e-mail clients and terminals wrap text where a space was. A blank line, an
 * indented line or a break at the text's edge is a hard break.
 */
export const isSoftBreak = (text: string, at: number): boolean => {
  if (text.charCodeAt(at) !== LINE_FEED) return false;
  let before = at - 1;
  if (text.charCodeAt(before) === CARRIAGE_RETURN) before -= 1;
  if (text.charCodeAt(before) === 32) before -= 1;
  const after = text.charCodeAt(at + 1);
  return (
    before >= 0 &&
    !isBlankCode(text.charCodeAt(before)) &&
    !Number.isNaN(after) &&
    !isBlankCode(after)
  );
};

/** Whether every line feed in [from, to) of the text is a soft line break (or there is none). */
export const onlySoftBreaks = (text: string, from: number, to: number): boolean => {
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) {
    if (!isSoftBreak(text, at)) return false;
  }
  return true;
};

const CONTEXT_BEFORE = 48;
const CONTEXT_AFTER = 24;

/** Whether a context word (a non-global pattern) occurs just before or just after the span. */
export const hasContext = (text: string, span: Span, words: RegExp): boolean =>
  words.test(text.slice(Math.max(0, span.start - CONTEXT_BEFORE), span.start)) ||
  words.test(text.slice(span.end, span.end + CONTEXT_AFTER));

// Two letters, two digits, then groups each after a space or dash (or where a mail client
// wrapped the line): how IBANs are written.
const CODE_LEAD =
  /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:(?:[ -]{1,2}| ?\r?\n)[A-Z0-9]{4})*(?:[ -]{1,2}| ?\r?\n)$/u;
const CODE_REACH = 48;

/** Whether a code unit is an ASCII digit. */
export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Whether some line of the text, after its blanks (spaces and tabs), opens so that `opens`
 * (given the offset of its first other character) holds: a loop over line starts, where a
 * pattern /(?:^|\n)[ \t]*…/ is tried at every character.
 */
export const someLineOpens = (
  text: string,
  opens: (text: string, at: number) => boolean,
): boolean => {
  for (let start = 0; start >= 0; ) {
    let at = start;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at += 1;
    if (opens(text, at)) return true;
    const newline = text.indexOf('\n', start);
    start = newline < 0 ? -1 : newline + 1;
  }
  return false;
};
/** Whether a code unit is an ASCII letter. */
export const isAsciiLetterCode = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;

// Per text, from one pass (memoised for the last text): the runs of ASCII digits and the tokens
// (maximal runs of ASCII letters and digits) as start/end pairs, and where two ASCII letters then
// two digits ("BE71") start, all ascending. The arrays grow on demand.
let runBounds = new Int32Array(1024);
let runCount = 0;
let tokenBounds = new Int32Array(1024);
let tokenCount = 0;
let codeLeads = new Int32Array(64);
let codeLeadCount = 0;
let capitals = new Int32Array(256);
let capitalCount = 0;
// Where a '.', '_' or '-' stands between two lower-case Latin letters ("anna.weber"): where a
// handle made of names may be.
let joins = new Int32Array(64);
let joinCount = 0;
let runsText: string | undefined;
// What else the same pass saw, for the normalised view: a tab or two spaces in a row, a dash or
// dot with a space on each side, a combining mark (most texts have none: it then skips them).
let layout = 0;
/** Layout flags: a tab or two blanks in a row. */
export const LAYOUT_SPACING = 1;
/** Layout flags: ' - ', ' – ', ' — ', ' · ' or ' • '. */
export const LAYOUT_SPACED_DASH = 2;
/** Layout flags: a combining mark (U+0300–U+036F), as decomposed text has. */
export const LAYOUT_COMBINING = 4;
/** Layout flags: a carriage return, or a blank right before a line feed (format=flowed). */
export const LAYOUT_BLANK_BEFORE_BREAK = 8;
/** Layout flags: a '<' (markup may follow), or a typographic dash, middle dot or bullet. */
export const LAYOUT_TAG_OR_JOINER = 16;
/** Layout flags: a line opening with '>', as an e-mail reply quotes the message before it. */
export const LAYOUT_QUOTED = 32;
/** Layout flags: eight single letters or digits in a row, one space apart ("I B A N D E 4 4"). */
export const LAYOUT_LETTER_SPACED = 64;
/** Layout flags: a pictograph right after a digit ("07 🔥 81"): read as a space between digits. */
export const LAYOUT_PICTOGRAPH = 128;
/** Layout flags: a Greek letter (spoken.ts reads Greek number words only then). */
export const LAYOUT_GREEK = 256;
/**
 * Layout flags: a Greek or Cyrillic letter right next to an ASCII letter, as a word written with
 * look-alike letters of another script has ("Аnna" with a Cyrillic 'А'): normalise.ts reads it.
 */
export const LAYOUT_MIXED_SCRIPT = 512;
/** Layout flags: a Cyrillic letter (spoken.ts reads Bulgarian number words only then). */
export const LAYOUT_CYRILLIC = 1024;
/**
 * Layout flags: a mathematical alphanumeric symbol (U+1D400 to U+1D7FF, high surrogate U+D835),
 * a letter or digit drawn bold, italic, script or monospace ("𝑨𝒏𝒏𝒂", "𝟎𝟏𝟕"): normalise.ts reads it.
 */
export const LAYOUT_MATH = 2048;
/**
 * Layout flags: an enclosed letter or digit, circled, parenthesized or squared ('ⓐ', '①', '➊',
 * '🅐'; U+2460 to U+24FF, U+2776 to U+2793, U+1F100 to U+1F189): normalise.ts reads it.
 */
export const LAYOUT_ENCLOSED = 4096;
/**
 * Layout flags: a small capital of the Phonetic Extensions or Latin Extended-D ('ᴀ', 'ᴇ', 'ꜱ'):
 * normalise.ts reads the text's small capitals, the IPA block's ('ʀ', 'ɪ') too. Those alone do
 * not set it: IPA writes them, and a text in small capitals has 'ᴀ', 'ᴇ', 'ᴏ' or 'ᴜ'.
 */
export const LAYOUT_SMALL_CAPITAL = 8192;
/**
 * Layout flags: a variation selector (U+FE0E, U+FE0F) after a letter, digit or punctuation, not
 * after a pictograph nor before a keycap: normalise.ts reads it as nothing.
 */
export const LAYOUT_SELECTOR = 16384;
/** Layout flags: a Braille cell (U+2800 to U+28FF): normalise.ts reads a run of them. */
export const LAYOUT_BRAILLE = 32768;
/**
 * Layout flags: a character that may hide text, which the unreadable recognizer then looks at:
 * a Hangul filler, Khmer inherent vowel, Mongolian variation selector or interlinear annotation
 * mark, a rare combining mark (U+1AB0, U+1DC0, U+20D0 blocks, half marks), a variation selector
 * other than U+FE0E and U+FE0F. Set here, in the pass every text gets: a pattern of these ranges
 * tested on each text cost 27 µs a payload, seven times the pattern it would have extended.
 */
export const LAYOUT_HIDDEN = 65536;
/**
 * Layout flags: a digit of another script ('४', '๔', '៤'; not Arabic-Indic, which every view
 * reads), or a superscript or subscript digit next to another ('⁰¹'): normalise.ts reads them.
 */
export const LAYOUT_OTHER_DIGITS = 131072;

// Combining marks outside the common diacritics: extended (U+1AB0), supplement (U+1DC0), for
// symbols (U+20D0, not the enclosing ones U+20DD to U+20E4: keycaps, circled steps) and half
// marks (U+FE20). The first two hide a name or a number between Latin letters or digits; the
// last two only between digits (maths puts an arrow over a letter, 'u\u20d7v\u20d7'; library
// romanisation ties two letters, 'I\ufe20a\ufe21').
export const isWordMark = (code: number): boolean =>
  (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff);
export const isNumberMark = (code: number): boolean =>
  (code >= 0x20d0 && code <= 0x20dc) ||
  (code >= 0x20e5 && code <= 0x20ff) ||
  (code >= 0xfe20 && code <= 0xfe2f);
export const isRareMark = (code: number): boolean => isWordMark(code) || isNumberMark(code);

// Invisible fillers: Hangul fillers, Khmer inherent vowels, Mongolian free variation selectors,
// interlinear annotation marks.
export const isFiller = (code: number): boolean =>
  code === 0x115f ||
  code === 0x1160 ||
  code === 0x3164 ||
  code === 0xffa0 ||
  code === 0x17b4 ||
  code === 0x17b5 ||
  (code >= 0x180b && code <= 0x180d) ||
  code === 0x180f ||
  (code >= 0xfff9 && code <= 0xfffb);

/**
 * Whether a code unit is one that LAYOUT_HIDDEN flags: a filler, a rare mark, a variation
 * selector but U+FE0E and U+FE0F (LAYOUT_SELECTOR's).
 */
const mayHide = (code: number): boolean =>
  isFiller(code) || isRareMark(code) || (code >= 0xfe00 && code <= 0xfe0d);

/** The high surrogate of the mathematical alphanumerics. */
export const MATH_HIGH_SURROGATE = 0xd835;
// How many single-character tokens in a row stand one space apart before the text counts as
// letter-spaced (PDF extraction of spaced-out type): "a b c" in prose is no such run.
const LETTER_SPACED_RUN = 8;
const PIPE = 124;

/**
 * Whether two single-character tokens stand apart as a letter-spaced run or a form's boxes write
 * them: a space, a pipe ("|8|5|0|…|"), a pipe between spaces ("8 | 5 | 0"), or a bracket closing
 * and the next one opening ("[8][5][0]…").
 */
const isBoxGap = (text: string, end: number, next: number): boolean => {
  if (next === end + 1) {
    const gap = text.charCodeAt(end);
    return gap === 32 || gap === PIPE;
  }
  if (next === end + 3) {
    return (
      text.charCodeAt(end) === 32 &&
      text.charCodeAt(end + 1) === PIPE &&
      text.charCodeAt(end + 2) === 32
    );
  }
  return next === end + 2 && text.charCodeAt(end) === 93 && text.charCodeAt(end + 1) === 91;
};
const GREATER_THAN = 62;

const isTagOrJoiner = (code: number): boolean =>
  code === 60 || code === 0xb7 || code === 0x2013 || code === 0x2014 || code === 0x2022;

/**
 * Whether a code unit starts a pictograph: an emoji (a surrogate pair from U+1F000), an arrow, a
 * technical symbol ('⌚', '⏰'), a shape, symbol or dingbat ('■', '☎', '✈', '★', '➡'), the
 * copyright, registered and trade mark signs. Not maths operators ('−'), enclosed digits ('①',
 * the dingbats' '❶' and '➊' either) or box drawing (a table's '│').
 */
export const isPictographStart = (code: number): boolean =>
  (code >= 0xd83c && code <= 0xd83e) ||
  isMarkSign(code) ||
  (code >= 0x2190 && code <= 0x21ff) ||
  (code >= 0x2300 && code <= 0x23ff) ||
  (code >= 0x25a0 && code <= 0x2775) ||
  (code >= 0x2794 && code <= 0x27bf) ||
  (code >= 0x2900 && code <= 0x297f) ||
  (code >= 0x2b00 && code <= 0x2bff);

/** '©', '®', '™': pictographs between digit groups too ("07 ™ 81 ™ 54"). */
const isMarkSign = (code: number): boolean => code === 0xa9 || code === 0xae || code === 0x2122;

/**
 * Whether a digit (an ASCII or an enclosed one: '①', '➊') stands right before `i`, or one space
 * before it.
 */
const afterDigit = (text: string, i: number): boolean => {
  const before = text.charCodeAt(i - 1);
  if (before === 32) return isAnyDigitCode(text.charCodeAt(i - 2));
  return isAnyDigitCode(before);
};

/** An ASCII digit, or an enclosed digit or number of the BMP ('①', '⑴', '⒈', '⓪', '❶', '➊'). */
const isAnyDigitCode = (code: number): boolean =>
  isDigitCode(code) ||
  (code >= 0x2460 &&
    (code <= 0x249b || (code >= 0x24ea && code <= 0x24ff) || (code >= 0x2776 && code <= 0x2793)));

/**
 * The layout flags of a code unit from U+2190 on: enclosed letters and digits, Braille, small
 * capitals of Latin Extended-D, variation selectors, pictographs after a digit.
 */
const highLayoutAt = (text: string, i: number, code: number): number => {
  if (code <= 0x2bff) {
    if (code >= 0x2800 && code <= 0x28ff) return LAYOUT_BRAILLE;
    if (code >= 0x2460 && code <= 0x24ff) return LAYOUT_ENCLOSED;
    if (code >= 0x2776 && code <= 0x2793) return LAYOUT_ENCLOSED;
  } else if (code < 0xa730) {
    // CJK, Hangul and most other scripts' letters stop here.
    return 0;
  } else if (code >= 0xd83c && code <= 0xd83e) {
    const low = text.charCodeAt(i + 1);
    if (code === ENCLOSED_HIGH_SURROGATE && low >= 0xdd00 && low <= 0xdd89) return LAYOUT_ENCLOSED;
  } else if (code === 0xfe0f || code === 0xfe0e) {
    return isPlainSelector(text, i) ? LAYOUT_SELECTOR : 0;
  } else {
    return code <= 0xa7af && isSmallCapital(code) ? LAYOUT_SMALL_CAPITAL : 0;
  }
  return isPictographStart(code) && afterDigit(text, i) ? LAYOUT_PICTOGRAPH : 0;
};

/**
 * Whether the variation selector at `i` follows a letter, digit or punctuation (below U+2000, not
 * '©' or '®'), not a pictograph's own selector nor a keycap's ('1\ufe0f\u20e3').
 */
const isPlainSelector = (text: string, i: number): boolean => {
  const before = text.charCodeAt(i - 1);
  return before < 0x2000 && !isMarkSign(before) && text.charCodeAt(i + 1) !== 0x20e3;
};

const isSpacedJoiner = (code: number): boolean =>
  code === 45 || code === 0x2013 || code === 0x2014 || code === 0xb7 || code === 0x2022;

/**
 * LAYOUT_OTHER_DIGITS for another script's digit, or for a superscript or subscript digit beside
 * another ('¹' is the one of Latin-1 the pass gets here; '²³' alone are left).
 */
const otherDigitLayout = (text: string, i: number, code: number): number => {
  if (!isScriptDigit(code)) return otherDigitValue(code) >= 0 ? LAYOUT_OTHER_DIGITS : 0;
  const beside = isScriptDigit(text.charCodeAt(i - 1)) || isScriptDigit(text.charCodeAt(i + 1));
  return beside ? LAYOUT_OTHER_DIGITS : 0;
};

/**
 * The layout flags of a non-alphanumeric code unit at `i`: blanks count after a word only, not as
 * indentation or at a line's end ("{\n    \"id\": 1").
 */
const layoutAt = (text: string, i: number, code: number): number => {
  if (isTagOrJoiner(code)) return LAYOUT_TAG_OR_JOINER;
  if (code === GREATER_THAN)
    return i === 0 || text.charCodeAt(i - 1) === LINE_FEED ? LAYOUT_QUOTED : 0;
  if (code >= 0x300 && code <= 0x36f) return LAYOUT_COMBINING;
  // Letters with diacritics stop at the first comparison.
  // A keycap ('1\ufe0f\u20e3'): read by the pictograph rewrite (normalise.ts), wherever it stands.
  if (code === 0x20e3) return LAYOUT_PICTOGRAPH;
  if (code >= 0x115f && mayHide(code)) return LAYOUT_HIDDEN;
  if (code === MATH_HIGH_SURROGATE) return LAYOUT_MATH;
  if (code === 0xb9 || (code >= 0x7c0 && code <= 0x2089) || (code >= 0xa620 && code <= 0xabf9)) {
    const digits = otherDigitLayout(text, i, code);
    if (digits !== 0) return digits;
  }
  if (code >= 0x2190) return highLayoutAt(text, i, code);
  if (isMarkSign(code)) return afterDigit(text, i) ? LAYOUT_PICTOGRAPH : 0;
  if (code >= 0x1d00 && code <= 0x1d2b) return isSmallCapital(code) ? LAYOUT_SMALL_CAPITAL : 0;
  if (code !== 32 && code !== 9 && code !== CARRIAGE_RETURN) return 0;
  const next = text.charCodeAt(i + 1);
  const breaks = code === CARRIAGE_RETURN || next === LINE_FEED ? LAYOUT_BLANK_BEFORE_BREAK : 0;
  if (code === CARRIAGE_RETURN || i === 0 || isBlankCode(text.charCodeAt(i - 1))) return breaks;
  if (code === 9 || next === 32 || next === 9) return breaks | LAYOUT_SPACING;
  const spacedDash = isSpacedJoiner(next) && text.charCodeAt(i + 2) === 32;
  return breaks | (spacedDash ? LAYOUT_SPACED_DASH : 0);
};

// Per code unit from U+0080 on, filled on first sight: 1 when it may start an upper-case letter
// (\p{Lu}, or a high surrogate: an astral letter is two code units), 0 when not, -1 unknown.
const UPPER = /\p{Lu}/u;
const mayStartUpper = new Int8Array(65536).fill(-1);
const isUpperStart = (code: number): boolean => {
  let known = mayStartUpper[code] as number;
  if (known < 0) {
    const high = code >= 0xd800 && code <= 0xdbff;
    known = high || UPPER.test(String.fromCharCode(code)) ? 1 : 0;
    mayStartUpper[code] = known;
  }
  return known === 1;
};

const isHandleLetter = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 0xdf && code <= 0x24f);

const addJoin = (text: string, at: number): void => {
  if (!isHandleLetter(text.charCodeAt(at - 1)) || !isHandleLetter(text.charCodeAt(at + 1))) return;
  joins = grow(joins, joinCount + 1);
  joins[joinCount++] = at;
};

const addCapital = (at: number): void => {
  capitals = grow(capitals, capitalCount + 1);
  capitals[capitalCount++] = at;
};

const grow = (array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> => {
  if (needed <= array.length) return array;
  const grown = new Int32Array(Math.max(needed, array.length * 2));
  grown.set(array);
  return grown;
};

/** Whether a code unit is an ASCII letter or digit. */
export const isAsciiAlnumCode = (code: number): boolean =>
  isDigitCode(code) || isAsciiLetterCode(code);

/** Records the digit run [start, end) and, when two letters lead it, a code lead. */
/** The array with the pair (start, end) stored as its `count`-th, grown first if full. */
const withPair = (
  array: Int32Array<ArrayBuffer>,
  count: number,
  start: number,
  end: number,
): Int32Array<ArrayBuffer> => {
  const bounds = grow(array, 2 * count + 2);
  bounds[2 * count] = start;
  bounds[2 * count + 1] = end;
  return bounds;
};

const addCodeLead = (at: number): void => {
  codeLeads = grow(codeLeads, codeLeadCount + 1);
  codeLeads[codeLeadCount++] = at;
};

/** Indexes the digit runs, tokens and code leads of the text, unless it was the last one. */
const digitRunsOf = (text: string): void => {
  if (text === runsText) return;
  runCount = 0;
  tokenCount = 0;
  codeLeadCount = 0;
  capitalCount = 0;
  joinCount = 0;
  layout = 0;
  const length = text.length;
  let bounds = tokenBounds;
  let tokens = 0;
  let digitBounds = runBounds;
  let runs = 0;
  // The run of one-character tokens one space apart that the last such token ended.
  let spaced = 0;
  let singleEnd = -2;
  for (let i = 0; i < length; ) {
    const first = text.charCodeAt(i);
    if (!isAsciiAlnumCode(first)) {
      // Most often a space before a word: no layout flag (see layoutAt), capital or join.
      if (first === 32 && isAsciiAlnumCode(text.charCodeAt(i + 1))) {
        i += 1;
        continue;
      }
      if (first >= 128) {
        if (isUpperStart(first)) addCapital(i);
        if (first >= 0x370 && first <= 0x52f) {
          layout |= first <= 0x3ff ? LAYOUT_GREEK : LAYOUT_CYRILLIC;
          if (
            isAsciiLetterCode(text.charCodeAt(i - 1)) ||
            isAsciiLetterCode(text.charCodeAt(i + 1))
          ) {
            layout |= LAYOUT_MIXED_SCRIPT;
          }
        }
      }
      if (first === 46 || first === 95 || first === 45) addJoin(text, i);
      if (
        first === 32 ||
        first === 9 ||
        first === 13 ||
        first === 60 ||
        first === 62 ||
        first >= 0xb7 ||
        first === 0xa9 ||
        first === 0xae
      ) {
        layout |= layoutAt(text, i, first);
      }
      i += 1;
      continue;
    }
    const tokenStart = i;
    if (first >= 65 && first <= 90) addCapital(i);
    while (i < length) {
      const code = text.charCodeAt(i);
      if (code >= 48 && code <= 57) {
        const start = i;
        i += 1;
        for (let next = text.charCodeAt(i); next >= 48 && next <= 57; next = text.charCodeAt(i)) {
          i += 1;
        }
        digitBounds = withPair(digitBounds, runs, start, i);
        runs += 1;
        // Two letters right before two or more digits: where a code such as an IBAN may start.
        if (i - start >= 2 && start - tokenStart >= 2) {
          const a = text.charCodeAt(start - 1) | 32;
          const b = text.charCodeAt(start - 2) | 32;
          if (a >= 97 && a <= 122 && b >= 97 && b <= 122) addCodeLead(start - 2);
        }
      } else if ((code | 32) >= 97 && (code | 32) <= 122) {
        i += 1;
      } else {
        break;
      }
    }
    if (i - tokenStart === 1) {
      spaced = isBoxGap(text, singleEnd, tokenStart) ? spaced + 1 : 1;
      singleEnd = i;
      if (spaced >= LETTER_SPACED_RUN) layout |= LAYOUT_LETTER_SPACED;
    }
    bounds = withPair(bounds, tokens, tokenStart, i);
    tokens += 1;
  }
  tokenBounds = bounds;
  tokenCount = tokens;
  runBounds = digitBounds;
  runCount = runs;
  runsText = text;
};

/** What digitRunsOf's pass saw of the text's layout (LAYOUT_* flags), from the same pass. */
export const layoutOf = (text: string): number => {
  digitRunsOf(text);
  return layout;
};

/** The runs of ASCII digits of a text, from the same pass (shared, not copied). */
export const digitRunsIn = (text: string): Tokens => {
  digitRunsOf(text);
  return { bounds: runBounds, count: runCount };
};

/** The tokens of a text (maximal runs of ASCII letters and digits), from the same pass. */
export interface Tokens {
  /** Start and end offsets, pair after pair, ascending; valid until another text is indexed. */
  readonly bounds: Int32Array;
  readonly count: number;
}

/** The text's tokens, as the pass indexing digit runs found them (shared, not copied). */
export const tokensOf = (text: string): Tokens => {
  digitRunsOf(text);
  return { bounds: tokenBounds, count: tokenCount };
};

/**
 * Where a pattern's matches may start in a text: ascending offsets, a superset of the starts of
 * its real matches, so trying the pattern (sticky) at each finds the same matches as a scan.
 */
export type StartsOf = (text: string) => StartList;

/**
 * Offsets, ascending: an array or a typed array (a text's index lists are typed, each of its
 * exact size: fewer bytes allocated per text, so fewer young-generation collections).
 */
export type StartList = Readonly<ArrayLike<number>> & Iterable<number>;

/** The starts `keep` accepts, in order. */
export const filterStarts = (starts: StartList, keep: (start: number) => boolean): number[] => {
  const kept: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    if (keep(start)) kept.push(start);
  }
  return kept;
};

/** A StartsOf computed once per text (the last one), since several patterns share an index. */
export const memoised = (startsOf: (text: string) => StartList): StartsOf => {
  let lastText: string | undefined;
  let lastStarts: StartList = [];
  return (text) => {
    if (text !== lastText) {
      lastStarts = startsOf(text);
      lastText = text;
    }
    return lastStarts;
  };
};

/**
 * Starts of the runs (or tokens) whose length is in one of several ranges, every range filled in
 * one pass over the index per text: patterns ask for a dozen ranges, and a loop over every run
 * or token of a text per range cost more than the sticky matches tried at the starts it gave.
 */
class StartsByLength {
  private readonly ranges: { readonly min: number; readonly max: number }[] = [];
  /** Per length (the last entry: longer than every finite bound), the ranges that hold it. */
  private table: number[][] | undefined;
  private starts: Int32Array[] = [];
  private text: string | undefined;

  constructor(private readonly bounds: (text: string) => Tokens) {}

  /** The StartsOf for one range (a range asked for twice shares one list). */
  range(min: number, max = Number.POSITIVE_INFINITY): StartsOf {
    let id = this.ranges.findIndex((range) => range.min === min && range.max === max);
    if (id < 0) {
      id = this.ranges.push({ min, max }) - 1;
      this.starts.push(new Int32Array(0));
      this.table = undefined;
      this.text = undefined;
    }
    const at = id;
    return (text) => {
      if (text !== this.text) this.fill(text);
      return this.starts[at] as Int32Array;
    };
  }

  private tableOf(): number[][] {
    const finite = this.ranges.flatMap(({ min, max }) =>
      Number.isFinite(max) ? [min, max] : [min],
    );
    const longest = Math.max(0, ...finite) + 1;
    const table = Array.from({ length: longest + 1 }, (_, length) =>
      this.ranges.flatMap(({ min, max }, id) => (length >= min && length <= max ? [id] : [])),
    );
    this.table = table;
    return table;
  }

  // Two passes over the index: how many starts each range gets, then the starts, into one
  // buffer of the exact size that the ranges' lists are views of (no list grown by copies).
  private fill(text: string): void {
    const table = this.table ?? this.tableOf();
    const { bounds, count } = this.bounds(text);
    const ranges = this.ranges.length;
    const last = table.length - 1;
    const sizes = new Int32Array(ranges + 1);
    for (let i = 0; i < count; i++) {
      const length = (bounds[2 * i + 1] as number) - (bounds[2 * i] as number);
      const ids = table[length < last ? length : last] as number[];
      for (let k = 0; k < ids.length; k++) {
        const slot = (ids[k] as number) + 1;
        sizes[slot] = (sizes[slot] as number) + 1;
      }
    }
    for (let id = 0; id < ranges; id++)
      sizes[id + 1] = (sizes[id + 1] as number) + (sizes[id] as number);
    const buffer = new Int32Array(sizes[ranges] as number);
    const starts: Int32Array[] = [];
    for (let id = 0; id < ranges; id++) {
      starts.push(buffer.subarray(sizes[id] as number, sizes[id + 1] as number));
    }
    for (let i = 0; i < count; i++) {
      const start = bounds[2 * i] as number;
      const length = (bounds[2 * i + 1] as number) - start;
      const ids = table[length < last ? length : last] as number[];
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as number;
        const at = sizes[id] as number;
        buffer[at] = start;
        sizes[id] = at + 1;
      }
    }
    this.starts = starts;
    this.text = text;
  }
}

const runStarts = new StartsByLength(digitRunsIn);

/**
 * Starts of runs of at least `min` ASCII digits: for a pattern whose lead rules out a letter or
 * digit before it and whose every match opens with `min` digits (\d{7}…). Most texts have few.
 */
export const digitRunStarts = (min: number): StartsOf => runStarts.range(min);

/**
 * Starts of runs of one of the `first` lengths followed, at most `gap` characters after, by a run
 * of one of the `second` lengths; and of runs of one of the `whole` lengths (the two glued). For a
 * pattern whose lead rules out a digit before it and whose matches open with two such groups
 ("12 345678 A 123", "181/815/08155"): a text's short numbers rarely come in such pairs.
 */
export const runPairStarts = (
  first: readonly number[],
  second: readonly number[],
  gap: number,
  whole: readonly number[] = [],
): StartsOf => {
  const firstMask = lengthMask(first);
  const secondMask = lengthMask(second);
  const wholeMask = lengthMask(whole);
  return memoised((text) => {
    digitRunsOf(text);
    const bounds = runBounds;
    const count = runCount;
    const starts: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = bounds[2 * i] as number;
      const end = bounds[2 * i + 1] as number;
      const bit = inMask(end - start);
      if ((wholeMask & bit) !== 0) {
        starts.push(start);
      } else if ((firstMask & bit) !== 0 && i + 1 < count) {
        const next = bounds[2 * i + 2] as number;
        if (
          next - end <= gap &&
          (secondMask & inMask((bounds[2 * i + 3] as number) - next)) !== 0
        ) {
          starts.push(start);
        }
      }
    }
    return starts;
  });
};

// Lengths of groups as bits of a 32-bit mask: a length of 31 or more is none of them.
const MASKED_LENGTHS = 31;
const lengthMask = (lengths: readonly number[]): number => {
  if (
    lengths.some((length) => !Number.isInteger(length) || length < 0 || length >= MASKED_LENGTHS)
  ) {
    throw new RangeError('a group length out of range');
  }
  return lengths.reduce((mask, length) => mask | (1 << length), 0);
};
const inMask = (length: number): number => (length < MASKED_LENGTHS ? 1 << length : 0);

/**
 * Starts of runs of at least `first` digits that, with the runs joined to them by one space, dash,
 * plus, dot, slash or no-break space, hold at least `min` digits: for a pattern whose matches open
 * with `first` digits and run to `min` or more in groups so joined ("1234 5678 90 1234567890").
 * Fewer than digitRunStarts(first) gives where years and amounts abound.
 */
export const joinedRunStarts = (first: number, min: number): StartsOf =>
  memoised((text) => {
    digitRunsOf(text);
    const starts: number[] = [];
    // Digits from each run on through the runs joined after it, summed from the last run back.
    let after = 0;
    const totals = new Int32Array(runCount);
    for (let i = runCount - 1; i >= 0; i--) {
      const start = runBounds[2 * i] as number;
      const end = runBounds[2 * i + 1] as number;
      const next = i + 1 < runCount ? (runBounds[2 * i + 2] as number) : -1;
      const joined = next === end + 1 && isRunJoiner(text.charCodeAt(end));
      after = end - start + (joined ? after : 0);
      totals[i] = after;
    }
    for (let i = 0; i < runCount; i++) {
      const start = runBounds[2 * i] as number;
      if ((runBounds[2 * i + 1] as number) - start >= first && (totals[i] as number) >= min) {
        starts.push(start);
      }
    }
    return starts;
  });

const isRunJoiner = (code: number): boolean =>
  code === 32 || code === 45 || code === 43 || code === 46 || code === 47 || code === 0xa0;

const isGroupGapCode = (code: number): boolean =>
  code === 32 ||
  code === 9 ||
  code === 10 ||
  code === 13 ||
  code === 46 ||
  code === 45 ||
  code === 47 ||
  code === 95;

/**
 * Starts of runs that may open a number printed in groups or written whole: a run of exactly
 * `first` digits followed, across spaces, tabs, line breaks, dots, dashes, slashes or underscores
 * only, by a run of one of the `second` lengths; or a run of `whole.min` to `whole.max` digits. For a pattern whose
 * lead rules out a digit before it and whose groups are so joined (payment cards: 4-4…, 4-6…).
 */
export const groupedRunStarts = (
  first: number,
  second: readonly number[],
  whole: { readonly min: number; readonly max: number },
): StartsOf =>
  memoised((text) => {
    digitRunsOf(text);
    const starts: number[] = [];
    for (let i = 0; i < runCount; i++) {
      const start = runBounds[2 * i] as number;
      const end = runBounds[2 * i + 1] as number;
      const length = end - start;
      if (length >= whole.min && length <= whole.max) {
        starts.push(start);
        continue;
      }
      if (length !== first || i + 1 >= runCount) continue;
      const nextStart = runBounds[2 * i + 2] as number;
      if (!second.includes((runBounds[2 * i + 3] as number) - nextStart)) continue;
      let gap = end;
      while (gap < nextStart && isGroupGapCode(text.charCodeAt(gap))) gap += 1;
      if (gap === nextStart) starts.push(start);
    }
    return starts;
  });

const tokenStartsByLength = new StartsByLength(tokensOf);

/**
 * Starts of tokens (maximal runs of ASCII letters and digits) of `min` to `max` characters: for
 * a pattern whose every match is such a whole token (a codice fiscale, a bitcoin address).
 */
export const tokenStarts = (min: number, max: number): StartsOf =>
  tokenStartsByLength.range(min, max);

/** Where a token goes on after the blank at `at`: one space, or a soft line break (else `at`). */
const afterBlank = (text: string, at: number): number => {
  if (text.charCodeAt(at) === 32 && text.charCodeAt(at + 1) !== 32) {
    return isSoftBreak(text, at + 1) ? at + 2 : at + 1;
  }
  if (text.charCodeAt(at) === CARRIAGE_RETURN) return isSoftBreak(text, at + 1) ? at + 2 : at;
  return isSoftBreak(text, at) ? at + 1 : at;
};

/**
 * Starts of tokens that open with two ASCII letters then two digits, glued ("DE89…") or after
 * one space or a soft line break ("DE 89…", "NO\n0560…"): for a pattern whose matches open so, after a lead that rules out a
 * letter or digit before them (IBANs, NINOs).
 */
export const codeStarts: StartsOf = memoised((text) => {
  digitRunsOf(text);
  const starts: number[] = [];
  for (let i = 0; i < tokenCount; i++) {
    const start = tokenBounds[2 * i] as number;
    const end = tokenBounds[2 * i + 1] as number;
    if (!isAsciiLetterCode(text.charCodeAt(start))) continue;
    if (!isAsciiLetterCode(text.charCodeAt(start + 1))) continue;
    const digitsAt = end - start === 2 ? afterBlank(text, end) : start + 2;
    if (isDigitCode(text.charCodeAt(digitsAt)) && isDigitCode(text.charCodeAt(digitsAt + 1))) {
      starts.push(start);
    }
  }
  return starts;
});

/**
 * Inside tokens that open with three or more ASCII letters then two digits ("xDE89…",
 * "IBANDE89…"): the offset of the last two letters, where a code glued to a word may start. Read
 * off the code leads the index keeps (two letters before two digits or more, in a token): those
 * whose letters go back to the token's start, one more at least.
 */
export const gluedCodeStarts: StartsOf = memoised((text) => {
  digitRunsOf(text);
  const starts: number[] = [];
  for (let k = 0; k < codeLeadCount; k++) {
    const lead = codeLeads[k] as number;
    let at = lead - 1;
    while (at >= 0 && isAsciiLetterCode(text.charCodeAt(at))) at -= 1;
    if (at < lead - 1 && !isDigitCode(text.charCodeAt(at))) starts.push(lead);
  }
  return starts;
});

/**
 * Where an upper-case letter may start a word: ASCII capitals that open a token, and every
 * non-ASCII upper-case letter (or astral character). For a pattern whose matches open with
 * \p{Lu} after a lead that rules out an ASCII letter or digit before them.
 */
export const capitalStarts: StartsOf = memoised((text) => {
  digitRunsOf(text);
  return capitals.slice(0, capitalCount);
});

/**
 * Where a '.', '_' or '-' joins two lower-case Latin letters ("anna.weber", "jonas_schmidt"),
 * ascending: the same pass's index.
 */
export const handleJoins: StartsOf = memoised((text) => {
  digitRunsOf(text);
  return joins.slice(0, joinCount);
});

/** Whether a code lead starts in [from, end) of the text digitRunsOf last saw. */
const hasCodeLead = (from: number, end: number): boolean => {
  const first = countBefore(codeLeadCount, (i) => (codeLeads[i] as number) < from);
  return first < codeLeadCount && (codeLeads[first] as number) < end;
};

// Digits inside an IBAN-shaped code belong to that code (valid or not), not to a phone, card or
// national number of their own; a code is two letters, two digits and groups of four.
/** Whether the text at `start` continues an IBAN-shaped code ("BE71 0961 2345 6760"). */
export const continuesCode = (text: string, start: number): boolean => {
  const before = text.charCodeAt(start - 1);
  const wrapped = before === LINE_FEED && isSoftBreak(text, start - 1);
  if (before !== 32 && before !== 45 && !wrapped) return false;
  const from = Math.max(0, start - CODE_REACH);
  // CODE_LEAD starts with two letters and two digits: most numbers have none within reach.
  digitRunsOf(text);
  if (!hasCodeLead(from, start)) return false;
  const code = CODE_LEAD.exec(text.slice(from, start));
  if (code === null) return false;
  // Right after the two letters and two digits, an IBAN goes on with a group of four or more:
  // "bR00 85 07 30 033 28" is a word and a national number, not a code.
  if (LEAD_ONLY.test(code[0]) && alnumRunLength(text, start) < IBAN_GROUP) return false;
  return !wrapped || wrappedCodeGoesOn(text, start, code[0]);
};

const LEAD_ONLY = /^[A-Za-z]{2}\d{2}[^A-Za-z0-9]*$/;
const IBAN_GROUP = 4;

const alnumRunLength = (text: string, start: number): number => {
  let end = start;
  while (end - start < IBAN_GROUP && isAsciiAlnumCode(text.charCodeAt(end))) end += 1;
  return end - start;
};

const NOT_ALPHANUMERIC = /[^A-Za-z0-9]/g;

/**
 * Across a line break, only an IBAN the line left unfinished goes on: a code of a country's IBAN
 * length (or of no IBAN country) is whole, and the next line's number ("+49 30…") its own. The
 * two lines together must make exactly an IBAN's length (valid or not, as on one line): a card
 * after "BY00" and a break is no part of a Belarusian IBAN.
 */
const wrappedCodeGoesOn = (text: string, start: number, code: string): boolean => {
  const length = countrySpecs[code.slice(0, 2).toUpperCase()]?.chars;
  let chars = code.replace(NOT_ALPHANUMERIC, '').length;
  if (!isAsciiAlnumCode(text.charCodeAt(start)) || length === undefined || chars >= length) {
    return false;
  }
  let at = start;
  for (; at < text.length && chars < length; at++) {
    const char = text.charCodeAt(at);
    if (isAsciiAlnumCode(char)) chars += 1;
    else if (!(char === 32 || char === DASH || char === CARRIAGE_RETURN || isSoftBreak(text, at))) {
      break;
    }
  }
  return chars === length && !isAsciiAlnumCode(text.charCodeAt(at));
};

const DASH = 45;
const HEX_ID_REACH = 64;
// Three or more dash-joined hex groups, 16+ hex characters, one a letter: a UUID or trace id.
const HEX_ID = /^(?=[^a-f]*[a-f])(?=(?:-*[0-9a-f]){16})[0-9a-f]+(?:-[0-9a-f]+){2,}$/i;

const isHexOrDash = (code: number): boolean =>
  code === DASH ||
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 70) ||
  (code >= 97 && code <= 102);

// Digits inside a UUID ("550e8400-e29b-41d4-a716-446655440000") belong to the UUID: no phone or
// national number is written as one group of dash-joined hex groups.
/** Whether the span lies within a run of dash-joined hex groups that holds a hex letter. */
export const insideHexId = (text: string, span: Span): boolean => {
  if (text.charCodeAt(span.start - 1) !== DASH && text.charCodeAt(span.end) !== DASH) return false;
  let start = span.start;
  while (
    start > 0 &&
    span.start - start < HEX_ID_REACH &&
    isHexOrDash(text.charCodeAt(start - 1))
  ) {
    start--;
  }
  let end = span.end;
  while (end < text.length && end - span.end < HEX_ID_REACH && isHexOrDash(text.charCodeAt(end))) {
    end++;
  }
  // A group glued to a longer word ("uuid-550e…") is not part of the id.
  if (isWordChar(text, start - 1)) start = text.indexOf('-', start) + 1;
  if (isWordChar(text, end)) end = text.lastIndexOf('-', end);
  return start <= span.start && end >= span.end && HEX_ID.test(text.slice(start, end));
};

const isJoinerCodeUnit = (code: number): boolean =>
  code === 32 || code === 46 || code === 45 || code === 47 || code === 0xa0;
const LONGEST_WINDOW = 13;
// No scheme reads a window of fewer digits (li.peid has four): shorter ones (days, months, counts)
// are never kept, which spares an object for each.
const SHORTEST_WINDOW = 4;
const SHORT_GROUP = 3;

// Per digit run, what windowsByLength asks of it and of the gap after it, from one pass.
/** Joined to the next run on its line by one space, dot, dash, slash or no-break space. */
const JOINED = 1;
/** Ends a line the next run continues (a mail client wrapped the number there). */
const WRAPPED = 2;
/** At most SHORT_GROUP digits. */
const SHORT = 4;
let runFlags = new Uint8Array(1024);

// A count of items after the next line's number opens an order's line ("ΑΦΜ 099887766\n30 τεμ.
// Panadol", "NIP 956-21-48-337\n30 op. Apap", "CIF E-87342105\n24 u. Frenadol": a sixty-sixth
// red-team set's wholesale orders), not the rest of a wrapped number.
const ITEM_COUNT =
  /[ \t]{1,2}(?:[x×](?=[ \t\d])|(?:u|op|ud|uds|unid|τεμ|kos|st|stk|szt|ks|db|pcs|pc|pz|kpl|vnt|gab|tk|бр|шт)\.(?=[ \t])|(?:pcs|pieces|units|stuks|stück|pezzi|szt|kpl|kos|τεμάχια|шт)(?![\p{L}\p{N}]))/iuy;

/**
 * Whether only a soft line break (a space and a carriage return before it allowed) separates, and
 * the next line does not open with a count of items.
 */
const isWrapGap = (text: string, end: number, next: number, nextEnd: number): boolean => {
  const gap = next - end;
  if (gap < 1 || gap > 3 || !isSoftBreak(text, next - 1)) return false;
  for (let at = end; at < next - 1; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== CARRIAGE_RETURN) return false;
  }
  ITEM_COUNT.lastIndex = nextEnd;
  return !ITEM_COUNT.test(text);
};

/** runFlags for the digit runs of the text digitRunsOf last indexed. */
const flagRuns = (text: string): Uint8Array => {
  if (runFlags.length < runCount)
    runFlags = new Uint8Array(Math.max(runCount, runFlags.length * 2));
  for (let i = 0; i < runCount; i++) {
    const end = runBounds[2 * i + 1] as number;
    let flags = end - (runBounds[2 * i] as number) <= SHORT_GROUP ? SHORT : 0;
    if (i + 1 < runCount) {
      const next = runBounds[2 * i + 2] as number;
      if (next - end === 1 && isJoinerCodeUnit(text.charCodeAt(end))) flags |= JOINED;
      else if (isWrapGap(text, end, next, runBounds[2 * i + 3] as number)) flags |= WRAPPED;
    }
    runFlags[i] = flags;
  }
  return runFlags;
};

/**
 * Every window of joined digit groups of SHORTEST_WINDOW to LONGEST_WINDOW digits, bucketed by digit count. A
 * window neither starts nor ends next to a joined group of up to three digits ("36 574 261 809"
 * is one number, not "36 574 261" plus "809"), but may follow or precede longer groups.
 */
const windowsByLength = (text: string): Span[][] => {
  digitRunsOf(text);
  const count = runCount;
  const bounds = runBounds;
  const flags = flagRuns(text);
  const buckets: Span[][] = Array.from({ length: LONGEST_WINDOW + 1 }, () => []);
  // Run k and run k + 1 are one number: written in groups on a line (JOINED), or, where a number
  // was wrapped, also across the break (JOINED | WRAPPED).
  const joined = (k: number, across: number): boolean =>
    k >= 0 && ((flags[k] as number) & across) !== 0;
  const isShort = (k: number): boolean => k < count && ((flags[k] as number) & SHORT) !== 0;
  // The windows starting at run i: on its line; or, where a number was wrapped, those read across
  // the break (only those: every window on one line is a candidate already).
  const collectFrom = (i: number, wrapped: boolean): void => {
    const across = wrapped ? JOINED | WRAPPED : JOINED;
    const first = bounds[2 * i] as number;
    // Most runs are short numbers of their own ('3', '12'): no window of theirs is kept.
    const alone = ((flags[i] as number) & across) === 0;
    if (alone && (bounds[2 * i + 1] as number) - first < SHORTEST_WINDOW) return;
    if (isWindowGlued(text, first - 1) || text.charCodeAt(first - 1) === 43) return;
    if ((joined(i - 1, across) && isShort(i - 1)) || continuesCode(text, first)) return;
    let digits = 0;
    let crossed = false;
    for (let j = i; j < count; j++) {
      if (j > i) {
        const gap = flags[j - 1] as number;
        if ((gap & across) === 0) break;
        if ((gap & JOINED) === 0) crossed = true;
      }
      const end = bounds[2 * j + 1] as number;
      digits += end - (bounds[2 * j] as number);
      if (digits > LONGEST_WINDOW) break;
      if (digits < SHORTEST_WINDOW) continue;
      if (isWindowGlued(text, end) || (joined(j, across) && isShort(j + 1))) continue;
      if (crossed || !wrapped) (buckets[digits] as Span[]).push({ start: first, end });
    }
  };
  let wraps = false;
  for (let i = 0; i < count; i++) {
    collectFrom(i, false);
    if (((flags[i] as number) & WRAPPED) !== 0) wraps = true;
  }
  if (!wraps) return buckets;
  // A window across a wrap holds the runs on both sides of it: it starts at the wrapped run or
  // at a run joined to it before, so only those starts are tried again.
  const tried = new Uint8Array(count);
  for (let link = 0; link + 1 < count; link++) {
    if (((flags[link] as number) & WRAPPED) === 0) continue;
    // Back over the runs joined to it, no further than a window's length in digits.
    let start = link;
    let digits = (bounds[2 * link + 1] as number) - (bounds[2 * link] as number);
    while (start > 0 && joined(start - 1, JOINED | WRAPPED)) {
      digits += (bounds[2 * start - 1] as number) - (bounds[2 * start - 2] as number);
      if (digits > LONGEST_WINDOW) break;
      start -= 1;
    }
    for (let i = start; i <= link; i++) {
      if (tried[i] === 1) continue;
      tried[i] = 1;
      collectFrom(i, true);
    }
  }
  return buckets;
};

/** Whether the code unit at `index` is an ASCII digit. */
export const isDigitAt = (text: string, index: number): boolean =>
  isDigitCode(text.charCodeAt(index));

/** How many ASCII digits text[from, to) holds. */
export const digitCount = (text: string, from = 0, to = text.length): number => {
  let digits = 0;
  for (let i = from; i < to; i++) if (isDigitCode(text.charCodeAt(i))) digits += 1;
  return digits;
};

/** Whether a span of digits is a whole number: not joined to more digits by a separator. */
export const isWholeNumber = (text: string, span: Span): boolean =>
  !(isJoinerCodeUnit(text.charCodeAt(span.start - 1)) && isDigitAt(text, span.start - 2)) &&
  !(isJoinerCodeUnit(text.charCodeAt(span.end)) && isDigitAt(text, span.end + 1));

let cachedText: string | undefined;
let cachedWindows: Span[][] = [];

/**
 * Numbers of exactly one of `lengths` digits (4 to 13; a RangeError otherwise), written as consecutive digit groups
 * joined by single spaces, dots, dashes or slashes (or a soft line break where a mail client
 * wrapped the number: such a window counts only next to its scheme's context words), not glued to letters nor after a '+' (a
 * phone's country code) nor inside an IBAN-shaped code. Every such window is returned, so a
 * number after another long group ("2023 36 574 261 809") is still a candidate.
 * Memoised for the last text, since several schemes scan the same one.
 */
export const digitWindows = (text: string, lengths: readonly number[]): Span[] => {
  if (lengths.some((length) => length < SHORTEST_WINDOW || length > LONGEST_WINDOW)) {
    throw new RangeError('digitWindows: a window length out of range');
  }
  if (text !== cachedText) {
    cachedWindows = windowsByLength(text);
    cachedText = text;
  }
  // One length (most schemes): the bucket itself, not a copy (callers only read it).
  if (lengths.length === 1) return cachedWindows[lengths[0] as number] ?? [];
  return lengths.flatMap((length) => cachedWindows[length] ?? []);
};

const NON_DIGIT = /\D/g;

/** Digits only: the compact form most checksums are computed on. */
export const digitsOf = (value: string): string => value.replace(NON_DIGIT, '');
