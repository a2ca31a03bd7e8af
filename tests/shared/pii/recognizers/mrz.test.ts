import { icaoCheckDigit } from '../../../../shared/pii/checksums.js';
import { mrzRecognizer } from '../../../../shared/pii/recognizers/mrz.js';

// Specimens from ICAO Doc 9303 (parts 4-6: the fictional state Utopia) and a made-up Dutch
// passport of the fourth red-team set; none is a real person's document.
const TD3_NAME = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
const TD3_DATA = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';
const NLD_NAME = 'P<NLDVAN<DER<HEIJDEN<<MAARTJE<ELISABETH<<<<<';
const NLD_DATA = 'X4R7K2L905NLD8804237F3107117<<<<<<<<<<<<<<02';
const TD2 = 'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159<<<<<<<6';
const TD1 =
  'I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<';

/** A TD3 data line with every check digit computed. */
const td3Data = (
  number: string,
  birth: string,
  expiry: string,
  personal = '<'.repeat(14),
): string => {
  const c = (field: string) => String(icaoCheckDigit(field));
  const personalCheck = /^<+$/.test(personal) ? '<' : c(personal);
  const body = `${number}${c(number)}UTO${birth}${c(birth)}F${expiry}${c(expiry)}${personal}${personalCheck}`;
  const composite = `${body.slice(0, 10)}${body.slice(13, 20)}${body.slice(21, 43)}`;
  return `${body}${c(composite)}`;
};

const found = (text: string) =>
  mrzRecognizer
    .find(text)
    .map((f) => ({ type: f.type, detail: f.detail, value: text.slice(f.start, f.end) }));

describe('icaoCheckDigit', () => {
  it.each([
    ['L898902C3', 6],
    ['740812', 2],
    ['120415', 9],
    ['D23145890', 7],
    ['<<<<<', 0],
  ])('computes the 7-3-1 check digit of %s', (field, digit) => {
    expect(icaoCheckDigit(field)).toBe(digit);
  });
});

describe('mrzRecognizer', () => {
  it.each([
    ['an ICAO TD3 passport', `${TD3_NAME}\n${TD3_DATA}`, 'PASSPORT', 'mrz.td3'],
    [
      'a passport in OCR output (rt4-9)',
      `OCR page 1/1\nroom 314 arr 12/O3\n${NLD_NAME}\n${NLD_DATA}\n`,
      'PASSPORT',
      'mrz.td3',
    ],
    ['CRLF line ends', `${NLD_NAME}\r\n${NLD_DATA}\r\n`, 'PASSPORT', 'mrz.td3'],
    ['the data line alone', `scan:\n${TD3_DATA}`, 'PASSPORT', 'mrz.td3'],
    [
      'OCR reading 0 as O in a date',
      `${NLD_NAME}\n${NLD_DATA.replace('880423', '88O423')}`,
      'PASSPORT',
      'mrz.td3',
    ],
    [
      'OCR spaces inside the lines',
      `${NLD_NAME}\n${NLD_DATA.slice(0, 20)} ${NLD_DATA.slice(20)}`,
      'PASSPORT',
      'mrz.td3',
    ],
    [
      'lower-case OCR output',
      `${NLD_NAME.toLowerCase()}\n${NLD_DATA.toLowerCase()}`,
      'PASSPORT',
      'mrz.td3',
    ],
    [
      'a line built with every check digit',
      td3Data('C01X00T47', '640812', '310415'),
      'PASSPORT',
      'mrz.td3',
    ],
    [
      'lines of a JSON string, its escapes read as line breaks (rt4-9 pasted as JSON)',
      `{"ocr":"page 1\n${NLD_NAME}\n${NLD_DATA}"}`,
      'PASSPORT',
      'mrz.td3',
    ],
    [
      'lines as strings of an array',
      `[\n  "${TD3_NAME}",\n  "${TD3_DATA}"\n]`,
      'PASSPORT',
      'mrz.td3',
    ],
    ['lines in quotes', `'${TD3_NAME}\n${TD3_DATA}';`, 'PASSPORT', 'mrz.td3'],
    ['a TD2 card', TD2, 'ID_CARD', 'mrz.td2'],
    ['a TD1 identity card', TD1, 'ID_CARD', 'mrz.td1'],
  ])('finds %s', (_, text, type, detail) => {
    const findings = found(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ type, detail });
  });

  it('reports the name and data lines of a two-line zone as one span', () => {
    expect(found(`${NLD_NAME}\n${NLD_DATA}`).map((f) => f.value)).toEqual([
      `${NLD_NAME}\n${NLD_DATA}`,
    ]);
  });

  it.each([
    [
      'a random line of capitals and fillers',
      'P<QWERTYUIOPASDFGHJKL<<ZXCVBNMQWERTYUI<<<<<<\nABCDEFGHIJKLMNOPQRSTUVWXYZ<<<<<<<<<<<<<<<<<<',
    ],
    [
      'a wrong document number check digit',
      `${NLD_NAME}\n${NLD_DATA.replace('X4R7K2L905', 'X4R7K2L904')}`,
    ],
    ['a wrong birth date check digit', `${TD3_NAME}\n${TD3_DATA.replace('7408122F', '7408123F')}`],
    ['a wrong expiry check digit', `${TD3_NAME}\n${TD3_DATA.replace('1204159Z', '1204158Z')}`],
    ['a wrong composite check digit', `${TD3_NAME}\n${TD3_DATA.slice(0, -1)}1`],
    ['a wrong TD1 composite', TD1.replace('<<<6\n', '<<<5\n')],
    ['a line one character short', `${TD3_NAME}\n${TD3_DATA.slice(1)}`],
    ['an impossible birth month', `${TD3_NAME}\n${td3Data('L898902C3', '741312', '120415')}`],
    ['an impossible expiry day', `${TD3_NAME}\n${td3Data('L898902C3', '740812', '120432')}`],
    [
      'a document number without a digit',
      `${TD3_NAME}\n${td3Data('ABCDEFGHI', '740812', '120415')}`,
    ],
    ['code with shift operators', 'std::cout << value << std::endl;\nx <<= 2;'],
    ['a data line with a character more inside the quotes', `"${TD3_NAME}"\n"${TD3_DATA}0"`],
  ])('ignores %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});
