import { decodeHTMLStrict } from 'entities';
import { unmixedScripts } from './confusables.js';
import { leetWords } from './leet.js';
import { nested } from './nesting.js';
import type { Finding, Recognizer } from './recognizer.js';
import { countBefore } from './search.js';
import {
  isHighSurrogate,
  isLowSurrogate,
  isPictographStart,
  isWordChar,
  LAYOUT_BRAILLE,
  LAYOUT_COMBINING,
  LAYOUT_ENCLOSED,
  LAYOUT_LETTER_SPACED,
  LAYOUT_MATH,
  LAYOUT_MIXED_SCRIPT,
  LAYOUT_OTHER_DIGITS,
  LAYOUT_PICTOGRAPH,
  LAYOUT_QUOTED,
  LAYOUT_SELECTOR,
  LAYOUT_SMALL_CAPITAL,
  LAYOUT_SPACED_DASH,
  LAYOUT_SPACING,
  LAYOUT_TAG_OR_JOINER,
  layoutOf,
  MATH_HIGH_SURROGATE,
} from './spans.js';
import {
  BRAILLE,
  brailleReading,
  ENCLOSED,
  enclosedReading,
  isSelector,
  isSmallCapitalStart,
  isStyledStart,
  OTHER_DIGITS,
  otherDigitsReading,
  otherDigitValue,
  SELECTORS,
  SMALL_CAPITALS,
  smallCapitalReading,
} from './styled.js';

/**
 * A payload as the recognizers should read it, and where its code units came from: each stretch
 * of the view is either the original's text unchanged or what one original stretch was read as.
 */
export interface TextView {
  readonly text: string;
  /** The original offset where the view's code unit at `offset` was written. */
  originalStart(offset: number): number;
  /** The original offset just after what the view's code unit at `offset` was read from. */
  originalEnd(offset: number): number;
}

// What the view rewrites, each match of one of these. Invisible format characters: soft hyphen,
// Arabic letter mark, Mongolian vowel separator, zero-width space/non-joiner/joiner, LTR/RTL
// marks, bidi embeddings, overrides and isolates, word joiner, invisible operators, BOM. The line
// and paragraph separators (U+2028, U+2029), read as a line break. Spaces
// other than the ASCII one: the no-break space (word processors and &nbsp; put it inside
// numbers; most patterns take only an ASCII space), en/em/thin/hair spaces, the narrow no-break
// space French typography puts in numbers, the ideographic space. Full-width ASCII, and
// Arabic-Indic digits. The keycap a digit is drawn in ('1️⃣': 1, U+FE0F, U+20E3), read as the digit.
// Escapes: JSON/JavaScript \uXXXX and HTML character references.
const SPECIAL_CLASS =
  '[\\u00a0\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\uff01-\\uff5e\\u0660-\\u0669\\u06f0-\\u06f9\\u2010-\\u2012\\u2212\\ufe63]';
// The keycap ('1\ufe0f\u20e3') is special too, but kept out of SPECIAL_CLASS: as a range of its own
// in the class it made the scan of every payload three times slower (so does any new range there,
// U+20FF or U+2100; one that extends a range, U+2070, costs nothing).
// Texts with one have the digit-run pass flag a pictograph, and the pictograph rewrite reads it.
const KEYCAP_CHAR = '\\u20e3';
const SPECIAL_CHAR = new RegExp(`${SPECIAL_CLASS}|${KEYCAP_CHAR}`);
const JSON_ESCAPE = '\\\\(?:u[0-9A-Fa-f]{4}|[nrt"\\\\/bf])';
// A character reference after its '&': a number or a name, then ';'.
const REFERENCE_BODY = '(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});';
const HTML_REFERENCE = `&${REFERENCE_BODY}`;
// Combining diacritics (decomposed text, as macOS and some databases write it): read composed.
const COMBINING = '[\\u0300-\\u036f]+';
// Tabs and runs of spaces between two words: read as one space ("Mr  Clarke", "+49  30  1234567").
// Indentation and trailing blanks are left alone.
const SPACING = '(?<=\\S)(?: *\\t[ \\t]*| {2,})(?=\\S)';
// A dash with spaces around it between groups of an identifier, a digit on one side at least: read
// as the one space most formats allow ("65 - 929 - 970 - 489", "ES - 58 - 0049 …").
const SPACED_DASH =
  '(?<=\\d)[ \\t]+[-\\u2013\\u2014\\u00b7\\u2022][ \\t]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \\t]+[-\\u2013\\u2014\\u00b7\\u2022][ \\t]+(?=\\d)';
// Typographic dashes and dots joining the groups of a number ("030–1234567", Word's autocorrect;
// "4111·1111·…"): read as a hyphen and a space. Between words they are left alone.
const DIGIT_JOINER =
  '[\\u2013\\u2014\\u00b7\\u2022](?:(?<=\\d.)(?=[A-Za-z0-9])|(?<=[A-Za-z0-9].)(?=\\d))';
// Pictographs between the groups of a number ("07 🔥 81 🔥 54", "06 ☎ 12"), as chats write
// them: read as one space. Emoji (surrogate pairs from U+1F000, with their variation selector,
// skin tone and zero-width joiner), arrows, technical symbols, shapes, symbols and dingbats, as
// spans.ts isPictographStart.
const PICTOGRAPH =
  '(?:[\\ud83c-\\ud83e][\\udc00-\\udfff]|[\\u00a9\\u00ae\\u2122\\u2190-\\u21ff\\u2300-\\u23ff\\u25a0-\\u2775\\u2794-\\u27bf\\u2900-\\u297f\\u2b00-\\u2bff])';
// One way only to read a run of them (no nested repetition to backtrack through).
// Enclosed digits count as digits ('➊ ☎ ➋'; styled.ts).
const ANY_DIGIT = '[0-9\\u2460-\\u249b\\u24ea-\\u24ff\\u2776-\\u2793]';
const PICTOGRAPHS = `(?<=${ANY_DIGIT}) ?${PICTOGRAPH}(?:[\\ufe0f\\u200d]| ?${PICTOGRAPH})* ?(?=${ANY_DIGIT})`;
// The '>' (or '> > ', '>>') an e-mail reply opens each quoted line with: the quoted message reads
// as it was written, its wrapped lines joined as the recognizers join them.
const REPLY_QUOTE = '(?:^|\\n)(?:>[ \\t]?)+';
// HTML and XML tags, with the blanks after them (how pretty-printed markup is indented); an XML
// tag's name may have a namespace prefix ('w:t', 'text:span').
const TAG =
  '<\\/?[A-Za-z][A-Za-z0-9]{0,15}(?::[A-Za-z][A-Za-z0-9-]{0,30})?(?:[\\s/][^<>]{0,1000})?>\\s*';
// Short HTML comments (eight characters inside at most), read as nothing: put inside a word or a number they hide it from a scan
// ("Dar<!-- -->ko", "593<!-- x -->345"). A longer one is left as written, its content read and
// scanned like the rest of the text (it may hold personal data of its own). No '<' or '>' inside.
const COMMENT = '<!--[^<>]{0,8}?-->\\s*';
// UTF-8 read as Latin-1 or Windows-1252 ("MÃ¼ller", "â€“"): a lead byte and its continuation
// bytes, each shown as the character that byte is in those code pages.
const CP1252_BYTES: Readonly<Record<string, number>> = {
  '\u20ac': 0x80,
  '\u201a': 0x82,
  '\u0192': 0x83,
  '\u201e': 0x84,
  '\u2026': 0x85,
  '\u2020': 0x86,
  '\u2021': 0x87,
  '\u02c6': 0x88,
  '\u2030': 0x89,
  '\u0160': 0x8a,
  '\u2039': 0x8b,
  '\u0152': 0x8c,
  '\u017d': 0x8e,
  '\u2018': 0x91,
  '\u2019': 0x92,
  '\u201c': 0x93,
  '\u201d': 0x94,
  '\u2022': 0x95,
  '\u2013': 0x96,
  '\u2014': 0x97,
  '\u02dc': 0x98,
  '\u2122': 0x99,
  '\u0161': 0x9a,
  '\u203a': 0x9b,
  '\u0153': 0x9c,
  '\u017e': 0x9e,
  '\u0178': 0x9f,
};
const CONTINUATION = `[\\u0080-\\u00bf${Object.keys(CP1252_BYTES).join('')}]`;
const MOJIBAKE = `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`;
const MOJIBAKE_SEQUENCE = new RegExp(`^(?:${MOJIBAKE})$`);
const UTF8 = new TextDecoder('utf-8', { fatal: true });

// French typography: an accented letter, the no-break space and a guillemet ("« Dédé »", "été »")
// read as the UTF-8 bytes of one CJK character (E9 A0 BB: '頻'). Found by the metamorphic test of
// the twenty-fifth session; a CJK text mis-decoded so rarely has this one character alone.
const FRENCH_QUOTE_AFTER_LETTER = /^[\u00e0-\u00ef]\u00a0[\u00ab\u00bb]$/;

/** What a mis-decoded UTF-8 sequence stood for, or undefined when its bytes are no UTF-8. */
const repairedMojibake = (written: string): string | undefined => {
  if (!MOJIBAKE_SEQUENCE.test(written) || FRENCH_QUOTE_AFTER_LETTER.test(written)) return undefined;
  const bytes = Uint8Array.from(written, (char) => CP1252_BYTES[char] ?? char.charCodeAt(0));
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
};

/** The length of the sequence a UTF-8 lead byte opens (as its Latin-1 character), or 0. */
const sequenceLength = (code: number): number =>
  code >= 0xc2 && code <= 0xdf
    ? 2
    : code >= 0xe0 && code <= 0xef
      ? 3
      : code >= 0xf0 && code <= 0xf4
        ? 4
        : 0;

/** Whether the character at `index` is a continuation byte of a repairable mis-decoded sequence. */
export const insideMojibake = (text: string, index: number): boolean => {
  for (let lead = index - 1; lead >= 0 && lead >= index - 3; lead--) {
    const length = sequenceLength(text.charCodeAt(lead));
    if (length === 0) continue;
    return lead + length > index && repairedMojibake(text.slice(lead, lead + length)) !== undefined;
  }
  return false;
};

const REWRITE = new RegExp(`${SPECIAL_CLASS}+|${JSON_ESCAPE}|${HTML_REFERENCE}|${MOJIBAKE}`, 'g');
// Tags, dashes and dots between digits, combining marks and blanks make the scan slower (blanks
// make it try every space): used only for texts that have a tab or two spaces after a word, a
// spaced dash, or a combining mark (flags the pass indexing digit runs sets as it goes: spans.ts
// layoutOf), or a character a tag or a digit joiner starts with (flagged by the same pass). Most
// payloads have none.
const REWRITE_ALL = new RegExp(
  `${SPECIAL_CLASS}+|${JSON_ESCAPE}|${HTML_REFERENCE}|${COMMENT}|${TAG}|${MOJIBAKE}|${DIGIT_JOINER}|${COMBINING}|${SPACED_DASH}|${SPACING}|${REPLY_QUOTE}`,
  'g',
);
// Letter-spaced text, as PDF extraction gives spaced-out type ("I B A N : D E 4 4 …"), or a
// form's boxes of one character each ("|8|5|0|…|", "[8][5][0]…"): eight characters or more, each
// alone between single spaces or in its box, read as one word (the one capture group
// of the pattern); and a word hyphenated at a line's end, a lower-case letter after the break,
// read joined ("Wes-\nterkamp"; "Müller-\nLüdenscheidt" keeps its hyphen). Used only for texts
// whose digit-run pass saw such a run (spans.ts LAYOUT_LETTER_SPACED).
const LETTER_SPACED =
  '(?<!\\S)(\\S(?: \\S){7,}|(?:\\|[A-Za-z0-9]){8,}\\||(?:\\[[A-Za-z0-9]\\]){8,})(?!\\S)';
const LINE_END_HYPHEN = '(?<=[A-Za-z\\u00c0-\\u024f])-\\r?\\n(?=[a-z\\u00df-\\u024f])';
const REWRITE_SPACED = new RegExp(
  `${PICTOGRAPHS}|${KEYCAP_CHAR}|${REWRITE_ALL.source}|${LETTER_SPACED}|${LINE_END_HYPHEN}`,
  'g',
);
// Pictographs between digits: first, so that the blank before one is read with it; and keycaps.
// Used only for texts whose digit-run pass saw a pictograph right after a digit or a keycap
// (spans.ts LAYOUT_PICTOGRAPH).
const REWRITE_PICTOGRAPHS = new RegExp(`${PICTOGRAPHS}|${KEYCAP_CHAR}|${REWRITE_ALL.source}`, 'g');
// Mathematical alphanumeric symbols (U+1D400 to U+1D7FF: bold, italic, script, fraktur,
// double-struck, sans-serif and monospace letters and digits, as "fancy text" generators write
// names: "𝑨𝒏𝒏𝒂"), and the letterlike symbols that fill the holes of those alphabets (italic 'ℎ',
// script 'ℬ', double-struck 'ℝ'): read as the letters and digits they are drawn from (NFKC). Not
// in SPECIAL_CLASS (a new range there slows the scan of every payload): texts with one have the
// digit-run pass flag it (spans.ts LAYOUT_MATH), and only then is the rewrite that reads them used.
const LETTERLIKE =
  /[\u2102\u210a-\u2113\u2115\u2119-\u211d\u2124\u2128\u212c\u212d\u212f-\u2131\u2133\u2134]/;
const MATH = `(?:\\ud835[\\udc00-\\udfff]|${LETTERLIKE.source})+`;
const isMathStart = (code: number): boolean =>
  code === MATH_HIGH_SURROGATE ||
  (code >= 0x2102 && code <= 0x2134 && LETTERLIKE.test(String.fromCharCode(code)));
// Styled letters and digits the view reads too (styled.ts), each only for texts whose digit-run
// pass flagged one: Braille, enclosed letters and digits ('ⓐ', '➊'), small capitals ('ᴀ'),
// variation selectors after a letter or digit, other scripts' digits ('४', '๔', '⁰¹'). Tried
// before the rewrite's own alternatives.
const STYLED: readonly (readonly [layout: number, pattern: string])[] = [
  [LAYOUT_BRAILLE, BRAILLE],
  [LAYOUT_MATH, MATH],
  [LAYOUT_ENCLOSED, ENCLOSED],
  [LAYOUT_SMALL_CAPITAL, SMALL_CAPITALS],
  [LAYOUT_SELECTOR, SELECTORS],
  [LAYOUT_OTHER_DIGITS, OTHER_DIGITS],
];
const STYLED_LAYOUT = STYLED.reduce((all, [layout]) => all | layout, 0);
// The rewrites with styled alternatives, built on first use: by the base rewrite's index in
// BASE_REWRITES (low bits) and the styled flags.
const BASE_REWRITES = [REWRITE, REWRITE_ALL, REWRITE_SPACED, REWRITE_PICTOGRAPHS];
const styledRewrites = new Map<number, RegExp>();
const withStyled = (base: number, styled: number): RegExp => {
  const key = styled | base;
  let rewrite = styledRewrites.get(key);
  if (rewrite === undefined) {
    const patterns = STYLED.filter(([layout]) => (styled & layout) !== 0).map(([, p]) => p);
    const source = (BASE_REWRITES[base] as RegExp).source;
    rewrite = new RegExp(`${patterns.join('|')}|${source}`, 'g');
    styledRewrites.set(key, rewrite);
  }
  return rewrite;
};
// What a letter-spaced run or a form's boxes hold between their characters ("8 | 5 | 0", "|8|5|",
// "[8][5]"): read as nothing.
const BOX_MARKS = /[ |[\]]/g;
const HYPHEN_CODE = 45;
const VIEW_LAYOUT =
  LAYOUT_SPACING | LAYOUT_SPACED_DASH | LAYOUT_COMBINING | LAYOUT_TAG_OR_JOINER | LAYOUT_QUOTED;
const rewriteFor = (text: string): RegExp => {
  const layout = layoutOf(text);
  const base =
    (layout & LAYOUT_LETTER_SPACED) !== 0
      ? 2
      : (layout & LAYOUT_PICTOGRAPH) !== 0
        ? 3
        : (layout & VIEW_LAYOUT) === 0
          ? 0
          : 1;
  const styled = layout & STYLED_LAYOUT;
  return styled === 0 ? (BASE_REWRITES[base] as RegExp) : withStyled(base, styled);
};
const SPACE = 32;
const EN_DASH = 0x2013;
const LINE_FEED_CODE = 10;
const GREATER_THAN_CODE = 62;
const EM_DASH = 0x2014;
const TAB = 9;
const BACKSLASH = 92;
const AMPERSAND = 38;
const LOWER_U = 117;
// What a JSON string's one-letter escapes stand for: a tab, backspace or form feed as a space.
const JSON_SHORT: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: ' ',
  b: ' ',
  f: ' ',
  '"': '"',
  '\\': '\\',
  '/': '/',
};

const isCombining = (code: number): boolean => code >= 0x0300 && code <= 0x036f;
const LEFTOVER_MARKS = /[\u0300-\u036f]/g;

const LESS_THAN = 60;
const SLASH = 47;
// What a run of adjacent tags reads as: the strongest break among them. Inline formatting breaks
// nothing (a space where blanks followed it), a table cell's end is a tab, anything else (rows,
// paragraphs, line breaks, list items, XML elements) a line break: "<tr><td>Anna</td><td>Weber"
// reads "\nAnna\tWeber", so tables and forms in markup read like the exports they are.
const NO_BREAK = 0;
const CELL_BREAK = 1;
const LINE_BREAK = 2;
const INLINE_TAGS = new Set(
  ['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i']
    .concat(['img', 'ins', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike'])
    .concat(['strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr'])
    // The runs and character formatting of office formats' raw XML, which split a paragraph's
    // text wherever its formatting, spell check or revisions change ("<w:t>PESEL 850723</w:t>
    // </w:r><w:r><w:t>12343</w:t>"): WordprocessingML, DrawingML (slides, charts), OpenDocument
    // and XSL-FO.
    .concat(['w:r', 'w:t', 'w:rpr', 'w:b', 'w:bcs', 'w:i', 'w:ics', 'w:u', 'w:strike', 'w:caps'])
    .concat(['w:rfonts', 'w:sz', 'w:szcs', 'w:color', 'w:highlight', 'w:shd', 'w:lang', 'w:kern'])
    .concat(['w:spacing', 'w:vertalign', 'w:rstyle', 'w:noproof', 'w:prooferr', 'w:softhyphen'])
    .concat(['w:bookmarkstart', 'w:bookmarkend', 'w:lastrenderedpagebreak', 'w:hyperlink'])
    .concat(['w:smarttag', 'w:ins', 'w:del', 'w:deltext', 'w:commentrangestart'])
    .concat(['w:commentrangeend', 'w:permstart', 'w:permend', 'w:fldsimple'])
    .concat(['a:r', 'a:t', 'a:rpr', 'a:latin', 'a:ea', 'a:cs', 'a:solidfill', 'a:srgbclr'])
    .concat(['text:span', 'text:a', 'text:bookmark', 'text:bookmark-start', 'text:bookmark-end'])
    .concat(['text:soft-page-break', 'fo:inline', 'fo:basic-link', 'fo:wrapper']),
);
const TAG_NAME = /^<\/?([A-Za-z][A-Za-z0-9]*(?::[A-Za-z][A-Za-z0-9-]*)?)/;
// The attributes whose values a page shows or reads out: a form field's value (not its
// placeholder, a form's own wording: "Vorname", "Nachname"), a title, an image's alternative
// text, an accessible name, a meta tag's content, data attributes (a name in a read-only field,
// "value=\"Mme Camille&nbsp;BRUNET\"", a NIR in a hidden input).
const SHOWN_ATTRIBUTE =
  /\s(?:value|title|alt|aria-label|content|label|data-[\w-]{1,40})\s*=\s*(?:"([^"]{1,500})"|'([^']{1,500})')/gi;

/** The values of a tag's shown attributes, their character references decoded. */
const shownValues = (tag: string): string[] => {
  if (!tag.includes('=')) return [];
  const values: string[] = [];
  for (const match of tag.matchAll(SHOWN_ATTRIBUTE)) {
    const value = normalisedChars(decodeHTMLStrict(match[1] ?? match[2] ?? '')).trim();
    if (value !== '') values.push(value);
  }
  return values;
};
const BLANK_END = /\s$/;

const EXCLAMATION = 33;

/** Whether a blank (space, tab, line break) stands right before `at`. */
const isBlankBefore = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at - 1);
  return code === SPACE || code === TAB || code === LINE_FEED_CODE || code === 13;
};

const breakOf = (tag: string): number => {
  // A comment breaks nothing: "Dar<!-- -->ko" reads "Darko".
  if (tag.charCodeAt(1) === EXCLAMATION) return NO_BREAK;
  const name = TAG_NAME.exec(tag)?.[1]?.toLowerCase() ?? '';
  if (INLINE_TAGS.has(name)) return NO_BREAK;
  if (name === 'td' || name === 'th') return tag.charCodeAt(1) === SLASH ? CELL_BREAK : NO_BREAK;
  return LINE_BREAK;
};

// Whether a word in lower case (no small capital in it) stands right before `at`, a blank between.
const BLANK_BEFORE = /[ \t]+$/;
const afterLowerCaseWord = (text: string, at: number): boolean => {
  const blank = BLANK_BEFORE.exec(text.slice(Math.max(0, at - 4), at));
  if (blank === null) return false;
  const before = at - blank[0].length - 1;
  const code = text.charCodeAt(before);
  if (Number.isNaN(code) || isSmallCapitalStart(code)) return false;
  const char = text.charAt(before);
  if (char === char.toUpperCase() || char !== char.toLowerCase()) return false;
  // The whole word in plain letters: 'ᴍᴏᴅʟɪᴛᴡę' is a word in small capitals, not in lower case.
  for (let i = before - 1; i >= 0 && before - i < MAX_WORD_BEFORE && isWordChar(text, i); i--) {
    if (isSmallCapitalStart(text.charCodeAt(i))) return false;
  }
  return true;
};
const MAX_WORD_BEFORE = 32;

const KEYCAP = 0x20e3;
const VARIATION_SELECTOR = 0xfe0f;

/**
 * What a styled run reads as: one string for the whole run, or each character's reading on its
 * own code units ([read, from, to] within the run); undefined to leave it as written. A run of
 * small capitals that starts a word reads in capitals, as typography means them: a name written
 * in them ('ᴍᴀʀɪᴇ ʜᴏʟᴢɴᴇʀ') reads as a name in capitals ('MARIE HOLZNER'), not as lower-case
 * words, and a heading ('ꜱᴇʀᴠᴇʀ ʀᴜʟᴇꜱ') as a heading in capitals, not as a name in title case.
 * After a word in lower case it reads capitalised, as a name stands in prose ("can you ask
 * ᴍᴀʀɪᴇ about it": 'Marie').
 */
const styledReading = (
  found: string,
  first: number,
  startsWord: boolean,
  inLowerCaseProse: boolean,
): string | undefined | (readonly [string, number, number])[] => {
  if (isSelector(first)) return '';
  if (first >= 0x2800 && first <= 0x28ff) return brailleReading(found);
  if (otherDigitValue(first) >= 0) return otherDigitsReading(found);
  const parts: (readonly [string, number, number])[] = [];
  if (isSmallCapitalStart(first)) {
    for (let i = 0; i < found.length; i++) {
      const read = smallCapitalReading(found.charAt(i));
      const capital = startsWord && (!inLowerCaseProse || i === 0);
      parts.push([capital ? read.toUpperCase() : read, i, i + 1]);
    }
    return parts;
  }
  for (let i = 0; i < found.length; ) {
    const code = found.codePointAt(i) as number;
    const units = code > 0xffff ? 2 : 1;
    parts.push([enclosedReading(code), i, i + units]);
    i += units;
  }
  return parts;
};

const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;

const isInvisible = (code: number): boolean =>
  code === KEYCAP ||
  code === 0x00ad ||
  code === 0x061c ||
  code === 0x180e ||
  (code >= 0x200b && code <= 0x200f) ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2060 && code <= 0x2064) ||
  (code >= 0x2066 && code <= 0x206f) ||
  code === 0xfeff;

/** What a recognizer should read for one special character: '' for an invisible one. */
const plainOf = (code: number): string => {
  if (isInvisible(code)) return '';
  if ((code >= 0x2010 && code <= 0x2012) || code === 0x2212 || code === 0xfe63) return '-';
  if (code === LINE_SEPARATOR || code === PARAGRAPH_SEPARATOR) return '\n';
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  return String.fromCharCode(SPACE);
};

const JSON_PAIR_LOW = /\\u[dD][c-fC-F][0-9A-Fa-f]{2}/y;

/**
 * What an escape at `at` (matched as `written`) reads as, and how many characters it spans; or
 * undefined when it is no text: a lone surrogate (a string cut inside an emoji) or an unknown
 * reference stays as written.
 */
const decodeEscape = (
  text: string,
  at: number,
  written: string,
): { decoded: string; length: number } | undefined => {
  if (written.charCodeAt(0) === BACKSLASH && written.charCodeAt(1) !== LOWER_U) {
    return { decoded: JSON_SHORT[written.charAt(1)] ?? written, length: 2 };
  }
  if (written.charCodeAt(0) === BACKSLASH) {
    const code = Number.parseInt(written.slice(2), 16);
    if (isLowSurrogate(code)) return undefined;
    if (!isHighSurrogate(code))
      return { decoded: normalisedChars(String.fromCharCode(code)), length: 6 };
    JSON_PAIR_LOW.lastIndex = at + 6;
    if (!JSON_PAIR_LOW.test(text)) return undefined;
    const low = Number.parseInt(text.slice(at + 8, at + 12), 16);
    return { decoded: String.fromCharCode(code, low), length: 12 };
  }
  if (written.charCodeAt(0) === AMPERSAND) {
    let decoded = decodeHTMLStrict(written);
    if (decoded === written) return undefined;
    let length = written.length;
    // A reference escaped again ("&amp;amp;", "&amp;#64;"): read as unescaping every level reads
    // it, in this one pass (a view per level was a full scan per level, as deep as nesting went).
    while (decoded === '&') {
      REFERENCE_AFTER.lastIndex = at + length;
      const next = REFERENCE_AFTER.exec(text);
      if (next === null) break;
      const inner = decodeHTMLStrict(`&${next[0]}`);
      if (inner === `&${next[0]}`) break;
      decoded = inner;
      length += next[0].length;
    }
    return { decoded: normalisedChars(decoded), length };
  }
  return undefined;
};

// The rest of a character reference after its '&'.
const REFERENCE_AFTER = new RegExp(REFERENCE_BODY, 'y');

/** Decoded characters, their special ones read as plain ones ("&nbsp;", "\\u00a0": a space). */
const normalisedChars = (decoded: string): string => {
  if (!SPECIAL_CHAR.test(decoded)) return decoded;
  let plain = '';
  for (const char of decoded) {
    plain += SPECIAL_CHAR.test(char) ? plainOf(char.charCodeAt(0)) : char;
  }
  return plain;
};

/**
 * Stretches of the view in order: [viewStart, originalStart, originalEnd, same]. A stretch that
 * is the same text maps offset by offset; any other maps all its units to the whole original.
 */
export class ViewBuilder {
  private readonly parts: string[] = [];
  private readonly stretches: number[] = [];
  private length = 0;

  same(text: string, from: number, to: number): void {
    if (to <= from) return;
    this.push(text.slice(from, to), from, to, 1);
  }

  read(as: string, from: number, to: number): void {
    this.push(as, from, to, 0);
  }

  private push(part: string, from: number, to: number, same: number): void {
    if (part.length === 0) return;
    this.stretches.push(this.length, from, to, same);
    this.parts.push(part);
    this.length += part.length;
  }

  build(): TextView {
    const { stretches } = this;
    const text = this.parts.join('');
    const count = stretches.length / 4;
    // The stretch holding the view offset (binary search over their view starts).
    const find = (offset: number): number =>
      4 * (countBefore(count, (i) => (stretches[4 * i] as number) <= offset) - 1);
    const at = (offset: number, end: boolean): number => {
      if (count === 0) return 0;
      const clamped = Math.min(Math.max(offset, 0), text.length - 1);
      const s = find(clamped);
      const from = stretches[s + 1] as number;
      if (stretches[s + 3] === 1)
        return from + (clamped - (stretches[s] as number)) + (end ? 1 : 0);
      return end ? (stretches[s + 2] as number) : from;
    };
    return {
      text,
      originalStart: (offset) => at(offset, false),
      originalEnd: (offset) => at(offset, true),
    };
  }
}

/**
 * The text with invisible characters removed, exotic spaces made ASCII spaces, full-width and
 * Arabic-Indic characters made ASCII, JSON and HTML escapes decoded, decomposed letters composed
 * and tabs or runs of spaces between words made one space, words mixing look-alike letters of
 * two scripts read in one: what a person reads, whatever a writer (or a copy from a web page, a
 * word processor, a JSON encoder, macOS, someone hiding a name) did to it.
 * Undefined when nothing of that kind is in the text (most payloads: one pattern scan). Text
 * between the rewritten characters is copied in one piece.
 */
export const normalisedView = (written: string): TextView | undefined => {
  const rewrite = rewriteFor(written);
  // Words mixing look-alike letters of two scripts, read in one: the same length, so the view
  // maps them offset by offset like unchanged text. Only for texts whose digit-run pass saw a
  // Greek or Cyrillic letter next to an ASCII one (spans.ts LAYOUT_MIXED_SCRIPT).
  // Leetspeak words that read as names or lexicon terms ('m1kk0'), in letters: the same length.
  const lettered = leetWords(written);
  const text =
    (layoutOf(written) & LAYOUT_MIXED_SCRIPT) === 0 ? lettered : unmixedScripts(lettered);
  let changed = text !== written;
  rewrite.lastIndex = 0;
  let match = rewrite.exec(text);
  if (match === null && !changed) return undefined;
  const view = new ViewBuilder();
  let copied = 0;
  // The run of adjacent tags being read: [runStart, runEnd), its break, whether blanks end it.
  let runStart = -1;
  let runEnd = -1;
  let runBreak = NO_BREAK;
  let runBlank = false;
  // The values of the run's tags' shown attributes, read between the run's breaks.
  let runValues: string[] = [];
  const flushTags = (): void => {
    if (runStart < 0) return;
    view.same(text, copied, runStart);
    const read = runBreak === LINE_BREAK ? '\n' : runBreak === CELL_BREAK ? '\t' : '';
    // Blanks after a run that breaks nothing read as one space, none after a blank already
    // ("release <!-- x --> ships": one space).
    const blank = runBlank && !isBlankBefore(text, runStart);
    const gap = read === '' && blank ? ' ' : read;
    const between = read === '' ? ' ' : read;
    view.read(
      runValues.length === 0 ? gap : `${between}${runValues.join(between)}${between}`,
      runStart,
      runEnd,
    );
    copied = runEnd;
    runStart = -1;
    runValues = [];
  };
  for (; match !== null; match = rewrite.exec(text)) {
    const at = match.index;
    const found = match[0];
    const first = found.charCodeAt(0);
    if (first === LESS_THAN) {
      if (at !== runEnd) flushTags();
      if (runStart < 0) {
        runStart = at;
        runBreak = NO_BREAK;
      }
      runEnd = at + found.length;
      runBreak = Math.max(runBreak, breakOf(found));
      const values = shownValues(found);
      if (values.length > 0) runValues.push(...values);
      runBlank = BLANK_END.test(found);
      changed = true;
      continue;
    }
    flushTags();
    if (match[1] === undefined && isStyledStart(text, at, first)) {
      const read = styledReading(
        found,
        first,
        !isWordChar(text, at - 1),
        afterLowerCaseWord(text, at),
      );
      if (read === undefined) continue;
      view.same(text, copied, at);
      if (typeof read === 'string') view.read(read, at, at + found.length);
      else for (const [as, from, to] of read) view.read(as, at + from, at + to);
      copied = at + found.length;
    } else if (isMathStart(first)) {
      // Each symbol read as its letter or digit, on its own code units (a finding inside the
      // run is placed on the symbols it was read from).
      view.same(text, copied, at);
      for (let i = 0; i < found.length; ) {
        const units = found.charCodeAt(i) === MATH_HIGH_SURROGATE ? 2 : 1;
        view.read(found.slice(i, i + units).normalize('NFKC'), at + i, at + i + units);
        i += units;
      }
      copied = at + found.length;
    } else if (match[1] !== undefined || (first === HYPHEN_CODE && found.length > 1)) {
      // A letter-spaced run read as one word, or a line-end hyphen read as nothing.
      view.same(text, copied, at);
      view.read(match[1] !== undefined ? found.replace(BOX_MARKS, '') : '', at, at + found.length);
      copied = at + found.length;
    } else if (first >= 0xc2 && first <= 0xf4) {
      const repaired = repairedMojibake(found);
      if (repaired === undefined) {
        // Read on from the next character: a no-break space inside is one to rewrite still.
        rewrite.lastIndex = at + 1;
        continue;
      }
      view.same(text, copied, at);
      view.read(normalisedChars(repaired), at, at + found.length);
      copied = at + found.length;
    } else if (first === BACKSLASH || first === AMPERSAND) {
      const escaped = decodeEscape(text, at, found);
      if (escaped === undefined) continue;
      view.same(text, copied, at);
      view.read(escaped.decoded, at, at + escaped.length);
      copied = at + escaped.length;
      rewrite.lastIndex = copied;
    } else if (isCombining(first)) {
      // Composed with the character before ("Mu\u0308ller": "Müller"). Marks that compose with
      // nothing are read as nothing: sprinkled over letters to hide a word ("F\u0308ranzis\u0303ka",
      // underlined or struck-through "fancy text"), or after a character itself rewritten.
      const base = isLowSurrogate(text.charCodeAt(at - 1)) ? at - 2 : at - 1;
      if (base < copied) {
        view.same(text, copied, at);
        view.read('', at, at + found.length);
        copied = at + found.length;
        changed = true;
        continue;
      }
      const written = text.slice(base, at + found.length);
      const composed = written.normalize('NFC').replace(LEFTOVER_MARKS, '');
      view.same(text, copied, base);
      view.read(composed, base, at + found.length);
      copied = at + found.length;
    } else if (first === LINE_FEED_CODE || first === GREATER_THAN_CODE) {
      view.same(text, copied, at);
      view.read(first === LINE_FEED_CODE ? '\n' : '', at, at + found.length);
      copied = at + found.length;
    } else if (first === SPACE || first === TAB || isPictographStart(first)) {
      view.same(text, copied, at);
      view.read(' ', at, at + found.length);
      copied = at + found.length;
    } else if (first === EN_DASH || first === EM_DASH) {
      // Between digit groups a dash may be a number's own sign (a Swedish or Finnish ID's '-').
      view.same(text, copied, at);
      view.read('-', at, at + found.length);
      copied = at + found.length;
    } else {
      // A keycap's variation selector before it goes with it ('1\ufe0f\u20e3': '1').
      const keycap = first === KEYCAP && text.charCodeAt(at - 1) === VARIATION_SELECTOR;
      if (keycap && at - 1 >= copied) {
        view.same(text, copied, at - 1);
        view.read('', at - 1, at);
      } else view.same(text, copied, at);
      for (let i = 0; i < found.length; i++) {
        view.read(plainOf(found.charCodeAt(i)), at + i, at + i + 1);
      }
      copied = at + found.length;
    }
    changed = true;
  }
  if (!changed) return undefined;
  flushTags();
  view.same(text, copied, text.length);
  return view.build();
};

/** A finding in the view, placed on the original characters it was read from. */
export const inOriginal = (view: TextView, finding: Finding): Finding => {
  const start = view.originalStart(finding.start);
  const end = finding.end > finding.start ? view.originalEnd(finding.end - 1) : start;
  return { ...finding, start, end };
};

/**
 * Runs `scan` on the normalised view of the text, when it differs, and reports its findings on
 * the original characters: an IBAN with zero-width spaces, a phone with narrow no-break spaces,
 * "anna&#64;example.de" or a name written "Jos\u00e9" are found as if written plainly.
 */
/**
 * A recognizer that runs `scan` on a view of the text, when the text has one, one level deeper
 * (see nesting.ts), and reports what it finds on the original characters under its own name.
 */
export const viewRecognizer =
  (name: string, viewOf: (text: string) => TextView | undefined) =>
  (scan: (text: string) => Finding[]): Recognizer => ({
    name,
    entities: [],
    find: (text) =>
      nested([], () => {
        const view = viewOf(text);
        return view === undefined ? [] : viewFindings(view, scan, name);
      }),
  });

export const normalisedTextRecognizer = viewRecognizer('normalised', normalisedView);

/**
 * What `scan` finds in a view's text, on the original characters, reported by the view's
 * recognizer with the inner one in the detail ('normalised' and 'iban' give 'iban/…').
 */
export const viewFindings = (
  view: TextView,
  scan: (text: string) => Finding[],
  recognizer: string,
): Finding[] =>
  scan(view.text).map((finding) => ({
    ...inOriginal(view, finding),
    recognizer,
    detail:
      finding.detail === undefined ? finding.recognizer : `${finding.recognizer}/${finding.detail}`,
  }));
