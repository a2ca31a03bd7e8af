import {
  NATIONAL_ID_SCHEMES,
  nationalIdRecognizer,
} from '../../../../shared/pii/recognizers/national-id.js';

// Valid numbers from python-stdnum's test data (LGPL-2.1+, via shared/corpora/stdnum-identifiers.json),
// except de.svnr and gb.nino, which come from Presidio's tests (MIT).
const detected = (text: string) =>
  nationalIdRecognizer.find(text).map((finding) => ({
    value: text.slice(finding.start, finding.end),
    scheme: finding.detail,
  }));

describe('nationalIdRecognizer', () => {
  it.each([
    ['fr.nir', 'NIR 2 95 10 99 126 111 93', '2 95 10 99 126 111 93'],
    ['fr.nir', 'Corsica: 253072B07300470', '253072B07300470'],
    ['it.codicefiscale', 'CF RCCMNL83S18D969H', 'RCCMNL83S18D969H'],
    ['it.codicefiscale', 'codice mrtntn23m02d969p', 'mrtntn23m02d969p'],
    ['es.dni', 'DNI 54362315-K', '54362315-K'],
    ['es.dni', 'NIF 1111111G', '1111111G'],
    ['es.nie', 'NIE x-2482300w', 'x-2482300w'],
    ['fi.hetu', 'HETU 131052-308T', '131052-308T'],
    ['de.svnr', 'RVNR 15070649C103', '15070649C103'],
    ['gb.nino', 'NI number AB 12 34 56 C', 'AB 12 34 56 C'],
    ['be.nn', 'Rijksregisternummer 85.07.30-033.28', '85.07.30-033.28'],
    ['be.nn', '17 07 30 033 84', '17 07 30 033 84'],
    ['no.fodselsnummer', 'fnr 151086 95088', '151086 95088'],
    ['se.personnummer', 'born 880320-0016', '880320-0016'],
    ['se.personnummer', 'over a hundred: 880320+0016', '880320+0016'],
    ['se.personnummer', 'with century 198712202384', '198712202384'],
    ['se.personnummer', 'personnummer 8803200016', '8803200016'],
    ['nl.bsn', 'BSN: 1112.22.333', '1112.22.333'],
    ['pl.pesel', 'PESEL 44051401359', '44051401359'],
    ['dk.cpr', 'CPR-nr. 211062-5629', '211062-5629'],
    ['ee.ik', 'isikukood 36805280109', '36805280109'],
    ['lt.asmens', 'asmens kodas 33309240064', '33309240064'],
    ['ro.cnp', 'CNP 1630615123457', '1630615123457'],
    ['bg.egn', 'ЕГН 8032056031', '8032056031'],
    ['hr.oib', 'OIB 33392005961', '33392005961'],
    ['si.emso', 'EMŠO 0101006500006', '0101006500006'],
    ['at.vnr', 'SVNR 1237 010180', '1237 010180'],
    ['ie.pps', 'PPS No 6433435F', '6433435F'],
  ])('finds %s in %j', (scheme, text, value) => {
    expect(detected(text)).toEqual([{ value, scheme }]);
  });

  it.each([
    ['a PESEL without the word PESEL', '44051401359'],
    ['a BSN without a BSN word', 'Nummer 111222333'],
    ['a CPR number without a CPR word', 'faktura 211062-5629'],
    ['a bare Swedish number without a word', 'ref 8803200016'],
    ['a PESEL with a wrong check digit', 'PESEL 44051401358'],
    ['a NIR with a wrong key', '2 95 10 99 126 111 94'],
    ['a codice fiscale with a wrong check letter', 'CF RCCMNL83S18D969X'],
    ['a DNI with a wrong letter', 'DNI 54362315-A'],
    ['a HETU with a wrong check character', '131052-308U'],
    ['a NINO with an unassigned prefix', 'NI ZZ 12 34 56 C'],
    ['an 11-digit order number', 'order 12345678901'],
    ['an ISBN-13', 'ISBN 978-3-16-148410-0'],
    ['a UUID', '123e4567-e89b-12d3-a456-426614174000'],
    ['a git commit hash', '3b18e512dba79e4c8300dd08aeb37f8e728b8dad'],
    ['an ISO timestamp', '2023-05-21T12:30:00Z'],
    ['a number glued to letters', 'X44051401359 PESEL'],
  ])('ignores %s', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });

  it('scores a context-backed match below a self-evident one', () => {
    const scores = nationalIdRecognizer
      .find('PESEL 44051401359, CF RCCMNL83S18D969H')
      .map((finding) => finding.score);

    expect(scores.sort()).toEqual([0.9, 1]);
  });

  it('finds a number that follows another group of digits', () => {
    expect(detected('Bestellung 2023 PESEL 44051401359')).toEqual([
      { value: '44051401359', scheme: 'pl.pesel' },
    ]);
  });

  it('covers at least the schemes the policy was written for', () => {
    expect(NATIONAL_ID_SCHEMES).toEqual(
      expect.arrayContaining([
        'fr.nir',
        'it.codicefiscale',
        'es.dni',
        'es.nie',
        'nl.bsn',
        'pl.pesel',
        'be.nn',
        'se.personnummer',
        'dk.cpr',
        'fi.hetu',
      ]),
    );
  });
});
