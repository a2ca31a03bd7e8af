import { insideMojibake } from '../normalise.js';
import type { Finding, Recognizer } from '../recognizer.js';
import { toFinding } from '../spans.js';

type Defect = 'nul' | 'control' | 'replacement' | 'lone-surrogate' | 'hidden';

// Anything that is not plain readable text: a quick test before the character-by-character pass.
// Besides controls, U+FFFD and surrogates (astral characters, among them tags and supplementary
// variation selectors): the invisible characters that can hide text (see hiddenAt).
const SUSPECT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex lint/suspicious/noMisleadingCharacterClass: finding control characters and lone marks is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ud800-\udfff\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20e2\u20e4-\u20ff\u3164\ufe00-\ufe0f\ufe20-\ufe2f\uffa0\ufff9-\ufffb]/;
// Other control characters (ANSI escapes, form feeds) count only in bulk: 1 in 100 characters.
const CONTROL_SHARE = 0.01;

/** A Latin letter or a digit: what a hidden character splits to hide a name or a number. */
const isLatinAlnum = (code: number): boolean =>
  (code >= 48 && code <= 57) ||
  ((code | 32) >= 97 && (code | 32) <= 122) ||
  (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);

const TAG_HIGH = 0xdb40;
const BLACK_FLAG = '\ud83c\udff4';
// A subdivision flag (🏴 and 'gbsct', then the cancel tag): at most this many tag characters.
const MAX_FLAG_TAGS = 7;

/** Whether `low` (after U+DB40) is a tag character: U+E0001, U+E0020 to U+E007F. */
const isTagLow = (low: number): boolean => low === 0xdc01 || (low >= 0xdc20 && low <= 0xdc7f);
/** Whether `low` (after U+DB40) is a supplementary variation selector, U+E0100 to U+E01EF. */
const isSelectorLow = (low: number): boolean => low >= 0xdd00 && low <= 0xddef;
const isSelectorAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code >= 0xfe00 && code <= 0xfe0f) return true;
  return isSelectorLow(code) && text.charCodeAt(i - 1) === TAG_HIGH;
};

/** Whether the tag characters from the pair at `i` on are an emoji flag's, after '🏴'. */
const inFlag = (text: string, i: number): boolean => {
  let start = i;
  while (
    start >= 2 &&
    text.charCodeAt(start - 2) === TAG_HIGH &&
    isTagLow(text.charCodeAt(start - 1))
  ) {
    start -= 2;
  }
  let end = i;
  while (text.charCodeAt(end) === TAG_HIGH && isTagLow(text.charCodeAt(end + 1))) end += 2;
  return (end - start) / 2 <= MAX_FLAG_TAGS && text.slice(start - 2, start) === BLACK_FLAG;
};

/**
 * Characters that show nothing and can carry or hide text ("ASCII smuggling"): tag characters
 * outside an emoji flag (each one an ASCII character, invisible), variation selectors two or more
 * in a row (each one a byte), the musical invisible operators; beside a Latin letter or digit,
 * Hangul fillers, Khmer inherent vowels, Mongolian variation selectors,
 * interlinear annotation marks; and between two of them, combining marks outside the common
 * diacritics ('PESEL 4\u31644…', '4\u1dc44051401359'). The normalised view does not read them, so the text they hide
 * is unreadable: personal (fail closed).
 */
const hiddenAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code === TAG_HIGH) {
    const low = text.charCodeAt(i + 1);
    if (isTagLow(low)) return !inFlag(text, i);
    return isSelectorLow(low) && isSelectorAt(text, i - 1);
  }
  if (code === 0xd834) {
    const low = text.charCodeAt(i + 1);
    return low >= 0xdd73 && low <= 0xdd7a;
  }
  if (code >= 0xfe00 && code <= 0xfe0f) return isSelectorAt(text, i - 1);
  const before = text.charCodeAt(i - 1);
  if (
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff && code !== 0x20e3) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  ) {
    // Inside a word or a number only: maths puts an arrow over a letter ('v\u20d7 has norm 3').
    return isLatinAlnum(before) && isLatinAlnum(text.charCodeAt(i + 1));
  }
  const filler =
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x3164 ||
    code === 0xffa0 ||
    code === 0x17b4 ||
    code === 0x17b5 ||
    (code >= 0x180b && code <= 0x180d) ||
    code === 0x180f ||
    (code >= 0xfff9 && code <= 0xfffb);
  return filler && (isLatinAlnum(before) || isLatinAlnum(text.charCodeAt(i + 1)));
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
    const defect = defectAt(text, i);
    const high = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff;
    if (defect === 'pair' || (defect === 'hidden' && high)) i += 1;
    if (defect === undefined || defect === 'pair') continue;
    const extent = extents.get(defect);
    if (extent === undefined) extents.set(defect, { start: i, end: i + 1, count: 1 });
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
    if (!SUSPECT.test(text)) return [];
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
