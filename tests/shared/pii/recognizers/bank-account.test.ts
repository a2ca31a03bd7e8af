import { bankAccountRecognizer } from '../../../../shared/pii/recognizers/bank-account.js';

// Account numbers from python-stdnum's tests (tests/fixtures/corpora).
const detected = (text: string) =>
  bankAccountRecognizer.find(text).map((finding) => ({
    value: text.slice(finding.start, finding.end),
    scheme: finding.detail,
  }));

describe('bankAccountRecognizer', () => {
  it.each([
    ['es.ccc', 'cuenta 1234-1234-16 1234567890', '1234-1234-16 1234567890'],
    ['es.ccc', 'no word needed: 1234 1234 16 1234567890', '1234 1234 16 1234567890'],
    ['cz.bankaccount', 'číslo účtu 19-2000145399/0800', '19-2000145399/0800'],
    ['cz.bankaccount', 'účet 280154417/0300', '280154417/0300'],
    ['no.kontonr', 'kontonummer 8601 11 17947', '8601 11 17947'],
    ['gb.sortcode', 'sort code and account: 12-34-56 12345678', '12-34-56 12345678'],
    ['account', 'Kontonummer 1234567890', '1234567890'],
    ['account', 'numero di conto 000123456789', '000123456789'],
    // One digit repeated is no placeholder for an account: banks sell such numbers.
    ['account', 'Kontonummer: 5555555555', '5555555555'],
    // No month 13: not a month of a year.
    ['account', 'Konto: 2024-13', '2024-13'],
  ])('finds %s in %j', (scheme, text, value) => {
    expect(detected(text)).toEqual([{ value, scheme }]);
  });

  it.each([
    ['a CCC with wrong check digits', '1234-1234-00 1234567890'],
    ['a Czech account with a wrong check', 'účet 4278-727558021/0100'],
    ['a number without an account word', 'Bestellung 1234567890'],
    ['a year range next to an account word', 'Konto 2023/2024'],
    ['a year range with a dash', 'Konto 2023-2024'],
    // 'Swift' is an account word (red-team rt54-115: a car model's years, '2020–2021', whose en
    // dash classify folds to a hyphen before the recognizers read it).
    ["a car model's years", 'Suzuki Swift (2020-2021)'],
    // A batch named for its month (red-team rt29-30: 'batch=PL-2024-05 ... creditor_iban=').
    ['a month of a year', 'Konto: 2024-05'],
    ['a month of a year, month first', 'Konto: 05.2024'],
    ['a short number next to an account word', 'Konto 4711'],
  ])('ignores %s', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });
});

// 'reģ. nr.' with its ģ is a Latvian company's register number (red-team rt4-210).
describe('Latvian register numbers', () => {
  it.each([
    ['SIA „Daugavas Koks“, reģ. nr. 40203118842, Brīvības iela 155'],
    ['Reģ. Nr.: 40203118842'],
  ])('finds no account in %j', (text) => {
    expect(bankAccountRecognizer.find(text)).toEqual([]);
  });

  it.each([
    ['a Danish reg.nr. and account', 'Reg. nr. 1234 kontonr. 1234567890', '1234567890'],
    ['a reg. nr. without its ģ', 'reg. nr. 40203118842', '40203118842'],
  ])('still finds %s', (_, text, value) => {
    expect(bankAccountRecognizer.find(text).map((f) => text.slice(f.start, f.end))).toEqual([
      value,
    ]);
  });
});
