import { COMMON_WORDS } from './common-words.js';
import { NAME_FLAGS, nameFlags } from './names.js';

/**
 * A name the gazetteer lacks in this form because it is declined or made a diminutive: Polish
 * 'Agnieszce' (dative of 'Agnieszka'), 'Wróblewskiej' ('Wróblewska'), Czech 'Dvořákové'
 * ('Dvořáková'), Finnish 'Jukalle' ('Jukka', allative, with the consonant gradation kk → k),
 * Spanish 'Paquito' ('Paco'). A small set of endings, each stripped and the stem looked up: the
 * stem must be a known name that is no everyday word or place, so that one rule does not make
 * names of words. On the folded word (lower case, no diacritics: 'ą' is 'a', 'ä' is 'a').
 */
export interface Inflection {
  readonly first: boolean;
  readonly last: boolean;
  /** A case ending that itself says the person is spoken of ("to Jukka", "for Agnieszka"):
   * a name without any other cue. Otherwise (a genitive '-a', a diminutive), only with a cue. */
  readonly strong: boolean;
}

type Rule = readonly [ending: string, replacements: readonly string[], strong: boolean];

// Given names. Finnish: allative, adessive, ablative, inessive, elative, translative, essive
// (strong), genitive '-n' and partitive '-a' (weak). Polish: dative and locative '-ce' of '-ka',
// '-dze' of '-ga', '-owi' (strong); genitive '-y'/'-i', '-ki' of '-ka', instrumental '-em',
// genitive '-a' (weak). Czech: dative '-ovi' (strong), instrumental '-ou' of '-a' (weak). Spanish
// and Italian diminutives (weak): 'Paquito' → 'Paco', 'Juanita' → 'Juana', 'Paolino' → 'Paolo'.
const FIRST_RULES: readonly Rule[] = [
  ['lle', [''], true],
  ['lla', [''], true],
  ['lta', [''], true],
  ['ssa', [''], true],
  ['sta', [''], true],
  ['ksi', [''], true],
  ['na', [''], false],
  ['n', [''], false],
  ['a', [''], false],
  ['ce', ['ka'], true],
  ['dze', ['ga'], true],
  ['owi', [''], true],
  ['ovi', [''], true],
  ['ki', ['ka'], false],
  ['y', ['a'], false],
  ['i', ['a'], false],
  ['em', [''], false],
  ['ou', ['a'], false],
  ['quito', ['co'], false],
  ['quita', ['ca'], false],
  ['ito', ['o', ''], false],
  ['ita', ['a', ''], false],
  ['ino', ['o'], false],
];

// Surnames. Polish feminine '-skiej'/'-ckiej' (genitive, dative, locative), masculine '-skiego',
// '-skiemu', '-skim'; Czech feminine '-ové', '-ovou' (of '-ová'); masculine dative '-owi'/'-ovi'
// (strong), genitive '-a' and instrumental '-em' (weak); Finnish '-sen' (genitive of '-nen') and
// the local cases of it.
const LAST_RULES: readonly Rule[] = [
  ['skiej', ['ska'], true],
  ['ckiej', ['cka'], true],
  ['skiego', ['ski'], true],
  ['ckiego', ['cki'], true],
  ['skiemu', ['ski'], true],
  ['ckiemu', ['cki'], true],
  ['skim', ['ski'], false],
  ['ckim', ['cki'], false],
  ['ove', ['ova'], true],
  ['ovou', ['ova'], true],
  ['owi', [''], true],
  ['ovi', [''], true],
  ['em', [''], false],
  ['a', [''], false],
  ['selle', ['nen'], true],
  ['sella', ['nen'], true],
  ['sen', ['nen'], false],
];

const MIN_STEM = 3;
const VOWEL = /[aeiouy]$/;
const GRADES = new Set(['k', 'p', 't']);

/** The stem, and with Finnish gradation undone ('juka' → 'jukka', 'mati' → 'matti'). */
const stemsOf = (stem: string): string[] => {
  const consonant = stem.at(-2) ?? '';
  if (!VOWEL.test(stem) || !GRADES.has(consonant) || stem.at(-3) === consonant) return [stem];
  return [stem, `${stem.slice(0, -1)}${consonant}${stem.slice(-1)}`];
};

const clearly = (folded: string, flag: number): boolean => {
  const flags = nameFlags(folded);
  return (
    (flags & flag) !== 0 &&
    (flags & NAME_FLAGS.AMBIGUOUS) === 0 &&
    folded.length >= MIN_STEM &&
    !COMMON_WORDS.has(folded)
  );
};

/** Whether a rule of the list turns the word into a clear name; strong if a strong rule does. */
const derive = (folded: string, rules: readonly Rule[], flag: number): boolean | undefined => {
  let found: boolean | undefined;
  for (const [ending, replacements, strong] of rules) {
    if (!folded.endsWith(ending) || folded.length - ending.length < MIN_STEM - 1) continue;
    const stem = folded.slice(0, -ending.length);
    const hit = replacements.some((tail) =>
      stemsOf(`${stem}${tail}`).some((candidate) => clearly(candidate, flag)),
    );
    if (hit) found = (found ?? false) || strong;
  }
  return found;
};

/** What a word the gazetteer lacks is, declined or made a diminutive; undefined if nothing. */
export const inflectedName = (folded: string): Inflection | undefined => {
  const first = derive(folded, FIRST_RULES, NAME_FLAGS.FIRST);
  const last = derive(folded, LAST_RULES, NAME_FLAGS.LAST);
  if (first === undefined && last === undefined) return undefined;
  return { first: first !== undefined, last: last !== undefined, strong: !!first || !!last };
};
