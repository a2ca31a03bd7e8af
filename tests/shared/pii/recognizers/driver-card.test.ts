import { driverCardRecognizer } from '../../../../shared/pii/recognizers/driver-card.js';
import { foundIn } from '../helpers.js';

// Made-up EU tachograph driver card numbers after their labels (red-team rt5-105).
describe('driverCardRecognizer', () => {
  it.each([
    ['German', 'Fahrzeug HH-X 1, Fahrerkarte DF000001234567', 'DF000001234567'],
    ['English with a colon', 'Driver card no.: GB12345678901234', 'GB12345678901234'],
    ['French', 'carte conducteur F1234567890123', 'F1234567890123'],
    ['Spanish', 'tarjeta de conductor E12345678901234', 'E12345678901234'],
    ['Italian', 'carta del conducente I12345678901234', 'I12345678901234'],
    ['Dutch', 'bestuurderskaart NB12345678901234', 'NB12345678901234'],
    ['Polish', 'karta kierowcy PL12345678901234', 'PL12345678901234'],
    ['Swedish', 'förarkort S12345678901234', 'S12345678901234'],
  ])('finds a %s driver card number', (_case, text, expected) => {
    expect(foundIn(driverCardRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['no label', 'Fahrzeug HH-X 1, Auftrag DF000001234567'],
    [
      'a label far before',
      'Fahrerkarte gesteckt, danach Auftrag und Fahrzeugwechsel DF000001234567',
    ],
    ['too short a number', 'Fahrerkarte DF00000123'],
    ['no digits to speak of', 'driver card ABCDEFGHIJKLMNOP'],
    ['a payment card', 'card number 4111111111111111'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(driverCardRecognizer, text)).toEqual([]);
  });
});
