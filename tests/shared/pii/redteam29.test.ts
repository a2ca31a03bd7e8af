import { classify } from '../../../shared/pii/classify.js';

// The twenty-ninth red-team set's misses that rules now find, cut down, with look-alikes that
// must stay non-sensitive.
describe('names the twenty-ninth set wrote that were lost', () => {
  it.each([
    // Arabic and Berber particles inside a name, as Dutch, Belgian, French and Spanish records write them
    ['Kandidaat: Fatima el Amrani · 12-03-2024 · panel: HRBP + teamleider', 'PERSON_NAME'],
    ['Yusuf ben Ali called about the contract', 'PERSON_NAME'],
    // The Latvian feminine genitive '-as' of '-a'
    [
      'komisija konstatēja, ka studentes Annas Kalniņas bakalaura darbā 48 % teksta pārņemti',
      'PERSON_NAME',
    ],
    // A first name in lower case opening the clause of a line with no capital, before its health
    [
      'tiina: sairauslomalla. mikolla todettiin uniapnea ja työterveys kielsi trukilla ajon',
      'HEALTH_DATA',
    ],
  ])('%s', (text, type) => {
    const result = classify(text);
    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.type)).toContain(type);
  });
});

describe('what stays non-sensitive', () => {
  it.each([
    // Inside a clause, a word in lower case is as often another language's word
    'en gros dans notre region 1 femme sur 8 aura un cancer du sein au cours de sa vie',
    'hur stor andel av svenska löntagare är med i facket nu jämfört med 90-talet?',
    // Capitals on the line: a lower-case word is no name there
    'Diabetes clinic: aura symptoms and migraine are discussed in week 3.',
    // Only for a special category: a plate needs a named owner, not a lower-case word
    'vin wvwzzzauzpw118842, plate b-sw 4471e, 84,200 km',
  ])('%s', (text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});
