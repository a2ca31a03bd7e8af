import {
  isScriptDigit,
  OTHER_ZEROS,
  otherDigitsReading,
  otherDigitValue,
} from '../../../shared/pii/styled.js';

const ARABIC_INDIC_ZEROS = [0x660, 0x6f0];
const DECIMAL_DIGIT = /\p{Nd}/u;

describe("other scripts' digits", () => {
  it('lists every script of the BMP with decimal digits but Arabic-Indic and full-width ones (read elsewhere)', () => {
    const zeros: number[] = [];
    for (let code = 0x80; code < 0xff00; code++) {
      const digit = DECIMAL_DIGIT.test(String.fromCharCode(code));
      if (digit && !DECIMAL_DIGIT.test(String.fromCharCode(code - 1))) zeros.push(code);
    }
    expect(zeros.filter((zero) => !ARABIC_INDIC_ZEROS.includes(zero))).toEqual(OTHER_ZEROS);
  });

  it('reads each digit as its value, and nothing else as a digit', () => {
    const wrong: string[] = [];
    for (let code = 0x80; code < 0xff00; code++) {
      const char = String.fromCharCode(code);
      const expected = ARABIC_INDIC_ZEROS.some((zero) => code >= zero && code <= zero + 9)
        ? -1
        : DECIMAL_DIGIT.test(char)
          ? code - (OTHER_ZEROS.filter((zero) => zero <= code).at(-1) as number)
          : isScriptDigit(code)
            ? Number(char.normalize('NFKC'))
            : -1;
      if (otherDigitValue(code) !== expected) wrong.push(`${char} ${otherDigitValue(code)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('knows the superscript and subscript digits, and no other sign of those blocks', () => {
    const digits = '⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉';
    expect([...digits].map((char) => otherDigitValue(char.charCodeAt(0))).join('')).toBe(
      '01234567890123456789',
    );
    expect([...digits].every((char) => isScriptDigit(char.charCodeAt(0)))).toBe(true);
    expect([...'ⁱ⁺⁻⁼⁽⁾ⁿ₊₋ₐ'].some((char) => isScriptDigit(char.charCodeAt(0)))).toBe(false);
  });

  it('reads a run on its own code units', () => {
    expect(otherDigitsReading('४२')).toEqual([
      ['4', 0, 1],
      ['2', 1, 2],
    ]);
  });
});
