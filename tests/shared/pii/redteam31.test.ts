import { classify } from '../../../shared/pii/classify.js';

// The thirty-first red-team set (marketing, sales and customer success) missed nothing; of its
// false positives, Slovak 'toto' ("this") read as a first name is left alone now. 'Meta' and
// 'Clio' made names that need a cue were tried and dropped: a review found 'Meta hat Krebs' and
// 'Clio is pregnant' lost.
describe('words read as first names', () => {
  it('leaves alone Slovak "this"', () => {
    expect(classify('Toto sú testovacie IBAN-y, ktoré MAJÚ zlyhať').classification).toBe(
      'non-sensitive',
    );
  });

  it.each([
    'Meta hat Krebs',
    'Clio is pregnant',
    'Bonito is pregnant',
    'Frau Meta Schulz hat Krebs',
    'Hej Clio, hur mår du?',
  ])('still finds: %s', (text) => {
    expect(classify(text).classification).toBe('personal');
  });
});
