import { foldText } from '../../../../shared/pii/lexicon/fold.js';
import { TERM_GUARDS } from '../../../../shared/pii/lexicon/guards.js';
import { type LexiconKind, lexiconHits, spellings } from '../../../../shared/pii/lexicon/index.js';
import { CONTACT_CUES } from '../../../../shared/pii/lexicon/terms/contact-cues.js';
import { CRIMINAL_TERMS } from '../../../../shared/pii/lexicon/terms/criminal.js';
import { PERSON_CUES } from '../../../../shared/pii/lexicon/terms/person-cues.js';
import { PRONOUN_CUES } from '../../../../shared/pii/lexicon/terms/pronoun-cues.js';
import {
  SPECIAL_CATEGORY_TERMS,
  UNION_NAMES,
} from '../../../../shared/pii/lexicon/terms/special-categories.js';

const found = (text: string, kind: LexiconKind): string[] =>
  lexiconHits(text)
    .of(kind)
    .map((hit) => text.slice(hit.start, hit.end));

describe('lexiconHits', () => {
  it.each([
    ['health', 'Ich habe Diabetes.', ['Diabetes']],
    ['health', 'Sie leidet an einer Herzkrankheit.', ['Herzkrankheit']],
    ['health', 'DIABÈTE', ['DIABÈTE']],
    ['religion', 'Je suis musulmane pratiquante.', ['musulmane', 'pratiquante']],
    ['union', 'Jest członkiem związku zawodowego.', ['związku zawodowego']],
    ['criminal', 'Er ist vorbestraft.', ['vorbestraft']],
    ['self', "J'ai mal au dos.", ["J'ai"]],
    ['salutation', 'Sehr geehrter Herr Weber', ['Herr']],
    ['closing', 'Mit freundlichen Grüßen\nAnna', ['Mit freundlichen Grüßen']],
    ['closing', 'Mit freundlichen Grüssen\nAnna', ['Mit freundlichen Grüssen']],
    ['labelFirst', '{"firstName": "Anna"}', ['firstName']],
    ['birth', 'DOB: 1985-03-12', ['DOB']],
    ['streetSuffix', 'Goethestraße 5', ['Goethestraße']],
  ] as const)('finds %s words: %j', (kind, text, expected) => {
    expect(found(text, kind)).toEqual(expected);
  });

  it.each([
    ['religion', 'Jewellery by Jewett'],
    ['health', 'prediabetesx'],
    ['self', 'hoho'],
  ] as const)('does not find %s words in %j', (kind, text) => {
    expect(found(text, kind)).toEqual([]);
  });

  it('widens a prefix entry to the whole word', () => {
    expect(found('Mam cukrzycę typu 2.', 'health')).toEqual(['cukrzycę']);
  });

  it('memoises the hits of the last text', () => {
    expect(lexiconHits('Ich habe Diabetes.')).toBe(lexiconHits('Ich habe Diabetes.'));
  });
});

describe('spellings', () => {
  it('writes labels also run together, and ß also as ss', () => {
    expect(spellings('date of birth', true)).toEqual(['date of birth', 'dateofbirth']);
    expect(spellings('grüße', false)).toEqual(['grüße', 'grüsse']);
    expect(spellings('criminal record', false)).toEqual(['criminal record']);
  });
});

describe('the term lists', () => {
  const lists: [string, readonly string[]][] = [
    ...Object.entries(SPECIAL_CATEGORY_TERMS),
    ['criminal', CRIMINAL_TERMS],
    ...Object.entries(PERSON_CUES),
    ...Object.entries(PRONOUN_CUES),
    ...Object.entries(CONTACT_CUES),
    ...Object.entries(UNION_NAMES),
  ];

  it.each(lists)('%s has only non-empty, trimmed entries', (_kind, list) => {
    for (const entry of list)
      expect(entry.replaceAll('*', '').trim()).toBe(entry.replaceAll('*', ''));
    expect(list.every((entry) => entry.replaceAll('*', '').length > 0)).toBe(true);
  });

  // An entry marked '=' (written as listed) restricts every match of its folded text in its
  // kind: an unmarked entry that folds alike would be overruled, and miss what it was for.
  it.each(lists)('%s marks every entry of a folded text as written, or none', (_kind, list) => {
    const marks = new Map<string, Set<boolean>>();
    for (const entry of list) {
      const marked = entry.startsWith('=');
      const bare = marked ? entry.slice(1) : entry;
      const key = `${foldText(bare.replace(/^\*|\*$/g, ''))}|${bare.startsWith('*')}|${bare.endsWith('*')}`;
      marks.set(key, (marks.get(key) ?? new Set()).add(marked));
    }
    expect([...marks].filter(([, kinds]) => kinds.size > 1).map(([key]) => key)).toEqual([]);
  });

  // A guard is keyed by what the automaton matches: a folded entry, or a prefix entry's prefix.
  it('guards only terms that are in the lists', () => {
    const folded = new Set(
      lists.flatMap(([, list]) =>
        list.map((entry) => foldText(entry.replace(/^=/, '').replace(/^\*|\*$/g, ''))),
      ),
    );
    expect([...TERM_GUARDS.keys()].filter((key) => !folded.has(key))).toEqual([]);
  });

  it.each([
    ['a term written as listed', 'Mein Mann isst nur halal.', 'religion', ['halal']],
    ['not with diacritics it lacks', 'Apám halála után: mein Mann', 'religion', []],
    ['a cased entry in its case', 'I take PrEP daily.', 'health', ['PrEP']],
    ['not in another case', 'I take prep classes.', 'health', []],
    ['a guarded term where it is one', 'O meu irmão está preso.', 'criminal', ['preso']],
    ['not where the guard rules it out', 'Ho preso il treno.', 'criminal', []],
    ['a guard on the whole word of a prefix entry', 'my SSH key fingerprints', 'biometric', []],
  ])('matches %s', (_case, text, kind, words) => {
    expect(found(text, kind as LexiconKind)).toEqual(words);
  });

  it.each([
    ['EN', 'illness'],
    ['DE', 'Krankheit'],
    ['FR', 'maladie'],
    ['ES', 'enfermedad'],
    ['IT', 'malattia'],
    ['NL', 'ziekte'],
    ['PL', 'choroba'],
    ['PT', 'doença'],
    ['SV', 'sjukdom'],
    ['CS', 'nemoc'],
    ['HU', 'betegség'],
    ['RO', 'boală'],
    ['BG', 'болест'],
    ['HR', 'bolest'],
    ['SL', 'bolezen'],
    ['EL', 'ασθένεια'],
    ['LT', 'ligos'],
    ['LV', 'slimība'],
    ['ET', 'haigus'],
    ['FI', 'sairaus'],
    ['DA', 'sygdom'],
    ['NO', 'sykdom'],
    ['GA', 'tinneas'],
    ['MT', 'marda'],
  ])('has the %s word for illness (%s)', (_lang, word) => {
    expect(found(`x ${word} x`, 'health')).toEqual([word]);
  });
});
