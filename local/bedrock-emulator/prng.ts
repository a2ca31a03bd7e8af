/** mulberry32: a tiny seedable PRNG, so destination sequences repeat for a given seed. */
export const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

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
