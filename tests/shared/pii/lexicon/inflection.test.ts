import { foldText } from '../../../../shared/pii/lexicon/fold.js';
import { inflectedName } from '../../../../shared/pii/lexicon/inflection.js';

const of = (word: string) => inflectedName(foldText(word), word);

describe('inflectedName', () => {
  it.each([
    ['Agnieszce', { first: true, last: false, strong: true }],
    ['Wróblewskiej', { first: false, last: true, strong: true }],
    ['Dvořákové', { first: false, last: true, strong: true }],
    ['Jukalle', { first: true, last: false, strong: true }],
    ['Matille', { first: true, last: false, strong: true }],
    ['Virtaselle', { first: false, last: true, strong: true }],
    ['Oldze', { first: true, last: false, strong: true }],
    ['Tomaszem', { first: true, last: false, strong: false }],
    ['Paquito', { first: true, last: false, strong: false }],
    // Hungarian: dative, ablative, instrumental after a consonant, married name
    ['Bélának', { first: true, last: false, strong: true }],
    ['Bélától', { first: true, last: false, strong: true }],
    ['Erzsébettel', { first: true, last: false, strong: true }],
    ['Pistinek', { first: true, last: false, strong: true }],
    ['Szabóné', { first: false, last: true, strong: true }],
    // Lithuanian: dative of first name and surname, genitive of a married surname
    ['Jonui', { first: true, last: true, strong: true }],
    ['Petraičiui', { first: false, last: true, strong: true }],
    ['Petraitienės', { first: false, last: true, strong: false }],
    // Croatian: instrumental, dative
    ['Anom', { first: true, last: false, strong: false }],
    ['Kovačevićem', { first: false, last: true, strong: false }],
    ['Marku', { first: true, last: false, strong: true }],
    ['Josipu', { first: true, last: false, strong: false }],
    // Romanian dative
    ['Ioanei', { first: true, last: false, strong: false }],
    // Latvian dative of a first name in '-is' and a surname in '-s'/'-š'
    ['Jānim', { first: true, last: false, strong: true }],
    ['Andrim', { first: true, last: false, strong: true }],
    ['Bērziņam', { first: false, last: true, strong: true }],
    ['Ozolam', { first: false, last: true, strong: true }],
    // Latvian feminine dative of a surname in '-a' ('Liepiņa', 'Ozoliņa')
    ['Liepiņai', { first: false, last: true, strong: false }],
    ['Ozoliņai', { first: false, last: true, strong: false }],
    // Written with an ogonek: Polish accusative and instrumental, Lithuanian accusative
    ['Katarzynę', { first: true, last: false, strong: true }],
    ['Anną', { first: true, last: false, strong: true }],
    ['Mroczkowską', { first: false, last: true, strong: true }],
    ['Oną', { first: true, last: false, strong: true }],
    ['Gabrielę', { first: true, last: true, strong: true }],
    ['Kęstutį', { first: true, last: false, strong: true }],
    ['Kazlauską', { first: false, last: true, strong: true }],
    ['Kazlauskienę', { first: false, last: true, strong: true }],
    // Czech and Slovak women's surnames of a man's the gazetteer knows
    ['Bieliková', { first: false, last: true, strong: false }],
  ])('derives %s from its stem', (word, expected) => {
    expect(of(word)).toEqual(expected);
  });

  it.each([
    ...['Helsingissä', 'Tampereella', 'Polsce', 'Mosquito', 'Bonito', 'Cocina', 'Pizza'],
    // Hungarian words and places in the same cases; '-né' and '-tól' without their accent
    ...['Holnaptól', 'Irodának', 'Csapattal', 'Ajánlatnak', 'Budapestnek', 'Hétfőtől', 'Szabone'],
    ...['Kennel', 'Channel', 'Marvel', 'Festival', 'Kassel', 'Personne', 'Belatol', 'Idővel'],
    ...['Akkortól', 'Roku', 'Kolossal', 'Denim', 'Team', 'Program', 'Potsdam', 'Muslim'],
    // Croatian and Lithuanian places and words; places that read as a declined name
    ...['Zagrebu', 'Splitu', 'Osijeku', 'Hvaru', 'Vilniuje', 'Kaune', 'Random', 'Kingdom'],
    ...['Hindu', 'Macau', 'Peru', 'Baku', 'Zulu', 'Shanghai', 'Dubai', 'Haiku', 'Menu'],
    // Spanish and Portuguese 'data' ("Base de Datos"), not Lithuanian genitives
    ...['Datos', 'Dados'],
    // Words in '-ai' and '-ne' that are no declined name; '-né' without its accent
    ...['Samurai', 'Bonsai', 'Thai', 'Online', 'Machine', 'Routine'],
    // Czech and Slovak adjectives in '-né' ("Rodné číslo"); '-né' after a given name is read only
    // after a surname ('Kovács Jánosné': person-names.ts)
    ...['Rodné', 'Jánosné'],
    // Polish and Lithuanian words with the same endings: verbs, nouns
    ...['Proszę', 'Mogę', 'Pracę', 'Sprawę', 'Drogę', 'Dieną', 'Osobą', 'Sąskaitą'],
  ])('derives nothing from %s', (word) => {
    expect(of(word)).toBeUndefined();
  });
});
