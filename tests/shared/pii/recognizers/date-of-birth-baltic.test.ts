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
