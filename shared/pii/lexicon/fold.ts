const MARKS = /\p{M}/gu;
// Letters that NFKD does not decompose but writers often type without their stroke, and the Greek
// final sigma (an upper-case 'Σ' lowers to 'σ' wherever it stands: 'ΠΑΠΑΔΟΠΟΥΛΟΣ').
const STROKES: Readonly<Record<string, string>> = {
  ς: 'σ',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
  '\u00a0': ' ',
};

const UNKNOWN = -1;
const DOTTED_CAPITAL_I = 0x130;
const folded = new Int32Array(65536).fill(UNKNOWN);

const computeFold = (code: number): number => {
  if (code >= 0xd800 && code <= 0xdfff) return code;
  // The Turkish capital 'İ' lowers to 'i' and a combining dot (two code units): it is an 'i'.
  if (code === DOTTED_CAPITAL_I) return 105;
  const lower = String.fromCharCode(code).toLowerCase();
  if (lower.length !== 1) return code;
  const stroke = STROKES[lower];
  if (stroke !== undefined) return stroke.charCodeAt(0);
  const bare = lower.normalize('NFKD').replace(MARKS, '');
  return bare.length === 1 ? bare.charCodeAt(0) : lower.charCodeAt(0);
};

/** Lower case, no diacritics, whitespace as ' ': one code unit in, one out (offsets stay valid). */
export const foldCode = (code: number): number => {
  if (code < 128) {
    if (code >= 65 && code <= 90) return code + 32;
    return code === 9 || code === 10 || code === 13 ? 32 : code;
  }
  let value = folded[code] as number;
  if (value === UNKNOWN) {
    value = computeFold(code);
    folded[code] = value;
  }
  return value;
};

const CHUNK = 4096;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** A whole string folded code unit by code unit (same length as the input). */
export const foldText = (text: string): string => {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  const codes = new Array<number>(Math.min(text.length, CHUNK));
  let out = '';
  for (let from = 0; from < text.length; from += CHUNK) {
    const to = Math.min(text.length, from + CHUNK);
    codes.length = to - from;
    for (let i = from; i < to; i++) codes[i - from] = foldCode(text.charCodeAt(i));
    out += String.fromCharCode(...codes);
  }
  return out;
};
