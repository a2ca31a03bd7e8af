import { dateOfBirthRecognizer } from '../../../../shared/pii/recognizers/date-of-birth.js';
import { foundIn } from '../helpers.js';

// Birth labels of the Baltic, Central European and other EU languages, and a date closed by a
// full stop (Croatian, Hungarian and Slovene write one; so does the end of a sentence).
describe('dateOfBirthRecognizer in more EU languages', () => {
  it.each([
    ['ET', 'Patsient: K.T., sünd. 14.06.2009, seade SN 3MH0042871', '14.06.2009'],
    ['ET, spelt-out month', 'Ta on sündinud 3. märts 1980 Tartus', '3. märts 1980'],
    ['ET, sünniaeg', 'Sünniaeg: 1975-11-02', '1975-11-02'],
    ['LV', 'Pacients dzimis 12.03.1985, Rīgā', '12.03.1985'],
    ['LT', 'Pacientas gimęs 1985-03-12 Kaune', '1985-03-12'],
    ['SK', 'Pacient narodený 12.03.1985 v Košiciach', '12.03.1985'],
    ['SL', 'Bolnik, rojen 12.3.1985, živi sam', '12.3.1985'],
    ['HR, a closing full stop', 'Pacijent rođen 12.03.1985. u Zagrebu', '12.03.1985'],
    ['HU', 'Kovács Anna, szül. 1985.03.12.', '1985.03.12'],
    ['BG', 'Иван Петров, роден 12.03.1985', '12.03.1985'],
    ['MT', 'Twieled 12/03/1985 il-Belt', '12/03/1985'],
    ['DE, end of a sentence', 'Max Mustermann ist geb. 12.03.1985.', '12.03.1985'],
  ])('finds a birth date: %s', (_case, text, date) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual([date]);
  });

  it.each([
    ['ET, a price list date', 'Hinnakiri kehtib alates 14.06.2009'],
    ['a date continued by a full stop and digits', 'geb. 12.03.1985.7'],
    ['LV, a date without a birth label', 'Rēķins izrakstīts 12.03.2024.'],
    ['HR, a version number', 'verzija 12.03.1985.4'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual([]);
  });
});

// Abbreviations of "born" too short to be labels anywhere ('s.', 'f.', 'b.', 'n.'): a date after
// one, in brackets or after a comma right after a name, is a date of birth.
describe('dateOfBirthRecognizer after a name and a short birth abbreviation', () => {
  it.each([
    ['FI, s.', 'Todistamme, että Henna Lehtovaara (s. 15.3.1982) on työskennellyt', '15.3.1982'],
    ['FI, surname first', 'Lehtovaara, Henna (s. 15.3.1982)', '15.3.1982'],
    ['SV, f. after a comma', 'Anna Lindqvist, f. 1982-03-15, bosatt i Umeå', '1982-03-15'],
    ['IT, n.', 'Mario Rossi (n. 12/03/1980)', '12/03/1980'],
    ['EN, b. with a spelt-out month', 'Jane Doe (b. 12 March 1982)', '12 March 1982'],
    ['ET, snd', 'Sanna Virtanen (snd 12.04.1990)', '12.04.1990'],
    ['LV, dz.', 'Jānis Ozols (dz. 12.03.1980)', '12.03.1980'],
    [
      'HR, rođ. with a closing full stop',
      'Pacijent: Ante Jurić, rođ. 02.11.1958., OIB',
      '02.11.1958',
    ],
  ])('finds a birth date: %s', (_case, text, date) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual([date]);
  });

  it.each([
    ['a firm, no known name', 'Acme Widgets (s. 15.3.1982)'],
    ['one capitalised word', 'see Table (s. 15.3.2020)'],
    ['an everyday word before', 'Invoice Total, f. 12.03.2024'],
    ['a page reference without a name', 'Katso ohje (s. 15) ja liite, s. 12.3.2020'],
    ['no bracket or comma', 'Henna Lehtovaara s. 15.3.1982'],
    ['a number, not a date', 'Henna Lehtovaara (s. 15)'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual([]);
  });
});
