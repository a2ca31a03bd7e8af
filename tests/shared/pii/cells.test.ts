import { ClassificationError } from '../../../shared/errors.js';
import { decodeCells, encodeCells } from '../../../shared/pii/cells.js';

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
