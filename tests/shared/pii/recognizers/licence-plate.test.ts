import { licencePlateRecognizer } from '../../../../shared/pii/recognizers/licence-plate.js';
import { foundIn } from '../helpers.js';

describe('licencePlateRecognizer', () => {
  it.each([
    ['DE', 'Halter des Fahrzeugs mit dem Kennzeichen B-MK 1234 ist Herr Weber.', 'B-MK 1234'],
    ['EN', 'My car, licence plate AB12 CDE, was towed.', 'AB12 CDE'],
    ['FR', 'Le propriétaire du véhicule immatriculé AB-123-CD a été contacté.', 'AB-123-CD'],
    ['IT', 'La targa AB 123 CD risulta intestata a Mario Rossi.', 'AB 123 CD'],
    ['ES', 'Matrícula 1234 BCD, propietario: Juan Pérez.', '1234 BCD'],
    ['NL', 'Kenteken 12-ABC-3 staat op naam van de eigenaar.', '12-ABC-3'],
    ['PL', 'Samochód o numerze rejestracyjnym WX 12345 należy do mnie.', 'WX 12345'],
  ])('finds a %s plate with an owner', (_lang, text, plate) => {
    expect(foundIn(licencePlateRecognizer, text)).toEqual([plate]);
  });

  it.each([
    ['a plate with no owner', 'Kennzeichen B-MK 1234 wurde gestern geblitzt.'],
    ['a plaque with a year', 'The plaque on the wall says 1887.'],
    ['a plate-recognition product', 'Kennzeichen-Erkennung: Genauigkeit 98 %'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(licencePlateRecognizer, text)).toEqual([]);
  });

  // A text typed in lower case: the plate read in capitals, unless it opens with a short word.
  it.each([
    ['FR', 'le véhicule immatriculé cg-324-dj appartient à mon voisin', 'cg-324-dj'],
    ['PL', 'samochód o numerze rejestracyjnym gd 67603 należy do mnie', 'gd 67603'],
    ['DE', 'halter des fahrzeugs mit dem kennzeichen b-mk 1234 ist herr weber', 'b-mk 1234'],
  ])('finds a %s plate in lower case with an owner', (_lang, text, plate) => {
    expect(foundIn(licencePlateRecognizer, text)).toEqual([plate]);
  });

  it.each([
    ['a date after a plate word', 'mein kennzeichen ab 2024 gehört mir, sagt der halter'],
    [
      'a plate in lower case in a text in the usual case',
      'Le véhicule immatriculé cg-324-dj appartient à mon voisin.',
    ],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(licencePlateRecognizer, text)).toEqual([]);
  });
});
