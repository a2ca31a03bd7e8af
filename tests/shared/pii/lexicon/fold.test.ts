import { foldCode, foldText } from '../../../../shared/pii/lexicon/fold.js';

describe('foldText', () => {
  it.each([
    ['Führerschein', 'fuhrerschein'],
    ['Łódź', 'lodz'],
    ['SØREN', 'soren'],
    ['Dvořáková', 'dvorakova'],
    ['NUMÉRO DE SÉCURITÉ SOCIALE', 'numero de securite sociale'],
    ['Kørekort', 'korekort'],
    ['Dowód osobisty', 'dowod osobisty'],
    ['Αριθμός Ταυτότητας', 'αριθμοσ ταυτοτητασ'],
    ['ΤΑΥΤΟΤΗΤΑΣ', 'ταυτοτητασ'],
    ['carte d’identité', "carte d'identite"],
    ['Ημερομηνία', 'ημερομηνια'],
    ['J’ai', "j'ai"],
    ['a\tb\nc\u00a0d', 'a b c d'],
    ['plain ascii', 'plain ascii'],
    // The Turkish capital İ: an 'i' ("KİMLİK NO" is "kimlik no")
    ['KİMLİK', 'kimlik'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it.each([
    ['ß, which has no one-letter fold', 'Straße'],
    ['a capital I with a dot, which lower-cases to two units', 'İstanbul'],
    ['an emoji (a surrogate pair)', 'ok 👍'],
    ['a long text', 'Ä'.repeat(10_000)],
    ['ligatures and letters NFKD splits', 'Straße İstanbul Ærø ﬁ'],
  ])('keeps the length of %s', (_case, text) => {
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('folds one code unit to one code unit', () => {
    expect(String.fromCharCode(foldCode('É'.charCodeAt(0)))).toBe('e');
    expect(foldCode('\n'.charCodeAt(0))).toBe(32);
  });
});
