import { isCountedSubject } from '../../../../shared/pii/lexicon/statistic-subject.js';

/** Whether the cue (its first occurrence in the text) has a share of a group as its subject. */
const counted = (text: string, cue: string): boolean => isCountedSubject(text, text.indexOf(cue));

describe('isCountedSubject', () => {
  it.each([
    ['IT, one in three', 'circa un lavoratore su tre è iscritto', 'è iscritto'],
    ['IT, after "e"', 'il tasso è al 52,5% e circa un lavoratore su tre è iscritto', 'è iscritto'],
    ['IT, a percentage of', 'Il 30% dei lavoratori è iscritto', 'è iscritto'],
    ['IT, per cent of', 'Il 30 per cento dei lavoratori italiani è iscritto', 'è iscritto'],
    ['ES, one of every three', 'Uno de cada tres trabajadores está afiliado', 'está afiliado'],
    ['PL, every third', 'Co trzeci pracownik jest członkiem', 'pracownik'],
    ['EN, one in five', 'Roughly one in five employees has', 'has'],
    ['DE, every third', 'Jeder dritte Beschäftigte ist', 'ist'],
    ['FR, one in ten', 'Un salarié sur dix est', 'est'],
    ['NL, one in three', 'Een op de drie werknemers is', 'is'],
    ['SV, every third', 'Var tredje anställd är', 'är'],
    ['EN, the majority', 'The majority of staff has', 'has'],
  ])('finds a share as the subject: %s', (_case, text, cue) => {
    expect(counted(text, cue)).toBe(true);
  });

  it.each([
    ['a person', 'Il mio collega è iscritto', 'è iscritto'],
    ['a percentage of no group', 'Lavora al 50% ed è iscritto', 'è iscritto'],
    ['a share in another clause', 'Il 30% è precario, ma lui è iscritto', 'lui'],
    ['one day in three, then "and"', 'Lavora un giorno su tre ed è iscritto', 'è iscritto'],
    ['a share after the cue', 'È iscritto come un lavoratore su tre', 'È iscritto'],
    ['nothing before the cue', 'È iscritto', 'È iscritto'],
    [
      'a share too far before the cue',
      'Uno su tre dice che da anni ormai mio fratello è iscritto',
      'è',
    ],
  ])('finds no share as the subject: %s', (_case, text, cue) => {
    expect(counted(text, cue)).toBe(false);
  });
});
