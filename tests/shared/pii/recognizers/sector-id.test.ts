import { sectorIdRecognizer } from '../../../../shared/pii/recognizers/sector-id.js';

// UPN and onderwijsnummer from python-stdnum's tests, LANR from Presidio's (tests/fixtures/corpora).
const detected = (text: string) =>
  sectorIdRecognizer.find(text).map((finding) => ({
    value: text.slice(finding.start, finding.end),
    type: finding.type,
    scheme: finding.detail,
  }));

describe('sectorIdRecognizer', () => {
  it.each([
    ['gb.upn', 'EDUCATION_ID', 'Unique Pupil Number B801200005001', 'B801200005001'],
    ['nl.onderwijsnummer', 'EDUCATION_ID', 'onderwijsnummer 1012.22.331', '1012.22.331'],
    ['de.lanr', 'PROFESSIONAL_ID', 'LANR: 123456601 des behandelnden Arztes', '123456601'],
    ['de.lanr', 'PROFESSIONAL_ID', 'numer lekarza 987654401', '987654401'],
  ])('finds %s in %j', (scheme, type, text, value) => {
    expect(detected(text)).toEqual([{ value, type, scheme }]);
  });

  it.each([
    ['a LANR without a doctor word', 'Bestellung 123456601'],
    ['a LANR with a wrong check digit', 'Arztnummer 123456901'],
    ['a UPN with a wrong check letter', 'UPN A801200005001'],
  ])('ignores %s', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });
});
