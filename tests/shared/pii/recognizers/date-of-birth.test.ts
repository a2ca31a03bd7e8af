import { dateOfBirthRecognizer } from '../../../../shared/pii/recognizers/date-of-birth.js';
import { foundIn } from '../helpers.js';

describe('dateOfBirthRecognizer', () => {
  it.each([
    ['DE', 'Max Mustermann, geb. 12.03.1985, wohnhaft in Köln', '12.03.1985'],
    ['DE with a birthplace', 'Geboren in Wien am 1. Mai 1970', '1. Mai 1970'],
    ['FR', 'née à Lyon le 3 mars 1990', '3 mars 1990'],
    ['EN, a birthday after "is"', 'my birthday is March 3rd, 1985', 'March 3rd, 1985'],
    ['DE, "ist am"', 'mein Geburtstag ist am 3. März 1985', '3. März 1985'],
    ['FR, a birthday with a possessive', 'son anniversaire est le 3 mars 1985', '3 mars 1985'],
    ['ES', 'su cumpleaños es el 3 de marzo de 1985', '3 de marzo de 1985'],
    ['IT', 'il mio compleanno è il 3 marzo 1985', '3 marzo 1985'],
    ['SV', 'min födelsedag är den 3 mars 1985', '3 mars 1985'],
    ['EN ISO', 'DOB: 1985-03-12', '1985-03-12'],
    ['EN month first', 'born on March 12, 1985', 'March 12, 1985'],
    ['IT', 'nato a Milano il 12/03/1985', '12/03/1985'],
    ['ES', 'Fecha de nacimiento: 12 de marzo de 1985', '12 de marzo de 1985'],
    ['NL', 'geboren op 12-03-1985', '12-03-1985'],
    ['PL genitive month', 'ur. 5 maja 1979 r.', '5 maja 1979'],
    ['PT', 'data de nascimento: 12/03/1985', '12/03/1985'],
    ['SV', 'född 1985-03-12', '1985-03-12'],
    ['a JSON field', '{"date_of_birth":"1990-07-01"}', '1990-07-01'],
    ['an Italian form key', '{"cognome":"x","data_nascita":"07/11/1979"}', '07/11/1979'],
    ['a Spanish form key', 'fecha_nacimiento=1979-11-07', '1979-11-07'],
    ['XML element', '<birthDate>1990-07-01</birthDate>', '1990-07-01'],
    ['table cell', '| Geburtsdatum | 12.03.1985 |', '12.03.1985'],
    ['dashed label', 'Date of birth - 12/03/1985', '12/03/1985'],
    ['format-hint', 'Geburtsdatum (TT.MM.JJJJ): 12.03.1985', '12.03.1985'],
    ['next-line', 'Geburtsdatum:\n12.03.1985', '12.03.1985'],
    ['DE abbreviated-label', 'Geb.-Datum: 12.03.1985', '12.03.1985'],
    ['ES abbreviated-label', 'F. nacimiento: 12/03/1985', '12/03/1985'],
    ['EN ordinal-day', 'born 12th March 1985', '12th March 1985'],
    ['airline-style', 'DOB: 12MAR85', '12MAR85'],
    ['dashed airline-style', 'DOB 12-MAR-1985', '12-MAR-1985'],
  ])('finds a %s date of birth', (_case, text, date) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual([date]);
  });

  it.each([
    [
      'CSV',
      'name;geburtsdatum;ort\nAnna;12.03.1985;Köln\nJonas;01.07.1990;Bonn',
      ['12.03.1985', '01.07.1990'],
    ],
    ['TSV with ISO dates', 'id\tdate_of_birth\n7\t1985-03-12', ['1985-03-12']],
  ])('finds dates in a table column headed by a birth label: %s', (_case, text, dates) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual(dates);
  });

  it.each([
    ['a date without a birth label', 'Meeting on 12.03.2024 at 10:00'],
    ['a birthday without a year', 'Geburtstag: 12.03.'],
    ["a firm's anniversary", "L'anniversaire de l'entreprise est le 3 mars 2026."],
    ['a launch date after "is"', 'The product launch is March 3, 2026'],
    ['an impossible date', 'date of birth: 31.02.2020'],
    ['NATO, not nato (born)', 'NATO 2023-07-11 summit in Vilnius'],
    ['a figure of speech', 'The report was born out of 2023 data'],
    ['no month in the letters', 'DOB: 12XYZ85'],
    ['dates in a column headed by another label', 'erstellt;betrag\n12.03.2024;3,99'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual([]);
  });

  // A mail client wraps a line where a space was: inside the date.
  it.each([
    ['between day and month', 'I was born on 12\nMarch 1980.', '12\nMarch 1980'],
    ['between month and year', 'Geburtsdatum: 12. März\n1980', '12. März\n1980'],
    ['between month and day', 'born on March\n12, 1980', 'March\n12, 1980'],
  ])('finds a birth date wrapped %s', (_case, text, date) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual([date]);
  });

  it('reads no date across a blank line', () => {
    expect(foundIn(dateOfBirthRecognizer, 'born on 12\n\nMarch 1980')).toEqual([]);
  });
});

// A transcript: the date of birth asked in one turn, answered in the next.
describe('dateOfBirthRecognizer across speaker turns', () => {
  it.each([
    ['digits', 'Agent: date of birth?\nCaller: 12.03.1979', '12.03.1979'],
    ['a spelt-out month', 'Agent: and your date of birth?\nCaller: 12 March 1979', '12 March 1979'],
    [
      'labels with times',
      '[00:01:02] agent: date of birth?\n[00:01:05] caller: 12/03/1979',
      '12/03/1979',
    ],
    ['"of" before the month', 'date of birth: 12th of March 1979', '12th of March 1979'],
  ])('finds a birth date in %s', (_case, text, date) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual([date]);
  });

  // Said in words, as speech-to-text writes it.
  it.each([
    [
      'the next turn',
      'Agent: and your date of birth?\nCaller: twelfth of march nineteen seventy nine',
      'twelfth of march nineteen seventy nine',
    ],
    [
      'a digit day',
      'date of birth is the 12th of March nineteen seventy-nine',
      '12th of March nineteen seventy-nine',
    ],
    ['a cardinal day', 'date of birth: twelve March 1979', 'twelve March 1979'],
    [
      'month first',
      'born on March the twenty-first, nineteen eighty',
      'March the twenty-first, nineteen eighty',
    ],
    [
      'two thousand and',
      'DOB: the first of May two thousand and three',
      'first of May two thousand and three',
    ],
    ['twenty twelve', 'date of birth: third of June twenty twelve', 'third of June twenty twelve'],
    ['oh five', 'born on the fifth of May nineteen oh five', 'fifth of May nineteen oh five'],
    [
      'a two-word year',
      'date of birth: the second of march seventy-nine',
      'second of march seventy-nine',
    ],
    ['a two-digit year', 'date of birth: 3rd June 79', '3rd June 79'],
    ['the thirtieth', 'date of birth: the thirtieth of May 1990', 'thirtieth of May 1990'],
  ])('finds a birth date said in words: %s', (_case, text, date) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual([date]);
  });

  it.each([
    ['an impossible day', 'born the thirty-first of April nineteen ninety'],
    ['no year', 'my birthday is the first of May'],
    ['no month', 'born on the first day of spring 1990'],
    ['words without a birth label', 'the meeting is on the twelfth of March twenty twenty-six'],
  ])('finds none said in words: %s', (_case, text) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual([]);
  });

  it.each([
    ['another question', 'Agent: date of birth policy?\nAgent: see the memo of 2024-01-01'],
    ['a turn in between', 'Agent: date of birth?\nCaller: hold on\nCaller: 12.03.1979'],
  ])('finds none after %s', (_case, text) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual([]);
  });
});
