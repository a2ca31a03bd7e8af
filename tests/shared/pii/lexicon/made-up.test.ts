import { classify } from '../../../../shared/pii/classify.js';
import { isPlaceholderStreet, placeholderNames } from '../../../../shared/pii/lexicon/made-up.js';

const isPersonal = (text: string): boolean => classify(text).classification === 'personal';

describe('placeholderNames', () => {
  it.each([
    'Beispielprofil für Schulungen: „Max Mustermann, 35, wandert gern“',
    'Utfyllingseksempel: Ola Nordmann, Storgata 1, 0155 Oslo.',
    'Przykład z podręcznika: „Jan Kowalski prowadzi działalność gospodarczą”',
    'Exemple de fiche client : Nom : DUPONT Jean — Animal : Médor.',
    'Името „Иван Иванов“ в образеца на НАП е примерно.',
    'Voorbeeld uit de cursus: ‘Jan Modaal heeft een eenmanszaak’',
    // A surname that is only a placeholder's needs no word for an example
    'Erika Mustermann hat Diabetes.',
  ])('finds the placeholder name in %j', (text) => {
    expect(placeholderNames(text)).toHaveLength(1);
  });

  it.each([
    // The same names with no word for an example near: they may be real people's
    'Jan Kowalski z działu IT ma cukrzycę.',
    'Jean Dupont est en arrêt maladie depuis lundi.',
    // Another name in an example
    'Example: Anna Schmidt',
  ])('finds none in %j', (text) => {
    expect(placeholderNames(text)).toEqual([]);
  });

  it('keeps a real name as personal and drops a placeholder one', () => {
    expect(isPersonal('Jan Kowalski z działu IT ma cukrzycę.')).toBe(true);
    expect(isPersonal('Przykład: „Jan Kowalski prowadzi działalność gospodarczą”.')).toBe(false);
  });
});

describe('isPlaceholderStreet', () => {
  it.each(['Musterstraße 1', 'Esimerkkikatu 1', 'Exempelgatan 4', "1 rue de l'Exemple"])(
    'reads %j as a placeholder',
    (address) => {
      expect(isPlaceholderStreet(address)).toBe(true);
    },
  );

  it.each(['Hauptstraße 1', 'Mannerheimintie 12', 'Storgata 1'])('not %j', (address) => {
    expect(isPlaceholderStreet(address)).toBe(false);
  });

  it('leaves a form filled with placeholders non-sensitive', () => {
    expect(isPersonal('Täyttöesimerkki: Matti Meikäläinen, Esimerkkikatu 1, 00100 Helsinki.')).toBe(
      false,
    );
  });
});
