import { postalAddressRecognizer } from '../../../../shared/pii/recognizers/postal-address.js';

const found = (text: string): string[] =>
  postalAddressRecognizer
    .find(text)
    .map((finding) => `${text.slice(finding.start, finding.end)} [${finding.category}]`);

describe('postalAddressRecognizer', () => {
  it.each([
    ['DE compound', 'Bitte an Goethestraße 12a, 10115 Berlin schicken.', 'Goethestraße 12a'],
    ['DE separate street word', 'Ich wohne in der Berliner Straße 5.', 'Berliner Straße 5'],
    ['DE weak ending with a postcode', 'Rosenweg 7, 04109 Leipzig', 'Rosenweg 7'],
    ['FR', '12 rue de la Paix, 75002 Paris', '12 rue de la Paix'],
    ['IT', 'abito in via Garibaldi 3, 20121 Milano', 'via Garibaldi 3'],
    ['ES', 'Calle Mayor, 5, 28013 Madrid', 'Calle Mayor, 5'],
    ['ES short form', 'C/ Alcalá 23, 3º B', 'C/ Alcalá 23'],
    ['NL', 'Kerkstraat 12, 1012 AB Amsterdam', 'Kerkstraat 12'],
    ['PL', 'ul. Długa 5/7, 00-238 Warszawa', 'ul. Długa 5/7'],
    ['PT', 'Rua Augusta, 24, 1100-053 Lisboa', 'Rua Augusta, 24'],
    ['SV', 'Storgatan 12, 111 22 Stockholm', 'Storgatan 12'],
    ['EN', '221B Baker Street, London NW1 6XE', '221B Baker Street'],
    ['HU', 'Kossuth utca 5, Budapest', 'Kossuth utca 5'],
    ['EN, Row', 'Flat 4B, Harcourt Mansions, 19 Elm Row, Edinburgh EH7 4AA', '19 Elm Row'],
    ['EN, Wynd', 'She moved to 4 Castle Wynd last year', '4 Castle Wynd'],
  ])('finds a home address: %s', (_case, text, address) => {
    expect(found(text)).toEqual([`${address} [location]`]);
  });

  it.each([
    ['a company', 'ACME GmbH, Hauptstraße 5, 10115 Berlin', 'Hauptstraße 5'],
    ['a new office', 'Our new office is at 10 Downing Street.', '10 Downing Street'],
    [
      'a trade fair',
      'Die Messe findet im Congress Center, Messeplatz 1, 60327 Frankfurt statt.',
      'Messeplatz 1',
    ],
  ])('reports a business address as a business identifier: %s', (_case, text, address) => {
    expect(found(text)).toEqual([`${address} [business_id]`]);
  });

  it('keeps an address personal when a person lives there, even near a company word', () => {
    expect(found('Anna Weber (ACME GmbH) wohnt Lindenstraße 4, 10115 Berlin.')).toEqual([
      'Lindenstraße 4 [location]',
    ]);
  });

  it.each([
    ['a solution path', 'Lösungsweg 2 ist besser als Lösungsweg 1.'],
    ['a rank', 'Platz 3 belegt das Team aus Köln.'],
    ['a chapter', 'Section 3 Street Lighting'],
    ['a channel', 'send it via email 3 times'],
    ['a weak ending without a postcode', 'Hering 3 Stück'],
    ['a table row', 'row 342  BE32063041287982  ERR_IBAN_CHECKSUM\nrow 907 failed'],
    ['a row before its number', 'see Row 12 of the sheet'],
  ])('ignores %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });

  // A mail client wraps a line where a space was: the address runs on to the next line.
  it.each([
    [
      'after the street word (PL)',
      'Mieszkam przy ul.\nSłoneczna 83/4, 65-945 Gdańsk',
      'ul.\nSłoneczna 83/4',
    ],
    [
      'before the house number (ES)',
      'Vivo en Calle de la Paz\n80, 28012 Madrid',
      'Calle de la Paz\n80',
    ],
    [
      'inside the street name (FR)',
      'Adresse : 63 rue du\nMoulin, 31000 Toulouse.',
      '63 rue du\nMoulin',
    ],
    [
      'inside the postcode (NL)',
      'Graag naar Meerdervoort 52, 2517\nAM Den Haag.',
      'Meerdervoort 52',
    ],
  ])('finds an address wrapped %s', (_case, text, expected) => {
    expect(found(text)).toEqual([`${expected} [location]`]);
  });

  it.each([
    ['a blank line after the street', 'Calle Mayor\n\n5 personas asistieron'],
    ['an indented next line', 'Meeting room: Via Roma\n    12 chairs'],
    [
      'a full stop and a numbered list',
      'Access is restricted to named roles via SSO with hardware-key MFA.\n2. Encryption.',
    ],
  ])('joins no address across %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });
});

// A text typed in lower case: its capitals view is read, and a street needs a postcode after it
// (maybe past a flat or floor) or an address label before it on its line.
describe('postalAddressRecognizer in lower case', () => {
  it.each([
    ['EN', 'i live at 137 park drive, bristol bs1 2sh and', '137 park drive'],
    ['DE', 'ab sofort goethestraße 12, 53154 berlin. die alte', 'goethestraße 12'],
    ['ES', 'vivo en calle de la paz 80, 87608 málaga, tercer piso', 'calle de la paz 80'],
    ['NL', 'mijn nieuwe adres is prinsengracht 52, 6466 ea leiden', 'prinsengracht 52'],
    [
      'NL, street word first',
      'naar laan van meerdervoort 52, 2517 am den haag.',
      'laan van meerdervoort 52',
    ],
    ['PL', 'mieszkam przy ul. słoneczna 83/4, 65-945 gdańsk; kurier', 'ul. słoneczna 83/4'],
    ['PT', 'moro na rua da prata, 33, 6550-511 porto; a encomenda', 'rua da prata, 33'],
    ['SV', 'jag bor på storgatan 28, 515 21 göteborg och', 'storgatan 28'],
    // The postcode after a suffix to the number or a part with a number in it (flat, floor)
    [
      'NL, a suffix to the number',
      'per 1 december van ostadestraat 118-ii, 1073 tj amsterdam',
      'ostadestraat 118',
    ],
    [
      'CA, a floor and a door',
      'entregueu-ho a carrer de verdi 58, 2n 1a, 08012 barcelona',
      'carrer de verdi 58',
    ],
    // No postcode, but an address label right before it on its line
    [
      'DE, a delivery address',
      'lieferadresse: gärtnerstraße 41, seitenflügel 2. og – durch die toreinfahrt',
      'gärtnerstraße 41',
    ],
    ['LV, a labelled address', 'adrese: brīvības iela 88, dzīvoklis nr. 12', 'brīvības iela 88'],
  ])('finds a home address: %s', (_case, text, address) => {
    expect(found(text)).toEqual([`${address} [location]`]);
  });

  it.each([
    ['a street and number without a postcode', 'i live at 137 park drive and the parcel was left'],
    ['a channel and a count', 'send it via email 3 times, 12345 users got it'],
    ['a street and number, a postcode further on', 'rosenweg 7 ist gesperrt, 04109 leipzig'],
    ['a rank', 'platz 3 belegt das team aus köln'],
    ['a street and number in a text in the usual case', 'We met at 137 park drive, Bristol.'],
    ['a number and a postcode without a street word', 'am mühlbach 4, 04109 leipzig'],
    [
      'a street, other words and a number, then a postcode',
      'rosenweg 7 ist ab 3 uhr zu, 04109 leipzig',
    ],
  ])('ignores %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });
});

// An Irish Eircode is a whole address on its own (one per dwelling): labelled, or ending an
// address line near an address word. Other codes of its shape are product codes.
describe('postalAddressRecognizer on Eircodes', () => {
  it.each([
    ['labelled', 'My Eircode is D02 X285, please send the forms there.', 'D02 X285'],
    ['labelled, written without its space', 'Seoladh: A65F4E2', 'A65F4E2'],
    ['the Dublin 6W routing key', 'Eircode: D6W Y2X4', 'D6W Y2X4'],
    ['ending an address line', 'Home address: Apt 3, The Maltings, R95 E1F4', 'R95 E1F4'],
  ])('finds one %s', (_case, text, eircode) => {
    expect(found(text)).toContain(`${eircode} [location]`);
  });

  it.each([
    ['an order code', 'Order D02 X285 shipped on Monday.'],
    ['a part number with an address word after it', 'Part A65F4E2 is out of stock at the address.'],
    ['letters outside the Eircode alphabet', 'Eircode: D02 B285'],
    ['glued to a longer token', 'Eircode: XD02 X285'],
  ])('ignores %s', (_case, text) => {
    expect(found(text)).toEqual([]);
  });
});

// A company's or an office's address: by a legal form written in capitals or an office word.
describe('postalAddressRecognizer on business addresses', () => {
  it.each([
    [
      'a Finnish Oy',
      'Toimittaja: Kuljetus Oy Pohjola, Y-tunnus 0982651-1, Teollisuustie 4, 90620 Oulu.',
    ],
    [
      'an Estonian OÜ',
      'Tarnija: Põhjala Puit OÜ, registrikood 10137025, Tööstuse 12, 10412 Tallinn.',
    ],
    [
      'a citizens’ office',
      'Das Bürgeramt Mitte, Karl-Marx-Allee 31, 10178 Berlin, ist geschlossen.',
    ],
    [
      'a bakery on a street named after a writer',
      'Boulangerie du Parc — 48 rue Victor Hugo, 69002 Lyon. Ouvert du mardi au dimanche.',
    ],
    ['a pharmacy', 'Farmacia Comunale n. 3 — Via Giuseppe Garibaldi 27, 10122 Torino.'],
  ])('reports %s as a business’s', (_case, text) => {
    expect(found(text).every((address) => address.endsWith('[business_id]'))).toBe(true);
    expect(found(text).length).toBeGreaterThan(0);
  });

  it.each([
    [
      'a person near a legal form',
      'Anna Schmidt wohnt in der Goethestraße 12, 53154 Bonn; Arbeitgeber: Siemens AG',
    ],
    ['an everyday word in lower case', 'Ich wohne ab sofort in der Goethestraße 12, 53154 Bonn.'],
    [
      'a home above a shop',
      'Je vis au 48 rue Victor Hugo, 69002 Lyon, au-dessus de la boulangerie.',
    ],
    ['a home near a pharmacy', 'Abito in Via Garibaldi 27, 10122 Torino, vicino alla farmacia.'],
    [
      'an address on the line after a shop',
      'Abgeholt in der Apotheke am Markt.\nLieferadresse: Hauptstraße 12, 53111 Bonn',
    ],
  ])('keeps %s personal', (_case, text) => {
    expect(found(text).some((address) => address.endsWith('[location]'))).toBe(true);
  });
});
