import { personReferenceRecognizer } from '../../../../shared/pii/recognizers/person-reference.js';

const found = (text: string): string[] =>
  personReferenceRecognizer
    .find(text)
    .filter((finding) => finding.detail === 'bed')
    .map((finding) => text.slice(finding.start, finding.end));

// A hospital room and bed single out the patient lying there: a room word, its number, then at
// once a bed word and its number or letter. Not a room alone, not a bed said to be free.
describe('personReferenceRecognizer: a patient by room and bed', () => {
  it.each([
    ['ES', 'Hab. 312 cama B: varón 71 a., ingresado el 12/03', 'Hab. 312 cama B'],
    ['ES, spelt out', 'habitación 12, cama 2, alérgica a penicilina', 'habitación 12, cama 2'],
    ['EN', 'Room 12 bed 2: confused overnight, family informed', 'Room 12 bed 2'],
    ['DE', 'Zimmer 4, Bett 1: Patientin 82 J., Sturz', 'Zimmer 4, Bett 1'],
    ['FR', 'chambre 12 lit A : dame de 85 ans, chute', 'chambre 12 lit A'],
    ['IT', 'stanza 5 letto 2: paziente diabetico', 'stanza 5 letto 2'],
    ['NL', 'kamer 3 bed 1: meneer is gevallen', 'kamer 3 bed 1'],
    ['PL', 'sala 4 łóżko 2: pacjentka po operacji', 'sala 4 łóżko 2'],
    ['PT', 'quarto 7 cama 1: doente com febre', 'quarto 7 cama 1'],
  ])('finds %s', (_case, text, reference) => {
    expect(found(text)).toEqual([reference]);
  });

  it.each([
    ['a hotel room', 'Hab.: 612 (Doble vista mar)'],
    ['an extra bed', 'Room 305, extra bed requested for the child'],
    ['a bed and breakfast', 'Room 2 bed & breakfast included'],
    ['a flat', '3 bed 2 bath flat to let'],
    ['ES, a free bed', 'Hab. 314 cama A: libre desde las 22:00.'],
    ['DE, a free bed', 'Zimmer 7 Bett 2 frei ab Montag'],
    ['a meeting room', 'Meeting in room 4.12, bring your laptop'],
  ])('finds nothing: %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });
});
