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
    // ORCID iDs: ORCID's documentation examples (Josiah Carberry's; one ending in 'X'), then
    // synthetic ones, next to the registry's name or in its URL.
    [
      'orcid',
      'PROFESSIONAL_ID',
      'orcid: "https://orcid.org/0000-0002-1825-0097"',
      '0000-0002-1825-0097',
    ],
    ['orcid', 'PROFESSIONAL_ID', 'ORCID iD 0000-0002-1694-233X', '0000-0002-1694-233X'],
    ['orcid', 'PROFESSIONAL_ID', '{"orcid":"0009-0005-1234-5676"}', '0009-0005-1234-5676'],
    ['orcid', 'PROFESSIONAL_ID', 'http://orcid.org/0000000218250097', '0000000218250097'],
    ['orcid', 'PROFESSIONAL_ID', 'Jane Roe (ORCID 0000 0002 1825 0097)', '0000 0002 1825 0097'],
    [
      'orcid',
      'PROFESSIONAL_ID',
      '<orcid-identifier>0000-0002-1694-233x</orcid-identifier>',
      '0000-0002-1694-233x',
    ],
  ])('finds %s in %j', (scheme, type, text, value) => {
    expect(detected(text)).toEqual([{ value, type, scheme }]);
  });

  it.each([
    ['a LANR without a doctor word', 'Bestellung 123456601'],
    ['a LANR with a wrong check digit', 'Arztnummer 123456901'],
    ['a UPN with a wrong check letter', 'UPN A801200005001'],
    ['a valid ORCID iD without the registry named', 'ref 0000-0002-1825-0097'],
    ['an ORCID-shaped number with a wrong check digit', 'ORCID 0000-0002-1825-0098'],
    ['an ORCID iD glued to a letter', 'orcid: a0000-0002-1825-0097'],
    ['an ORCID iD with mixed separators', 'orcid: 0000-0002 1825-0097'],
    ['sixteen digits far from the registry named', `ORCID ${'x'.repeat(60)} 0000-0002-1825-0097`],
    ['a card-length number after another word', 'order 0000-0002-1825-0097'],
  ])('ignores %s', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });
});
