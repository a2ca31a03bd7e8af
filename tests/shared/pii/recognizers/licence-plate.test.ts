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

  // The owner named by a role, or a company car (someone drives it: a false alarm is cheaper).
  it.each([
    [
      'DE, a genitive role before the plate',
      'Kennzeichen des Mitarbeiters: M-AB 1234',
      'M-AB 1234',
    ],
    ['DE, a company car', 'Firmenwagen Kennzeichen M-AB 1234', 'M-AB 1234'],
    [
      'EN, a role before a bare plate word',
      "The employee's car, plate AB12 CDE, is in bay 4.",
      'AB12 CDE',
    ],
    ['EN, a driver', 'Driver parked in the wrong bay, reg number AB12 CDE', 'AB12 CDE'],
    ['FR, a role between', 'Le véhicule du salarié immatriculé AB-123-CD', 'AB-123-CD'],
    ['FR, the role after the plate word', 'Plaque du salarié : AB-123-CD', 'AB-123-CD'],
    ['ES', 'El coche del empleado, matrícula 1234 BCD, está mal aparcado.', '1234 BCD'],
    ['IT', 'Targa del dipendente AB 123 CD', 'AB 123 CD'],
    ['NL', 'Auto van de medewerker, kenteken 12-ABC-3', '12-ABC-3'],
    ['PL', 'Samochód pracownika, nr rejestracyjny WX 12345', 'WX 12345'],
    ['PT', 'Carro do funcionário, matrícula AA-00-AA', 'AA-00-AA'],
    ['SV', 'Den anställdes bil, registreringsnummer ABC 123', 'ABC 123'],
    ['EN, a neighbour and a bare reg', "My neighbour's car, reg AB12CDE", 'AB12CDE'],
  ])('finds a plate: %s', (_case, text, plate) => {
    expect(foundIn(licencePlateRecognizer, text)).toEqual([plate]);
  });

  it.each([
    [
      'parking statistics',
      'Parkhaus-Statistik: 412 Fahrzeuge, Kennzeichen B-MK 1234 stand am längsten.',
    ],
    ['a parking report', 'Parking report: 80% occupancy, plate AB12 CDE overstayed.'],
    ['a bare reg in a parking log', 'Reg AB12 CDE, 3 hours, bay 4'],
    ['statistics in French', 'Parking : le véhicule immatriculé AB-123-CD est resté 3 jours.'],
    ['words after the plate word and no plate', 'Kennzeichen des Mitarbeiters wird erfasst.'],
    ['a plate word, words and a number', 'Kennzeichen der Mitarbeiter: 120'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(licencePlateRecognizer, text)).toEqual([]);
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
