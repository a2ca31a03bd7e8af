import { classify } from '../../../../shared/pii/classify.js';
import {
  isPlaceholderName,
  isPlaceholderSlot,
  isPlaceholderStreet,
} from '../../../../shared/pii/lexicon/made-up.js';

const isPersonal = (text: string): boolean => classify(text).classification === 'personal';

// The span of `name` in `text`, as the name finder reports it.
const spanOf = (text: string, name: string) => ({
  start: text.indexOf(name),
  end: text.indexOf(name) + name.length,
});

describe('isPlaceholderName', () => {
  it.each([
    ['Beispielprofil für Schulungen: „Max Mustermann, 35, wandert gern“', 'Max Mustermann'],
    ['Utfyllingseksempel: Ola Nordmann, Storgata 1, 0155 Oslo.', 'Ola'],
    ['Przykład z podręcznika: „Jan Kowalski prowadzi działalność gospodarczą”', 'Jan Kowalski'],
    ['Exemple de fiche client : Nom : DUPONT Jean — Animal : Médor.', 'DUPONT Jean'],
    ['Името „Иван Иванов“ в образеца на НАП е примерно.', 'Иван Иванов'],
    ['Voorbeeld uit de cursus: ‘Jan Modaal heeft een eenmanszaak’', 'Jan'],
    // A surname that is only a placeholder's needs no word for an example
    ['Erika Mustermann hat Diabetes.', 'Erika Mustermann'],
  ])('reads the name in %j as a placeholder', (text, name) => {
    expect(isPlaceholderName(text, spanOf(text, name))).toBe(true);
  });

  it.each([
    // The same names with no word for an example near: they may be real people's
    ['Jan Kowalski z działu IT ma cukrzycę.', 'Jan Kowalski'],
    ['Jean Dupont est en arrêt maladie depuis lundi.', 'Jean Dupont'],
    // Another name in an example
    ['Example: Anna Schmidt', 'Anna Schmidt'],
  ])('not the name in %j', (text, name) => {
    expect(isPlaceholderName(text, spanOf(text, name))).toBe(false);
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

describe('isPlaceholderSlot', () => {
  it.each([
    ['a majka boluje od {{bolest}}', 'bolest'],
    ['Diagnosis: [diagnosis]', 'diagnosis'],
    ['Religion: { religion }', 'religion'],
    ['<diabetes>', 'diabetes'],
  ])('reads the word in %j as a slot', (text, word) => {
    const start = text.lastIndexOf(word);
    expect(isPlaceholderSlot(text, { start, end: start + word.length })).toBe(true);
  });

  it.each([
    ['Moja majka boluje od dijabetesa.', 'dijabetesa'],
    ['{{name}} has diabetes', 'diabetes'],
    ['(diabetes)', 'diabetes'],
  ])('not the word in %j', (text, word) => {
    const start = text.lastIndexOf(word);
    expect(isPlaceholderSlot(text, { start, end: start + word.length })).toBe(false);
  });

  it('leaves a template with a slot for the condition non-sensitive', () => {
    expect(isPersonal('Poštovani, Vaša majka boluje od {{bolest}}.')).toBe(false);
  });
});
