import { classify } from '../../../shared/pii/classify.js';

// The twenty-ninth red-team set's misses that rules now find, cut down, with look-alikes that
// must stay non-sensitive.
describe('names the twenty-ninth set wrote that were lost', () => {
  it.each([
    // Arabic and Berber particles inside a name, as Dutch, Belgian, French and Spanish records write them
    'Kandidaat: Fatima el Amrani · 12-03-2024 · panel: HRBP + teamleider',
    'Met vriendelijke groet,\nFatima el Amrani',
    // The Latvian feminine genitive '-as' of '-a'
    'komisija konstatēja, ka studentes Annas Kalniņas bakalaura darbā 48 % teksta pārņemti',
  ])('%s', (text) => {
    const result = classify(text);
    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.type)).toContain('PERSON_NAME');
  });
});

describe('spoken German: the demonstrative for a person before a verb', () => {
  it.each([
    'weiß jemand ob tobias nächste woche wieder da ist? der ist ja seit dem bandscheibenvorfall krankgeschrieben',
    'Die ist schwanger, sagt man.',
  ])('%s', (text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each(['Die Therapie ist bei Diabetes wirksam.', 'Diabetes? Der ist gut behandelbar.'])(
    'not: %s',
    (text) => {
      expect(classify(text).classification).toBe('non-sensitive');
    },
  );
});

describe('what stays non-sensitive', () => {
  it.each([
    // The particles are the Spanish and Italian articles too: a business signs off so
    'Cordiali saluti,\nHotel al Duomo',
    'Atentamente,\nRestaurante el Faro',
    'Met vriendelijke groet,\nCafé el Sol',
    // Latvian and Spanish words in '-as' that are no names
    'Daugavas Krasts un Laimas Šokolāde: Ideas Creativas',
  ])('%s', (text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});
