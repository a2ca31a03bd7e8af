import { classify } from '../../../shared/pii/classify.js';
import { leetWords } from '../../../shared/pii/leet.js';
import { normalisedView } from '../../../shared/pii/normalise.js';

// Leetspeak (red-team rt7-126): a word of letters and digits is read as letters when it then is a
// known name or a lexicon term; codes, versions, hashes and product numbers stay as written.
describe('leetWords', () => {
  it.each([
    ['a first name and surname', 'm1kk0 h4k4l4 sai', 'Mikko Hakala sai'],
    ["a name with '1' for 'l'", 'hi 4l1ce!', 'hi Alice!'],
    ['a capitalised name', 'My friend J0hn Sm1th.', 'My friend John Smith.'],
    ['a health term', 'I have d14betes.', 'I have diabetes.'],
    ['a word in an obfuscated address', 'at m4ria(dot)k0vac(at)gmx', 'at Maria(dot)Kovac(at)gmx'],
    ["'@' for 'a' in a name", 'patient m@rtin sch@fer', 'patient Martin Schafer'],
    ["'@' and a digit in a health term", 'she has di@b3tes.', 'she has diabetes.'],
    [
      "a surname in capitals, '0' for 'O' (OCR)",
      'la Sig.ra ESP0SIT0 Anna',
      'la Sig.ra ESPOSITO Anna',
    ],
    ['an OCR surname before a year', 'ESP0SIT0 1985', 'ESPOSITO 1985'],
  ])('reads %s', (_case, text, expected) => {
    expect(leetWords(text)).toBe(expected);
  });

  it.each([
    ['hacker slang', 'h4x0r n00b l33t w1n gr8'],
    ['short codes', 'b2b mp3 A4 4K x86 3D'],
    ['versions and labels', 'v1.2 sha1 md5 ipv4 win7 utf8'],
    ['product codes and part numbers', 'LM317 AB1234 SKU-4a7b XB1-3 PS5'],
    ['a hash', 'commit a3f5e1c0 and 3a7bd3e2360a3d29'],
    ['an IBAN-like start in capitals', 'BE71 0961 2345 6760'],
    // 'DE10' reads as the Welsh name 'Deio': the digit group after it says it is a number's start
    // (a view of a whole 1 MB text was built for this one IBAN: the bench's 1 MB payload).
    ["an IBAN's start in capitals that reads as a name", 'konto DE10 8330 6995 9185 1151 56.'],
    ['a base64 blob', 'data: QmV0aTQ/T0ny+bWlr/a0=='],
    ['a path', '/srv/m1kk0/h4k4l4.txt'],
    ['e-mail addresses', 'write to maria@mailbox.org or anna@posteo.de.'],
    ['a handle and a word with @ that reads as nothing', 'ping @anna, see sn@fu'],
    ['codes in capitals with a 0 or 1', 'AB01 X10 B00K'],
  ])('leaves %s as written', (_case, text) => {
    expect(leetWords(text)).toBe(text);
  });
});

describe('classify reads leetspeak names and terms', () => {
  it.each([
    [
      'a Finnish name and an HIV test',
      'Kirjoita siistimmin: m1kk0 h4k4l4 tamperelta sai pos1tiivisen hiv-testin viime viikolla.',
      'HEALTH_DATA',
    ],
    ['a name and a diagnosis', '4nna W3ber hat d14betes.', 'PERSON_NAME'],
    ['a diagnosis of the writer', 'Ich habe d1ab3tes.', 'HEALTH_DATA'],
    ["a name with '@' for 'a'", 'Bitte an m@rtin sch@fer weiterleiten.', 'PERSON_NAME'],
  ])('finds %s', (_case, text, type) => {
    const result = classify(text);
    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.type)).toContain(type);
  });

  it('reports a leetspeak name on the characters written', () => {
    const text = 'Kirjoita: m1kk0 h4k4l4 sai pos1tiivisen hiv-testin.';
    const finding = classify(text).findings.find((f) => f.type === 'PERSON_NAME');
    expect(text.slice(finding?.start, finding?.end)).toBe('m1kk0 h4k4l4');
  });

  it.each([
    ['hacker slang', 'that h4x0r is such a n00b, gr8 w0rk l33t crew'],
    [
      'a product list',
      'Order 4 units of LM317 and AB1234, A4 paper, 4K monitor, mp3 player, b2b portal.',
    ],
    ['a release note', 'Released v1.2 (sha1 3a7bd3e2), see SKU-4a7b for the x86 build.'],
  ])('leaves %s non-sensitive', (_case, text) => {
    expect(normalisedView(text)).toBeUndefined();
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// OCR that read a letter for a digit inside an identifier (red-team rt7-53): 'O' for 0, 'l' or
// 'I' for 1, one letter between two digits of a number of six digits or more, alone in its word.
describe('OCR letters inside numbers', () => {
  it.each([
    ['an O for a zero', 'PESEL: 88091009O67', 'PESEL: 88091009067'],
    ['an l for a one', 'Nr 12345l78.', 'Nr 12345178.'],
  ])('reads %s as the digit', (_case, text, expected) => {
    expect(leetWords(text)).toBe(expected);
  });

  it.each([
    ['a short number', 'Ref 2O24, 1O0 units'],
    ['a letter at the end', 'Order 880910090O'],
    ['two letters in a row', 'Code 8809OO1067'],
    ['a code in a path', 'see /docs/88091009O67/x'],
  ])('leaves %s as written', (_case, text) => {
    expect(leetWords(text)).toBe(text);
  });

  // Short groups of a phone number or a date on a scanned form (red-team set 12)
  it.each([
    ['a phone in groups', 'Tel. pare/mare: 6l7 O4 38 2l', 'Tel. pare/mare: 617 04 38 21'],
    ['a date', 'nata il O9/O6/l97l a Pozzuoli', 'nata il 09/06/1971 a Pozzuoli'],
    ['a phone of two groups', 'Sími: 86l 4O27', 'Sími: 861 4027'],
  ])('reads %s with its digits', (_case, text, expected) => {
    expect(leetWords(text)).toBe(expected);
  });

  it.each([
    ['a brand and pronouns', 'O2 Germany, Il 2 lo 3'],
    ['a group with more letters than digits', 'Code 12 lOl1 34'],
    ['a group inside a word', 'see 12 x6l7 34'],
    ["an invoice number's code before a date", 'Nr. BD-O44l 2024'],
  ])('leaves %s as written (groups)', (_case, text) => {
    expect(leetWords(text)).toBe(text);
  });

  it('finds a PESEL with an O for a zero', () => {
    const text = 'Scanned form\nPESEL: 88091009O67\nDiagnosis: asthma';
    const finding = classify(text).findings.find((f) => f.type === 'NATIONAL_ID');
    expect(text.slice(finding?.start, finding?.end)).toBe('88091009O67');
  });
});
