import { luhn, weightedSum } from '../../../shared/pii/checksums.js';

describe('luhn', () => {
  it.each([
    ['4111111111111111', true],
    ['79927398713', true],
    ['4111111111111112', false],
    ['79927398710', false],
  ])('checks %s', (digits, expected) => {
    expect(luhn(digits)).toBe(expected);
  });
});

describe('weightedSum', () => {
  it('sums digits times weights modulo the modulus', () => {
    expect(weightedSum('1234', [1, 2, 3, 4], 7)).toBe((1 + 4 + 9 + 16) % 7);
  });

  it('ignores digits beyond the weights', () => {
    expect(weightedSum('119', [1, 1], 10)).toBe(2);
  });
});
