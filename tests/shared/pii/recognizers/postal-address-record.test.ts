import { postalAddressRecognizer } from '../../../../shared/pii/recognizers/postal-address.js';

const found = (text: string): string[] =>
  postalAddressRecognizer
    .find(text)
    .map((finding) => `${text.slice(finding.start, finding.end)} [${finding.category}]`);

// A business word makes an address a business's only from around it, within its own record: not
// from inside the street's name ("rue de la Gare", "Bahnhofstraße" is no station), not across a
// blank line, and not from the next item of a list.
describe('postalAddressRecognizer: the business word belongs to the record', () => {
  it.each([
    [
      'FR, a station in the street name',
      '- 22 bis rue de la Gare, Saint-Jean-de-Braye, 3e étage : la dame vit seule.',
      '22 bis rue de la Gare',
    ],
    [
      'IT, a station in the street name',
      'Via della Stazione 3, citofono rosso',
      'Via della Stazione 3',
    ],
    ['EN, a station in the street name', '12 Station Road, ring twice', '12 Station Road'],
    [
      'FR, the next list item is a warehouse',
      '- 22 bis rue de la Paix, 3e étage\n- Entrepôt Lidl : quai 4',
      'rue de la Paix, 3e',
    ],
    [
      'DE, the next list item is a company',
      '• Lindenstraße 4, 2. OG links\n• Spedition Müller GmbH: Tor 2',
      'Lindenstraße 4',
    ],
    ['EN, a numbered list', '1. 14 Elm Road, ring twice\n2. Hotel Ibis, reception', '14 Elm Road'],
    [
      'IT, a blank line before the next record',
      'Via Garibaldi 3, citofono rosso\n\nAzienda Rossi SpA, magazzino',
      'via Garibaldi 3',
    ],
  ])('keeps a home address personal: %s', (_case, text, address) => {
    expect(found(text).map((a) => a.toLowerCase())).toContain(
      `${address} [location]`.toLowerCase(),
    );
  });

  it.each([
    [
      'a company on the line before',
      'ACME GmbH\nHauptstraße 5, 10115 Berlin',
      'ACME GmbH\nHauptstraße 5',
    ],
    [
      'a hotel before a street named after the station',
      'Hotel Bahnhof, Bahnhofstraße 4',
      'Bahnhofstraße 4',
    ],
    [
      'a company in the same item',
      '- Entrepôt Lidl, 22 rue de la Paix, quai 4',
      '22 rue de la Paix',
    ],
    ['a company after it on its line', 'Lieferung: Hauptstraße 5 (ACME GmbH)', 'Hauptstraße 5'],
  ])('still reports a business address: %s', (_case, text, address) => {
    expect(found(text)).toContain(`${address} [business_id]`);
  });
});
