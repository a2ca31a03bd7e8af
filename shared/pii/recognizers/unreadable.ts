import { insideMojibake } from '../normalise.js';
import type { Finding, Recognizer } from '../recognizer.js';
import {
  isDigitCode,
  isFiller,
  isNumberMark,
  isRareMark,
  isWordMark,
  LAYOUT_HIDDEN,
  LAYOUT_SELECTOR,
  layoutOf,
  toFinding,
} from '../spans.js';

type Defect = 'nul' | 'control' | 'replacement' | 'lone-surrogate' | 'hidden';

// Anything that is not plain readable text: a quick test before the character-by-character pass
// (surrogates too: astral characters, among them tags and supplementary variation selectors). The
// BMP characters that can hide text (see hiddenAt) are flagged by the digit-run pass instead
// (LAYOUT_HIDDEN): a class of their ranges made this test seven times slower.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ud800-\udfff]/;
// Other control characters (ANSI escapes, form feeds) count only in bulk: 1 in 100 characters.
const CONTROL_SHARE = 0.01;

/** A Latin letter or a digit: what a hidden character splits to hide a name or a number. */
const isLatinAlnum = (code: number): boolean =>
  (code >= 48 && code <= 57) ||
  ((code | 32) >= 97 && (code | 32) <= 122) ||
  (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

const TAG_HIGH = 0xdb40;
const BLACK_FLAG = '\ud83c\udff4';
// A subdivision flag: '🏴', two to six tags of lower-case letters and digits ('gbsct'), then the
// cancel tag U+E007F. Anything else in tag characters is hidden text.
const MAX_FLAG_TAGS = 7;
const CANCEL_TAG_LOW = 0xdc7f;

/** Whether `low` (after U+DB40) is a tag character: U+E0001, U+E0020 to U+E007F. */
const isTagLow = (low: number): boolean => low === 0xdc01 || (low >= 0xdc20 && low <= 0xdc7f);
/** Whether `low` is the tag of a lower-case letter or a digit (a subdivision code's). */
const isCodeTagLow = (low: number): boolean =>
  (low >= 0xdc61 && low <= 0xdc7a) || (low >= 0xdc30 && low <= 0xdc39);
const isTagAt = (text: string, i: number): boolean =>
  text.charCodeAt(i) === TAG_HIGH && isTagLow(text.charCodeAt(i + 1));
/** Whether `low` (after U+DB40) is a supplementary variation selector, U+E0100 to U+E01EF. */
const isSelectorLow = (low: number): boolean => low >= 0xdd00 && low <= 0xddef;

/** The code unit where the variation selector ending at `end` (exclusive) starts, or -1. */
const selectorStart = (text: string, end: number): number => {
  const code = text.charCodeAt(end - 1);
  if (code >= 0xfe00 && code <= 0xfe0f) return end - 1;
  return isSelectorLow(code) && text.charCodeAt(end - 2) === TAG_HIGH ? end - 2 : -1;
};
/** The length of the variation selector at `i` (1 or 2 code units), or 0. */
const selectorLength = (text: string, i: number): number => {
  const code = text.charCodeAt(i);
  if (code >= 0xfe00 && code <= 0xfe0f) return 1;
  return code === TAG_HIGH && isSelectorLow(text.charCodeAt(i + 1)) ? 2 : 0;
};

/**
 * Whether the tag characters around the pair at `i` are an emoji flag's. Each walk stops after
 * MAX_FLAG_TAGS + 1 tags (a longer run is no flag): linear over a run of tags.
 */
const inFlag = (text: string, i: number): boolean => {
  let start = i;
  for (let n = 0; n <= MAX_FLAG_TAGS && start >= 2 && isTagAt(text, start - 2); n++) start -= 2;
  let end = i;
  for (let n = 0; n <= MAX_FLAG_TAGS + 1 && isTagAt(text, end); n++) end += 2;
  const tags = (end - start) / 2;
  if (tags < 3 || tags > MAX_FLAG_TAGS || text.slice(start - 2, start) !== BLACK_FLAG) return false;
  if (text.charCodeAt(end - 1) !== CANCEL_TAG_LOW || isTagAt(text, end)) return false;
  for (let at = start; at < end - 2; at += 2)
    if (!isCodeTagLow(text.charCodeAt(at + 1))) return false;
  return true;
};

/** The code unit before `i`, past combining marks and variation selectors on it. */
const baseBefore = (text: string, i: number): number => {
  let at = i;
  for (
    let n = 0;
    n < 8 && at > 0 && (isRareMark(text.charCodeAt(at - 1)) || selectorStart(text, at) >= 0);
    n++
  ) {
    const selector = selectorStart(text, at);
    at = selector >= 0 ? selector : at - 1;
  }
  return text.charCodeAt(at - 1);
};
/** The code unit after the character at `i` (of `length` units), past marks and selectors. */
const baseAfter = (text: string, i: number, length: number): number => {
  let at = i + length;
  for (let n = 0; n < 8 && (isRareMark(text.charCodeAt(at)) || selectorLength(text, at) > 0); n++) {
    at += Math.max(1, selectorLength(text, at));
  }
  return text.charCodeAt(at);
};

// Three variation selectors in a row at least: bytes hidden one a selector ('😀' and a sentence).
// One or two follow an emoji ('❤\ufe0f\ufe0f'), one an ideograph.
const MIN_SELECTOR_RUN = 3;
const inSelectorRun = (text: string, i: number): boolean => {
  let count = 1;
  for (let at = i; count < MIN_SELECTOR_RUN; count++) {
    const start = selectorStart(text, at);
    if (start < 0) break;
    at = start;
  }
  for (let at = i + selectorLength(text, i); count < MIN_SELECTOR_RUN; count++) {
    const length = selectorLength(text, at);
    if (length === 0) break;
    at += length;
  }
  return count >= MIN_SELECTOR_RUN;
};

/**
 * Characters that show nothing and can carry or hide text ("ASCII smuggling"): tag characters
 * outside an emoji flag (each one an ASCII character, invisible), variation selectors three or
 * more in a row (each one a byte) or one between two Latin letters or digits (but U+FE0E and
 * U+FE0F, which the normalised view reads), the musical
 * invisible operators; fillers between two Latin letters or digits ('PESEL 4\u31644…'); and the
 * rare combining marks of isWordMark and isNumberMark where they hide ('4\u1dc44051401359').
 * The normalised view does not read them, so the text they hide is unreadable: personal (fail
 * closed).
 */
const hiddenAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code === 0xd834) {
    const low = text.charCodeAt(i + 1);
    return low >= 0xdd73 && low <= 0xdd7a;
  }
  if (code === TAG_HIGH && isTagLow(text.charCodeAt(i + 1))) return !inFlag(text, i);
  const selector = selectorLength(text, i);
  if (selector > 0) {
    if (inSelectorRun(text, i)) return true;
    // The text and emoji selectors the normalised view reads ('r\ufe0eo\ufe0es\ufe0e…').
    if (code === 0xfe0e || code === 0xfe0f) return false;
    return isLatinAlnum(baseBefore(text, i)) && isLatinAlnum(baseAfter(text, i, selector));
  }
  if (isWordMark(code)) {
    return isLatinAlnum(baseBefore(text, i)) && isLatinAlnum(baseAfter(text, i, 1));
  }
  if (isNumberMark(code))
    return isDigitCode(baseBefore(text, i)) && isDigitCode(baseAfter(text, i, 1));
  return (
    isFiller(code) && isLatinAlnum(text.charCodeAt(i - 1)) && isLatinAlnum(text.charCodeAt(i + 1))
  );
};

const defectAt = (text: string, i: number): Defect | 'pair' | undefined => {
  const code = text.charCodeAt(i);
  if (code >= 0x115f && hiddenAt(text, i)) return 'hidden';
  if (code === 0) return 'nul';
  // A C1 control inside UTF-8 read as Latin-1 ("â\u0080\u0093" for "–") is a byte of a readable
  // character: the normalised view reads it repaired.
  if (code >= 0x80 && code <= 0x9f && insideMojibake(text, i)) return undefined;
  if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || (code >= 0x7f && code <= 0x9f)) {
    return 'control';
  }
  if (code === 0xfffd) return 'replacement';
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? 'pair' : 'lone-surrogate';
  }
  return code >= 0xdc00 && code <= 0xdfff ? 'lone-surrogate' : undefined;
};

interface Extent {
  start: number;
  end: number;
  count: number;
}

const survey = (text: string): Map<Defect, Extent> => {
  const extents = new Map<Defect, Extent>();
  for (let i = 0; i < text.length; i++) {
    const at = i;
    const defect = defectAt(text, i);
    const high = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff;
    if (defect === 'pair' || (defect === 'hidden' && high)) i += 1;
    if (defect === undefined || defect === 'pair') continue;
    const extent = extents.get(defect);
    if (extent === undefined) extents.set(defect, { start: at, end: i + 1, count: 1 });
    else Object.assign(extent, { end: i + 1, count: extent.count + 1 });
  }
  return extents;
};

const counts = (defect: Defect, extent: Extent, length: number): boolean =>
  defect !== 'control' || extent.count >= length * CONTROL_SHARE;

/**
 * Text that was not readable when decoded: NUL, U+FFFD, lone surrogates, control characters in
 * bulk, or invisible characters that hide text (hiddenAt). Undecodable input is treated as personal (fail closed); one finding per kind of defect,
 * spanning its first to last occurrence.
 */
export const unreadableRecognizer: Recognizer = {
  name: 'unreadable',
  entities: ['UNREADABLE_CONTENT'],
  find: (text) => {
    if (!SUSPECT.test(text) && (layoutOf(text) & (LAYOUT_HIDDEN | LAYOUT_SELECTOR)) === 0) {
      return [];
    }
    const findings: Finding[] = [];
    for (const [defect, extent] of survey(text)) {
      if (!counts(defect, extent, text.length)) continue;
      findings.push(
        toFinding(extent, {
          type: 'UNREADABLE_CONTENT',
          category: 'unreadable',
          score: 1,
          recognizer: 'unreadable',
          detail: defect,
        }),
      );
    }
    return findings;
  },
};
