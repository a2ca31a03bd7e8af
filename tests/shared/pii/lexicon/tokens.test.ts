import fc from 'fast-check';
import { hasChatLine } from '../../../../shared/pii/lexicon/tokens.js';

// Whether a text has chat lines ("[09:41] hr-desk: …") is asked of most payloads: a loop over its
// line starts, which must say what the pattern it replaced says.
const PATTERN = /(?:^|\n)[ \t]*\[?\d{1,2}:\d{2}/;

describe('hasChatLine', () => {
  it.each([
    ['a time at the start', '09:41 anna: hi', true],
    ['a bracketed time on a later line', 'Export\n[9:41] anna: hi', true],
    ['blanks before the time', 'x\n \t12:05 bob: ok', true],
    ['a time inside a line', 'meet at 09:41 today', false],
    ['one digit after the colon', '\n9:4 x', false],
    ['three digits before the colon', '\n123:45', false],
    ['two brackets', '\n[[09:41]', false],
  ])('%s', (_case, text, expected) => {
    expect(hasChatLine(text)).toBe(expected);
  });

  it('property: says what the pattern says', () => {
    const pieces = ['\n', ' ', '\t', '[', ']', ':', '0', '12', '9', 'a', 'x:', '\r'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(hasChatLine(text)).toBe(PATTERN.test(text));
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });
});
