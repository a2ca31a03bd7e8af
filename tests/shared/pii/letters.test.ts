import { EDGE_LETTERS, EDGE_MARKS, EDGE_NUMBERS } from '../../../shared/pii/letters.js';

// Every character of each class, as V8 reads the ranges.
const membersOf = (ranges: string): string[] => {
  const inClass = new RegExp(`^[${ranges}]$`, 'u');
  const members: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const char = String.fromCharCode(code);
    if (code < 0xd800 || code > 0xdfff) {
      if (inClass.test(char)) members.push(char);
    }
  }
  return members;
};

describe('the classes for the edges of patterns', () => {
  it.each([
    ['letters', EDGE_LETTERS, /^\p{L}$/u],
    ['numbers', EDGE_NUMBERS, /^\p{N}$/u],
    ['marks', EDGE_MARKS, /^\p{M}$/u],
  ])('hold only %s (a subset of the Unicode property)', (_name, ranges, property) => {
    const outside = membersOf(ranges).filter((char) => !property.test(char));

    expect(outside).toEqual([]);
  });

  it.each([
    [
      'every letter of the EU languages and Icelandic',
      'aZßæøåäöüõšžčćđłńśźżőűăâîșțėįųūąęļķņģ',
      EDGE_LETTERS,
    ],
    [
      'Greek and Cyrillic letters',
      'αβγωΑΩάέήίόύώϊϋΐабвгдежзийклмнопрстуфхцчшщъьюяёєіїґўЁЄІЇҐ',
      EDGE_LETTERS,
    ],
    ['digits and Latin-1 numbers', '0123456789²³¹¼½¾', EDGE_NUMBERS],
    ['combining accents', '\u0300\u0301\u0302\u0303\u0308\u030c\u0327\u0328', EDGE_MARKS],
  ])('hold %s', (_name, chars, ranges) => {
    const inClass = new RegExp(`^[${ranges}]$`, 'u');

    expect([...chars].filter((char) => !inClass.test(char))).toEqual([]);
  });
});
