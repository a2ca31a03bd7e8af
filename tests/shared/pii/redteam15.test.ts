import { classify } from '../../../shared/pii/classify.js';

// What a fifteenth blind red-team set (contact and online identifiers) showed missing, each now
// found where one person is meant, with the near-misses that must stay non-sensitive.
const typesIn = (text: string): string[] => classify(text).findings.map((finding) => finding.type);

describe('contact and online identifiers of the fifteenth red-team set', () => {
  it.each([
    [
      'a handle of a name with a suffix after it',
      'Профилът @mariya.dimitrova.vt качва снимки',
      'PERSON_NAME',
    ],
    [
      'a handle with a town after the name',
      'recenzia lăsată de @alex.popa.iasi ieri',
      'PERSON_NAME',
    ],
    [
      'an at-word in brackets',
      'mail me op m.vandijk [apenstaartje] ziggo [punt] nl',
      'EMAIL_ADDRESS',
    ],
    [
      'a mobile near a word that holds "sku"',
      'iskustvo s bebama. Javite se porukom na 091 447 2318. Ivana',
      'PHONE_NUMBER',
    ],
    ['a Maltese "call me"', 'ċempilli fuq 9948 3172. Clint', 'PHONE_NUMBER'],
    [
      'a birth date after "D.O.B" with no last dot',
      'Member: Priyanka\nD.O.B: 19/07/1996',
      'DATE_OF_BIRTH',
    ],
    [
      'a Czech street with a slashed number before its postcode',
      'doručit na adresu: Vinohradská 1234/56, 120 00 Praha 2',
      'POSTAL_ADDRESS',
    ],
    [
      'a plate after the word for the vehicle, its keeper near',
      'vehicle KN19 XHT overstayed. I am the registered keeper but my son had the car.',
      'LICENCE_PLATE',
    ],
  ])('finds %s', (_case, text, type) => {
    expect(typesIn(text)).toContain(type);
  });

  it.each([
    ['a file name in a URL', 'see docs.python.org for details'],
    ['an address at a domain reserved for examples', 'Beispiel: user.a@example.com'],
    ['a MAC of the documentation block', 'z. B. 00:00:5E:00:53:1A'],
    ['a drama number', 'ring +44 7700 900412 in the script'],
    ['a model after the word for the vehicle', 'Update the vehicle ECU2 driver firmware'],
    [
      'a text in lower case after the word for the vehicle',
      'my vehicle needs 2 new tyres, the driver says',
    ],
    ['a border, not an order', 'wait at the border'],
  ])('finds nothing personal in %s', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});
