import { healthIdRecognizer } from '../../../../shared/pii/recognizers/health-id.js';

// KVNR and NHS numbers from Presidio's tests and python-stdnum's (tests/fixtures/corpora).
const detected = (text: string) =>
  healthIdRecognizer.find(text).map((finding) => ({
    value: text.slice(finding.start, finding.end),
    scheme: finding.detail,
  }));

describe('healthIdRecognizer', () => {
  it.each([
    ['de.kvnr', 'Krankenkasse KVNR: A123456780', 'A123456780'],
    ['de.kvnr', 'eGK-Nummer M123456785 bitte angeben.', 'M123456785'],
    ['de.kvnr', 'numéro d’assurance maladie Z999999997', 'Z999999997'],
    ['gb.nhs', 'NHS number 943-476-5870', '943-476-5870'],
    ['gb.nhs', 'patient 0032698674', '0032698674'],
  ])('finds %s in %j', (scheme, text, value) => {
    expect(detected(text)).toEqual([{ value, scheme }]);
  });

  it.each([
    ['a KVNR without a health word', 'Artikel A123456780'],
    ['a KVNR with a wrong check digit', 'KVNR A123456787'],
    ['an NHS number with a wrong check digit', 'NHS 401-023-2138'],
    ['an NHS-shaped number with no word', 'call 401-023-2137'],
  ])('ignores %s', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });

  it('reports a health id as a national identifier category', () => {
    expect(healthIdRecognizer.find('NHS 9434765870').map((f) => f.category)).toEqual([
      'national_id',
    ]);
  });
});
