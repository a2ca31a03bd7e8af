import { specialCategoryRecognizer } from '../../../../shared/pii/recognizers/special-category.js';

// Art. 9 misses of a fifth red-team set (invented people): an old person pointed at in a delivery
// or care note ("la dame âgée en fauteuil roulant"), alcohol problems and a referral to the
// occupational physician in an HR file.
const types = (text: string): string[] =>
  specialCategoryRecognizer.find(text).map((finding) => finding.type);

describe('special-category terms of the fifth red-team set', () => {
  it.each([
    ['FR, an old lady', 'la dame âgée en fauteuil roulant ne peut pas descendre'],
    ['FR, an old man', 'Le vieux monsieur du rez-de-chaussée est sous dialyse.'],
    ['EN, an old lady', 'The elderly lady in 3B is on dialysis.'],
    ['DE, an old lady', 'Die ältere Dame sitzt im Rollstuhl.'],
    ['ES, an old man', 'El anciano del segundo está en diálisis.'],
    ['NL, alcohol problems', 'Hij heeft een alcoholprobleem.'],
    ['NL, a referral', 'Zij is doorverwezen naar de bedrijfsarts.'],
    ['DE, a referral', 'Sie wurde an den Betriebsarzt verwiesen.'],
    ['FR, a referral', 'Il a été orienté vers le médecin du travail.'],
    ['EN, a drinking problem', 'He has a drinking problem, HR says.'],
  ])('finds health data: %s', (_case, text) => {
    expect(types(text)).toContain('HEALTH_DATA');
  });

  it.each([
    ['FR, a dessert', 'La dame blanche est un dessert glacé au chocolat chaud.'],
    ['FR, a museum', 'Le musée propose des fauteuils roulants à l’accueil.'],
    ['NL, a policy', 'Neem bij klachten contact op met de bedrijfsarts.'],
    ['NL, a policy on alcohol', 'Het beleid over alcoholproblematiek op de werkvloer.'],
    ['DE, a policy', 'Der Betriebsarzt ist dienstags im Haus.'],
    ['EN, a policy', 'Our policy covers alcohol problems in the workplace.'],
  ])('finds nothing without a person: %s', (_case, text) => {
    expect(types(text)).toEqual([]);
  });
});
