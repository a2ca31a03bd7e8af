// Letters and digits drawn in styles that Unicode normalisation (NFKC) does not read back, as
// "fancy text" generators and people hiding a name or a number from a filter write them: circled,
// parenthesized and squared letters and digits, small capitals, Unicode Braille. normalise.ts
// reads them in the normalised view, for texts whose digit-run pass flagged one (spans.ts
// layoutAt): each pattern here is used only then, none is in the class every payload is scanned
// with.

/**
 * Enclosed letters and digits: circled ('ⓐ', 'Ⓐ', '①' to '⑳', '⓪'), parenthesized ('⑴', '⒜'),
 * with a full stop ('⒈'), negative and double circled ('⓫', '⓵', '⓿'), the dingbat circled
 * digits ('❶' to '❿', '➀' to '➉', '➊' to '➓'), and from the supplement block (surrogate pairs)
 * digits with a full stop or comma ('🄀', '🄁'), the circled sans-serif zeros ('🄋', '🄌'),
 * parenthesized, squared, negative circled and negative squared capitals ('🄐', '🄰', '🅐', '🅰').
 * Not the regional indicators (flags) nor the squared words ('🆗').
 */
/** The high surrogate of the enclosed supplement's letters and digits ('🄰', '🅐'). */
export const ENCLOSED_HIGH_SURROGATE = 0xd83c;

export const ENCLOSED =
  '(?:[\\u2460-\\u24ff\\u2776-\\u2793]|\\ud83c[\\udd00-\\udd0c\\udd10-\\udd29\\udd30-\\udd49\\udd50-\\udd69\\udd70-\\udd89])+';

const UPPER_A = 65;
const LOWER_A = 97;
const letter = (from: number, code: number, base: number): string =>
  String.fromCharCode(base + code - from);
const number = (from: number, code: number, first: number): string => String(code - from + first);

/**
 * What an enclosed letter or digit (a code point matched by ENCLOSED) reads as: the letter or the
 * number, without its circle, parentheses or full stop ('⑴' and '⒈' are '1', '⑩' is '10').
 */
export const enclosedReading = (code: number): string => {
  if (code >= 0x1f100) {
    if (code === 0x1f100 || code === 0x1f10b || code === 0x1f10c) return '0';
    if (code <= 0x1f10a) return number(0x1f101, code, 0);
    // Parenthesized, squared, negative circled, negative squared: 26 capitals from each 16th.
    return letter(0x1f110 + 0x20 * Math.floor((code - 0x1f110) / 0x20), code, UPPER_A);
  }
  if (code >= 0x2776) return number(0x2776 + 10 * Math.floor((code - 0x2776) / 10), code, 1);
  if (code <= 0x2473) return number(0x2460, code, 1);
  if (code <= 0x2487) return number(0x2474, code, 1);
  if (code <= 0x249b) return number(0x2488, code, 1);
  if (code <= 0x24b5) return letter(0x249c, code, LOWER_A);
  if (code <= 0x24cf) return letter(0x24b6, code, UPPER_A);
  if (code <= 0x24e9) return letter(0x24d0, code, LOWER_A);
  if (code === 0x24ea || code === 0x24ff) return '0';
  if (code <= 0x24f4) return number(0x24eb, code, 11);
  return number(0x24f5, code, 1);
};

// Small capitals and the letters each reads as: the Phonetic Extensions block ('ᴀ' U+1D00 to 'ᴫ'
// U+1D2B, the ones that are a letter's small capital), the IPA block's ('ʀ', 'ɢ', 'ʜ', 'ɪ', 'ʟ',
// 'ɴ', 'ʏ', 'ʙ', 'ɶ'), Latin Extended-D's ('ꜰ', 'ꜱ', 'ꞯ'). Generators write 'q' as 'ǫ' (an o with
// ogonek): read so only next to another small capital.
const SMALL_CAPITAL_LETTERS: ReadonlyMap<number, string> = new Map([
  [0x1d00, 'a'],
  [0x1d01, 'æ'],
  [0x1d04, 'c'],
  [0x1d05, 'd'],
  [0x1d06, 'ð'],
  [0x1d07, 'e'],
  [0x1d0a, 'j'],
  [0x1d0b, 'k'],
  [0x1d0c, 'ł'],
  [0x1d0d, 'm'],
  [0x1d0f, 'o'],
  [0x1d18, 'p'],
  [0x1d1b, 't'],
  [0x1d1c, 'u'],
  [0x1d20, 'v'],
  [0x1d21, 'w'],
  [0x1d22, 'z'],
  [0x1d26, 'γ'],
  [0x1d27, 'λ'],
  [0x1d28, 'π'],
  [0x1d29, 'ρ'],
  [0x1d2a, 'ψ'],
  [0x1d2b, 'л'],
  [0x0262, 'g'],
  [0x026a, 'i'],
  [0x0274, 'n'],
  [0x0276, 'œ'],
  [0x0280, 'r'],
  [0x028f, 'y'],
  [0x0299, 'b'],
  [0x029c, 'h'],
  [0x029f, 'l'],
  [0xa730, 'f'],
  [0xa731, 's'],
  [0xa7af, 'q'],
]);
const OGONEK_O = 0x01eb;
const SMALL_CAPITAL_CLASS = `[${[...SMALL_CAPITAL_LETTERS.keys()]
  .map((code) => `\\u${code.toString(16).padStart(4, '0')}`)
  .join('')}]`;
/** A run of small capitals, 'ǫ' inside it or at its ends (one way only to match a run of 'ǫ'). */
export const SMALL_CAPITALS = `(?<!\\u01eb)\\u01eb*${SMALL_CAPITAL_CLASS}(?:${SMALL_CAPITAL_CLASS}|\\u01eb)*`;

/** Whether a code unit is a small capital (SMALL_CAPITALS, 'ǫ' aside). */
export const isSmallCapital = (code: number): boolean => SMALL_CAPITAL_LETTERS.has(code);

/** Whether a code unit may start a SMALL_CAPITALS run: a small capital or 'ǫ'. */
export const isSmallCapitalStart = (code: number): boolean =>
  code === OGONEK_O || isSmallCapital(code);

/** A run of small capitals (matched by SMALL_CAPITALS) in lower-case letters. */
export const smallCapitalReading = (run: string): string => {
  let read = '';
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    read += code === OGONEK_O ? 'q' : (SMALL_CAPITAL_LETTERS.get(code) ?? run.charAt(i));
  }
  return read;
};

/**
 * Variation selectors (text and emoji presentation, U+FE0E and U+FE0F) in a run: after a letter,
 * a digit or punctuation they change nothing a reader sees, and put after every character they
 * split words and numbers ("r︎o︎s︎i︎e︎").
 */
export const SELECTORS = '[\\ufe0e\\ufe0f]+';
const TEXT_SELECTOR = 0xfe0e;
const EMOJI_SELECTOR = 0xfe0f;

/** Whether a code unit starts a SELECTORS run. */
export const isSelector = (code: number): boolean =>
  code === TEXT_SELECTOR || code === EMOJI_SELECTOR;

/**
 * Unicode Braille (U+2800 to U+28FF): cells, with single spaces between words. Read as text when
 * a run holds at least MIN_BRAILLE_CELLS cells (braille used as decoration is shorter).
 */
export const BRAILLE = '[\\u2800-\\u28ff]+(?: [\\u2800-\\u28ff]+)*';
const MIN_BRAILLE_CELLS = 8;
const BRAILLE_BASE = 0x2800;

// The letters of grade-1 (uncontracted) braille, as English, Italian, French, Spanish and German
// write a to z, by the cell's dots (bit 0 is dot 1 … bit 5 dot 6); the accented letters French
// and Italian braille add; common punctuation.
const BRAILLE_CELLS = new Map<number, string>();
const LETTER_DOTS = [
  0x01, 0x03, 0x09, 0x19, 0x11, 0x0b, 0x1b, 0x13, 0x0a, 0x1a, 0x05, 0x07, 0x0d, 0x1d, 0x15, 0x0f,
  0x1f, 0x17, 0x0e, 0x1e, 0x25, 0x27, 0x3a, 0x2d, 0x3d, 0x35,
];
for (const [i, dots] of LETTER_DOTS.entries()) BRAILLE_CELLS.set(dots, letter(0, i, LOWER_A));
for (const [dots, char] of [
  [0x37, 'à'],
  [0x2e, 'è'],
  [0x3f, 'é'],
  [0x0c, 'ì'],
  [0x2c, 'ò'],
  [0x3e, 'ù'],
  [0x21, 'â'],
  [0x23, 'ê'],
  [0x29, 'î'],
  [0x39, 'ô'],
  [0x31, 'û'],
  [0x2f, 'ç'],
  [0x02, ','],
  [0x06, ';'],
  [0x12, ':'],
  [0x32, '.'],
  [0x16, '!'],
  [0x26, '?'],
  [0x24, '-'],
  [0x04, "'"],
] as const) {
  BRAILLE_CELLS.set(dots, char);
}
// Signs: a capital letter follows (English '⠠', French and Italian '⠨'; twice, a word in
// capitals), a number follows (a to j are the digits 1 to 0, until a space or another cell),
// an at sign ('⠈⠁').
const CAPITAL_SIGN = 0x20;
const ROMANCE_CAPITAL_SIGN = 0x28;
const NUMBER_SIGN = 0x3c;
const AT_PREFIX = 0x08;
const A_DOTS = 0x01;
const DIGIT_DOTS = LETTER_DOTS.slice(0, 10);
const SPACE = 32;

/**
 * A run of Braille (matched by BRAILLE) as text, or undefined when it is too short to be text.
 * Cells that are no letter, digit or punctuation of grade-1 braille stay as written.
 */
export const brailleReading = (run: string): string | undefined => {
  let cells = 0;
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) !== SPACE) cells += 1;
  if (cells < MIN_BRAILLE_CELLS) return undefined;
  let read = '';
  let numeric = false;
  let capital = 0;
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    if (code === SPACE || code === BRAILLE_BASE) {
      read += ' ';
      numeric = false;
      capital = 0;
      continue;
    }
    const dots = code - BRAILLE_BASE;
    if (dots === CAPITAL_SIGN || dots === ROMANCE_CAPITAL_SIGN) {
      capital = capital > 0 ? 2 : 1;
      numeric = false;
      continue;
    }
    if (dots === NUMBER_SIGN) {
      numeric = true;
      continue;
    }
    if (dots === AT_PREFIX && run.charCodeAt(i + 1) - BRAILLE_BASE === A_DOTS) {
      read += '@';
      numeric = false;
      i += 1;
      continue;
    }
    const digit = numeric ? DIGIT_DOTS.indexOf(dots) : -1;
    if (digit >= 0) {
      read += String((digit + 1) % 10);
      continue;
    }
    // In a number a comma or a full stop goes on with it ("1,5", "3.000").
    const char = BRAILLE_CELLS.get(dots);
    numeric &&= char === ',' || char === '.';
    if (char === undefined) {
      read += run.charAt(i);
      continue;
    }
    read += capital > 0 ? char.toUpperCase() : char;
    if (capital === 1) capital = 0;
  }
  return read;
};

/**
 * Decimal digits of other scripts: NKo, the Indic scripts (Devanagari '४', Bengali, Tamil…), Thai
 * '๔', Lao, Tibetan, Myanmar, Khmer, Mongolian and the smaller ones up to Ol Chiki, then Vai,
 * Saurashtra, Kayah Li, Javanese, Myanmar Tai Laing, Cham and Meetei Mayek: every script of the
 * Basic Multilingual Plane with decimal digits, each ten code points from its zero
 * (styled.test.ts checks the list against \p{Nd}). Arabic-Indic digits are normalise.ts
 * SPECIAL_CLASS's, full-width ones too. Written so, a number is hidden from patterns that read
 * ASCII digits ('PESEL ๔๔๐๕๑๔๐๑๔๕๘'). The astral scripts' (Adlam, Osmanya) are not read.
 */
export const OTHER_ZEROS: readonly number[] = [
  0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
  0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50,
  0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
];
const FIRST_OTHER_DIGIT = 0x7c0;
const LAST_OTHER_DIGIT = 0xabf9;
// Superscript and subscript digits ('⁰¹⁷⁶', '₀₁'), in runs of two or more: one alone is an
// exponent, a footnote or a unit ('m²') and hides no number. Nor is a run right after a digit
// ('10¹²', a population's footnote '8 400 000¹²').
const SUPERSCRIPT_CLASS = '(?<![0-9])[\\u00b2\\u00b3\\u00b9\\u2070\\u2074-\\u2079]';
const SUBSCRIPT_CLASS = '(?<![0-9])[\\u2080-\\u2089]';
/** '¹', '²', '³' (Latin-1's superscripts) as their values; -1 for any other code unit. */
const latin1Superscript = (code: number): number =>
  code === 0xb9 ? 1 : code === 0xb2 ? 2 : code === 0xb3 ? 3 : -1;
const hex = (code: number): string => code.toString(16).padStart(4, '0');
const OTHER_CLASS = OTHER_ZEROS.map((zero) => `\\u${hex(zero)}-\\u${hex(zero + 9)}`).join('');
/** Runs of other scripts' digits, and of two or more superscript or subscript digits. */
export const OTHER_DIGITS = `[${OTHER_CLASS}]+|${SUPERSCRIPT_CLASS}{2,}|${SUBSCRIPT_CLASS}{2,}`;

/** The value of another script's digit, or of a superscript or subscript digit; -1 if none. */
export const otherDigitValue = (code: number): number => {
  if (code === 0x2070 || (code >= 0x2074 && code <= 0x2079)) return code - 0x2070;
  if (code >= 0x2080 && code <= 0x2089) return code - 0x2080;
  if (code >= FIRST_OTHER_DIGIT && code <= LAST_OTHER_DIGIT) {
    for (const zero of OTHER_ZEROS) {
      if (code < zero) return -1;
      if (code <= zero + 9) return code - zero;
    }
    return -1;
  }
  return latin1Superscript(code);
};

/** Whether a code unit is a superscript or subscript digit. */
export const isScriptDigit = (code: number): boolean =>
  code < FIRST_OTHER_DIGIT
    ? latin1Superscript(code) >= 0
    : code >= 0x2070 && otherDigitValue(code) >= 0;

/** A run matched by OTHER_DIGITS, each digit read as an ASCII one on its own code unit. */
export const otherDigitsReading = (run: string): (readonly [string, number, number])[] => {
  const parts: (readonly [string, number, number])[] = [];
  for (let i = 0; i < run.length; i++) {
    parts.push([String(otherDigitValue(run.charCodeAt(i))), i, i + 1]);
  }
  return parts;
};

/**
 * Whether a match at `at` starting with `first` is a run of one of the patterns above (ENCLOSED,
 * SMALL_CAPITALS, SELECTORS, BRAILLE, OTHER_DIGITS): the ranges of those patterns, kept beside them.
 */
export const isStyledStart = (text: string, at: number, first: number): boolean => {
  if (otherDigitValue(first) >= 0) return true;
  if (first < 0x2460) return isSmallCapitalStart(first);
  if (first <= 0x28ff) {
    return first >= 0x2800 || first <= 0x24ff || (first >= 0x2776 && first <= 0x2793);
  }
  if (first === ENCLOSED_HIGH_SURROGATE) {
    const low = text.charCodeAt(at + 1);
    return low >= 0xdd00 && low <= 0xdd89;
  }
  return isSelector(first) || isSmallCapital(first);
};
