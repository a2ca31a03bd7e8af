import { classify } from '../../../shared/pii/classify.js';

// The thirty-first red-team set (marketing, sales and customer success) missed nothing; of its
// false positives, brands and words that faker lists as first names are left alone now, cut
// down, with the people of those names beside them.
describe('brands and words read as first names', () => {
  it.each([
    'Výsledky kampaně „Jarní úklid“ (Meta Ads, 1.–31. 3., ČR)',
    'niente targeting per condizioni di salute su Meta.',
    'Toto sú testovacie IBAN-y, ktoré MAJÚ zlyhať',
  ])('leaves alone: %s', (text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });

  it.each(['Frau Meta Schulz hat Krebs', 'Hej Clio, hur mår du?'])('still finds: %s', (text) => {
    expect(classify(text).classification).toBe('personal');
  });
});
