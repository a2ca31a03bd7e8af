import { findPersonNames } from '../../../../shared/pii/lexicon/person-names.js';

const names = (text: string): string[] =>
  findPersonNames(text).map((name) => text.slice(name.start, name.end));

// Greek names in Latin script (hotel folios, bookings, passports): the common given names are
// listed, and after a title a capitalised word followed by a surname told by its Greek ending
// ('-opoulos', '-idou', '-akou', '-oglou') is a name though neither word is listed.
describe('Greek names in Latin script', () => {
  it.each([
    ['Huésped: Sr. Dimitrios Kalogeropoulos      Hab.: 612', 'Dimitrios Kalogeropoulos'],
    ['Sr. Xenofon Kalogeropoulos llega el lunes.', 'Xenofon'],
    ['Ing. Xenofon Karamanoglou hat angerufen.', 'Xenofon'],
    ['Dott. Xenofon Vrettakou ha chiamato.', 'Xenofon'],
    ['Guest: Mr. Ioannis', 'Ioannis'],
    ['Reserva: Giorgos Nikolaou, 2 noches', 'Giorgos Nikolaou'],
    ['Passenger Aikaterini Papadopoulou boarded.', 'Aikaterini Papadopoulou'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    'Sr. Presidente Ejecutivo de la compañía',
    'Dr. Oetker Produkte im Angebot',
    'Sr. Gerente Comercial: ver anexo',
    'Ing. BÜRO Kalogeropoulos',
    'Sr. Jefe Mantenimiento, planta 2',
  ])('no name: %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

// The word for a name is no name ("Patient Name" in a header); the name after a label still is.
describe('the word for a name', () => {
  it.each([
    ['Patient Name: Anna Weber', 'Anna Weber'],
    ['Nome: Giulia Bianchi', 'Giulia Bianchi'],
    ['Nombre: Lucía Fernández', 'Lucía Fernández'],
  ])('%s', (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});
