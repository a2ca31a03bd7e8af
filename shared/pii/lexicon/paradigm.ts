import { COMMON_WORDS } from './common-words.js';
import { NAME_FLAGS, nameFlags } from './names.js';
import type { NameToken } from './tokens.js';

/**
 * One capitalised word in two or more of its cases in one text: a name the text goes on speaking
 * of ("Kranjcu so ugotovili … Kranjca bomo podprli … s Kranjcem", "Omidom … Omid pravi … Omidu
 * sem predlagala", "Mikelek … Mikeli … Mikelen", "Магомедом … Магомеду"; a fifty-first and a
 * fifty-second red-team set). A note about one worker or one applicant names him again and
 * again, in whatever case the sentence needs, and the gazetteer may lack the name or know only
 * its nominative. Folded (lower case, no diacritics).
 *
 * - A stem the gazetteer knows as a clear name (no everyday word, no place): two forms of it, one
 *   in a case a name takes ('Novákovi', 'Novákem'; 'Perić', 'Periću'); or a name's stem without
 *   its final vowel, in a case of two letters ('Ilzei', 'Ilzi').
 * - A stem it does not know, of eight letters at most, in a text that speaks of health, faith,
 *   origin, opinions, sex life or crime: two forms, one of them in a case that speaks of a person
 *   (a dative, an instrumental, an allative, a comitative), not after a preposition that makes
 *   it a place ("pod Krakowem") and, where a verb ends alike, not opening a sentence; and one form
 *   not opening a line or a markup element (a label's or a heading's noun: "Puude raskusaste",
 *   "Puudega"). Without such words, three forms and none
 *   after "in" or "from": a city or a company in two of its cases reads alike ("s Googlem …
 *   Google", "с Москвой … Москва").
 */

// Endings that make another form of a name, in the declining languages of the EU and beyond:
// Slavic in Latin letters, Cyrillic, Finnish, Estonian, Hungarian, Basque, Latvian, Lithuanian,
// each added to the stem ('Omid', 'Omidom'). A word and the same word with an ending are two forms
// of one stem; so are two words with two endings ('Mikelek', 'Mikeli').
const ENDINGS = [
  // Slavic (Latin): genitive, dative, instrumental, locative, vocative; Polish and Czech women's
  // forms of a man's surname ('Nowakowej', 'Nowakową' folded 'nowakowa')
  ...['a', 'u', 'om', 'em', 'ovi', 'owi', 'mu', 'e', 'i', 'y', 'ie', 'ou', 'owa', 'owej', 'ova'],
  ...['ove', 'ovou'],
  // Cyrillic: the same cases, and the Russian surnames' '-ым', '-ой'
  ...['а', 'у', 'ю', 'я', 'ом', 'ем', 'е', 'и', 'і', 'ы', 'ові', 'ым', 'ои', 'ою', 'еи'],
  // Finnish, Estonian
  ...['n', 'in', 'lle', 'lla', 'lta', 'ssa', 'sta', 'ksi', 'le', 'ga', 'l', 'lt', 'st', 's'],
  // Hungarian
  ...['nak', 'nek', 'val', 'vel', 'nal', 'nel', 'tol', 'rol', 'hoz', 'hez', 't', 'ot', 'et'],
  // Basque: ergative, dative, genitive, comitative, after a vowel or a consonant
  ...['ek', 'ri', 'ren', 'en', 'rekin', 'ekin'],
  // Latvian, Lithuanian
  ...['am', 'im', 'ai', 'ei', 'ui', 'iui', 'as', 'is'],
];

// The cases that say a person is spoken of: dative, instrumental (with), ergative after a
// consonant, allative, comitative. Not the genitives, locatives and accusatives ('-a', '-u',
// '-e', '-en', '-ssa'), which places and things take as often ('Popradu', 'Iepirkumu'), nor an
// ending of one letter ('Irak' and 'Iran' are no 'Ira' declined), nor endings other words share:
// the Romanian article '-le' and genitive '-ui' ('Paștele', 'Paștelui'), English '-nal'
// ('Personal'), the Hungarian plural '-ek' after a consonant is kept only as Basque's ergative.
const PERSON_CASES = new Set([
  ...['om', 'em', 'ovi', 'owi', 'mu', 'ом', 'ем', 'ові', 'ым', 'ою', 'ои', 'lle', 'lta', 'ga'],
  ...['nak', 'nek', 'val', 'vel', 'hoz', 'hez', 'tol', 'rol', 'ri', 'rekin', 'ekin', 'am', 'im'],
]);
// With a stem the gazetteer knows as a name, also the cases a name shares with places and
// things: the Slavic dative '-u' ('Periću'), the Latvian and Romanian '-ei', '-ai', the Estonian
// allative '-le' ('Kaljule'), the Lithuanian dative '-ui', the Hungarian '-nál', the Basque
// ergative '-ek' ('Mikelek'), the Polish and Czech women's forms ('Nowakowej', 'Novákové').
const NAME_CASES = new Set([
  ...PERSON_CASES,
  ...['u', 'у', 'ю', 'ei', 'ai', 'le', 'ui', 'iui', 'nal', 'nel', 'ek'],
  ...['owej', 'owa', 'ova', 'ove', 'ovou'],
]);
// A name ending in a vowel that its cases replace ('Ilze', 'Ilzei', 'Ilzi'; 'Jana', 'Janou'): the
// stem without the vowel, in a case of two letters or more.
const VOWELS = ['a', 'e', 'o'];
const SWAPPED_CASES = new Set([...NAME_CASES].filter((ending) => ending.length > 1));
// Endings after which a preposition may make the word a place ("v Mariboru", "pod Krakowem",
// "в Москву", "z Popradu"): the locatives, genitives and instrumentals.
const PLACE_CASES = new Set(['u', 'у', 'ю', 'om', 'em', 'ом', 'ем', 'ым', 'ою', 'ои', 'ei', 'ai']);
// The Estonian allative '-le' follows a vowel ('Kaljule'); after a consonant it is '-ile', and
// 'Valle' is no 'Val' declined.
const AFTER_VOWEL = new Set(['le']);
const VOWEL_END = /[aeiouy]$/;
const PLACE_PREPOSITION =
  /(?:^|[^\p{L}])(?:v|ve|u|w|we|na|po|o|pri|pod|nad|pred|przed|za|mezi|medzi|miedzy|med|do|od|iz|ze|zo|k|ku|в|во|у|на|по|о|об|при|под|над|за|между|перед|пред|до|от|из|к)[ \t]+$/u;

const MIN_STEM = 3;
// A stem that ends as a Slavic adjective does ('Warszawsk-', 'Московск-'): a place's adjective
// in its cases, not a name.
const ADJECTIVE_STEM = /(?:sk|ck|ск|цк)$/;
// A stem the gazetteer lacks is a given name's or a nickname's ('Omid', 'Mamadou', 'Магомед'):
// longer ones are mostly nouns a contract capitalises ('Organizatorem', 'Nuomininkui').
const MAX_UNKNOWN_STEM = 8;
const MAX_FORMS = 64;
// Three forms of a word the gazetteer lacks make a name with no special category near: a note
// goes on naming its subject ("Omid pravi … z Omidom … Omidu sem predlagala").
const MANY_FORMS = 3;

// Peoples' names that a surname list also holds: Slovak 'Róm', 'Rómom' (a Roma, to the Roma).
const NOT_NAME_STEMS = new Set(['rom']);

const clearName = (folded: string): boolean => {
  const flags = nameFlags(folded);
  return (
    (flags & (NAME_FLAGS.FIRST | NAME_FLAGS.LAST)) !== 0 &&
    (flags & NAME_FLAGS.AMBIGUOUS) === 0 &&
    folded.length >= MIN_STEM &&
    !COMMON_WORDS.has(folded)
  );
};

const SENTENCE_END = /[.!?:\n][\s"'„“«(]*$/;
// Endings of Polish and Czech verbs in the first person ("Szukam", "Jestem"), capitalised when
// they open a sentence: as a case of a name, only inside one.
const VERB_LIKE = new Set(['am', 'em', 'im']);
const OPENING = /^[\s"'„“«(]*$/;
const SENTENCE_REACH = 4;
/** Whether the word at `start` opens the text or a sentence. */
const opensSentence = (text: string, start: number): boolean => {
  const from = Math.max(0, start - SENTENCE_REACH);
  const prefix = text.slice(from, start);
  return (from === 0 && OPENING.test(prefix)) || SENTENCE_END.test(prefix);
};

interface Form {
  readonly token: NameToken;
  readonly ending: string;
}

/** Whether the word could be a name's form: capitalised, no everyday word, no place. */
const candidate = (token: NameToken): boolean =>
  token.cased &&
  !token.allCaps &&
  !token.ambiguous &&
  token.folded.length >= MIN_STEM &&
  !COMMON_WORDS.has(token.folded);

/** The words found as one name in two or more of its forms. */
export const declinedAlike = (
  text: string,
  tokens: readonly NameToken[],
  sensitive: boolean,
): NameToken[] => {
  const stems = new Map<string, Form[]>();
  for (const token of tokens) {
    if (!candidate(token)) continue;
    const { folded } = token;
    const add = (stem: string, ending: string): void => {
      if (stem.length < MIN_STEM) return;
      const forms = stems.get(stem) ?? [];
      if (forms.length < MAX_FORMS) forms.push({ token, ending });
      stems.set(stem, forms);
    };
    add(folded, '');
    for (const ending of ENDINGS) {
      if (folded.length <= ending.length || !folded.endsWith(ending)) continue;
      const stem = folded.slice(0, -ending.length);
      if (!AFTER_VOWEL.has(ending) || VOWEL_END.test(stem)) add(stem, ending);
    }
  }
  const found = new Set<NameToken>();
  for (const [stem, forms] of stems) {
    const distinct = new Set(forms.map((form) => form.token.folded)).size;
    if (distinct < 2 || NOT_NAME_STEMS.has(stem)) continue;
    const named = clearName(stem)
      ? inCase(text, forms, NAME_CASES)
      : VOWELS.some((vowel) => clearName(`${stem}${vowel}`))
        ? inCase(text, forms, SWAPPED_CASES)
        : (sensitive || (distinct >= MANY_FORMS && !inPlace(text, forms))) &&
          stem.length <= MAX_UNKNOWN_STEM &&
          !ADJECTIVE_STEM.test(stem) &&
          inCase(text, forms, PERSON_CASES, true) &&
          forms.some(({ token }) => !LINE_OPENING.test(before(text, token)));
    if (!named) continue;
    for (const form of forms) found.add(form.token);
  }
  return [...found].sort((a, b) => a.start - b.start);
};

const PREPOSITION_REACH = 12;
const LINE_OPENING = /(?:^|[\n>])[ \t"'„“«(]*$/;
const before = (text: string, token: NameToken): string =>
  text.slice(Math.max(0, token.start - PREPOSITION_REACH), token.start).toLowerCase();

// "In" and "from", which put a place in its case and seldom a person ("v Mariboru", "w Gdańsku",
// "в Москве", "iz Zagreba").
const IN_PLACE = /(?:^|[^\p{L}])(?:v|ve|w|we|iz|в|во|из)[ \t]+$/u;
/** Whether a form of the word stands after "in" or "from": a place. */
const inPlace = (text: string, forms: readonly Form[]): boolean =>
  forms.some(({ token }) => IN_PLACE.test(before(text, token)));

/**
 * Whether a form is in one of the cases, and not after a preposition that makes it a place; with
 * `inside`, a form that a verb's could be does not open a sentence ("Szukam", I look for).
 */
const inCase = (
  text: string,
  forms: readonly Form[],
  cases: ReadonlySet<string>,
  inside = false,
): boolean =>
  forms.some(
    ({ token, ending }) =>
      cases.has(ending) &&
      !(PLACE_CASES.has(ending) && PLACE_PREPOSITION.test(before(text, token))) &&
      !(inside && VERB_LIKE.has(ending) && opensSentence(text, token.start)),
  );
