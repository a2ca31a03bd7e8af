import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readLabelledCorpus } from '../../../bench/accuracy/labelled.js';
import { classify } from '../../../shared/pii/classify.js';

// The classifier memoises per-text work for the last text it saw (indexes, context words). A
// payload retried in a warm Lambda is classified right after itself: it must get the same
// answer as the first time, never a weaker one.
const DIR = 'tests/fixtures/labelled';
const rows = readdirSync(DIR)
  .filter((file) => file.endsWith('.jsonl'))
  .sort()
  .flatMap((file) => readLabelledCorpus(join(DIR, file)));

const twice = (text: string): [string, string] => [
  JSON.stringify(classify(text)),
  JSON.stringify(classify(text)),
];

describe('classify on the same text twice in a row', () => {
  it('finds PESEL numbers filling a column with no label the second time too', () => {
    // The second call once found no context word for PESEL in the scan the first left, and
    // skipped the numbers that count by their column alone.
    const text = 'x:\n85120316422,a\n92071509173,b';
    const [first, second] = twice(text);

    expect(JSON.parse(first).classification).toBe('personal');
    expect(second).toBe(first);
  });

  it('gives the same result on every labelled fixture row', () => {
    const changed = rows
      .filter((row) => {
        const [first, second] = twice(row.text);
        return first !== second;
      })
      .map((row) => row.id);

    expect(rows.length).toBeGreaterThan(4000);
    expect(changed).toEqual([]);
  });
});
