/**
 * Builds shared/pii/data/names.ts: the first names and surnames of the EU/EEA locales of
 * @faker-js/faker (a devDependency, MIT licence), folded (lower case, no diacritics) and
 * deduplicated (Polish surnames also in their feminine form), so the classifier never imports
 * faker at run time. Names that are also common
 * words in faker's word, month, weekday, country and city lists ('Will', 'Rose', 'Paris') are
 * listed apart: alone they are weak evidence of a person. Faker lacks names in everyday use in
 * some of these countries (Irish names, Greek short forms): scripts/name-supplement.ts adds them,
 * and the vocatives of Greek masculine names ('Γιώργο', 'Νίκο': the final 'ς' dropped).
 * Run: npx tsx scripts/build-name-gazetteer.ts
 */
import { writeFileSync } from 'node:fs';
import { allLocales } from '@faker-js/faker';
import fakerPackage from '@faker-js/faker/package.json' with { type: 'json' };
import { foldText } from '../shared/pii/lexicon/fold.js';
import {
  SUPPLEMENT_AMBIGUOUS,
  SUPPLEMENT_FIRST_NAMES,
  SUPPLEMENT_LAST_NAMES,
} from './name-supplement.js';

const LOCALES = [
  ...['en', 'en_GB', 'en_IE', 'de', 'de_AT', 'de_CH', 'fr', 'fr_BE', 'fr_CH', 'fr_LU', 'it'],
  ...['es', 'nl', 'nl_BE', 'pl', 'pt_PT', 'pt_BR', 'sv', 'da', 'fi', 'nb_NO', 'cs_CZ', 'sk'],
  ...['ro', 'hu', 'el', 'hr', 'lv', 'sl_SI'],
  // Names of large communities living in the EU and the UK.
  ...['tr', 'en_IN'],
  // Cyrillic: Ukrainian (the largest community arrived since 2022) and Russian (Baltic
  // minorities); their forms ('Іван', 'Петров', 'Петрова') also cover most Bulgarian names.
  ...['uk', 'ru'],
] as const;
// Polish surnames in faker are masculine: their feminine forms ('Kowalski' → 'Kowalska') too.
const FEMININE: readonly [RegExp, string][] = [
  [/ski$/, 'ska'],
  [/cki$/, 'cka'],
  [/dzki$/, 'dzka'],
];
// Particles of compound surnames ('de Vries', 'van den Berg'): not names on their own.
const PARTICLES = new Set(
  [
    'de',
    'da',
    'do',
    'dos',
    'das',
    'di',
    'del',
    'della',
    'dal',
    'du',
    'des',
    'le',
    'la',
    'van',
  ].concat(['von', 'der', 'den', 'ten', 'ter', 'zu', 'el', 'al', 'y', 'e', 'of', 'mc', "d'"]),
);
// Irish particles in the supplement's surnames: 'Ó Briain', 'Ní Bhriain', 'Mac Cárthaigh'.
const IRISH_PARTICLES = new Set([...PARTICLES, 'ó', 'ní', 'nic', 'uí', 'mhic', 'ua', 'mac']);
const TOKEN = /^\p{Lu}[\p{L}\p{M}'’-]+$/u;
const LINE_WIDTH = 92;

type Names = string[] | Record<string, string[] | undefined> | undefined;

const valuesOf = (names: Names): string[] =>
  names === undefined ? [] : Array.isArray(names) ? names : Object.values(names).flat();

interface PersonDefinitions {
  readonly first_name?: Names;
  readonly last_name?: Names;
}

interface LocaleDefinitions {
  readonly person?: PersonDefinitions;
  readonly word?: Record<string, string[]>;
  readonly date?: Record<string, Record<string, string[]>>;
  readonly location?: Record<string, Names>;
}

const definitionsOf = (locale: string): LocaleDefinitions =>
  (allLocales as Record<string, LocaleDefinitions>)[locale] ?? {};

const personOf = (locale: string): PersonDefinitions => definitionsOf(locale).person ?? {};

// Where faker's word, calendar and place lists are large and in everyday use.
const WORD_LOCALES = ['en', 'de', 'fr', 'pt_PT'];
const PLACE_LOCALES = ['en', 'de', 'fr', 'it', 'es', 'pl', 'pt_PT'];

const singleWords = (names: Names): string[] => valuesOf(names).filter((n) => !n.includes(' '));

/** Every word of faker's common-word, calendar (full names), country and city lists, folded. */
const commonWords = (): Set<string> => {
  const words = new Set<string>();
  for (const locale of WORD_LOCALES) {
    const { word, date } = definitionsOf(locale);
    const lists = [...Object.values(word ?? {}), valuesOf(date?.month?.wide)];
    for (const entry of [...lists.flat(), ...valuesOf(date?.weekday?.wide)]) {
      words.add(foldText(entry));
    }
  }
  for (const locale of PLACE_LOCALES) {
    const { location } = definitionsOf(locale);
    // Whole single-word places only: 'San Pedro' does not make 'Pedro' a place. US city names are
    // mostly people's names ('Jackson'): EU cities only.
    const cities = locale === 'en' ? [] : singleWords(location?.city_name);
    for (const place of [...singleWords(location?.country), ...cities]) words.add(foldText(place));
  }
  return words;
};

/** Single capitalised tokens of every name, folded: 'De Luca' gives 'luca'. */
const tokensOf = (names: readonly string[], particles = PARTICLES): string[] =>
  names
    .flatMap((name) => name.split(/\s+/))
    .filter((token) => TOKEN.test(token) && !particles.has(token.toLowerCase()))
    .map((token) => foldText(token));

const collect = (
  pick: (person: PersonDefinitions) => Names,
  supplement: readonly string[],
): string[] => {
  const all = new Set(LOCALES.flatMap((locale) => tokensOf(valuesOf(pick(personOf(locale))))));
  for (const name of tokensOf(supplement, IRISH_PARTICLES)) all.add(name);
  return [...all].filter((name) => name.length >= 2).sort();
};

// A Greek masculine name drops its final 'ς' when addressed or as an object: 'Γιώργο', 'Νίκο',
// 'Κώστα', 'Γιάννη' (folded, 'σ').
const GREEK_FINAL_SIGMA = /^[\u0370-\u03ff]{3,}σ$/;
const withGreekVocatives = (names: readonly string[]): string[] =>
  [
    ...new Set([
      ...names,
      ...names.filter((name) => GREEK_FINAL_SIGMA.test(name)).map((name) => name.slice(0, -1)),
    ]),
  ].sort();

/** Space-separated names in lines of about LINE_WIDTH characters, as TypeScript strings. */
const lines = (names: readonly string[]): string[] => {
  const out: string[] = [];
  let line = '';
  for (const name of names) {
    if (line.length + name.length + 1 > LINE_WIDTH) {
      out.push(line);
      line = name;
    } else {
      line = line === '' ? name : `${line} ${name}`;
    }
  }
  if (line !== '') out.push(line);
  // Quoted as the formatter (Biome) writes them: double quotes around a line holding a quote.
  return out.map((text) => (text.includes("'") ? `  "${text}",` : `  '${text}',`));
};

const first = withGreekVocatives(collect((person) => person.first_name, SUPPLEMENT_FIRST_NAMES));
const masculine = collect((person) => person.last_name, SUPPLEMENT_LAST_NAMES);
const feminine = masculine.flatMap((name) =>
  FEMININE.filter(([ending]) => ending.test(name)).map(([ending, form]) =>
    name.replace(ending, form),
  ),
);
const last = [...new Set([...masculine, ...feminine])].sort();
const common = commonWords();
for (const name of SUPPLEMENT_AMBIGUOUS) common.add(foldText(name));
const ambiguous = [...new Set([...first, ...last])].filter((name) => common.has(name)).sort();
const source = [
  `// Generated by scripts/build-name-gazetteer.ts: do not edit. ${first.length} first names,`,
  `// ${last.length} surnames, folded (lower case, no diacritics), from ${LOCALES.length} locales (EU, EEA, UK,`,
  `// Turkish, Indian English) of @faker-js/faker ${fakerPackage.version} (MIT licence, (c) Faker contributors):`,
  ...lines(LOCALES.map((locale) => `${locale}`)).map((line) => `// ${line.slice(3, -2)}`),
  '// and common names faker lacks (Irish, Greek short forms, Nordic, Czech, Hungarian, Romanian,',
  '// Estonian, Maltese, Portuguese, Welsh and British, Basque, Ukrainian in Latin script,',
  '// Icelandic, Faroese, Luxembourgish; a second pass over every EU and EEA country, the UK and',
  '// Switzerland, with the short forms in everyday use),',
  '// compiled for this project: scripts/name-supplement.ts.',
  '',
  '/** First names, space-separated in lines. */',
  'export const FIRST_NAMES: readonly string[] = [',
  ...lines(first),
  '];',
  '',
  '/** Surnames, space-separated in lines. */',
  'export const LAST_NAMES: readonly string[] = [',
  ...lines(last),
  '];',
  '',
  '/** Names that are also common words or places, space-separated in lines. */',
  'export const AMBIGUOUS_NAMES: readonly string[] = [',
  ...lines(ambiguous),
  '];',
  '',
].join('\n');

writeFileSync(new URL('../shared/pii/data/names.ts', import.meta.url), source);
console.log(
  `names.ts: ${first.length} first, ${last.length} surnames, ${ambiguous.length} ambiguous`,
);
