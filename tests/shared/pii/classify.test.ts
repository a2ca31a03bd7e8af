import fc from 'fast-check';
import { classify } from '../../../shared/pii/classify.js';
import { POLICY_VERSION } from '../../../shared/pii/policy.js';
import { emailRecognizer } from '../../../shared/pii/recognizers/email.js';
import { mulberry32 } from '../../../shared/util/mulberry32.js';
import { VALID_IDENTIFIERS } from './helpers.js';

// Fixed seeds, as in fuzz.test.ts: the same strings every run, so the suite cannot flake and a
// failure reproduces. A random seed found a real miss once in CI (seed 594942778, kept below as a
// case); wider runs go in scratch hunts of hundreds of thousands of cases, not in the suite.
const PROPERTY_SEED = 20261206;

/** Version-4-shaped UUIDs from a seeded generator: the same on every run. */
const seededUuids = (seed: number, count: number): string[] => {
  const random = mulberry32(seed);
  const hex = (length: number) =>
    Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
  return Array.from(
    { length: count },
    () =>
      `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'.charAt(Math.floor(random() * 4))}${hex(3)}-${hex(12)}`,
  );
};
const UUID_SENTENCES: readonly ((uuid: string) => string)[] = [
  (uuid) => `The request ${uuid} completed in time.`,
  (uuid) => `Object id: ${uuid}`,
  (uuid) => `{"requestId": "${uuid}", "status": "ok"}`,
  (uuid) => `Der Auftrag ${uuid.toUpperCase()} wurde verarbeitet.`,
  (uuid) => `trace=${uuid} parent=${uuid.slice(24)}`,
];

// Identifiers are valid test data: python-stdnum (LGPL-2.1+, via shared/corpora/stdnum-identifiers.json),
// the card and phone numbers are issuers' and regulators' published test/fiction numbers.
const PERSONAL: readonly (readonly [language: string, text: string, identifier: string])[] = [
  [
    'DE',
    'Bitte überweisen Sie den Betrag auf mein Konto DE89 3704 0044 0532 0130 00. Gruß',
    'DE89 3704 0044 0532 0130 00',
  ],
  ['DE', 'Meine Steuer-ID lautet 36 574 261 809.', '36 574 261 809'],
  ['FR', 'Vous pouvez me joindre au 06 12 34 56 78 demain.', '06 12 34 56 78'],
  ['FR', 'Mon numéro de sécurité sociale est 2 95 10 99 126 111 93.', '2 95 10 99 126 111 93'],
  ['IT', 'Il mio codice fiscale è RCCMNL83S18D969H.', 'RCCMNL83S18D969H'],
  ['ES', 'Mi DNI es 54362315-K, gracias.', '54362315-K'],
  ['ES', 'Escríbeme a lucia.garcia@correo.es cuando puedas.', 'lucia.garcia@correo.es'],
  ['NL', 'Mijn BSN is 1112.22.333.', '1112.22.333'],
  ['PL', 'Mój PESEL to 44051401359.', '44051401359'],
  ['EN', 'Please charge card 4111 1111 1111 1111 for the order.', '4111 1111 1111 1111'],
  ['EN', 'Call me on +44 20 7946 0958 after six.', '+44 20 7946 0958'],
  ['SV', 'Mitt personnummer är 880320-0016.', '880320-0016'],
];

const NON_SENSITIVE: readonly (readonly [language: string, text: string])[] = [
  [
    'DE',
    'Die Besprechung am 21.05.2023 um 14:00 Uhr behandelt die Bestellung 2023-0042 über 12 Stück.',
  ],
  ['FR', "Le chiffre d'affaires a progressé de 12,5 % au troisième trimestre 2023."],
  ['IT', 'Il nuovo modello sarà presentato il 15 marzo 2024 a Milano, sala 3.'],
  ['ES', 'El pedido 123-456-789 se enviará el 2023-05-21.'],
  ['NL', 'De vergadering begint om 10:30 in zaal 4, agendapunt 12.'],
  ['PL', 'Zamówienie nr 612345678 zostało wysłane 21.05.2023.'],
  [
    'EN',
    'Summarise the Q3 2023 report: revenue grew 12.5% to EUR 1.234.567,89; ISBN 978-3-16-148410-0.',
  ],
  [
    'EN',
    'commit 3b18e512dba79e4c8300dd08aeb37f8e728b8dad, request 123e4567-e89b-12d3-a456-426614174000',
  ],
  ['JSON', '{"sku":"A-1234","qty":3,"price":12.5,"created":"2023-05-21T12:30:00Z"}'],
  ['CSV', 'id,amount,date\n1001,12.50,2023-05-21\n1002,7.99,2023-05-22\n'],
];

/** Every 5-character window of the identifier's letters and digits: none may reach the output. */
const fragments = (identifier: string): string[] => {
  const compact = identifier.replace(/[^\p{L}\p{N}]/gu, '');
  return Array.from({ length: Math.max(1, compact.length - 4) }, (_, i) => compact.slice(i, i + 5));
};

describe('classify', () => {
  it.each(PERSONAL)('classifies a %s text with an identifier as personal: %j', (_lang, text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it.each(NON_SENSITIVE)('classifies a %s text without one as non-sensitive: %j', (_lang, text) => {
    expect(classify(text)).toEqual({
      classification: 'non-sensitive',
      findings: [],
      policyVersion: POLICY_VERSION,
    });
  });

  it.each(PERSONAL)(
    'never puts the %s identifier, or any part of it, in the result',
    (_lang, text, id) => {
      const json = JSON.stringify(classify(text));

      expect(json).not.toContain(id);
      for (const fragment of fragments(id)) expect(json).not.toContain(fragment);
    },
  );

  it('finds an identifier embedded in JSON', () => {
    const payload = JSON.stringify({ customer: { name: 'Max', iban: 'DE89370400440532013000' } });

    const result = classify(payload);

    expect(result.classification).toBe('personal');
    expect(result.findings.map((f) => payload.slice(f.start, f.end))).toEqual([
      'DE89370400440532013000',
    ]);
  });

  it('finds an identifier in a CSV row', () => {
    const csv = 'name;email;amount\nMax;max.mustermann@example.de;12.50\n';

    const result = classify(csv);

    expect(result.classification).toBe('personal');
    expect(result.findings.map((f) => f.type)).toEqual(['EMAIL_ADDRESS']);
  });

  it('keeps a company VAT number non-sensitive by default but reports it', () => {
    const result = classify('Rechnung von ACME GmbH, USt-IdNr. DE136695976, Betrag 1.190,00 EUR.');

    expect(result.classification).toBe('non-sensitive');
    expect(result.findings.map(({ type, category }) => ({ type, category }))).toEqual([
      { type: 'VAT_ID', category: 'business_id' },
    ]);
  });

  it('treats a company VAT number as personal in strict mode, under the strict policy version', () => {
    const result = classify('USt-IdNr. DE136695976', { strict: true });

    expect(result.classification).toBe('personal');
    expect(result.policyVersion).toBe(`${POLICY_VERSION}+strict`);
  });

  // Groups of UUIDs were read as phone numbers ("…-0128-4468-…") or DNIs ("4471395b-…").
  it('classifies 1000 seeded UUIDs in neutral sentences as non-sensitive', () => {
    const flagged = seededUuids(20261128, 1000)
      .map((uuid, i) => (UUID_SENTENCES[i % UUID_SENTENCES.length] as (u: string) => string)(uuid))
      .filter((text) => classify(text).classification === 'personal');

    expect(flagged).toEqual([]);
  });

  it('treats undecodable content as personal', () => {
    expect(classify('PK\u0003\u0004\u0000\u0000\ufffd\ufffd').classification).toBe('personal');
  });

  describe('fails closed', () => {
    afterEach(() => jest.restoreAllMocks());

    it('returns personal with a CLASSIFIER_ERROR finding when a recognizer throws', () => {
      jest.spyOn(emailRecognizer, 'find').mockImplementation(() => {
        throw new Error('boom at jane.doe@mailbox.org');
      });

      const result = classify('nothing personal here');

      expect(result.classification).toBe('personal');
      expect(result.findings).toEqual([
        expect.objectContaining({ type: 'CLASSIFIER_ERROR', recognizer: 'email', detail: 'Error' }),
      ]);
      expect(JSON.stringify(result)).not.toContain('jane');
    });

    it.each([
      ['a number', 42],
      ['null', null],
      ['undefined', undefined],
      ['an object', { text: 'hi' }],
    ])('returns personal for %s passed as text', (_case, input) => {
      const result = classify(input as unknown as string);

      expect(result.classification).toBe('personal');
      expect(result.findings.map((f) => f.type)).toEqual(['CLASSIFIER_ERROR']);
    });

    it('never throws for any string', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
          expect(['personal', 'non-sensitive']).toContain(classify(text).classification);
        }),
        { seed: PROPERTY_SEED },
      );
    });
  });

  describe('property: one valid identifier anywhere makes a text personal', () => {
    // Found by the property below (seed 594942778 in CI) and by longer runs of it: a company
    // register's label ending the line before a number that is not one of that register's; a legal
    // form alone on the line after a phone number, read as the phone's company.
    it.each([
      ['kRS\nMORGA657054SM9IJ\n'],
      ['HRB\n756.9217.0769.85\n'],
      ['CUI:\n880320-0016\n'],
      ['z\n+49 30 1234567\nSL'],
      // The same with ': ' around the identifier (npm run hunt:insertions, by hand): a colon after
      // an IPv6 or MAC address; a barcode's label before a card; a VAT prefix before a number of a
      // length only persons' numbers have there, or that the country's VAT numbers never have; a
      // NIE's letter before a DNI's eight digits.
      ['D: 2a02:8070:85a3::8a2e:370:7334: E'],
      ['fax: 00:1A:2B:3C:4D:5E: a2T!'],
      ['isbn : 4111 1111 1111 1111: #'],
      ['RO 756.9217.0769.85 MWST'],
      ['NL:  880320-0016 '],
      ['x?}y 54362315-K  #'],
    ])('holds for %j', (payload) => {
      expect(classify(payload).classification).toBe('personal');
    });

    it('holds for arbitrary printable ASCII around it', () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
          fc.nat(),
          fc.constantFrom(...VALID_IDENTIFIERS),
          (text, at, identifier) => {
            const cut = at % (text.length + 1);
            const payload = `${text.slice(0, cut)}\n${identifier}\n${text.slice(cut)}`;

            expect(classify(payload).classification).toBe('personal');
          },
        ),
        { numRuns: 2000, seed: PROPERTY_SEED },
      );
    });
  });
});

describe('numbers after a flight, seat or order code', () => {
  // Two letters and two digits look like the start of an IBAN; the words after them do not.
  it.each([
    // Found by the property above (random seeds): the next line's number was read as the rest of
    // a wrapped IBAN of the code's country, though too short for one or not in its groups.
    ['BY00\n371449635398431\n', 'PAYMENT_CARD'],
    ['bR00\n85 07 30 033 28\n', 'NATIONAL_ID'],
    ['Flight LH12 paid by card 4111 1111 1111 1111 please', 'PAYMENT_CARD'],
    ['Order AB12 card 5500 0000 0000 0004', 'PAYMENT_CARD'],
    ['Seat AB12 tel 030 1234 5678', 'PHONE_NUMBER'],
  ])('are still found: %j', (text, type) => {
    const result = classify(text);

    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.type)).toEqual([type]);
  });
});
