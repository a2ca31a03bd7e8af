import {
  HEALTH_ID_SCHEMES,
  healthIdRecognizer,
} from '../../../../shared/pii/recognizers/health-id.js';

// KVNR and NHS numbers from Presidio's tests and python-stdnum's (tests/fixtures/corpora).
const detected = (text: string) =>
  healthIdRecognizer.find(text).map((finding) => ({
    value: text.slice(finding.start, finding.end),
    scheme: finding.detail,
  }));

describe('healthIdRecognizer', () => {
  it.each([
    ['de.kvnr', 'Krankenkasse KVNR: A123456780', 'A123456780'],
    ['de.kvnr', 'eGK-Nummer M123456785 bitte angeben.', 'M123456785'],
    ['de.kvnr', 'numéro d’assurance maladie Z999999997', 'Z999999997'],
    ['gb.nhs', 'NHS number 943-476-5870', '943-476-5870'],
    ['gb.nhs', 'patient 0032698674', '0032698674'],
    ['pt.sns', 'Número de utente: 123456789', '123456789'],
    ['pt.sns', 'Nº de utente 123 456 789', '123 456 789'],
    ['pt.sns', 'SNS 123456789', '123456789'],
    ['eu.ehic', 'EHIC card number 80276 00000 12345 67890', '80276 00000 12345 67890'],
    ['eu.ehic', 'Tessera TEAM n. 80380000001234567890', '80380000001234567890'],
    [
      'eu.ehic',
      "carte européenne d'assurance maladie 80250123456789012345",
      '80250123456789012345',
    ],
    ['eu.ehic', 'EKVK-Nummer 80276881230000012345', '80276881230000012345'],
    ['eu.ehic', 'Tarjeta Sanitaria Europea 80724000012345678901', '80724000012345678901'],
    ['eu.ehic', 'karta EKUZ 80616000001234567890', '80616000001234567890'],
    ['de.kvnr', 'Vers.-Nr. A123456780', 'A123456780'],
    ['eu.ehic', 'Tessera sanitaria n. 80380001234567891234', '80380001234567891234'],
    ['eu.ehic', 'e-card (Gesundheitskarte) 80040000001234567890', '80040000001234567890'],
    ['health.member', 'Verzekerdennummer 123456789', '123456789'],
    ['health.member', 'Versichertennummer: 987654321', '987654321'],
    ['health.member', 'Nº tarjeta sanitaria: BBBB123456789012', 'BBBB123456789012'],
    ['health.member', 'numéro de mutuelle 0012345678', '0012345678'],
  ])('finds %s in %j', (scheme, text, value) => {
    expect(detected(text)).toEqual([{ value, scheme }]);
  });

  it.each([
    ['a KVNR without a health word', 'Artikel A123456780'],
    ['a KVNR with a wrong check digit', 'KVNR A123456787'],
    ['an NHS number with a wrong check digit', 'NHS 401-023-2138'],
    ['an NHS-shaped number with no word', 'call 401-023-2137'],
    ['nine digits next to an Italian user id', 'ID utente 123456789'],
    ['nine digits with no word', 'Encomenda 123456789'],
    [
      'an SNS word far from the number',
      'SNS: ver o anexo enviado na semana passada, ref. 123456789',
    ],
    ['20 digits with no EHIC word', 'ref 80276000001234567890'],
    ['19 digits next to an EHIC word', 'EHIC 8027600000123456789'],
    ['a team that is not the Italian card', 'teamwork 80380000001234567890'],
    ['a version number after Vers.-Nr.', 'Vers.-Nr. 1.2.3 vom 12.01.2024'],
    ['an order number with a member-number shape', 'Bestellnummer: 12345678'],
    [
      'a member-number word far from the number',
      'Versichertennummer bitte im Portal eintragen, Vorgang 12345678',
    ],
    ['seven digits after a member-number word', 'Versichertennummer 1234567'],
    ['a lower-case code after a member-number word', 'tarjeta sanitaria: bbbb123456789012'],
  ])('ignores %s', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });

  it('scores numbers without a check digit as well-formed only', () => {
    const scores = healthIdRecognizer
      .find('SNS 123456789, EHIC 80276000001234567890')
      .map((finding) => finding.score);

    expect(scores).toEqual([0.6, 0.6]);
  });

  it('lists the health schemes of issue 3', () => {
    expect(HEALTH_ID_SCHEMES).toEqual(['de.kvnr', 'gb.nhs', 'pt.sns', 'eu.ehic', 'health.member']);
  });

  it('reports a health id as a national identifier category', () => {
    expect(healthIdRecognizer.find('NHS 9434765870').map((f) => f.category)).toEqual([
      'national_id',
    ]);
  });
});
