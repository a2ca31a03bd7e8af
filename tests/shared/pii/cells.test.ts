import { ClassificationError } from '../../../shared/errors.js';
import {
  decodeCells,
  decodeWideCells,
  encodeCells,
  encodeWideCells,
} from '../../../shared/pii/cells.js';

describe('encodeCells and decodeCells', () => {
  it.each([[[]], [[0, 1, 2, 65535]], [Array.from({ length: 1000 }, (_, i) => (i * 7919) % 65536)]])(
    'read back what was written: %j',
    (cells) => {
      expect([...decodeCells(encodeCells(cells, 'test'))]).toEqual(cells);
    },
  );

  it('writes little-endian words, whatever the machine', () => {
    expect(encodeCells([0x0102], 'test')).toBe(Buffer.from([0x02, 0x01]).toString('base64'));
  });

  it.each([[65536], [-1], [1.5]])('refuses a cell that does not fit: %d', (cell) => {
    expect(() => encodeCells([cell], 'the table')).toThrow(ClassificationError);
  });
});

describe('encodeWideCells and decodeWideCells', () => {
  it.each([
    [[]],
    [[0, 65535, 65536, 131071]],
    [Array.from({ length: 1000 }, (_, i) => (i * 7919) % 131072)],
  ])('read back what was written: %j', (cells) => {
    expect([...decodeWideCells(encodeWideCells(cells, 'test'), 'test')]).toEqual(cells);
  });

  it('costs a sixteenth more than 16-bit cells, not twice as much', () => {
    const cells = Array.from({ length: 1600 }, (_, i) => i);
    const wide = Buffer.from(encodeWideCells(cells, 'test'), 'base64').length;
    expect(wide).toBe(2 * (2 + 1600 + 100));
  });

  it.each([[131072], [-1], [1.5]])('refuses a cell that does not fit: %d', (cell) => {
    expect(() => encodeWideCells([cell], 'the table')).toThrow(ClassificationError);
  });

  it('refuses a table whose count does not match its length', () => {
    const cut = Buffer.from(encodeWideCells([1, 2, 70000], 'test'), 'base64').subarray(0, 8);
    expect(() => decodeWideCells(cut.toString('base64'), 'the table')).toThrow(
      'the table: damaged prebuilt table',
    );
  });
});
