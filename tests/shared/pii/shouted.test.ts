import { classify } from '../../../shared/pii/classify.js';
import { shoutingLowered } from '../../../shared/pii/shouted.js';

describe('shoutingLowered', () => {
  it('reads each line in capitals in lower case, letter for letter', () => {
    const text = 'Please summarise:\nPATIENT TÓTH GÁBOR WAS ADMITTED\nThanks, Ops';
    const view = shoutingLowered(text);

    expect(view).toBe('Please summarise:\npatient tóth gábor was admitted\nThanks, Ops');
    expect(view).toHaveLength(text.length);
  });

  it('keeps a letter whose lower case is longer, so offsets stay', () => {
    const text = 'İSTANBUL OFİSİ KAPALI';
    const view = shoutingLowered(text) as string;

    expect(view).toHaveLength(text.length);
    expect(view.startsWith('İstanbul')).toBe(true);
  });

  it.each([
    ['the usual case', 'Dear Anna, the report is attached.'],
    ['one word in capitals on a line in the usual case', 'The API returns 401 for this token.'],
    ['lower case', 'hi anna, the report is attached'],
  ])('gives nothing for %s', (_case, text) => {
    expect(shoutingLowered(text)).toBeUndefined();
  });
});

describe('classify on text in capitals', () => {
  // Rows of the labelled fixtures, written wholly in capitals (OCR of forms, telex-style notes):
  // each found as written and, before the text in capitals was read in lower case, lost so.
  it.each([
    [
      'HU, surname first (rt-154)',
      'TÓTH GÁBOR ÜGYFÉL CSAK HÉTKÖZNAP DÉLELŐTT ÉR RÁ, A JÖVŐ HETI IDŐPONTOT ÁT KELL TENNI CSÜTÖRTÖKRE.',
    ],
    [
      'FR, a first name after a word of contact',
      'DEMANDE À KARIM LE DEVIS CORRIGÉ, IL PRÉFÈRE TEAMS AUX MAILS. ON LUI PARLE DEMAIN.',
    ],
    [
      'EN, a conviction and a named driver (rt-7)',
      'DBS CHECK CAME BACK FOR LIAM CARTER (STARTING MONDAY ON THE LEEDS ROUTE). THERE IS A 2019 CONVICTION FOR DRINK DRIVING.',
    ],
    [
      'a scanned form in capitals under a request in the usual case',
      'Type up this scanned form:\n\nREMARKS: ASK KARIM ABOUT THE DELIVERY, HE HAS THE KEYS.',
    ],
    [
      'a witness statement in capitals under a request',
      'Type up this scanned witness form:\n\nSTATEMENT OF WITNESS\nI SAW TÓTH GÁBOR LEAVE THE BUILDING AT 22:10 WITH A BLUE BAG.',
    ],
  ])('finds a person in %s', (_case, text) => {
    const result = classify(text);

    expect(result.classification).toBe('personal');
    const shouted = result.findings.filter((finding) => finding.recognizer === 'shouted');
    // Placed on the characters as written: the name in capitals.
    for (const finding of shouted) {
      expect(text.slice(finding.start, finding.end)).toMatch(/^\p{Lu}/u);
    }
  });

  it.each([
    [
      'a certificate (markers in capitals, base64 in between)',
      '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2xp\n-----END CERTIFICATE-----',
    ],
    ['a heading and a log line', 'DEPLOYMENT REPORT\nALL SERVICES HEALTHY AFTER THE 02:00 RELEASE'],
    ['a make and its model', 'RENAULT CLIO 1.5 DCI, 2019, 84 000 KM, FULL SERVICE HISTORY'],
  ])('finds no one in %s', (_case, text) => {
    expect(classify(text).findings.filter((finding) => finding.recognizer === 'shouted')).toEqual(
      [],
    );
  });
});
