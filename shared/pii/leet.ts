import { foldText } from './lexicon/fold.js';
import { lexiconHits } from './lexicon/index.js';
import { isKnownName } from './lexicon/names.js';
import { digitRunsIn, isAsciiAlnumCode, isAsciiLetterCode, isDigitCode } from './spans.js';

// Leetspeak: a word written with digits for some of its letters ("m1kk0 h4k4l4" for a name, "d1ab3tes"
// for a diagnosis), as someone hiding it from a filter writes it. A token of letters and such
// digits is read as letters when it then is a known name or a lexicon term, and only then: codes,
// versions, hashes and product numbers ("h4x0r", "b2b", "mp3", "A4", "LM317", "a3f5e1c0") read
// as no name and stay as written.

// What each digit stands for; '1' is tried as 'i', then as 'l' ('4l1ce', 'p4ul').
const LEET: Readonly<Record<number, string>> = {
  48: 'o',
  49: 'i',
  51: 'e',
  52: 'a',
  53: 's',
  55: 't',
};
const ONE = 49;
const ZERO = 48;
const SIX = 54;
// A token this long at most, with two letters at least and this many letters in all.
const MIN_TOKEN = 4;
const MAX_TOKEN = 20;
const MIN_LETTERS = 2;
// A digit group this long at most ('b00k'): longer ones are numbers ('A4000', 'ES7000').
const MAX_DIGIT_RUN = 2;
// A lexicon term is looked for in tokens with more letters than digits and this many letters:
// hex strings have as many digits as letters.
const MIN_TERM_LETTERS = 4;

/** The token [start, end) read with its digits as letters ('1' as `one`, '6' as `six` if given), or undefined. */
const decoded = (
  text: string,
  start: number,
  end: number,
  one: string,
  six?: string,
): string | undefined => {
  let word = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isDigitCode(code)) word += text.charAt(i);
    else if (code === ONE) word += one;
    else if (code === SIX && six !== undefined) word += six;
    else {
      const letter = LEET[code];
      if (letter === undefined) return undefined;
      word += letter;
    }
  }
  return word;
};

/** A word read as a name: its first letter a capital, the others as written (or all capitals). */
const asName = (word: string, written: string): string => {
  const capitals = written === written.toUpperCase();
  return capitals ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);
};

// As a word is written: lower case, or a capital first ('J0hn'). Not in capitals ('BE71', an
// IBAN's start; 'LM317') nor with capitals inside ('aB3x', base64).
const WORD_CASE = /^[A-Z0-9]?[a-z0-9]+$/;
// In capitals, only with the digits OCR reads for letters, '0' for 'O' and '1' for 'I' or 'L'
// ('ESP0SIT0', 'P0NS I S0LER' on a scanned form): 'BE71', 'LM317' have others.
const OCR_CAPITALS = /^[A-Z01]+$/;
const writtenAsWord = (written: string): boolean =>
  WORD_CASE.test(written) || OCR_CAPITALS.test(written);
// An IBAN's start written in groups, its country's two capitals and two check digits with a group
// of digits after it ('DE10 8330 6995 …', whose 'DE10' reads as the name 'Deio'; 'FR01 2345'),
// not a name ('ESP0SIT0 1985' still is one).
const IBAN_START = /^[A-Z]{2}[01]{2}$/;
const DIGIT_GROUP_AFTER = /^[ \t\u00a0]\d/;
const goesOnAsNumber = (text: string, end: number, written: string): boolean =>
  IBAN_START.test(written) && DIGIT_GROUP_AFTER.test(text.slice(end, end + 2));

/**
 * Whether a character may stand next to a word of prose: none (the text's start or end), a blank
 * or punctuation. Not '/', '+', '=', '-', '_', '.', '@', '%' or '&': a token between those is
 * part of a path, a base64 or quoted-printable blob, an address or a code ('v1.2', 'SKU-4a7b');
 * a full stop may end one (endsProse).
 */
const isProseBoundary = (code: number): boolean =>
  Number.isNaN(code) ||
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  PUNCTUATION.includes(String.fromCharCode(code));
/** Whether a word may end at `end`: at a prose boundary, or a full stop ending a sentence. */
const endsProse = (text: string, end: number): boolean =>
  isProseBoundary(text.charCodeAt(end)) ||
  (text.charCodeAt(end) === 46 && isProseBoundary(text.charCodeAt(end + 1)));
const PUNCTUATION = ',;:!?()"\'\u2019\u201c\u201d\u201e«»';

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

/**
 * The text with each leetspeak token that reads as a known name or a lexicon term written in
 * letters (same length: one letter for one digit), or the text itself. Looks only at the digit
 * runs the digit-run pass indexed that touch a letter: most texts have none, and each is looked
 * at once (bounded tokens).
 */
export const leetWords = (text: string): string => {
  const { bounds, count } = digitRunsIn(text);
  let names: Candidate[] | undefined;
  let terms: Candidate[] | undefined;
  let lastEnd = -1;
  for (let r = 0; r < count; r++) {
    const runStart = bounds[2 * r] as number;
    const runEnd = bounds[2 * r + 1] as number;
    if (runStart < lastEnd || runEnd - runStart > MAX_DIGIT_RUN) continue;
    if (
      !isAsciiLetterCode(text.charCodeAt(runStart - 1)) &&
      !isAsciiLetterCode(text.charCodeAt(runEnd))
    ) {
      continue;
    }
    // The whole token, once: the runs after this one inside it are skipped (lastEnd), so each
    // character is walked over once however long the token (a hash, a base64 blob).
    let start = runStart;
    while (start > 0 && isAsciiAlnumCode(text.charCodeAt(start - 1))) start -= 1;
    let end = runEnd;
    while (isAsciiAlnumCode(text.charCodeAt(end))) end += 1;
    lastEnd = end;
    const length = end - start;
    if (length < MIN_TOKEN || length > MAX_TOKEN) continue;
    if (!isProseBoundary(text.charCodeAt(start - 1)) || !endsProse(text, end)) continue;
    let letters = 0;
    let longestRun = 0;
    let digitRun = 0;
    for (let i = start; i < end; i++) {
      const digit = isDigitCode(text.charCodeAt(i));
      digitRun = digit ? digitRun + 1 : 0;
      longestRun = Math.max(longestRun, digitRun);
      if (!digit) letters += 1;
    }
    if (letters < MIN_LETTERS || longestRun > MAX_DIGIT_RUN) continue;
    // One digit, at the end: a name and its number ('sha1', 'win7', 'ipv4'), no leetspeak; but
    // OCR's '0' or '6' for a name's last 'o' or 'ó' ("Szab0 Gergely" on a scanned certificate).
    const lastZero = text.charCodeAt(end - 1) === ZERO || text.charCodeAt(end - 1) === SIX;
    if (letters === length - 1 && runStart === end - 1 && !lastZero) continue;
    const written = text.slice(start, end);
    if (!writtenAsWord(written) || goesOnAsNumber(text, end, written)) continue;
    // OCR reads an 'ó' as '6' ("T6th Eszter", "Szab6 Bence")
    const asO = written.includes('6') ? decoded(text, start, end, 'i', 'o') : undefined;
    const asI = decoded(text, start, end, 'i');
    if (asI === undefined && asO === undefined) continue;
    const asL = written.includes('1') ? decoded(text, start, end, 'l') : undefined;
    const name = [asI, asL, asO].find((word) => word !== undefined && isKnownName(foldText(word)));
    if (name === undefined && lastZero && letters === length - 1) continue;
    if (name !== undefined) {
      names ??= [];
      names.push({ start, end, word: asName(name, written) });
    } else if (asI !== undefined && letters >= MIN_TERM_LETTERS && letters > length - letters) {
      terms ??= [];
      terms.push({ start, end, word: asI });
    }
  }
  for (const candidate of atWords(text)) {
    if (isKnownName(foldText(candidate.word))) {
      names ??= [];
      names.push({
        ...candidate,
        word: asName(candidate.word, text.slice(candidate.start, candidate.end)),
      });
    } else {
      terms ??= [];
      terms.push(candidate);
    }
  }
  // The OCR digits first: termsOf scans another text, whose digit-run pass reuses the index
  // `bounds` points into.
  const ocr = ocrDigits(text, bounds, count);
  const groups = ocrGroups(text, bounds, count);
  const found = withoutOverlaps(
    [...(names ?? []), ...termsOf(terms ?? []), ...ocr, ...groups].sort(
      (a, b) => a.start - b.start,
    ),
  );
  if (found.length === 0) return text;
  let out = '';
  let copied = 0;
  for (const { start, end, word } of found) {
    out += text.slice(copied, start) + word;
    copied = end;
  }
  return out + text.slice(copied);
};

const AT = 64;
const isWordCode = (code: number): boolean => isAsciiAlnumCode(code) || code === AT;

/**
 * Words written with '@' for an 'a' ('m@rtin sch@fer', 'di@betes'), digits read as above: each
 * '@' between two ASCII letters, its token alone between blanks or punctuation (an address goes
 * on with '.' and its domain, so it is never one), read with letters. Found by indexOf: most
 * texts have no '@'.
 */
const atWords = (text: string): Candidate[] => {
  const found: Candidate[] = [];
  let lastEnd = -1;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < lastEnd) continue;
    if (
      !isAsciiLetterCode(text.charCodeAt(at - 1)) ||
      !isAsciiLetterCode(text.charCodeAt(at + 1))
    ) {
      continue;
    }
    let start = at;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start -= 1;
    let end = at + 1;
    while (isWordCode(text.charCodeAt(end))) end += 1;
    lastEnd = end;
    if (end - start < MIN_TOKEN || end - start > MAX_TOKEN) continue;
    if (!isProseBoundary(text.charCodeAt(start - 1)) || !endsProse(text, end)) continue;
    const written = text.slice(start, end).replaceAll('@', 'a');
    if (!WORD_CASE.test(written)) continue;
    const word = decoded(written, 0, written.length, 'i');
    if (word !== undefined) found.push({ start, end, word });
  }
  return found;
};

/** The candidates whose whole word is a lexicon term: all looked up in one text, once. */
const termsOf = (candidates: readonly Candidate[]): Candidate[] => {
  if (candidates.length === 0) return [];
  const starts = new Map<number, number>();
  let joined = '';
  candidates.forEach(({ word }, index) => {
    starts.set(joined.length, index);
    joined += `${word} `;
  });
  const whole = new Set<number>();
  for (const hit of lexiconHits(joined).all) {
    const index = starts.get(hit.start) ?? -1;
    const candidate = candidates[index];
    if (candidate !== undefined && hit.end - hit.start === candidate.word.length) whole.add(index);
  }
  return candidates.filter((_, index) => whole.has(index));
};

// Letters OCR reads for digits: 'O' for 0, 'l' and 'I' for 1 (a comparison per run, not a lookup
// in an object by code: this runs for every digit run of every payload).
const ocrDigitOf = (code: number): string | undefined => {
  if (code === 79 || code === 111) return '0';
  if (code === 73 || code === 108) return '1';
  return undefined;
};
// Digits a number with one such letter inside holds at least: an identifier's, not a code's.
const MIN_OCR_DIGITS = 6;
const MAX_OCR_LETTERS = 2;
/** A digit OCR may have read as a letter between two digits: also 'S', 'B', 'Z'. */
const ocrDigitInside = (code: number): string | undefined => {
  if (code === 83) return '5';
  if (code === 66) return '8';
  if (code === 90) return '2';
  return ocrDigitOf(code);
};

const isOcrDigitCode = (code: number): boolean =>
  isDigitCode(code) || ocrDigitOf(code) !== undefined;
// A group of a phone number or a date as OCR reads it: two to eight characters.
const MAX_OCR_GROUP = 8;
// What stands between the groups of one number: a space, '/', '.', '-'.
const isGroupGap = (code: number): boolean =>
  code === 32 || code === 47 || code === 46 || code === 45;

// A postcode's inward code after the token: a space, a digit, two letters, the word's end.
const INWARD_CODE = /[ \u00a0]?\d[A-Za-z]{2}(?![A-Za-z0-9])/y;

/** Whether the character at `gap` is '-', '/' or '.' with no digit beyond it, at `beyond`. */
const joinsCode = (text: string, gap: number, beyond: number): boolean => {
  const code = text.charCodeAt(gap);
  return (
    (code === 45 || code === 47 || code === 46) &&
    isAsciiAlnumCode(text.charCodeAt(beyond)) &&
    !isOcrDigitCode(text.charCodeAt(beyond))
  );
};

/** Whether a group of digits (or an OCR group) stands right before `at`, across one gap. */
const groupBefore = (text: string, at: number): boolean =>
  isGroupGap(text.charCodeAt(at - 1)) && isOcrDigitCode(text.charCodeAt(at - 2));
const groupAfter = (text: string, at: number): boolean =>
  isGroupGap(text.charCodeAt(at)) && isOcrDigitCode(text.charCodeAt(at + 1));

/**
 * The short groups of a phone number or a date where OCR read letters for digits ('6l7 O4 38 2l',
 * 'O9/O6/l97l'): a token of digits and 'O', 'o', 'l', 'I' only, as many digits as letters at least,
 * two to eight long, alone between blanks, punctuation or the gaps of a number, with another group
 * of the number beside it. Read with the digits (same length).
 */
const ocrGroups = (text: string, bounds: Int32Array, count: number): Candidate[] => {
  const found: Candidate[] = [];
  let lastEnd = -1;
  for (let r = 0; r < count; r++) {
    let start = bounds[2 * r] as number;
    let end = bounds[2 * r + 1] as number;
    // Most runs have no letter OCR reads for a digit beside them: a number of digits only.
    if (
      start < lastEnd ||
      (ocrDigitOf(text.charCodeAt(start - 1)) === undefined &&
        ocrDigitOf(text.charCodeAt(end)) === undefined)
    ) {
      continue;
    }
    while (start > 0 && isOcrDigitCode(text.charCodeAt(start - 1))) start -= 1;
    while (isOcrDigitCode(text.charCodeAt(end))) end += 1;
    lastEnd = end;
    if (end - start < 2 || end - start > MAX_OCR_GROUP) continue;
    if (isAsciiAlnumCode(text.charCodeAt(start - 1)) || isAsciiAlnumCode(text.charCodeAt(end))) {
      continue;
    }
    // A gap joins the token to what stands beside it: a code's letters ('BD-O44l') are no group.
    if (joinsCode(text, start - 1, start - 2) || joinsCode(text, end, end + 1)) continue;
    // A British postcode's outward code in lower case ('ll18 3tw', 'l1 8jq', 'ol9 6ab'): letters.
    INWARD_CODE.lastIndex = end;
    if (INWARD_CODE.test(text)) continue;
    let letters = 0;
    let word = '';
    for (let i = start; i < end; i++) {
      const digit = ocrDigitOf(text.charCodeAt(i));
      if (digit !== undefined) letters += 1;
      word += digit ?? text.charAt(i);
    }
    if (letters === 0 || letters * 2 > end - start) continue;
    if (!groupBefore(text, start) && !groupAfter(text, end)) continue;
    found.push({ start, end, word });
  }
  return found;
};

/** The candidates in order of start, each dropped that overlaps one kept before it. */
const withoutOverlaps = (sorted: readonly Candidate[]): Candidate[] => {
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    if (candidate.start >= (kept.at(-1)?.end ?? 0)) kept.push(candidate);
  }
  return kept;
};

/**
 * Numbers with a letter or two OCR read for digits between digits ('88091009O67', '85O723l2343',
 * '8S072312343'), the number alone between blanks or punctuation: read with the digits, for the
 * validators to decide. Inside a number, 'S', 'B' and 'Z' are read for 5, 8 and 2 as well. A
 * check letter may end it.
 */
const ocrDigits = (text: string, bounds: Int32Array, count: number): Candidate[] => {
  const found: Candidate[] = [];
  for (let r = 0; r + 1 < count; r++) {
    const start = bounds[2 * r] as number;
    let last = r;
    let word = '';
    while (last + 1 < count && last - r < MAX_OCR_LETTERS) {
      const runEnd = bounds[2 * last + 1] as number;
      if ((bounds[2 * last + 2] as number) !== runEnd + 1) break;
      const digit = ocrDigitInside(text.charCodeAt(runEnd));
      if (digit === undefined) break;
      word += text.slice(bounds[2 * last] as number, runEnd) + digit;
      last += 1;
    }
    if (last === r) continue;
    const letters = last - r;
    r = last;
    let end = bounds[2 * last + 1] as number;
    if (end - start - letters < MIN_OCR_DIGITS) continue;
    // A check letter may end the number ('4829l736Q', a DNI).
    if (isAsciiLetterCode(text.charCodeAt(end)) && endsProse(text, end + 1)) end += 1;
    if (!isProseBoundary(text.charCodeAt(start - 1)) || !endsProse(text, end)) continue;
    found.push({ start, end, word: word + text.slice(bounds[2 * last] as number, end) });
  }
  return found;
};
