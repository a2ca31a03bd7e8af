import { emailRecognizer } from '../../../../shared/pii/recognizers/email.js';
import { foundIn } from '../helpers.js';

describe('emailRecognizer', () => {
  it.each([
    ['a plain address', 'Mail jane.doe@example.com please', 'jane.doe@example.com'],
    ['an address ending a sentence', 'Write to max@beispiel.de.', 'max@beispiel.de'],
    [
      'plus tags and subdomains',
      'cc: first+news@mail.example.co.uk',
      'first+news@mail.example.co.uk',
    ],
    ['a punycode domain (Presidio case)', 'a@xn--d1acufc.xn--p1ai', 'a@xn--d1acufc.xn--p1ai'],
    ['a non-ASCII local part', 'schreib an jürgen.müller@example.de', 'jürgen.müller@example.de'],
    ['an address inside JSON', '{"email":"ana.lopez@correo.es"}', 'ana.lopez@correo.es'],
    ['an address in angle brackets', 'From: Piotr <piotr@firma.pl>', 'piotr@firma.pl'],
  ])('finds %s', (_case, text, expected) => {
    expect(foundIn(emailRecognizer, text)).toEqual([expected]);
  });

  it.each([
    ['a domain without a top-level label (Presidio case)', 'my email is info@presidio.'],
    ['a host name only', 'ssh root@localhost'],
    ['an image asset name', 'use icon@2x.png and logo@3x.webp'],
    ['a social handle', 'follow @cris_router'],
    ['a version pin', 'npm i left-pad@1.3.0'],
    ['a label starting with a dash', 'x@-bad.example.com'],
    ['consecutive dots in the local part', 'john..doe@example.com'],
    ['text without an at sign', 'nothing to see here'],
  ])('ignores %s', (_case, text) => {
    expect(foundIn(emailRecognizer, text)).toEqual([]);
  });

  it('reports offsets, category and score but not the address', () => {
    const [finding] = emailRecognizer.find('to: a.b@example.org');

    expect(finding).toEqual({
      type: 'EMAIL_ADDRESS',
      category: 'contact',
      start: 4,
      end: 19,
      score: 1,
      recognizer: 'email',
    });
  });
});
