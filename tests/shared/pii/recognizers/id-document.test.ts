import { idDocumentRecognizer } from '../../../../shared/pii/recognizers/id-document.js';

// Document numbers from Presidio's tests and python-stdnum's (tests/fixtures/corpora); the Polish
// identity card number is the published specimen.
const detected = (text: string) =>
  idDocumentRecognizer.find(text).map((finding) => ({
    value: text.slice(finding.start, finding.end),
    type: finding.type,
    scheme: finding.detail,
  }));

describe('idDocumentRecognizer', () => {
  it.each([
    [
      'a German passport',
      'Reisepass C01234565 ausgestellt am',
      'C01234565',
      'PASSPORT',
      'de.passport',
    ],
    ['a German identity card', 'Personalausweis: L01X00T44.', 'L01X00T44', 'ID_CARD', 'de.idcard'],
    [
      'an old German identity card',
      'Ausweis Nr. T22000129 gültig bis',
      'T22000129',
      'ID_CARD',
      'id-card',
    ],
    ['a Polish identity card', 'dowód osobisty ABA300000', 'ABA300000', 'ID_CARD', 'pl.idcard'],
    [
      'a Belgian eID card',
      "carte d'identité 591-1917064-58",
      '591-1917064-58',
      'ID_CARD',
      'be.eid',
    ],
    ['a Dutch identity card', 'identiteitskaart EM0000000', 'EM0000000', 'ID_CARD', 'id-card'],
    ['a Spanish passport', 'Mi pasaporte es AAA123456', 'AAA123456', 'PASSPORT', 'passport'],
    ['an Italian identity card', "carta d'identità AA 1234567", 'AA 1234567', 'ID_CARD', 'id-card'],
    [
      'an Italian driving licence',
      'patente U1K711J11M',
      'U1K711J11M',
      'DRIVING_LICENCE',
      'driving-licence',
    ],
    [
      'a German driving licence',
      'Führerscheinnummer: BO12345678A',
      'BO12345678A',
      'DRIVING_LICENCE',
      'driving-licence',
    ],
    ['a UK passport', 'passport number is CD7654321 and it', 'CD7654321', 'PASSPORT', 'passport'],
    ['a Swedish passport word', 'passnummer 12345678', '12345678', 'PASSPORT', 'passport'],
    ['a Greek passport word', 'αριθμός διαβατηρίου AE1234567', 'AE1234567', 'PASSPORT', 'passport'],
    [
      'a Dutch passport (four digits)',
      'paspoortnummer: NXC4F2P17',
      'NXC4F2P17',
      'PASSPORT',
      'nl.passport',
    ],
    [
      'the Dutch specimen passport',
      'Paspoort nr. SPECI2014',
      'SPECI2014',
      'PASSPORT',
      'nl.passport',
    ],
    ['a Dutch identity card', 'identiteitskaart NW1K2L8P3', 'NW1K2L8P3', 'ID_CARD', 'nl.idcard'],
    [
      'a UK driving licence in groups',
      'Driving licence no. MORGA 657054 SM9 IJ',
      'MORGA 657054 SM9 IJ',
      'DRIVING_LICENCE',
      'gb.drivinglicence',
    ],
    [
      'a Polish driving licence number',
      'Nr prawa jazdy 00123/21/0456',
      '00123/21/0456',
      'DRIVING_LICENCE',
      'pl.drivinglicence',
    ],
    [
      'a Finnish licence word declined',
      'Ajokortin numero: 123456789',
      '123456789',
      'DRIVING_LICENCE',
      'driving-licence',
    ],
    [
      'a Greek licence word declined',
      'Αριθμός άδειας οδήγησης: 123456789',
      '123456789',
      'DRIVING_LICENCE',
      'driving-licence',
    ],
    [
      'a Finnish identity card declined',
      'Henkilökortin numero: 123456789',
      '123456789',
      'ID_CARD',
      'id-card',
    ],
    [
      'a Romanian identity card declined',
      'Seria și numărul cărții de identitate: RX123456',
      'RX123456',
      'ID_CARD',
      'id-card',
    ],
    [
      'a Bulgarian identity card declined',
      'Номер на личната карта: 645123456',
      '645123456',
      'ID_CARD',
      'id-card',
    ],
  ])('finds %s', (_case, text, value, type, scheme) => {
    expect(detected(text)).toEqual([{ value, type, scheme }]);
  });

  it.each([['MORGA607054SM9IJ'], ['SMITH862310AB1CD']])(
    'finds the UK driving licence %s without any word',
    (value) => {
      expect(detected(`ref ${value}`)).toEqual([
        { value, type: 'DRIVING_LICENCE', scheme: 'gb.drivinglicence' },
      ]);
    },
  );

  it.each([
    ['a document number without a document word', 'Artikel AB1234567 im Lager'],
    ['a word that only contains a document word', 'password Ab1234567'],
    ['a short number next to a document word', 'Reisepass gültig bis 2030'],
    ['a UK licence with an impossible month', 'MORGA613054SM9IJ'],
    ['a UK licence with digits inside the surname', 'MO9G9657054SM9IJ'],
    ['a word of letters next to a document word', 'passport PASSPORTS'],
    ['a Dutch-shaped code without a Dutch document word', 'Pass: ADMIN1234'],
    ['a Dutch-shaped code with an O', 'paspoort NOC4F2P17'],
    ['a Dutch-shaped code in lower case', 'paspoort nxc4f2p17'],
    [
      'a Dutch-shaped code far from the word',
      'paspoort aanvragen kan via de website van de gemeente, code NXC4F2P17',
    ],
    ['a Polish licence-shaped number on an invoice', 'faktura nr 00123/21/0456'],
    ['a UK licence in groups with an impossible month', 'MORGA 613054 SM9 IJ'],
  ])('ignores %s', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });
});
