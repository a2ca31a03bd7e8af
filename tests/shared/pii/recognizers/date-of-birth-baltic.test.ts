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
    ['CS, a space after each full stop', 'Datum narození: 3. 5. 1980', '3. 5. 1980'],
    ['SL, spaced', 'Datum rojstva: 03. 05. 1980, Maribor', '03. 05. 1980'],
    // A second review's case: the adjective first
    ['SL, adjective first', 'Rojstni datum 09/11/2022, davčna številka priložena', '09/11/2022'],
    ['HU, spaced, year first', 'Kovács Anna, szül. 1980. 05. 03.', '1980. 05. 03'],
    ['CS, a month in the genitive', 'Datum narození: 3. května 1980', '3. května 1980'],
    ['SK', 'Dátum narodenia: 12. marca 1985', '12. marca 1985'],
    ['SL, a month', 'Rojen 3. maja 1980 v Celju', '3. maja 1980'],
    ['HR, October (listopad)', 'Datum rođenja: 31. listopada 1980.', '31. listopada 1980'],
    ['HU, year and month first', 'Születési idő: 1980. május 3.', '1980. május 3'],
    ['RO', 'Data nașterii: 3 mai 1980', '3 mai 1980'],
    ['FI, a month in the partitive', 'Syntymäaika: 3. toukokuuta 1980', '3. toukokuuta 1980'],
    ['DA', 'Fødselsdato: 3. maj 1980', '3. maj 1980'],
    ['IS', 'Fæðingardagur: 3. maí 1980', '3. maí 1980'],
    ['LT, year first', 'Gimimo data: 1980 m. gegužės 3 d.', '1980 m. gegužės 3'],
    ['LV, year, gada, day, month', 'Dzimšanas datums: 1980. gada 3. maijā', '1980. gada 3. maijā'],
    ['EL, a month in the genitive', 'Ημερομηνία γέννησης: 3 Μαΐου 1980', '3 Μαΐου 1980'],
    ['BG, a month', 'Дата на раждане: 3 май 1980', '3 май 1980'],
    ['MT', "Data tat-twelid: 3 ta' Mejju 1980", "3 ta' Mejju 1980"],
    ['CA', "nascut el 3 d'abril de 1980", "3 d'abril de 1980"],
  ])('finds a birth date: %s', (_case, text, date) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual([date]);
  });

  it.each([
    ['ET, a price list date', 'Hinnakiri kehtib alates 14.06.2009'],
    ['a date continued by a full stop and digits', 'geb. 12.03.1985.7'],
    ['LV, a date without a birth label', 'Rēķins izrakstīts 12.03.2024.'],
    ['HR, a version number', 'verzija 12.03.1985.4'],
    ['CS, 31 November (listopad in Czech)', 'Datum narození: 31. listopadu 1980'],
    ['CS, a spaced date continued by a digit', 'Datum narození: 3. 5. 19801'],
    ['SL, a spaced date without a birth label', 'Rok za oddajo: 3. 5. 2024'],
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
    ['IT, a surname that is also a word, first', 'Villa, Marco (n. 12.03.1980)', '12.03.1980'],
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

  // In lower case (speech to text, or a line in capitals read so): two words, one of them in the
  // gazetteer even as an everyday word ('henna', a dye).
  it.each([
    [
      'FI in lower case',
      'todistamme, että henna lehtovaara (s. 15.3.1982) on työskennellyt',
      '15.3.1982',
    ],
    ['HR in lower case', 'pacijent: ante jurić, rođ. 02.11.1958., oib', '02.11.1958'],
  ])('finds a birth date: %s', (_case, text, date) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual([date]);
  });

  it.each([
    ['a firm in lower case', 'acme widgets (s. 15.3.1982)'],
    ['an everyday word in lower case', 'invoice total, f. 12.03.2024'],
    ['a page reference in lower case', 'katso ohje (s. 15) ja liite, s. 12.3.2020'],
    ['a report in lower case', 'the report was filed, n. 12/03/2020'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(dateOfBirthRecognizer, text)).toEqual([]);
  });
});
