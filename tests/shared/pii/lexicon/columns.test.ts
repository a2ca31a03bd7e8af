import { columnValues } from '../../../../shared/pii/lexicon/columns.js';

/** The values under the header cell spelled `label` (its first occurrence). */
const under = (text: string, label: string): string[] => {
  const start = text.indexOf(label);
  return columnValues(text, [{ start, end: start + label.length }]).map(({ start: s, end }) =>
    text.slice(s, end),
  );
};

describe('columnValues', () => {
  it.each([
    ['semicolons', 'a;vorname;b\n1;Anna;2\n3;Jonas;4', ['Anna', 'Jonas']],
    ['commas', 'vorname,b\nAnna,2', ['Anna']],
    ['tabs before commas', 'id\tvorname\tnote\n1\tAnna\ta, b', ['Anna']],
    ['pipes with padding', '| id | vorname |\n| 1 | Anna |', ['Anna']],
    ['quotes and CRLF', '"id";"vorname"\r\n"1";"Anna"\r\n', ['Anna']],
    ['the last column', 'id;vorname\n1;Anna', ['Anna']],
    ['a row without the column, skipped', 'id;x;vorname\n1;2\n3;4;Jonas', ['Jonas']],
    ['empty cells, skipped', 'id;vorname\n1;\n2;Anna', ['Anna']],
    ['rows until a blank line', 'id;vorname\n1;Anna\n\n2;Jonas', ['Anna']],
  ])('reads the column under a header cell: %s', (_case, text, values) => {
    expect(under(text, 'vorname')).toEqual(values);
  });

  // A two-part label over its value, which has no delimiter: read as the first label's value.
  it('reads a value without the delimiter under a two-part label', () => {
    const text = 'nachname, vorname\nÖztürk Ayşegül';
    const start = text.indexOf('nachname');
    const values = columnValues(text, [{ start, end: start + 'nachname'.length }]);

    expect(values.map((v) => text.slice(v.start, v.end))).toEqual(['Öztürk Ayşegül']);
  });

  it.each([
    ['a line without a delimiter', 'vorname\nAnna'],
    ['a label that is only part of its cell', 'vorname des kunden;x\nAnna;1'],
    ['a label in a sentence with commas', 'Bitte vorname eintragen, danke\nAnna, ok'],
    ['a header on the last line', 'id;vorname'],
    // A form of labels under a line with a comma (sixteenth red-team set, rt16-171)
    ['lines without the delimiter under the header', 'vorname, name: [____]\nTelefon: [____]'],
  ])('reads nothing for %s', (_case, text) => {
    expect(under(text, 'vorname')).toEqual([]);
  });
});
