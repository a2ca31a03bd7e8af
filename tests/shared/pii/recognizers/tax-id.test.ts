import { TAX_ID_SCHEMES, taxIdRecognizer } from '../../../../shared/pii/recognizers/tax-id.js';

// Valid numbers from python-stdnum's test data (LGPL-2.1+, via shared/corpora/stdnum-identifiers.json).
const detected = (text: string) =>
  taxIdRecognizer.find(text).map((finding) => ({
    value: text.slice(finding.start, finding.end),
    scheme: finding.detail,
    category: finding.category,
  }));

describe('taxIdRecognizer', () => {
  it.each([
    ['de.idnr', 'Steuer-ID: 36 574 261 809', '36 574 261 809'],
    ['de.idnr', 'Steueridentifikationsnummer 36574261809', '36574261809'],
    ['de.idnr', 'Tax ID 36574261809', '36574261809'],
    ['fr.nif', 'numéro fiscal 3023217600053', '3023217600053'],
    ['gb.utr', 'UTR 1955839661', '1955839661'],
  ])('finds %s in %j', (scheme, text, value) => {
    expect(detected(text)).toEqual([{ value, scheme, category: 'tax_id' }]);
  });

  it.each([
    ['a Steuer-ID without a tax word', 'Kundennummer 36574261809'],
    ['a Steuer-ID with a wrong check digit', 'Steuer-ID: 36 574 261 808'],
    ['an order number next to a tax word', 'Steuer: 12345678901'],
    ['a phone number next to a tax word', 'Steuerbüro +49 30 1234567'],
  ])('ignores %s', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });

  it('knows de.idnr', () => {
    expect(TAX_ID_SCHEMES).toContain('de.idnr');
  });
});
