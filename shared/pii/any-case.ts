/**
 * Case-insensitive words for patterns that also use Unicode classes (\p{L}): V8 takes
 * milliseconds to compile such a pattern with the 'i' flag (it closes every class under case
 * folding), and most of them are compiled on a cold start's first call. Each letter is written as
 * the class of what /iu matches for it instead, so the pattern needs no 'i'.
 */

// What Unicode's simple case folding joins to a letter beyond its upper and lower case.
const MORE: Readonly<Record<string, string>> = {
  k: '\u212a', // Kelvin sign
  s: '\u017f', // long s
  ß: '\u1e9e', // capital sharp s
  å: '\u212b', // Angstrom sign
};

/** The letters /iu counts as `char`, as a class (or the character itself when it has no case). */
export const anyCaseChar = (char: string): string => {
  const lower = char.toLowerCase();
  const variants = new Set<string>([char]);
  for (const variant of [lower, char.toUpperCase(), lower.toUpperCase()]) {
    if (variant.length === 1) variants.add(variant);
  }
  for (const extra of MORE[lower] ?? '') variants.add(extra);
  return variants.size === 1 ? char : `[${[...variants].join('')}]`;
};

/** Words (letters, spaces and regex-free punctuation) as /iu would read them, without 'i'. */
export const anyCase = (words: string): string =>
  [...words].map((char) => (/\p{L}/u.test(char) ? anyCaseChar(char) : char)).join('');
