import { classify } from '../../../../shared/pii/classify.js';
import { SPOKEN_TABLES } from '../../../../shared/pii/data/spoken-tables.js';
import { serializeSpokenTables } from '../../../../shared/pii/spoken.js';

const SPOKEN = [
  'kaixo amaia naiz deitu nire mugikorrera sei zortzi zortzi bi bat lau zazpi hiru bederatzi',
  'ma matricule ass eent néng aacht sechs eent eent zwee dräi null véier zwee aacht véier',
  "c'est deux quatre-vingt-sept zéro trois soixante-quinze cent seize zéro cinquante-deux",
  'el nie és i grega quatre vuit dos zero tres u set z',
];

describe('SPOKEN_TABLES', () => {
  // Classified with the tables loaded (the module loads them when the digest matches) ...
  const loaded = SPOKEN.map((text) => classify(text));
  // ... then built from the word lists again, as a cold start does when they changed.
  const built = serializeSpokenTables();

  it('holds the tables the number words build to (else: npm run build:automata)', () => {
    expect(SPOKEN_TABLES).toEqual(built);
  });

  it('gives the same findings loaded as built', () => {
    expect(SPOKEN.map((text) => classify(text))).toEqual(loaded);
    expect(loaded.every((result) => result.classification === 'personal')).toBe(true);
  });
});
