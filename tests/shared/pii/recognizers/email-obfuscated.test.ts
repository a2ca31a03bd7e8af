import { obfuscatedEmailRecognizer } from '../../../../shared/pii/recognizers/email-obfuscated.js';
import { foundIn } from '../helpers.js';

describe('obfuscatedEmailRecognizer', () => {
  it.each([
    ['EN words', 'write to anna.weber at example dot com please', 'anna.weber at example dot com'],
    ['a name before a plain at', 'anna at example.com', 'anna at example.com'],
    ['an at sign and dots with spaces', 'Mail: anna @ example . de', 'anna @ example . de'],
    ['an at sign with a space after it', 'j.doe@ example.com', 'j.doe@ example.com'],
    ['DE brackets', 'Mail: max [at] firma [punkt] de', 'max [at] firma [punkt] de'],
    ['FR parentheses', 'contact : nom(at)domaine.fr', 'nom(at)domaine.fr'],
    [
      'FR arobase',
      'camille.girard arobase exemple point fr',
      'camille.girard arobase exemple point fr',
    ],
    [
      'IT chiocciola',
      'mario.rossi chiocciola esempio punto it',
      'mario.rossi chiocciola esempio punto it',
    ],
    [
      'ES arroba',
      'nombre.apellido arroba correo punto es',
      'nombre.apellido arroba correo punto es',
    ],
    [
      'NL apenstaartje',
      'j.jansen apenstaartje voorbeeld punt nl',
      'j.jansen apenstaartje voorbeeld punt nl',
    ],
    ['PL małpa', 'jan.kowalski małpa poczta.pl', 'jan.kowalski małpa poczta.pl'],
    ['SV snabel-a', 'sven snabel-a foretag punkt se', 'sven snabel-a foretag punkt se'],
    [
      'several dots spelt out',
      'info (at) acme (dot) co (dot) uk',
      'info (at) acme (dot) co (dot) uk',
    ],
  ])('finds %s', (_case, text, expected) => {
    expect(foundIn(obfuscatedEmailRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['an everyday "at … dot com"', 'look at this dot com bubble'],
    ['a meeting place', 'We met at Google dot com headquarters'],
    ['a web address', 'Visit us at www.acme.com for details'],
    ['a time', 'The train arrived at 10.30 sharp.'],
    ['a price', 'Sold at 3.50 EUR each'],
    ['an unknown top-level domain', 'anna at example dot zzz'],
    ['an at sign between everyday words', 'see you @ home.de, meet me @ the station'],
    ['an at sign before a price', 'apples @ 5.99 each'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(obfuscatedEmailRecognizer, text)).toEqual([]);
  });

  // A mail client wraps a line where a space was.
  it.each([
    [
      'wrapped after the at',
      'rota: Chloe at\nexample dot org, or ring',
      'Chloe at\nexample dot org',
    ],
    [
      'wrapped format=flowed',
      'rota: Chloe at \r\nexample dot \r\norg, or',
      'Chloe at \r\nexample dot \r\norg',
    ],
    ['wrapped before the at', 'write to Chloe\nat example dot org', 'Chloe\nat example dot org'],
    [
      'wrapped before the top-level domain',
      'Chloe at example dot\norg, or ring',
      'Chloe at example dot\norg',
    ],
    [
      'wrapped after an Italian at',
      'a Chiara.Esposito chiocciola\r\nesempio punto it',
      'Chiara.Esposito chiocciola\r\nesempio punto it',
    ],
  ])('finds an address %s', (_case, text, expected) => {
    expect(foundIn(obfuscatedEmailRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['a blank line after the at', 'Chloe at\n\nexample dot org'],
    ['an indented line after the at', 'Chloe at\n    example dot org'],
    ['an everyday "at" wrapped', 'Please look at\nthis dot com offer'],
  ])('reads no address across %s', (_case, text) => {
    expect(foundIn(obfuscatedEmailRecognizer, text)).toEqual([]);
  });

  it('reports a contact finding marked as obfuscated', () => {
    const [finding] = obfuscatedEmailRecognizer.find('x: a.b at example dot org');

    expect(finding).toMatchObject({
      type: 'EMAIL_ADDRESS',
      category: 'contact',
      recognizer: 'email-obfuscated',
      detail: 'obfuscated',
      start: 3,
      end: 25,
    });
  });
});
