import { spelledPhoneRecognizer } from '../../../../shared/pii/recognizers/phone-spelled.js';
import { foundIn } from '../helpers.js';

describe('spelledPhoneRecognizer', () => {
  it.each([
    [
      'Spanish (rt4-13)',
      'llámame al móvil de mi hermana: seis uno dos, cuatro cuatro ocho, tres nueve uno. pregunta',
      'seis uno dos, cuatro cuatro ocho, tres nueve uno',
    ],
    [
      'English',
      'call me on oh seven seven zero nine one two three four',
      'oh seven seven zero nine one two three four',
    ],
    [
      'English, eleven digits',
      'my phone: zero seven seven zero, nine one two, three four five six',
      'zero seven seven zero, nine one two, three four five six',
    ],
    [
      'German',
      'Handy: null eins fünf eins, zwei drei vier, fünf sechs sieben',
      'null eins fünf eins, zwei drei vier, fünf sechs sieben',
    ],
    [
      'French',
      'appelle-moi au zéro six, douze… non: zéro six un deux trois quatre cinq six sept huit',
      'zéro six un deux trois quatre cinq six sept huit',
    ],
    [
      'Italian',
      'il mio cellulare è tre tre tre, uno due tre, quattro cinque sei sette',
      'tre tre tre, uno due tre, quattro cinque sei sette',
    ],
  ])('finds a number spelled out in %s', (_, text, value) => {
    expect(foundIn(spelledPhoneRecognizer, text)).toEqual([value]);
  });

  it.each([
    ['eight digit words', 'call me: six one two four four eight three nine'],
    ['no phone word', 'seis uno dos, cuatro cuatro ocho, tres nueve uno'],
    [
      'a phone word far away',
      `phone${' filler'.repeat(20)} seis uno dos cuatro cuatro ocho tres nueve uno`,
    ],
    ['digit words inside other words', 'call: sixteen twelve onerous doses'],
  ])('ignores %s', (_, text) => {
    expect(foundIn(spelledPhoneRecognizer, text)).toEqual([]);
  });
});
