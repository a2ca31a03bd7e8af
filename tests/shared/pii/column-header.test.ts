import { columnHeaderOf } from '../../../shared/pii/column-header.js';
import { hasContextNear, hasLabelNear } from '../../../shared/pii/context.js';
import { PERSONAL_NUMBER_WORDS } from '../../../shared/pii/id-schemes/common.js';
import { taxIdRecognizer } from '../../../shared/pii/recognizers/tax-id.js';
import { foundIn } from './helpers.js';

const VALUE = '47182036546';
const at = (text: string, value = VALUE) => {
  const start = text.indexOf(value);
  return { start, end: start + value.length };
};
const headerOf = (text: string): string | undefined => {
  const header = columnHeaderOf(text, at(text));
  return header === undefined ? undefined : text.slice(header.start, header.end).trim();
};
// Rows of filler push the header beyond the context window (48 characters before the value).
const FILLER = '| (vakant, seit dem ersten Quartal nicht besetzt) | – | – |\n';

describe('columnHeaderOf', () => {
  it.each([
    [
      'a Markdown table',
      `| Name | Steuer-ID | Eintritt |\n|---|---|---|\n| T. B. | ${VALUE} | 2023 |`,
      'Steuer-ID',
    ],
    [
      'a Markdown table without outer pipes',
      `Name | Steuer-ID\n--- | ---\nT. B. | ${VALUE}`,
      'Steuer-ID',
    ],
    [
      'far down a Markdown table',
      `| Name | Steuer-ID | Eintritt |\n|---|---|---|\n${FILLER.repeat(5)}| T. B. | ${VALUE} | 2023 |`,
      'Steuer-ID',
    ],
    ['a CSV with a header', `datum,steuer_id,betrag\n2024-11-03,${VALUE},4200.00`, 'steuer_id'],
    ['a semicolon export', `datum;steuer-id;betrag\r\n2024-11-03;${VALUE};4200.00`, 'steuer-id'],
    ['a tab-separated export', `datum\tsteuer-id\tbetrag\n2024\t${VALUE}\t4200`, 'steuer-id'],
    ['the last column', `datum,betrag,steuer-id\n2024,4200,${VALUE}`, 'steuer-id'],
  ])('finds the header cell in %s', (_, text, header) => {
    expect(headerOf(text)).toBe(header);
  });

  it.each([
    ['a single line', `| Name | ${VALUE} |`],
    ['a header cut off by a blank line', `| Name | Steuer-ID |\n\n| T. B. | ${VALUE} |`],
    ['rows of another width', `| Steuer-ID |\n| T. B. | ${VALUE} |`],
    ['prose', `Die Steuer-ID steht unten.\n${VALUE}`],
    [
      'JSON lines',
      `{"id":1,"note":"Steuer-ID folgt, bitte warten"}\n{"id":2,"note":"Nummer ${VALUE}, danke"}`,
    ],
    [
      'sentences with as many commas',
      `Die Steuer-ID, die wir brauchen, steht auf dem Bescheid des Finanzamts vom letzten Jahr.\nDie Nummer ${VALUE}, sagt er, ist richtig.`,
    ],
  ])('finds none in %s', (_, text) => {
    expect(headerOf(text)).toBeUndefined();
  });
});

describe('a column header as context', () => {
  const far = `| Name | Steuer-ID | Eintritt |\n|---|---|---|\n${FILLER.repeat(3)}| T. B. | ${VALUE} | 2023 |`;

  it('labels a cell too far below it for the context window', () => {
    expect(hasContextNear(far, at(far), PERSONAL_NUMBER_WORDS)).toBe(true);
    expect(hasLabelNear(far, at(far), PERSONAL_NUMBER_WORDS)).toBe(true);
  });

  it.each([
    [
      'another column',
      `| Name | Steuer-ID | Nummer |\n|---|---|---|\n${FILLER.repeat(3)}| T. B. | – | ${VALUE} |`,
    ],
    [
      'a table cut off by a blank line',
      `| Name | Steuer-ID | Eintritt |\n|---|---|---|\n\n${FILLER.repeat(3)}| T. B. | ${VALUE} | 2023 |`,
    ],
  ])('labels no cell in %s', (_, text) => {
    expect(hasContextNear(text, at(text), PERSONAL_NUMBER_WORDS)).toBe(false);
  });

  it('makes an IdNr under a Steuer-ID header a tax id (red-team rt4-45)', () => {
    const text = `Sortiere nach Eintritt:\n\n| Mitarbeiter | Steuer-ID | Eintritt |\n|---|---|---|\n| T. Brandstätter | ${VALUE} | 2023-09-01 |`;

    expect(taxIdRecognizer.find(text).map((f) => f.detail)).toEqual(['de.idnr']);
    expect(foundIn(taxIdRecognizer, text.replace('Steuer-ID', 'Abteilung'))).toEqual([]);
  });
});
