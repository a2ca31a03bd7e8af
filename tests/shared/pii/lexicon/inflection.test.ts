import { foldText } from '../../../../shared/pii/lexicon/fold.js';
import { inflectedName } from '../../../../shared/pii/lexicon/inflection.js';

const of = (word: string) => inflectedName(foldText(word));

describe('inflectedName', () => {
  it.each([
    ['Agnieszce', { first: true, last: false, strong: true }],
    ['Wróblewskiej', { first: false, last: true, strong: true }],
    ['Dvořákové', { first: false, last: true, strong: true }],
    ['Jukalle', { first: true, last: false, strong: true }],
    ['Matille', { first: true, last: false, strong: true }],
    ['Virtaselle', { first: false, last: true, strong: true }],
    ['Oldze', { first: true, last: false, strong: true }],
    ['Tomaszem', { first: true, last: false, strong: false }],
    ['Paquito', { first: true, last: false, strong: false }],
  ])('derives %s from its stem', (word, expected) => {
    expect(of(word)).toEqual(expected);
  });

  it.each(['Helsingissä', 'Tampereella', 'Polsce', 'Mosquito', 'Bonito', 'Cocina', 'Pizza'])(
    'derives nothing from %s',
    (word) => {
      expect(of(word)).toBeUndefined();
    },
  );
});
