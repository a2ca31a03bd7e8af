/**
 * How many of `count` ordered items come before a point: the first index for which `before` is
 * false, when it holds for a prefix of the items and fails for the rest (a lower bound, found by
 * binary search). Every sorted index of offsets in the classifier is searched with it.
 */
export const countBefore = (count: number, before: (index: number) => boolean): number => {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
};
