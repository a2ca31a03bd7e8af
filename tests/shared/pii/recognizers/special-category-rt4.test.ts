import { specialCategoryRecognizer } from '../../../../shared/pii/recognizers/special-category.js';

// Art. 9 misses of a fourth red-team set (invented people): a newcomer ("the new hire", "Η νέα
// υπάλληλος"), a Hungarian candidate, joining a union in a singular form with no subject before it.
const types = (text: string): string[] =>
  specialCategoryRecognizer.find(text).map((finding) => finding.type);

describe('special-category terms of the fourth red-team set', () => {
  it.each([
    [
      'HU, a candidate',
      'A tegnapi jelölt, aki a pécsi állásra pályázott, Jehova tanúja.',
      'RELIGIOUS_BELIEF',
    ],
    [
      'EL, a newcomer and a wheelchair',
      'Η νέα υπάλληλος του λογιστηρίου χρησιμοποιεί αναπηρικό αμαξίδιο.',
      'HEALTH_DATA',
    ],
    [
      'EN, a newcomer',
      'The new hire in accounts uses a wheelchair, we need a ramp.',
      'HEALTH_DATA',
    ],
    ['DE, a newcomer', 'Die neue Kollegin im Lager ist schwanger.', 'HEALTH_DATA'],
    ['FR, a newcomer', 'La nouvelle collègue de la compta est enceinte.', 'HEALTH_DATA'],
    ['IT, a newcomer', 'Il nuovo collega del magazzino è diabetico.', 'HEALTH_DATA'],
    ['NL, a newcomer', 'De nieuwe collega op de afdeling is zwanger.', 'HEALTH_DATA'],
    [
      'FR, joining a union',
      "Le cariste qui a commencé en janvier s'est syndiqué à la CGT.",
      'TRADE_UNION_MEMBERSHIP',
    ],
    [
      'ES, joining a union',
      'El mozo de almacén se afilió a CCOO la semana pasada.',
      'TRADE_UNION_MEMBERSHIP',
    ],
  ])('finds %s', (_case, text, type) => {
    expect(types(text)).toContain(type);
  });

  it.each([
    ['FR, a country', "Le pays s'est doté d'un plan contre le cancer."],
    ['FR, a group', 'Les salariés se sont syndiqués en masse en 1936.'],
    ['EN, a new treatment', 'The new treatment for diabetes is promising.'],
    ['FR, a new law', 'La nouvelle loi sur le handicap entre en vigueur.'],
    ['IT, a new ward', 'Il nuovo reparto di oncologia apre lunedì.'],
    ['HU, marked fields', 'A jelölt mezők kitöltése kötelező.'],
  ])('leaves %s', (_case, text) => {
    expect(types(text)).toEqual([]);
  });
});
