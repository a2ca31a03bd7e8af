import { nationalIdRecognizer } from '../../../../shared/pii/recognizers/national-id.js';

// Fourth red-team set: identifiers written the way real payloads write them. Values are
// checksum-valid per python-stdnum but belong to nobody.
const detected = (text: string) =>
  nationalIdRecognizer.find(text).map((finding) => ({
    value: text.slice(finding.start, finding.end),
    scheme: finding.detail,
  }));

describe('Irish PPS numbers with Irish-language labels', () => {
  it.each([
    ["seo m'uimhir PSP: 8412057HA.", '8412057HA'],
    ['Uimhir Phearsanta Seirbhíse Poiblí 8412057HA', '8412057HA'],
  ])('finds the PPS number in %j', (text, value) => {
    expect(detected(text)).toEqual([{ value, scheme: 'ie.pps' }]);
  });

  it.each([
    ['no label', 'seo m’uimhir: 8412057HA'],
    ['a wrong check letter', "m'uimhir PSP: 8412057HB"],
  ])('finds nothing with %s', (_, text) => {
    expect(detected(text)).toEqual([]);
  });
});

// ETSI EN 319 412-1 semantics identifiers, as eIDAS and Smart-ID certificates carry them.
describe('ETSI semantics identifiers of natural persons', () => {
  it.each([
    ['subject=PNOEE-39205270210 result=OK', 'PNOEE-39205270210'],
    ['serialNumber=PNOLV-321234-56789', 'PNOLV-321234-56789'],
    ['SERIALNUMBER=PASDE-C01X00T47, CN=…', 'PASDE-C01X00T47'],
    ['IDCBE-590123456789', 'IDCBE-590123456789'],
    ['TAXFR-3023217600053', 'TAXFR-3023217600053'],
    // A log written in lower case: the national number's and the identity card's types only
    ['subject=pnoee-39205270210 result=ok', 'pnoee-39205270210'],
    ['serialnumber=idcbe-590123456789', 'idcbe-590123456789'],
  ])('finds the identifier in %j', (text, value) => {
    expect(detected(text)).toEqual([{ value, scheme: 'eu.etsi' }]);
  });

  it.each([
    ['a legal person (VAT)', 'VATEE-100931558'],
    ['a legal person (NTR)', 'NTRDE-HRB12345'],
    ['a country outside the EEA', 'PNOUS-123456789'],
    ['a number without four digits', 'PNOEE-ABCDEFG1'],
    ['a prefix glued to a word', 'XPNOEE-39205270210'],
    ['lower-case words like a tax or passport type', 'taxes-2024-report pasde-final tinde-12345'],
  ])('finds nothing in %s', (_, text) => {
    expect(detected(text)).toEqual([]);
  });
});

// A French NIR typed as thirteen digits in any grouping, its key after the word for it.
describe('NIR with its key after "clé"', () => {
  it.each([
    ['numero de secu 2 8507 691230 42  clé 49 , merci', '2 8507 691230 42  clé 49'],
    ['sécurité sociale : 2850769123042, clé: 49', '2850769123042, clé: 49'],
    ['NIR 285 07 69 123 042 key 49', '285 07 69 123 042 key 49'],
    ['carte Vitale 2850769123042 CLEF 49', '2850769123042 CLEF 49'],
  ])('finds the NIR in %j', (text, value) => {
    expect(detected(text)).toEqual([{ value, scheme: 'fr.nir' }]);
  });

  it.each([
    ['a wrong key', 'numero de secu 2 8507 691230 42 clé 48'],
    ['no social-security word', 'commande 2 8507 691230 42 clé 49'],
    ['no key', 'numero de secu 2 8507 691230 42'],
  ])('finds nothing with %s', (_, text) => {
    expect(detected(text)).toEqual([]);
  });
});

// A column of a table whose every cell is a valid PESEL (two at least) counts without a label.
describe('a column of valid numbers of a weak scheme', () => {
  const rows = (...values: string[]) =>
    values.map((value, i) => `2024-11-0${i + 1},${value},umowa zlecenie,4200.00`).join('\n');

  it.each([
    ['a headerless CSV', rows('85120316422', '92071509173')],
    [
      'a CSV with a header',
      `data,numer,umowa,kwota\n${rows('85120316422', '92071509173', '44051401359')}`,
    ],
    ['a column with an empty cell', rows('85120316422', '', '92071509173')],
    [
      'a Markdown table',
      '| data | nr |\n|---|---|\n| 2024-11-03 | 85120316422 |\n| 2024-11-04 | 92071509173 |',
    ],
    // A column pasted alone, one number per line (red-team rt11-61)
    ['a list, one per line', 'Przykłady z eksportu:\n85120316422\n92071509173\n44051401359\n'],
    ['an indented list', 'examples:\n  85120316422\n  92071509173'],
  ])('finds every PESEL in %s', (_, text) => {
    const found = detected(text).filter((f) => f.scheme === 'pl.pesel');
    expect(found.map((f) => f.value).sort()).toEqual(
      ['85120316422', '92071509173', '44051401359'].filter((v) => text.includes(v)).sort(),
    );
  });

  it.each([
    ['a single row', rows('85120316422')],
    ['a column where one cell fails the check', rows('85120316422', '92071509173', '85120316423')],
    ['rows of different widths', `${rows('85120316422')}\n2024-11-04,92071509173,4200.00`],
    ['rows split by a blank line', `${rows('85120316422')}\n\n${rows('92071509173')}`],
    ['a column of BSN-valid numbers (a bare mod-11)', rows('111222333', '123456782')],
    ['a list where one line fails the check', 'nr:\n85120316422\n92071509173\n85120316423'],
    ['a list of one', 'eksport:\n85120316422\n\n92071509173'],
    ['a list with other lines between', 'eksport:\n85120316422\nok\n92071509173'],
    ['numbers in a sentence, one per line', 'nr 85120316422\nnr 92071509173'],
  ])('finds nothing in %s', (_, text) => {
    expect(detected(text)).toEqual([]);
  });
});

// A YYYYMMDD date stamp and a three-digit counter is a build or batch number, not an 11-digit id.
describe('date stamps with a counter', () => {
  it.each([
    ['a build number (rt4-90)', 'shard=0 items=1336 build=20250304.108'],
    ['a batch number', 'batch 20250304-108 done'],
  ])('finds nothing in %s', (_, text) => {
    expect(detected(text)).toEqual([]);
  });

  it.each([
    ['written in its groups', 'NN 85.07.30-033.28', '85.07.30-033.28'],
    ['bare', 'nr 85073003328', '85073003328'],
    ['as a BIS number', 'BIS 98 47 28 997 65', '98 47 28 997 65'],
  ])('still finds a Belgian number %s', (_, text, value) => {
    expect(detected(text).map((f) => f.value)).toEqual([value]);
  });
});

// 'Firma d.o.o., OIB …': the OIB a Croatian invoice prints right after the company's legal form.
describe("a company's OIB after its legal form", () => {
  it.each([
    ['d.o.o.', 'Jadranska Ribarnica d.o.o., OIB 81937250648, Zadar'],
    ['j.d.o.o.', 'Obrt j.d.o.o. OIB: 81937250648'],
    ['d.d.', 'Banka d. d., OIB 81937250648'],
  ])('reads no personal number after %s', (_, text) => {
    expect(detected(text)).toEqual([]);
  });

  it.each([
    ['a person after the company', 'Ribarnica d.o.o., direktor Ivan Horvat, OIB 81937250648'],
    ['a bare OIB label', 'OIB 81937250648'],
    ['the legal form without the label between', 'Ribarnica d.o.o. – vlasnik OIB 81937250648'],
  ])('still finds the OIB with %s', (_, text) => {
    expect(detected(text)).toEqual([{ value: '81937250648', scheme: 'hr.oib' }]);
  });
});

// A file name or an object key joins its parts with '_' (red-team set 13): a number between
// underscores is a number of its own.
describe('numbers joined to words by underscores', () => {
  it.each([
    ['a BSN after its label in a file name', 'BSN_257335997_Jansen_dementie.docx', '257335997'],
    ['an Austrian number before a name', 'SVNR: 3719140681_Gruber_Stefanie.pdf', '3719140681'],
  ])('finds %s', (_, text, value) => {
    expect(detected(text).map((f) => f.value)).toContain(value);
  });

  it.each([
    ['a number inside an identifier of letters and digits', 'BSN: abc257335997def'],
    ['a number glued to letters', 'BSN: x257335997'],
  ])('finds nothing in %s', (_, text) => {
    expect(detected(text)).toEqual([]);
  });
});
