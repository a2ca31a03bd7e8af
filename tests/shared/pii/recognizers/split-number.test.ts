import { classify } from '../../../../shared/pii/classify.js';
import { splitNumberRecognizer } from '../../../../shared/pii/recognizers/split-number.js';

const found = (text: string) =>
  splitNumberRecognizer.find(text).map((f) => [f.type, f.detail, text.slice(f.start, f.end)]);

// A number cut in two by a chat message sent too early (red-team rt10-104, rt12-133): the rest
// opens the next message, after its time or its speaker's label.
describe('splitNumberRecognizer', () => {
  it.each([
    [
      'a PESEL after a time and a speaker',
      '[10:42] Klient: mój pesel to 9207140\n[10:42] Klient: 7204 sorry ucięło',
      ['NATIONAL_ID', 'pl.pesel', '9207140\n[10:42] Klient: 7204'],
    ],
    [
      'a Norwegian fødselsnummer after a time only',
      '[21:14] her er fnr til mamma: 22089\n[21:14] 318215\n[21:15] sorry',
      ['NATIONAL_ID', 'no.fodselsnummer', '22089\n[21:14] 318215'],
    ],
    [
      'a BSN after a speaker label only',
      'Klant: mijn BSN is 1112\nKlant: 22333',
      ['NATIONAL_ID', 'nl.bsn', '1112\nKlant: 22333'],
    ],
  ])('finds %s', (_case, text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it.each([
    ['a table: the next line opens with the number', 'pesel 9207140\n7204 sorry'],
    ['no context word for a weak number', '[10:42] A: order 9207140\n[10:43] A: 7204'],
    ['a rest that fails the check', '[10:42] A: pesel 9207140\n[10:42] A: 7206'],
    ['two short numbers', '[10:42] A: room 12\n[10:42] B: 34 people'],
    ['one line', 'pesel 9207140 7204'],
  ])('finds nothing in %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });

  it('makes the payload personal, the finding on the characters written', () => {
    const text = '[21:14] her er fnr til mamma: 22089\n[21:14] 318215';
    const result = classify(text);

    expect(result.classification).toBe('personal');
    expect(result.findings.some((f) => text.slice(f.start, f.end).endsWith('318215'))).toBe(true);
  });
});
