export { mulberry32 } from '../../shared/util/mulberry32.js';

/** Picks one item with probability proportional to its weight; `random` returns [0, 1). */
export const pickWeighted = <T>(
  items: readonly { readonly item: T; readonly weight: number }[],
  random: () => number,
): T | undefined => {
  const total = items.reduce((sum, { weight }) => sum + weight, 0);
  let point = random() * total;
  for (const { item, weight } of items) {
    point -= weight;
    if (point < 0) return item;
  }
  return items.at(-1)?.item;
};
