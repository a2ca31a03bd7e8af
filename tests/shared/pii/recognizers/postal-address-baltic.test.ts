import { postalAddressRecognizer } from '../../../../shared/pii/recognizers/postal-address.js';

const found = (text: string): string[] =>
  postalAddressRecognizer
    .find(text)
    .map((finding) => `${text.slice(finding.start, finding.end)} [${finding.category}]`);

// Lithuanian, Latvian and Estonian street words after the street's name; the short ones ('g.',
// 'pr.', 'tn', 'mnt') count before a place or postcode, or after a Lithuanian genitive.
describe('postalAddressRecognizer in the Baltic languages', () => {
  it.each([
    [
      'LT, g. then a city',
      'GPS Position   : Užupio g. 19, Vilnius (reverse-geocoded)',
      'Užupio g. 19',
    ],
    ['LT, g. after a genitive in -ų', 'Gyvenu Žirmūnų g. 68-12 bute', 'Žirmūnų g. 68-12'],
    ['LT, pr. then a postcode', 'Gedimino pr. 9, LT-01103 Vilnius', 'Gedimino pr. 9'],
    ['LT, alėja', 'Laisvės alėja 53, Kaunas', 'Laisvės alėja 53'],
    ['LV, iela', 'Dzīvoju Brīvības iela 88-5, Rīga', 'Brīvības iela 88-5'],
    ['ET, mnt then a city', 'Aadress: Pärnu mnt 142-7, Tallinn', 'Pärnu mnt 142-7'],
    ['ET, tänav', 'Tatari tänav 5, Tallinn', 'Tatari tänav 5'],
  ])('finds a home address: %s', (_case, text, address) => {
    expect(found(text)).toEqual([`${address} [location]`]);
  });

  it.each([
    [
      'LV, a company before its name',
      'SIA Baltijas Koks, PVN LV40003521600, Rūpniecības iela 5, Rīga',
      'Rūpniecības iela 5',
    ],
    [
      'LV, a company in quotes',
      'SIA “Daugavas Koks”, juridiskā adrese Rīgas iela 14, Jēkabpils',
      'Rīgas iela 14',
    ],
    ['LT, a company in quotes', 'UAB „Medienos linija“, Pramonės g. 7, Kaunas', 'Pramonės g. 7'],
    [
      'a Baltic company before a German street',
      'Lieferant: SIA “Nordic Trade”, Goethestraße 12, Riga',
      'Goethestraße 12',
    ],
  ])('finds a business address: %s', (_case, text, address) => {
    expect(found(text)).toEqual([`${address} [business_id]`]);
  });

  it.each([
    ['DA, pr. is per', 'Prisen er 200 kr. Betaling pr. 30 dage netto.'],
    ['DA, pr. and a date', 'Gældende Pris pr. 1. januar 2025'],
    ['NO, tn', 'Levering tn 5 dager'],
    ['a gram', 'Add Sugar g. 250 and stir'],
  ])('finds no address: %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });

  // Words that are Baltic legal forms elsewhere ('AS', 'MB', 'SIA') do not make a person's address
  // a business's: "save it AS …", a file of 2 MB, a security licence.
  it.each([
    [
      'AS before a quote',
      'Send it to 14 Rue de la Paix, 75002 Paris and file it AS "Paid".',
      '14 Rue de la Paix',
    ],
    [
      'MB after a number',
      'Send the parcel to Hauptstraße 5, 10115 Berlin (2 MB "Rechnung")',
      'Hauptstraße 5',
    ],
    [
      'SIA before one word',
      'SIA Licence holder. Send it to Hauptstraße 5, 10115 Berlin',
      'Hauptstraße 5',
    ],
  ])('leaves a home address a home address: %s', (_case, text, address) => {
    expect(found(text)).toEqual([`${address} [location]`]);
  });
});
