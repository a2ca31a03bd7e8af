/**
 * Letters, numbers and combining marks of the scripts the classifier reads (Latin with its
 * extensions, IPA, Greek, Cyrillic), as ranges for a regular expression's class, for the edges
 * of patterns that find things: "no letter or number before", `(?<![${EDGE_LETTERS}${EDGE_NUMBERS}])`.
 *
 * Why not `\p{L}`: V8 parses a Unicode property class anew in every pattern it meets, when the
 * module is parsed, when the pattern is created and when it is first run, about 0.1 ms in all for
 * each class (some 700 ranges for the letters); the classifier's patterns named the letters and
 * numbers at their edges some 160 times, which cost about 15 ms of every cold start. These
 * classes have 27 ranges.
 *
 * Each is a subset of its property (tests/shared/pii/letters.test.ts checks it against `\p{L}`,
 * `\p{N}` and `\p{M}`), used only inside a negative lookaround of a pattern whose matches are
 * findings or the words and cues they are made of, where a smaller class lets through every start
 * the property let through, and more: a letter of another script right before a number does not
 * hide the number (a pattern that captures may then settle on another match by backtracking: a
 * review saw one, a date after a student label no longer taken for the number). Patterns that
 * rule matches out keep the property classes.
 */
export const EDGE_LETTERS =
  'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u048a-\\u052f\\u1e00-\\u1eff';
/** Digits and the numbers of Latin-1 (superscripts, fractions): a subset of `\p{N}`. */
export const EDGE_NUMBERS = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be';
/** Combining diacritical marks, Latin and Cyrillic: a subset of `\p{M}`. */
export const EDGE_MARKS = '\\u0300-\\u036f\\u0483-\\u0489';
/** Letters and numbers: the class at most edges ("no letter or number before"). */
export const EDGE_ALNUM = `${EDGE_LETTERS}${EDGE_NUMBERS}`;

/**
 * Any letter, for tests of one character or a short slice (not for the edges of patterns that
 * find things: see above).
 */
export const LETTER = /\p{L}/u;
