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
    ['eu.ehic', 'Versichertenkarte Nr. 80756000001234567890', '80756000001234567890'],
    ['eu.ehic', 'card de sănătate 80642000001234567890', '80642000001234567890'],
    ['health.member', 'Verzekerdennummer 123456789', '123456789'],
    ['health.member', 'Versichertennummer: 987654321', '987654321'],
    ['health.member', 'Nº tarjeta sanitaria: BBBB123456789012', 'BBBB123456789012'],
    ['health.member', 'numéro de mutuelle 0012345678', '0012345678'],
    // Synthetic numbers built with each scheme's check digit (see shared/pii/checksums.ts).
    ['gb.chi', 'CHI number 0101011237', '0101011237'],
    ['gb.chi', 'Community Health Index: 311299 8715', '311299 8715'],
    ['gb.chi', 'CHI 1506854320', '1506854320'],
    ['gb.chi', 'Patient CHI: 2902005566', '2902005566'],
    ['gb.nhs', 'H&C number 320 000 0015', '320 000 0015'],
    ['gb.nhs', 'Health and Care Number 3991234564', '3991234564'],
    ['ie.ihi', 'IHI: 539123481234567869', '539123481234567869'],
    ['ie.ihi', 'Individual Health Identifier 5391234 8123456786 9', '5391234 8123456786 9'],
    ['ie.ihi', 'IHI number 812 000 0005', '812 000 0005'],
    ['hr.mbo', 'MBO: 100000112', '100000112'],
    ['hr.mbo', 'matični broj osigurane osobe 123456782', '123456782'],
    ['hr.mbo', 'HZZO osiguranik 987 654 325', '987 654 325'],
    ['si.zzzs', 'ZZZS številka: 032822732', '032822732'],
    ['si.zzzs', 'Številka zavarovane osebe 123 456 789', '123 456 789'],
    ['es.cipsns', 'Código SNS: BBBBBBBBQR648597', 'BBBBBBBBQR648597'],
    ['es.cipsns', 'tarjeta sanitaria, CIP-SNS BBBBBBBBXY123456', 'BBBBBBBBXY123456'],
    ['health.member', 'NUHSA AN0123456789', 'AN0123456789'],
    ['health.member', 'CIPA: 1234567890', '1234567890'],
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
    ['a CHI number with a wrong check digit', 'CHI number 0101011238'],
    ['a CHI number with no date', 'CHI number 3213201234'],
    ['a valid CHI number with no word', 'ref 1506854320'],
    [
      'an Italian chi far from a CHI-shaped number',
      'Chi? Vedi la pratica allegata del mese scorso, ordine numero 1506854320',
    ],
    ['a full IHI with a wrong GS1 check digit', 'IHI: 539123481234567868'],
    ['an 18-digit shipping code (SSCC) with no health word', 'SSCC 539123481234567869'],
    ['an IHI core with a wrong check digit', 'IHI 812 000 0006'],
    ['an MBO with a wrong check digit', 'MBO 123456781'],
    ['an MBO-valid number with no word', 'Narudžba 123456782'],
    [
      'a Dutch mbo far from an MBO-valid number',
      'mbo-opleiding afgerond in juni, ordernummer 123456782',
    ],
    ['eight digits after ZZZS', 'ZZZS številka 03282273'],
    ['nine digits with no ZZZS label', 'Naročilo 032822732'],
    [
      'a ZZZS word far from the number',
      'ZZZS: glej priloženi dokument iz prejšnjega tedna, naročilo 032822732',
    ],
    ['a CIP-SNS code with no word', 'ref BBBBBBBBQR648597'],
    ['a code with seven B', 'Código SNS: BBBBBBBQRS648597'],
  ])('ignores %s', (_case, text) => {
    expect(detected(text)).toEqual([]);
  });

  it('scores numbers without a check digit as well-formed only', () => {
    const scores = healthIdRecognizer
      .find('SNS 123456789, EHIC 80276000001234567890')
      .map((finding) => finding.score);

    expect(scores).toEqual([0.6, 0.6]);
  });

  it('lists the health schemes', () => {
    expect([...new Set(HEALTH_ID_SCHEMES)]).toEqual([
      'de.kvnr',
      'gb.nhs',
      'gb.chi',
      'ie.ihi',
      'hr.mbo',
      'pt.sns',
      'si.zzzs',
      'es.cipsns',
      'eu.ehic',
      'health.member',
    ]);
  });

  it('reports a health id as a national identifier category', () => {
    expect(healthIdRecognizer.find('NHS 9434765870').map((f) => f.category)).toEqual([
      'national_id',
    ]);
  });
});
