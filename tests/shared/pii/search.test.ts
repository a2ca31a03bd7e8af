import fc from 'fast-check';
import { countBefore } from '../../../shared/pii/search.js';

describe('countBefore', () => {
  it.each([
    [[], 5, 0],
    [[1, 3, 5], 0, 0],
    [[1, 3, 5], 3, 1],
    [[1, 3, 5], 4, 2],
    [[1, 3, 5], 9, 3],
    [[2, 2, 2], 2, 0],
  ])('in %j, counts the items below %d: %d', (items, point, expected) => {
    expect(countBefore(items.length, (i) => (items[i] as number) < point)).toBe(expected);
  });

  it('property: equals a linear count over any sorted list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 })),
        fc.integer({ min: -1, max: 51 }),
        (values, point) => {
          const sorted = [...values].sort((a, b) => a - b);
          const linear = sorted.filter((value) => value <= point).length;
          expect(countBefore(sorted.length, (i) => (sorted[i] as number) <= point)).toBe(linear);
        },
      ),
      { seed: 20261128 },
    );
  });
});
