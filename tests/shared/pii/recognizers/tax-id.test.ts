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
    ['de.stnr', 'St.-Nr. 181/815/08155', '181/815/08155'],
    ['de.stnr', 'Steuernummer: 93815/08152', '93815/08152'],
    // A Steuer-ID with a wrong check digit is still a regional Steuernummer to stdnum.
    ['de.stnr', 'Steuer-ID: 36 574 261 808', '36 574 261 808'],
    ['at.tin', 'Steuernummer 81 - 590/9908', '81 - 590/9908'],
    ['fi.veronumero', 'veronumero 123456789123', '123456789123'],
    ['pt.nif', 'NIF (contribuinte) 123456789', '123456789'],
    ['gr.afm', 'ΑΦΜ 094259216', '094259216'],
    ['si.davcna', 'davčna številka 15012557', '15012557'],
    ['cy.tic', 'tax id 10259033P', '10259033P'],
  ])('finds %s in %j', (scheme, text, value) => {
    expect(detected(text)).toEqual([{ value, scheme, category: 'tax_id' }]);
  });

  it.each([
    ['a Steuer-ID without a tax word', 'Kundennummer 36574261809'],
    ['a year and a short order number next to a tax word', 'Steuerjahr 2023, Bestellung 4711'],
    ['an order number next to a tax word', 'Steuer: 12345678901'],
    ['a receipt number next to "fiscale"', 'scontrino fiscale n. 0012345678'],
    ['a phone number next to a tax word', 'Steuerbüro +49 30 1234567'],
    ['the front of a longer grouped number', 'Steuer-ID: 36 574 261 809 12'],
  ])('ignores %s', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });

  // python-stdnum lists '12345678901' as a valid Steuernummer: ten to thirteen digits next to the
  // name of a tax number are one by format, even when no region's checksum confirms it.
  it.each([
    ['an 11-digit number', 'Steuernummer: 12345678901', '12345678901'],
    ['the nationwide 13-digit form', 'Steuernummer 0281508150123', '0281508150123'],
  ])(
    'reports %s next to the name of a tax number as a well-formed Steuernummer',
    (_case, text, value) => {
      const findings = taxIdRecognizer.find(text);

      expect(detected(text)).toEqual([{ value, scheme: 'de.stnr', category: 'tax_id' }]);
      expect(findings.map((finding) => finding.score)).toEqual([0.6]);
    },
  );

  it('knows de.idnr', () => {
    expect(TAX_ID_SCHEMES).toContain('de.idnr');
  });
});
