import {
  NATIONAL_ID_SCHEMES,
  nationalIdRecognizer,
} from '../../../../shared/pii/recognizers/national-id.js';

// Valid numbers from python-stdnum's test data (LGPL-2.1+, tests/fixtures/corpora/stdnum-identifiers.json),
// except de.svnr, gb.nino and some fi.hetu, which come from Presidio's tests (MIT, same folder), and
// the Luxembourg and Hungarian numbers, built with their published check-digit algorithms.
const detected = (text: string) =>
  nationalIdRecognizer.find(text).map((finding) => ({
    value: text.slice(finding.start, finding.end),
    scheme: finding.detail,
  }));

describe('nationalIdRecognizer', () => {
  it.each([
    ['fr.nir', 'NIR 2 95 10 99 126 111 93', '2 95 10 99 126 111 93'],
    ['fr.nir', 'Corsica: 253072B07300470', '253072B07300470'],
    ['fr.nir', 'NIR 2-95-10-99-126-111-93', '2-95-10-99-126-111-93'],
    ['it.codicefiscale', 'CF RCCMNL83S18D969H', 'RCCMNL83S18D969H'],
    ['it.codicefiscale', 'codice mrtntn23m02d969p', 'mrtntn23m02d969p'],
    ['it.codicefiscale', 'il mio codice fiscale: bnl frd 90c62 f205p', 'bnl frd 90c62 f205p'],
    ['it.codicefiscale', 'CF RCC MNL 83S18 D969H', 'RCC MNL 83S18 D969H'],
    ['es.dni', 'DNI 54362315-K', '54362315-K'],
    ['es.dni', 'NIF 1111111G', '1111111G'],
    ['es.nie', 'NIE x-2482300w', 'x-2482300w'],
    // Eight digits after a NIE's letter are no NIE's (bench/accuracy/insertion-hunt.ts)
    ['es.dni', 'x 54362315-K', '54362315-K'],
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
    ['bg.egn', 'EGN (in Latin letters): 8032056031', '8032056031'],
    ['hr.oib', 'OIB 33392005961', '33392005961'],
    ['si.emso', 'EMŠO 0101006500006', '0101006500006'],
    ['at.vnr', 'SVNR 1237 010180', '1237 010180'],
    ['at.vnr', 'SV-Nummer: 1237 010180', '1237 010180'],
    ['ie.pps', 'PPS No 6433435F', '6433435F'],
    ['ie.pps', 'PPSN 1234567OB', '1234567OB'],
    ['fi.hetu', 'born in 2000s: 131052A308T', '131052A308T'],
    ['fi.hetu', 'temporary id 010594Y9032', '010594Y9032'],
    ['ch.ssn', 'AHV-Nr. 756.9217.0769.85', '756.9217.0769.85'],
    ['ch.ssn', 'no word needed: 7569217076985', '7569217076985'],
    ['be.bis', 'BIS 98 47 28 997 65', '98 47 28 997 65'],
    ['cz.rc', 'r.č. 710319/2745', '710319/2745'],
    ['cz.rc', 'rodné číslo 8801251680', '8801251680'],
    ['cz.rc', 'RČ 7360285163', '7360285163'],
    ['cz.rc', 'r.č. 7360285163', '7360285163'],
    ['cz.rc', 'Jana Nováková, r. č.: 8801251680, Praha', '8801251680'],
    ['cz.rc', 'RČ 736028 5163', '736028 5163'],
    ['pt.cc', 'CC 00000000 0 ZZ4', '00000000 0 ZZ4'],
    ['es.nif', 'NIF M-1234567-L', 'M-1234567-L'],
    ['es.nie', 'NIE X-5253868-R', 'X-5253868-R'],
    ['se.personnummer', 'grouped 8803-20-0016', '8803-20-0016'],
    ['se.personnummer', 'born 1890: 189004119807', '189004119807'],
    ['lu.matricule', 'matricule 1983052212385', '1983052212385'],
    ['gr.amka', 'ΑΜΚΑ 01013099997', '01013099997'],
    ['is.kennitala', 'kennitala 120174-3399', '120174-3399'],
    ['li.peid', 'PEID 2.580.073', '2.580.073'],
    ['bg.pnf', 'ЛНЧ 7111 042 925', '7111 042 925'],
    ['es.nss', 'NSS 28/12345678/40', '28/12345678/40'],
    ['es.nss', 'número de afiliación 28 01234567 42', '28 01234567 42'],
    ['es.nss', 'Seguridad Social: 280123456742', '280123456742'],
    ['hu.taj', 'TAJ szám 123456788', '123456788'],
    ['fo.ptal', 'P-tal: 140794-325', '140794-325'],
    ['fo.ptal', 'persónstal 140794325', '140794325'],
    ['hu.szemelyi', 'személyi azonosító 18503121232', '18503121232'],
    ['pt.niss', 'NISS 11234567892', '11234567892'],
    ['pt.niss', 'Segurança Social n.º 12345678902', '12345678902'],
    ['lv.pk', 'personas kods 161175-19997', '161175-19997'],
    ['mt.id', 'ID card (Malta) 1234567M', '1234567M'],
    ['pl.pesel', 'Polish national id 44051401359', '44051401359'],
    ['nl.bsn', 'numéro BSN néerlandais 111222333', '111222333'],
    // The label glued to a suffix in an XML attribute or a JSON key, in camel case.
    ['ro.cnp', '<asigurat cnpAsig="1630615123457" dataAng="2023-09-01">', '1630615123457'],
    ['ro.cnp', '<asigurat CNPAsig="1630615123457"/>', '1630615123457'],
    ['nl.bsn', '{"bsnNummer": "111222333"}', '111222333'],
    ['nl.bsn', '<persoon klantBsn="111222333"/>', '111222333'],
    ['pl.pesel', '<osoba peselNr="44051401359"/>', '44051401359'],
    // Turkish and Ukrainian numbers, with their own names (red-team rt14-190)
    ['tr.tckimlik', 'T.C. Kimlik No: 17178220222', '17178220222'],
    ['tr.tckimlik', 'Kimlik numarası 17178220222 olan müşteri', '17178220222'],
    ['ua.rntrc', 'РНОКПП: 3184710691', '3184710691'],
    ['ua.rntrc', 'ІПН 3184710691', '3184710691'],
    ['tr.tckimlik', 'T.C. KİMLİK NO: 17178220222', '17178220222'],
    ['tr.tckimlik', 'TCKN 17178220222', '17178220222'],
    ['ua.rntrc', 'Ідент. код 3184710691', '3184710691'],
    // The Brazilian CPF with its name (red-team rt67-69)
    ['br.cpf', 'o cpf do cliente que comprou a ração ontem é 418.273.956-64', '418.273.956-64'],
    ['br.cpf', 'CPF: 41827395664', '41827395664'],
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
    ['a NIR with dashes and a wrong key', '2-95-10-99-126-111-94'],
    ['a codice fiscale with a wrong check letter', 'CF RCCMNL83S18D969X'],
    ['a spaced codice fiscale with a wrong check letter', 'CF RCC MNL 83S18 D969X'],
    ['a DNI with a wrong letter', 'DNI 54362315-A'],
    ['a HETU with a wrong check character', '131052-308U'],
    ['a NINO with an unassigned prefix', 'NI ZZ 12 34 56 C'],
    ['an 11-digit order number', 'order 12345678901'],
    ['an ISBN-13', 'ISBN 978-3-16-148410-0'],
    ['a UUID', '123e4567-e89b-12d3-a456-426614174000'],
    ['a git commit hash', '3b18e512dba79e4c8300dd08aeb37f8e728b8dad'],
    ['an ISO timestamp', '2023-05-21T12:30:00Z'],
    ['a number glued to letters', 'X44051401359 PESEL'],
    ['a codice fiscale with an impossible day', 'CF CNTCHR83T32D969H'],
    ['a HETU with individual number 000', '131052-000V'],
    ['a bare birth number without a word', 'ref 8801251680'],
    ['a T.C. Kimlik number without its name', 'Sipariş no 17178220222'],
    ['a T.C. Kimlik number with a wrong check digit', 'T.C. Kimlik No: 17178220223'],
    ['an РНОКПП without its name', 'Ref 3184710691'],
    ['a CPF without its name', 'Pedido 418.273.956-64 enviado'],
    ['a CPF with a wrong check digit', 'CPF 418.273.956-65'],
    ['an invalid personnummer, a valid РНОКПП', 'personnummer 880320-0018 (fel kontrollsiffra)'],
    // The Turkish and Ukrainian labels are those numbers' own: no other scheme's word
    ["a Finnish-valid number after a company's ІПН", 'ТОВ «Світанок», ІПН 123456789012'],
    ['a birth number after RČ with a wrong check digit', 'RČ 7360285164'],
    ['a date-shaped nine-digit build number after RČ', 'RČ 210315123'],
    ['a birth number after RC without the háček', 'build RC 8801251680'],
    ['a birth number far from RČ', 'RČ platí, ale objednávka číslo je 8801251680'],
    ['RČ glued to a longer word', 'ARČ 8801251680'],
    ['a PEID without its name', 'Personalnummer 2766'],
    ['an AHV number with a wrong check digit', '756.9217.0769.84'],
    ['the tail of an IBAN-shaped code', 'NL91 ABNA 0417 1643 01'],
    ['an NSS with wrong check digits', 'NSS 28/01234567/43'],
    ['an NSS-shaped number without a word', 'pedido 280123456742'],
    ['a NISS without its own name', 'Rechnung 11234567892'],
    ['a p-tal-shaped number without its name', 'Kundennummer 140794-325'],
    ['a p-tal with an impossible date', 'P-tal: 149994-325'],
    ['eleven zeros after a name (they pass the isikukood check)', 'isikukood 00000000000'],
    ['one digit repeated after a name', 'PESEL 11111111111'],
    ['a DNI-shaped group of a UUID', 'id 4471395b-2a1a-4e83-bf85-85d74ec484d7'],
    ['a citizen-card-shaped group of a UUID', 'id a0edc05f-a3ac-41e3-9a40-299359845ab0'],
    ['a label inside a lower-case attribute name', '<asigurat cnpasig="1630615123457"/>'],
    ['a label inside an all-capital name', '<asigurat XCNPASIG="1630615123457"/>'],
    ['a label after a one-letter prefix', '<x iBsn="111222333"/>'],
    // A company's kennitala: its day plus 40 (sixteenth red-team set, rt16-14)
    ['a company kennitala', 'Seljandi: Norðurljós Ferðaþjónusta ehf.\nKennitala: 640419-5120'],
  ])('ignores %s', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });

  // Most national ids double as health insurance numbers: next to a health word alone they count.
  it.each([
    ['dk.cpr', 'Sundhedskort: 211062-5629', '211062-5629'],
    ['ee.ik', 'Haigekassa, ravikindlustus: 36805280109', '36805280109'],
    ['lv.pk', 'veselības apdrošināšanas polise 161175-19997', '161175-19997'],
    ['pl.pesel', 'Pacjent NFZ 44051401359', '44051401359'],
    ['nl.bsn', 'zorgverzekeraar, verzekerde 111222333', '111222333'],
    ['ro.cnp', 'card de sănătate 1630615123457', '1630615123457'],
    ['bg.egn', 'НЗОК, здравноосигурен 8032056031', '8032056031'],
    ['gr.amka', 'ασθενής 01013099997', '01013099997'],
    ['at.vnr', 'e-card 1237 010180', '1237 010180'],
    ['at.vnr', 'Krankenversicherung 1237010180', '1237010180'],
    ['hu.taj', 'egészségbiztosítási azonosító 123456788', '123456788'],
    ['is.kennitala', 'sjúkratryggður, kennitala 120174-3399', '120174-3399'],
    ['es.nss', 'tarjeta sanitaria 28/12345678/40', '28/12345678/40'],
    ['se.personnummer', 'vårdkort 8803200016', '8803200016'],
    ['ie.pps', 'medical card 6433435F', '6433435F'],
  ])('finds %s next to a health word in %j', (scheme, text, value) => {
    expect(detected(text)).toEqual([{ value, scheme }]);
  });

  // Already found whatever the word, or by a social insurance word of their own.
  it.each([
    ['fr.nir', 'carte Vitale 2 95 10 99 126 111 93', '2 95 10 99 126 111 93'],
    ['it.codicefiscale', 'tessera sanitaria RCCMNL83S18D969H', 'RCCMNL83S18D969H'],
    ['ch.ssn', 'Versichertenkarte 756.9217.0769.85', '756.9217.0769.85'],
    ['fi.hetu', 'Kela-kortti 131052-308T', '131052-308T'],
    ['be.nn', 'mutualité 85.07.30-033.28', '85.07.30-033.28'],
    ['lu.matricule', 'CNS matricule 1983052212385', '1983052212385'],
    ['no.fodselsnummer', 'helsekort 151086 95088', '151086 95088'],
    ['hu.taj', 'TAJ-szám: 123456788', '123456788'],
    ['cz.rc', 'číslo pojištěnce 736028 5163', '736028 5163'],
    ['pt.niss', 'utente, NISS 11234567892', '11234567892'],
  ])('finds the health number %s in %j', (scheme, text, value) => {
    expect(detected(text)).toEqual([{ value, scheme }]);
  });

  it.each([
    ['a CPR-shaped number with no date', 'Sundhedskort: 321362-5629'],
    ['a PESEL-shaped number with a wrong check digit', 'Pacjent NFZ 44051401358'],
    ['a nine-digit number failing the 11-test', 'zorgverzekeraar 123456780'],
  ])('ignores %s next to a health word', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });

  // A company register's label names the number's country (nineteenth red-team set: a Hungarian
  // company's register number read as a Danish CPR number).
  it("reads a number after a Hungarian company register label as no other country's", () => {
    expect(detected('Adószám: 12847367-2-13\nCégjegyzékszám: 13-09-188420')).toEqual([]);
    expect(detected('Adószám: 12847367-2-13\nCPR-nr.: 130918-8420')).toEqual([
      { value: '130918-8420', scheme: 'dk.cpr' },
    ]);
  });

  it('scores a match next to its own name above a generic word, both below a self-evident one', () => {
    const scores = nationalIdRecognizer
      .find('PESEL 44051401359, CF RCCMNL83S18D969H')
      .map((finding) => finding.score);

    expect(scores.sort()).toEqual([0.95, 1]);
  });

  it('finds a number that follows another group of digits', () => {
    expect(detected('Bestellung 2023 PESEL 44051401359')).toEqual([
      { value: '44051401359', scheme: 'pl.pesel' },
    ]);
  });

  it('reports a codice fiscale with a wrong check letter next to a word as well-formed', () => {
    const findings = nationalIdRecognizer.find('codice fiscale AAAAAA00B11C333N');

    expect(findings.map(({ detail, score }) => ({ detail, score }))).toEqual([
      { detail: 'it.codicefiscale', score: 0.6 },
    ]);
    expect(nationalIdRecognizer.find('AAAAAA00B11C333N')).toEqual([]);
  });

  it('scores a NISS with a wrong check digit next to its name as well-formed only', () => {
    const findings = nationalIdRecognizer.find('NISS 11234567891');

    expect(findings.map(({ detail, score }) => ({ detail, score }))).toEqual([
      { detail: 'pt.niss', score: 0.6 },
    ]);
  });

  it('reads an 11-digit number as a NISS only next to its own name', () => {
    const schemes = detected('tax id 12345678901').map((finding) => finding.scheme);

    expect(schemes).not.toContain('pt.niss');
  });

  it('names the Estonian or Lithuanian scheme by the word next to the number', () => {
    expect(detected('isikukood 36805280109')).toEqual([{ value: '36805280109', scheme: 'ee.ik' }]);
    expect(detected('asmens kodas 36805280109')).toEqual([
      { value: '36805280109', scheme: 'lt.asmens' },
    ]);
  });

  it('covers the national, social security and personal numbers of issue 3', () => {
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
        'pt.cc',
        'ie.pps',
        'at.vnr',
        'cz.rc',
        'ro.cnp',
        'bg.egn',
        'hr.oib',
        'si.emso',
        'lt.asmens',
        'ee.ik',
        'gr.amka',
        'gb.nino',
        'ch.ssn',
      ]),
    );
  });
});
