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

  // A mail client wraps a line where a space was: inside the plate or before it.
  it.each([
    ['between its groups', 'Mein Auto mit dem Kennzeichen B MK\n1234 gehört mir.', 'B MK\n1234'],
    ['after the plate word', 'Mein Auto mit dem Kennzeichen\nB MK 1234 gehört mir.', 'B MK 1234'],
    [
      'between its groups (PL)',
      'Samochód o numerze rejestracyjnym GD\n67603 należy do mnie.',
      'GD\n67603',
    ],
  ])('finds a plate wrapped %s', (_case, text, expected) => {
    expect(foundIn(licencePlateRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['a blank line inside it', 'Mein Auto mit dem Kennzeichen B MK\n\n1234 gehört mir.', []],
    [
      'the next line after a whole plate',
      'Mein Auto mit dem Kennzeichen B MK 1234\nBMW gehört mir.',
      ['B MK 1234'],
    ],
  ])('does not join %s', (_case, text, expected) => {
    expect(foundIn(licencePlateRecognizer, text)).toEqual(expected);
  });
});
