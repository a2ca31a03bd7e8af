import { COMMON_WORDS } from './common-words.js';
import { clearly } from './inflection.js';
import { isFirstName, NAME_FLAGS } from './names.js';
import { type NameToken, opensSentenceAt } from './tokens.js';

/**
 * A name the gazetteer knows, in two or more of its cases in one text: a note about one worker
 * names him again and again, in whatever case the sentence needs ("Kranjcu so ugotovili poklicno
 * okvaro sluha … Kranjca bomo podprli … s Kranjcem", "Novákovi je zase blbě se zády … s Novákem",
 * "Mikelek bizkarreko mina … Mikeli", "Ilzei … grūtniecība … Ilzi"; a fifty-second red-team set),
 * where the gazetteer knows only the nominative and one case alone says too little. Folded (lower
 * case, no diacritics).
 *
 * The stem is a clear name of the gazetteer (no everyday word, no place it marks), or one without
 * its final vowel ('Ilze': 'Ilzei', 'Ilzi'); one form is in a case a name takes. A surname only in
 * a text that speaks of health, faith, origin, opinions, sex life or crime: brands that are
 * surnames take cases too ("Siemens … se Siemensem", "a Bosch … a Boschnak"). A stem the gazetteer
 * lacks is never read so: a review found companies, towns and a contract's capitalised parties in
 * their cases ("Orlen … Orlenu … z Orlenem", "Nájemce … Nájemci … s Nájemcem", "Tampereen …
 * Tampereelle") too often, with a health word in the text or without.
 */

// Endings that make another form of a name, in the declining languages of the EU and beyond:
// Slavic in Latin letters, Cyrillic, Finnish, Estonian, Hungarian, Basque, Latvian, Lithuanian,
// each added to the stem ('Novák', 'Novákem'). A word and the same word with an ending are two
// forms of one stem; so are two words with two endings ('Mikelek', 'Mikeli').
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
  // Basque: ergative, dative, genitive, comitative
  ...['ek', 'ri', 'ren', 'en', 'rekin', 'ekin'],
  // Latvian, Lithuanian
  ...['am', 'im', 'ai', 'ei', 'ui', 'iui', 'as', 'is'],
];

// The cases a name takes that say it is spoken of: dative, instrumental (with), ergative,
// allative, comitative, the Slavic dative '-u' ('Periću'), the Latvian and Romanian '-ei', '-ai',
// the Estonian allative '-le' ('Kaljule'), the Lithuanian dative '-ui', the Hungarian '-nál', the
// Polish and Czech women's forms ('Nowakowej', 'Novákové'). Not the genitives and accusatives of
// one letter ('-a', '-e', '-i'), nor '-en', '-ssa': a name's and a place's alike. '-u' and the
// instrumentals are also places' (a locative, "pod Krakowem"): they count only where no
// preposition of place stands before them (PLACE_CASES).
const NAME_CASES = new Set([
  ...['om', 'em', 'ovi', 'owi', 'mu', 'ом', 'ем', 'ові', 'ым', 'ою', 'ои', 'lle', 'lta', 'ga'],
  ...['nak', 'nek', 'val', 'vel', 'hoz', 'hez', 'nal', 'nel', 'tol', 'rol', 'ek', 'ri'],
  ...['rekin', 'ekin', 'am', 'im', 'ui', 'iui', 'u', 'у', 'ю', 'ei', 'ai', 'le'],
  ...['owej', 'owa', 'ova', 'ove', 'ovou'],
]);
// A name ending in a vowel that its cases replace ('Ilze': 'Ilzei', 'Ilzi'; 'Dace': 'Dacei';
// 'Жика': 'Жиком'), in Latin or Cyrillic letters: the stem without the vowel, in a case of two
// letters or more.
const VOWELS = ['a', 'e', 'o', 'а', 'я', 'о', 'е'];
const SWAPPED_CASES = new Set([...NAME_CASES].filter((ending) => ending.length > 1));
// Endings after which a preposition may make the word a place ("v Mariboru", "pod Krakowem",
// "в Москву", "z Popradu"): the locatives, genitives and instrumentals.
const PLACE_CASES = new Set(['u', 'у', 'ю', 'om', 'em', 'ом', 'ем', 'ым', 'ою', 'ои', 'ei', 'ai']);
const PLACE_PREPOSITION =
  /(?:^|[^\p{L}])(?:v|ve|u|w|we|na|po|o|pri|pod|nad|pred|przed|za|mezi|medzi|miedzy|med|do|od|iz|ze|zo|k|ku|в|во|у|на|по|о|об|при|под|над|за|между|перед|пред|до|от|из|к)[ \t]+$/u;
const PREPOSITION_REACH = 12;
// The Estonian allative '-le' follows a vowel ('Kaljule'); after a consonant it is '-ile', and
// 'Valle' is no 'Val' declined.
const AFTER_VOWEL = new Set(['le']);
const VOWEL_END = /[aeiouy]$/;
// Endings of Polish and Czech verbs in the first person ("Szukam", "Jestem"), capitalised when
// they open a sentence: as a case of a name, only inside one.
const VERB_LIKE = new Set(['am', 'em', 'im']);
// Peoples' names that a surname list also holds: Slovak 'Róm', 'Rómom' (a Roma, to the Roma).
// Surnames that companies and clubs bear, in texts on health ("s Bayerem o lécích", "Hajduku
// nedostaje ozlijeđenih igrača": a review of the twenty-third session).
const NOT_NAME_STEMS = new Set([
  'rom',
  'bayer',
  'merck',
  'richter',
  'hajduk',
  'siemens',
  'bosch',
  'porsche',
  'opel',
  'philips',
]);

const MIN_STEM = 3;
// A text's forms of one stem recorded at most (the first ones; later mentions are not spanned).
const MAX_FORMS = 64;

const clearName = (folded: string): boolean => clearly(folded, NAME_FLAGS.FIRST | NAME_FLAGS.LAST);

interface Form {
  readonly token: NameToken;
  readonly ending: string;
}

/** Whether the word could be a name's form: capitalised, no everyday word, none the gazetteer
 * marks as also a word or a place. */
const candidate = (token: NameToken): boolean =>
  token.cased &&
  !token.allCaps &&
  !token.ambiguous &&
  token.folded.length >= MIN_STEM &&
  !COMMON_WORDS.has(token.folded);

// The second of two places after one preposition ("между Москвой и Владимиром", "medzi Žilinou a
// Martinom"): the preposition, a capitalised word, 'and'.
const PLACE_PAIR =
  /(?:^|[^\p{L}])(?:mezi|medzi|miedzy|med|между|pod|nad|za|под|над|за|v|w|u|в|у|na|на)[ \t]+\p{Lu}[\p{L}\p{M}-]*[ \t]+(?:и|і|a|i|in|ja|és|and|und|et|e|y)[ \t]+$/u;
const PAIR_REACH = 48;

const afterPlacePreposition = (text: string, { token, ending }: Form): boolean =>
  PLACE_CASES.has(ending) &&
  (PLACE_PREPOSITION.test(
    text.slice(Math.max(0, token.start - PREPOSITION_REACH), token.start).toLowerCase(),
  ) ||
    PLACE_PAIR.test(text.slice(Math.max(0, token.start - PAIR_REACH), token.start)));

/** Whether a form is in one of the cases, not after a preposition that makes it a place, and,
 * where a verb ends alike, not opening a sentence ("Szukam", I look for). */
const inCase = (text: string, forms: readonly Form[], cases: ReadonlySet<string>): boolean =>
  forms.some(
    (form) =>
      cases.has(form.ending) &&
      !afterPlacePreposition(text, form) &&
      !(VERB_LIKE.has(form.ending) && opensSentenceAt(text, form.token.start)),
  );

/** The words found as one name in two or more of its forms (`sensitive`: whether the text has a
 * special category or criminal data, which a surname needs; asked only then). A form after a
 * preposition of place is left out. */
export const declinedAlike = (
  text: string,
  tokens: readonly NameToken[],
  sensitive: () => boolean,
): NameToken[] => {
  const stems = new Map<string, Form[]>();
  const shared = sharingPrefix(tokens);
  if (shared.size === 0) return [];
  for (const token of tokens) {
    if (!shared.has(token.folded) || !candidate(token)) continue;
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
    if (forms.length < 2 || NOT_NAME_STEMS.has(stem)) continue;
    const distinct = new Set(forms.map((form) => form.token.folded)).size;
    if (distinct < 2) continue;
    const base = clearName(stem)
      ? stem
      : VOWELS.map((vowel) => `${stem}${vowel}`).find((name) => clearName(name));
    if (base === undefined || (!isFirstName(base) && !sensitive())) continue;
    const named = inCase(text, forms, base === stem ? NAME_CASES : SWAPPED_CASES);
    if (!named) continue;
    for (const form of forms) if (!afterPlacePreposition(text, form)) found.add(form.token);
  }
  return [...found].sort((a, b) => a.start - b.start);
};

/** The words (folded) that share their first letters with another word of the text: the only
 * ones that may be two forms of one stem (most texts have few; the rest is not looked at). */
const sharingPrefix = (tokens: readonly NameToken[]): ReadonlySet<string> => {
  const byPrefix = new Map<string, string>();
  const shared = new Set<string>();
  for (const { folded } of tokens) {
    if (folded.length < MIN_STEM) continue;
    const prefix = folded.slice(0, MIN_STEM);
    const other = byPrefix.get(prefix);
    if (other === undefined) byPrefix.set(prefix, folded);
    else if (other !== folded) {
      shared.add(other);
      shared.add(folded);
    }
  }
  return shared;
};
