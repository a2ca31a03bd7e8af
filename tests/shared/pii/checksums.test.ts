import {
  belgianEid,
  birthNumber,
  chiNumber,
  croatianMbo,
  czechBankAccount,
  ean13,
  faroesePtal,
  gbUpn,
  germanDocument,
  hetu,
  hungarianPersonalId,
  hungarianTaj,
  hungarianTaxId,
  icao9303,
  idnrDigits,
  irishIhi,
  isBase58Check,
  isBech32,
  isDate,
  kvnr,
  lanr,
  luhn,
  luxembourgMatricule,
  nhsNumber,
  orcid,
  polishIdCard,
  portugueseNiss,
  ppsNumber,
  spanishCcc,
  spanishNss,
  swissAhv,
  ukLicenceDate,
  verhoeff,
  weightedSum,
} from '../../../shared/pii/checksums.js';

// Valid values come from python-stdnum's and Presidio's test data (tests/fixtures/corpora), from
// the algorithms' reference examples (Luhn, Verhoeff, EAN-13, the ICAO 9303 specimen passport),
// and, for the Hungarian and Luxembourg numbers, from published examples; each invalid one
// changes a single character of a valid one.
describe.each([
  ['luhn', luhn, ['79927398713', '4111111111111111'], ['79927398710', '4111111111111112']],
  ['verhoeff', verhoeff, ['2363', '12340'], ['2364', '12341']],
  ['ean13', ean13, ['4006381333931'], ['4006381333932', '400638133393']],
  ['swissAhv', swissAhv, ['7569217076985'], ['7569217076984', '7559217076985']],
  ['nhsNumber', nhsNumber, ['9434765870', '4010232137', '0032698674'], ['9434765871']],
  // Phsmethods' example, then synthetic: Luhn only (no mod-11 digit exists), 29 February 2000.
  [
    'chiNumber',
    chiNumber,
    ['0101011237', '1506854320', '2902005566', '2902005563'],
    ['0101011238', '3213201234', '2902005564', '150685432'],
  ],
  // Synthetic: a GS1-style prefix, an NHS-style core from Ireland's range, a GS1 check digit;
  // the second invalid one has a right GS1 digit but a wrong core check digit.
  ['irishIhi', irishIhi, ['539123481234567869'], ['539123481234567868', '539123481234567876']],
  // HZZO's example (10000011, check 2), then synthetic.
  ['croatianMbo', croatianMbo, ['100000112', '123456782', '200000008'], ['100000113', '12345678']],
  ['kvnr', kvnr, ['A123456780', 'M123456785', 'Z999999997'], ['A123456787', '1123456780']],
  ['lanr', lanr, ['123456601', '987654401'], ['123456901', '12345660']],
  ['icao9303', icao9303, ['L898902C36', 'C01234565'], ['L898902C35', 'C0123456A']],
  ['germanDocument', germanDocument, ['C01234565', 'L01X00T44'], ['C01234567', 'A01234567']],
  ['hetu', hetu, ['131052-308T', '131052A308T', '010594Y9032'], ['131052-308U', '310252-308Y']],
  [
    'birthNumber',
    birthNumber,
    ['7103192745', '991231123', '8801251680'],
    ['7103192746', '1103492745'],
  ],
  ['ppsNumber', ppsNumber, ['6433435F', '6433435OA', '1234567OB'], ['6433435E', '6433435VH']],
  // Synthetic: a date and any three digits (no check digit); 29 February 2000 and 1900 differ.
  ['faroesePtal', faroesePtal, ['140794325', '290200123'], ['149994325', '320194325', '14079432']],
  ['spanishCcc', spanishCcc, ['12341234161234567890'], ['12341234001234567890']],
  ['belgianEid', belgianEid, ['000001103271', '591201099997'], ['000001103225']],
  ['hungarianTaj', hungarianTaj, ['123456788'], ['123456789']],
  // 28/01234567/42: a number below 10^7 is checked as 28 × 10^7 + 1234567 (stdnum gets this wrong).
  [
    'spanishNss',
    spanishNss,
    // 280123456785: the plain ten-digit check stdnum applies, accepted as well (fail closed).
    ['281234567840', '280123456742', '661234567814', '280123456785'],
    ['281234567841', '280123456754', '991234567868', '001234567803'],
  ],
  [
    'portugueseNiss',
    portugueseNiss,
    ['11234567892', '12345678902'],
    ['11234567891', '21234567890', '1123456789'],
  ],
  ['hungarianPersonalId', hungarianPersonalId, ['18503121232'], ['18503121233', '18513121232']],
  ['hungarianTaxId', hungarianTaxId, ['8071592153'], ['8071592154', '7071592153']],
  [
    'luxembourgMatricule',
    luxembourgMatricule,
    ['1983052212385'],
    ['1983052212386', '1983132212385'],
  ],
  ['polishIdCard', polishIdCard, ['ABA300000'], ['ABA400000', 'AB3000000']],
  ['gbUpn', gbUpn, ['B801200005001'], ['A801200005001', 'X80120000A001']],
  // ORCID's documentation examples (Josiah Carberry's iD; one ending in 'X'), then synthetic.
  [
    'orcid',
    orcid,
    ['0000000218250097', '000000021694233X', '0009000512345676'],
    ['0000000218250098', '0000000216942330', '000000021825009', '00000002182500970'],
  ],
  ['idnrDigits', idnrDigits, ['36574261809', '11234567890'], ['12345678903', '11112345678']],
  [
    'ukLicenceDate',
    ukLicenceDate,
    ['MORGA657054SM9IJ', 'JONES710153J99EF'],
    ['MORGA613054SM9IJ', 'MO9G9657054SM9IJ'],
  ],
  [
    'isBase58Check',
    isBase58Check,
    ['16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
    ['16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyY', '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1Bo0Z'],
  ],
  [
    'isBech32',
    isBech32,
    [
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297',
    ],
    ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdb'],
  ],
] as const)('%s', (_name, check, valid, invalid) => {
  it.each(valid)('accepts %s', (value) => {
    expect(check(value)).toBe(true);
  });

  it.each(invalid)('rejects %s', (value) => {
    expect(check(value)).toBe(false);
  });
});

describe('czechBankAccount', () => {
  it.each([
    ['34278', '0727558021', true],
    ['19', '2000145399', true],
    ['', '280154417', true],
    ['4278', '727558021', false],
  ])('checks prefix %j and number %s', (prefix, account, expected) => {
    expect(czechBankAccount(prefix, account)).toBe(expected);
  });
});

describe('isDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2023, 13, 1, false],
    [2023, 4, 31, false],
    [2023, 0, 1, false],
  ])('checks %i-%i-%i', (year, month, day, expected) => {
    expect(isDate(year, month, day)).toBe(expected);
  });
});

describe('weightedSum', () => {
  it('sums digits times weights modulo the modulus', () => {
    expect(weightedSum('1234', [1, 2, 3, 4], 7)).toBe((1 + 4 + 9 + 16) % 7);
  });

  it('ignores digits beyond the weights', () => {
    expect(weightedSum('119', [1, 1], 10)).toBe(2);
  });
});
