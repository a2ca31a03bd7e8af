/** Weighted sum of the digits modulo `modulus`: the building block of most check digits. */
export const weightedSum = (digits: string, weights: readonly number[], modulus: number): number =>
  weights.reduce((sum, weight, i) => sum + weight * Number(digits.charAt(i)), 0) % modulus;

/** Luhn (mod 10) over all the digits, check digit last. */
export const luhn = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits.charAt(digits.length - 1 - i));
    const doubled = i % 2 === 1 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
};
