import fc from 'fast-check';
import { classify } from '../../../shared/pii/classify.js';
import { inOriginal, normalisedView } from '../../../shared/pii/normalise.js';
import type { Finding } from '../../../shared/pii/recognizer.js';
import { VALID_IDENTIFIERS } from './helpers.js';

const fullWidth = (text: string): string =>
  [...text]
    .map((char) =>
      char >= '!' && char <= '~' ? String.fromCharCode(char.charCodeAt(0) + 0xfee0) : char,
    )
    .join('');
const between = (text: string, separator: string): string => [...text].join(separator);

describe('normalisedView', () => {
  it.each([
    ['plain ASCII', 'IBAN DE89 3704 0044 0532 0130 00, mail anna@example.de'],
    ['accented letters', 'Grüße von José Pérez, Łódź'],
    ['an unknown HTML reference', 'Tom &bogus; Jerry'],
    ['a backslash without an escape', 'C:\\users\\anna'],
    ['indented JSON', '{\n    "id": 1,\n\t"ok": true\n}'],
    ['angle brackets that make no tag', 'if a < b and c > d, or 3<4'],
    ['a dash between words', 'Berlin - Hamburg, Mo - Fr'],
    ['typographic dashes between words', 'Berlin–Hamburg, A — B, Mo–Fr'],
    ['a greater-than sign inside a line', 'if a > b then c'],
    ['accented letters that are no mis-decoding', 'Café à la carte, Ärger, Öl, ÿ'],
    ['an e-mail address in angle brackets', 'From: Anna <anna@example.de>'],
    ['blanks at the end of a line', 'Zeile eins  \nZeile zwei\t\n'],
    ['a single space between words', 'one two three'],
    ['emoji not between digits', 'merci 😘 rose, 3 ❤️ toi, 🔥 12'],
  ])('is undefined for %s', (_case, text) => {
    expect(normalisedView(text)).toBeUndefined();
  });

  it.each([
    ['zero-width spaces', 'DE\u200b89\u200b37', 'DE8937'],
    ['soft hyphens and a BOM', '\ufeffsoft\u00adhy\u00adphen', 'softhyphen'],
    ['bidi controls', '\u202eAnna\u202c', 'Anna'],
    ['no-break, narrow and thin spaces', '06\u00a012\u202f34\u200956', '06 12 34 56'],
    [
      'full-width letters, digits and at sign',
      'ａｎｎａ＠ｅｘａｍｐｌｅ．ｄｅ ４１',
      'anna@example.de 41',
    ],
    ['Arabic-Indic digits', '+49 ١٥١ ۲۳۴', '+49 151 234'],
    ['JSON escapes', 'Jos\\u00e9 P\\u00e9rez \\u0040', 'José Pérez @'],
    ['a JSON surrogate pair', '\\ud83d\\ude00!', '\u{1f600}!'],
    [
      'HTML references',
      'anna&#64;example&#x2E;de M&uuml;ller &amp; Co',
      'anna@example.de Müller & Co',
    ],
    ['an HTML no-break space', '030&nbsp;1234', '030 1234'],
    // Escaped again, as a double unescape reads it, in one view (not one view per level)
    [
      'references escaped twice',
      'anna&amp;#64;mailbox.org, Tom &amp;amp;amp; Jerry',
      'anna@mailbox.org, Tom & Jerry',
    ],
    [
      "a JSON string's one-letter escapes",
      'Gr\\u00fc\\u00dfe,\\nAnna\\tWeber \\"A\\" C:\\\\Users\\/x',
      'Grüße,\nAnna Weber "A" C:\\Users/x',
    ],
    ['an escaped backslash before an n', 'C:\\\\new', 'C:\\new'],
    ['decomposed letters', 'Jose\u0301 Pe\u0301rez, Mu\u0308ller', 'José Pérez, Müller'],
    [
      'an HTML table',
      '<table><tr><th>Vorname</th><th>Nachname</th></tr><tr><td>Jonas</td><td>Schmidt</td></tr></table>',
      '\nVorname\tNachname\nJonas\tSchmidt\n',
    ],
    [
      'pretty-printed markup',
      '<table>\n  <tr>\n    <td>Anna</td>\n    <td>Weber</td>\n  </tr>\n</table>',
      '\nAnna\tWeber\n',
    ],
    [
      'inline formatting tags',
      '<p>Hallo <b>Anna</b> Weber,</p><p>danke</p>',
      '\nHallo Anna Weber,\ndanke\n',
    ],
    ['reply quotes', '> Hallo Anna,\n> > IBAN DE89\n>> 3704', 'Hallo Anna,\nIBAN DE89\n3704'],
    [
      'typographic hyphens, dashes and dots in numbers',
      '+49\u201130\u20111234567, 030\u20131234567, \u22125, 4111\u00b71111',
      '+49-30-1234567, 030-1234567, -5, 4111 1111',
    ],
    [
      'UTF-8 read as Latin-1 or as Windows-1252',
      'MÃ¼ller, JosÃ© PÃ©rez, 3\u00e2\u0080\u00935, 3â€“5, ðŸ˜€',
      'Müller, José Pérez, 3–5, 3–5, \u{1f600}',
    ],
    // Not French typography: an accented letter, a no-break space and a guillemet are the bytes
    // E9 A0 BB of one CJK character, but written so in a French text.
    [
      'French quotes with no-break spaces after an accented letter',
      '«\u00a0Dédé\u00a0», l\u2019été\u00a0» et «\u00a0à\u00a0«',
      '« Dédé », l\u2019été » et « à «',
    ],
    [
      'dashes with spaces between groups of digits and letters',
      '65 - 929 - 970 - 489, ES - 58 - 0049, 4 – ZZ',
      '65 929 970 489, ES 58 0049, 4 ZZ',
    ],
    [
      'tabs and runs of spaces between words',
      'Mr  Clarke\t+49 \t 30   1234',
      'Mr Clarke +49 30 1234',
    ],
    [
      'emoji between the groups of a number',
      'c 07 🔥 81 🔥 54 🔥 29 🔥 63 !',
      'c 07 81 54 29 63 !',
    ],
    [
      'emoji with selectors, skin tones and joiners between digits',
      '06❤️12👍🏽34 👨‍👩‍👧 56',
      '06 12 34 56',
    ],
    ['symbols and arrows between digits', '0151 ☎ 2345 ➡ 678 ★ 9', '0151 2345 678 9'],
  ])('rewrites %s', (_case, text, expected) => {
    expect(normalisedView(text)?.text).toBe(expected);
  });

  it.each([
    ['a lone high surrogate escape (a JSON string cut inside an emoji)', '{"t":"report \\ud83d"}'],
    ['a lone low surrogate escape', '{"t":"report \\ude00"}'],
  ])('leaves %s as written', (_case, text) => {
    expect(normalisedView(text)).toBeUndefined();
    expect(classify(text)).toMatchObject({ classification: 'non-sensitive', findings: [] });
  });

  it('maps every code unit back to the characters it was read from', () => {
    const text = 'a\u200bb&#64;c\\u0041d';
    const view = normalisedView(text);

    expect(view?.text).toBe('ab@cAd');
    expect([0, 1, 2, 3, 4, 5].map((offset) => view?.originalStart(offset))).toEqual([
      0, 2, 3, 8, 9, 15,
    ]);
    expect([0, 1, 2, 3, 4, 5].map((offset) => view?.originalEnd(offset))).toEqual([
      1, 3, 8, 9, 15, 16,
    ]);
  });

  it('places a finding in the view on the original characters, escapes and invisibles included', () => {
    const text = 'Mail: anna&#64;example.de\u200b!';
    const view = normalisedView(text);
    if (view === undefined) throw new Error('expected a view');
    const start = view.text.indexOf('anna');
    const finding: Finding = {
      type: 'EMAIL_ADDRESS',
      category: 'contact',
      start,
      end: start + 'anna@example.de'.length,
      score: 1,
      recognizer: 'email',
    };

    const placed = inOriginal(view, finding);

    expect(text.slice(placed.start, placed.end)).toBe('anna&#64;example.de');
  });
});

describe('classify reads the text as a person would', () => {
  const IBAN = 'DE89 3704 0044 0532 0130 00';

  it.each([
    ['an IBAN with zero-width spaces', `IBAN: ${IBAN.replaceAll(' ', '\u200b')}`, 'IBAN'],
    [
      'an IBAN with a zero-width space between every character',
      between('DE89370400440532013000', '\u200b'),
      'IBAN',
    ],
    ['an IBAN with soft hyphens', between('DE89370400440532013000', '\u00ad'), 'IBAN'],
    ['a full-width IBAN', fullWidth('DE89370400440532013000'), 'IBAN'],
    ['an IBAN with thin spaces', IBAN.replaceAll(' ', '\u2009'), 'IBAN'],
    ['an IBAN with narrow no-break spaces', IBAN.replaceAll(' ', '\u202f'), 'IBAN'],
    ['a Norwegian IBAN with no-break spaces', 'NO93\u00a08601\u00a01117\u00a0947', 'IBAN'],
    [
      'a French mobile split by emoji',
      'mon num c 07 🔥 81 🔥 54 🔥 29 🔥 63 ! merci',
      'PHONE_NUMBER',
    ],
    [
      'a French phone with narrow no-break spaces',
      'Tél. : 06\u202f12\u202f34\u202f56\u202f78',
      'PHONE_NUMBER',
    ],
    ['a phone in Arabic-Indic digits', 'Tel: +49 ١٥١ ٢٣٤٥٦٧٨٩', 'PHONE_NUMBER'],
    ['an email with a zero-width space', 'Kontakt: anna.weber\u200b@example.de', 'EMAIL_ADDRESS'],
    ['an email with a full-width at sign', 'Kontakt: anna.weber＠example.de', 'EMAIL_ADDRESS'],
    ['an email with an HTML reference', 'Kontakt: anna.weber&#64;example.de', 'EMAIL_ADDRESS'],
    ['an email with a JSON escape', '{"mail":"anna.weber\\u0040example.de"}', 'EMAIL_ADDRESS'],
    ['a card with zero-width spaces', between('4111111111111111', '\u200b'), 'PAYMENT_CARD'],
    ['a Steuer-ID with zero-width spaces', 'Steuer-ID: 65\u200b929\u200b970\u200b489', 'TAX_ID'],
    [
      'a name written with JSON escapes',
      '{"note":"Frau Jos\\u00e9 P\\u00e9rez hat Diabetes."}',
      'PERSON_NAME',
    ],
    [
      'a signature in a JSON string',
      '{"body":"Danke!\\n\\nViele Grüße\\nAnna Weber"}',
      'PERSON_NAME',
    ],
    [
      // Metamorphic checks of the labelled corpus: rt4-9 pasted as a JSON string.
      'a passport zone in a JSON string',
      '{"ocr":"Hotel Zeezicht\\nP<NLDVAN<DER<HEIJDEN<<MAARTJE<ELISABETH<<<<<\\nX4R7K2L905NLD8804237F3107117<<<<<<<<<<<<<<02"}',
      'PASSPORT',
    ],
    [
      'a health term in decomposed letters',
      'Mi madre tiene alzhe\u0301imer y ya no puede vivir sola.',
      'HEALTH_DATA',
    ],
    [
      'a plate owner in decomposed letters',
      'Le ve\u0301hicule immatricule\u0301 CG-324-DJ appartient a\u0300 mon voisin.',
      'LICENCE_PLATE',
    ],
    [
      'a name in an HTML table',
      '<table><tr><th>Vorname</th><th>Nachname</th><th>Ort</th></tr><tr><td>Jonas</td><td>Schmidt</td><td>Köln</td></tr></table>',
      'PERSON_NAME',
    ],
    [
      'a name in an HTML form of label and value cells',
      '<tr><td>first name</td><td>Daniel</td></tr><tr><td>surname</td><td>Clarke</td></tr>',
      'PERSON_NAME',
    ],
    [
      'a health term in UTF-8 read as Latin-1',
      'Bei mir wurde eine AngststÃ\u00b6rung festgestellt.',
      'HEALTH_DATA',
    ],
    [
      'a salutation and name in UTF-8 read as Windows-1252',
      'Sehr geehrte Frau MÃ¼ller,',
      'PERSON_NAME',
    ],
    [
      'an IBAN wrapped in a quoted reply',
      '> Bitte auf mein Konto DE89\n> 3704 0044 0532 0130 00 überweisen.',
      'IBAN',
    ],
    ["a phone with Word's non-breaking hyphens", 'Tel. +49\u201130\u20111234567', 'PHONE_NUMBER'],
    ['an IBAN with en dashes', 'IBAN DE89\u20133704\u20130044\u20130532\u20130130\u201300', 'IBAN'],
    ['a Finnish id with an en dash for its sign', 'Henkilötunnus 131052\u2013308T', 'NATIONAL_ID'],
    ['a tax id with spaced dashes', 'Steuer-ID 65 - 929 - 970 - 489', 'TAX_ID'],
    ['an IBAN with spaced dashes', 'IBAN: DE89 - 3704 - 0044 - 0532 - 0130 - 00', 'IBAN'],
    ['a phone with spaced dashes', 'Tel. 030 - 1234 - 5678', 'PHONE_NUMBER'],
    ['a phone with double spaces', 'Rückruf unter +49  30  25826670 erbeten.', 'PHONE_NUMBER'],
    ['a card with tabs', 'Karte:\t4564\t4573\t0650\t1588', 'PAYMENT_CARD'],
    ['a name pair with double spaces', 'Das Protokoll schreibt Elena  Fernández.', 'PERSON_NAME'],
  ])('finds %s', (_case, text, type) => {
    const result = classify(text);

    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.type)).toContain(type);
    for (const finding of result.findings) {
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('reports the original span and keeps the value out of the finding', () => {
    const text = `Bitte an ${IBAN.replaceAll(' ', '\u200b')} überweisen.`;
    const [finding] = classify(text).findings;

    expect(finding).toMatchObject({ type: 'IBAN', recognizer: 'normalised', detail: 'iban' });
    expect(text.slice(finding?.start, finding?.end)).toBe(IBAN.replaceAll(' ', '\u200b'));
    expect(JSON.stringify(finding)).not.toContain('3704');
  });

  it.each([
    ['typographic spaces in prose', 'Le\u202fprix\u00a0: 12\u00a0€, livraison sous 3\u2009jours.'],
    [
      'HTML references in a product text',
      'Caf&eacute; &amp; Cr&egrave;me, 250&nbsp;g, 4,99&nbsp;&euro;',
    ],
    ['JSON escapes of accents', '{"title":"R\\u00e9sum\\u00e9 du projet","pages":12}'],
    ['escaped line breaks in a JSON log', '{"msg":"build ok\\n\\tstep 2 of 3\\n\\"done\\""}'],
    [
      'an HTML product table',
      '<table><tr><th>Artikel</th><th>Preis</th></tr><tr><td>Kaffee</td><td>4,99 €</td></tr></table>',
    ],
    [
      'opening hours, page ranges and years with spaced dashes',
      'Geöffnet 9 - 17 Uhr, siehe Seiten 10 - 12, Zeitraum 2019 - 2024, Version 2 - beta.',
    ],
    [
      'an order text in UTF-8 read as Latin-1',
      'Die Bestellung 2025-66054 \u00c3\u00bcber 14 St\u00c3\u00bcck, Lieferzeit 3\u00e2\u0080\u00935 Werktage.',
    ],
    ['HTML with inline formatting', '<p>Our <b>new</b> release ships on <i>Monday</i>.</p>'],
    ['a tab-separated price list', 'SKU\tQty\tPrice\nA-100\t4\t12.50\nB-200\t10\t3.99'],
    ['decomposed accents in a topic text', 'Le re\u0301sume\u0301 du projet est pre\u0302t.'],
  ])('leaves non-sensitive text with %s non-sensitive', (_case, text) => {
    expect(classify(text)).toMatchObject({ classification: 'non-sensitive', findings: [] });
  });

  it('property: invisible characters anywhere in a valid identifier, or other spaces, tabs or runs of spaces for its spaces, do not hide it', () => {
    const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff', '\u200e'];
    const SPACES = ['\u00a0', '\u202f', '\u2009', '\u2007', '\u3000', '  ', '\t', ' \t '];
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID_IDENTIFIERS),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 6 }),
        fc.constantFrom(...SPACES),
        (identifier, insertions, space) => {
          let hidden = identifier.replaceAll(' ', space);
          for (const [at, char] of insertions) {
            const cut = at % (hidden.length + 1);
            hidden = `${hidden.slice(0, cut)}${char}${hidden.slice(cut)}`;
          }

          expect(classify(`Notiz:\n${hidden}\nEnde`).classification).toBe('personal');
        },
      ),
      { numRuns: 400, seed: 20261128 },
    );
  });
});

// PDF extraction of spaced-out type (red-team rt5-138): a run of eight single characters or more
// reads as one word, and a word hyphenated at a line's end is rejoined, in such texts only.
describe('letter-spaced text', () => {
  it.each([
    [
      'a spaced IBAN',
      'I B A N : D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0',
      'IBAN:DE89370400440532013000',
    ],
    [
      'a hyphenated line end next to a spaced run',
      'Name: Ma-\nria\nT E L 0 3 0 1 2 3 4',
      'Name: Maria\nTEL0301234',
    ],
    [
      'a capital after the hyphen kept',
      'Müller-\nLüdenscheidt, K U N D E 1 2 3 4',
      'Müller-\nLüdenscheidt, KUNDE1234',
    ],
  ])('reads %s as one word', (_case, text, expected) => {
    expect(normalisedView(text)?.text).toBe(expected);
  });

  it.each([
    ['single-letter words', 'a b c and x y z'],
    ['seven spaced characters', 'A B C D E F G'],
    ['a hyphenated line end alone', 'Ver-\nsicherung'],
  ])('leaves %s alone', (_case, text) => {
    expect(normalisedView(text)).toBeUndefined();
  });

  it('finds a letter-spaced IBAN on its original characters', () => {
    const text = 'Bank:\nI B A N : D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0\nDanke';
    const result = classify(text);
    expect(result.classification).toBe('personal');
    const finding = result.findings.find((f) => f.type === 'IBAN');
    expect(finding).toBeDefined();
    expect(text.slice(finding?.start, finding?.end)).toBe(
      'I B A N : D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0',
    );
  });

  it('leaves a list of single digits without findings', () => {
    expect(classify('Bewertung: 1 2 3 4 5 6 7 8 9').findings).toEqual([]);
  });
});

// Keycap digits ('1️⃣': the digit, U+FE0F, U+20E3) and the copyright, registered and trade mark
// signs between digit groups, as chats write them: read as the digits and a space.
describe('keycaps and mark signs between digits', () => {
  it.each([
    ['keycap digits', 'call 0️⃣7️⃣7️⃣0️⃣', 'call 0770'],
    ['keycaps without their selector', 'code 1\u20e32\u20e3', 'code 12'],
    ['trade mark signs between groups', '07 ™ 81 ™ 54', '07 81 54'],
    ['copyright and registered signs', '07© 81 ® 54', '07 81 54'],
  ])('rewrites %s', (_case, text, expected) => {
    expect(normalisedView(text)?.text).toBe(expected);
  });

  it.each([
    ['a phone in keycap digits', 'call me 0️⃣7️⃣7️⃣0️⃣9️⃣0️⃣0️⃣1️⃣2️⃣3️⃣', 'PHONE_NUMBER'],
    ['a phone in keycap pairs', 'ring me on 0️⃣6️⃣ 1️⃣2️⃣ 3️⃣4️⃣ 5️⃣6️⃣ 7️⃣8️⃣', 'PHONE_NUMBER'],
    ['an IBAN partly in keycaps', 'IBAN DE8️⃣9️⃣ 3️⃣7️⃣0️⃣4️⃣ 0044 0532 0130 00', 'IBAN'],
    ['a phone split by trade mark signs', 'call 07 ™ 81 ™ 54 ™ 32 ™ 10', 'PHONE_NUMBER'],
    ['a phone split by registered signs', 'call 07® 81® 54® 32® 10', 'PHONE_NUMBER'],
  ])('finds %s', (_case, text, type) => {
    expect(classify(text).findings.map((finding) => finding.type)).toContain(type);
  });

  it.each([
    ['a product name and a year', 'Windows® 11 ™ 2024 release'],
    ['a copyright line and a rating', 'Copyright © 2024 Acme™ 2.0, rated 5️⃣ stars'],
    ['emoji digits in a count', 'we won 3️⃣ games and lost 1️⃣'],
  ])('finds nothing in %s', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// Look-alike letters of another script inside a word (red-team rt7-98, rt7-50, rt7-23): Cyrillic
// 'А', 'о', 'а' in a Latin name, a Latin 'e' in a Cyrillic one, Greek 'Κ', 'ο' in a Latin one. A
// word that mixes scripts is read in its dominant one; addresses and short symbols stay as written.
describe('words mixing look-alike letters of two scripts', () => {
  it.each([
    [
      'Cyrillic look-alikes in a Latin name',
      '\u0410nna N\u043ev\u0430k\u043ev\u00e1',
      'Anna Novaková',
    ],
    [
      'Latin look-alikes in a Cyrillic name',
      '\u0414e\u0441\u0438\u0441\u043b\u0430\u0432\u0430 \u041fe\u0442\u0440\u043e\u0432\u0430',
      'Десислава Петрова',
    ],
    [
      'Greek look-alikes in a Latin name',
      '\u039a\u03bfnstantina \u039c\u0391VR\u039fMATI',
      'Konstantina MAVROMATI',
    ],
    ['only the mixed word of a sentence', 'Herr W\u0435ber, Москва', 'Herr Weber, Москва'],
  ])('reads %s in one script', (_case, text, expected) => {
    expect(normalisedView(text)?.text).toBe(expected);
  });

  it.each([
    ['Cyrillic and Latin words side by side', 'Офис в Москва, office in Berlin'],
    ['a Greek letter after a digit or a hyphen', 'IL-1β, 5 μm, TNF-α'],
    ['a short symbol', 'Aβ42 and kΩ'],
    ['a look-alike domain', 'mail from support@\u0430pple-\u0441are.com'],
    ['a look-alike host in a link', 'see https://p\u0430ypal.example/login'],
    ['a word with letters that have no twin', 'Fooл barд'],
  ])('leaves %s as written', (_case, text) => {
    expect(normalisedView(text)).toBeUndefined();
  });

  it.each([
    [
      'a Czech name with Cyrillic look-alikes',
      'Přepiš: \u0410nna N\u043ev\u0430k\u043ev\u00e1 (účtárna) dostane přidáno.',
      'PERSON_NAME',
    ],
    [
      'a Bulgarian name with Latin look-alikes and a suspended sentence',
      'Преведи: \u0414e\u0441\u0438\u0441\u043b\u0430\u0432\u0430 \u041fe\u0442\u0440\u043e\u0432\u0430 има условна присъда.',
      'CRIMINAL_DATA',
    ],
    [
      'a German name with a Cyrillic e',
      'Sehr geehrter Herr M\u00fcll\u0435r, Ihre Diagnose liegt vor.',
      'PERSON_NAME',
    ],
  ])('finds %s', (_case, text, type) => {
    const result = classify(text);
    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.type)).toContain(type);
  });

  it('reports a name on the characters written with look-alikes', () => {
    const text = 'Přepiš: \u0410nna N\u043ev\u0430k\u043ev\u00e1 (účtárna) dostane přidáno.';
    const finding = classify(text).findings.find((f) => f.type === 'PERSON_NAME');
    expect(text.slice(finding?.start, finding?.end)).toBe('\u0410nna N\u043ev\u0430k\u043ev\u00e1');
  });

  it.each([
    [
      'a look-alike phishing domain',
      'Is this phishing? The mail came from support@\u0430pple-\u0441are.com asking to update bank details.',
    ],
    [
      'a brand with a Cyrillic o in a product text',
      'Our new M\u043edel X ships in March, 4 colours.',
    ],
    ['biomarkers with Greek letters', 'IL-1β and TNFα levels rose; Aβ42 fell in the cohort.'],
  ])('leaves %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

describe('mathematical alphanumeric symbols', () => {
  // Letters and digits as "fancy text" generators draw them: each style is the alphabet (A to Z,
  // a to z) or the digits from a code point of the U+1D400 block, holes filled by letterlike
  // symbols (italic 'h' is U+210E).
  const styled =
    (upper: number, lower: number, digit = 0x1d7ce) =>
    (text: string): string =>
      [...text]
        .map((char) => {
          const code = char.charCodeAt(0);
          if (code >= 65 && code <= 90) return String.fromCodePoint(upper + code - 65);
          if (code >= 97 && code <= 122) {
            return char === 'h' && lower === 0x1d44e
              ? '\u210e'
              : String.fromCodePoint(lower + code - 97);
          }
          if (code >= 48 && code <= 57) return String.fromCodePoint(digit + code - 48);
          return char;
        })
        .join('');
  const boldItalic = styled(0x1d468, 0x1d482);
  const italic = styled(0x1d434, 0x1d44e);
  const monospace = styled(0x1d670, 0x1d68a, 0x1d7f6);
  const sansBold = styled(0x1d5d4, 0x1d5ee, 0x1d7ec);

  it.each([
    ['bold italic letters', `Hallo ${boldItalic('Anna Weber')}!`, 'Hallo Anna Weber!'],
    ['italic letters with the letterlike h', italic('Johanna Schmidt'), 'Johanna Schmidt'],
    [
      'bold digits',
      `IBAN ${boldItalic('DE89 3704 0044 0532 0130 00')}`,
      'IBAN DE89 3704 0044 0532 0130 00',
    ],
    ['monospace letters and digits', monospace('Tel 0151 2345678'), 'Tel 0151 2345678'],
    ['double-struck letters beside them', '\u{1d538}\u2102 \u211d', 'AC R'],
    ['fraktur and script letters', '\u{1d504}\u{1d4b6} \u212c', 'Aa B'],
  ])('reads %s as plain letters and digits', (_case, text, expected) => {
    expect(normalisedView(text)?.text).toBe(expected);
  });

  it.each([
    [
      'letterlike symbols without any from the block',
      'the set \u211d of reals, the \u2113\u00b2 norm, \u2102',
    ],
    ['a trade mark sign', 'Acme\u2122 2000'],
  ])('leaves %s as written', (_case, text) => {
    expect(normalisedView(text)).toBeUndefined();
  });

  it.each([
    [
      'a name in bold italic beside a health disclosure',
      `Attention, ${boldItalic('Alexandre Cousin')} est séropositif.`,
      'PERSON_NAME',
    ],
    ['an IBAN in bold digits', `Überweisung an ${sansBold('DE89 3704 0044 0532 0130 00')}`, 'IBAN'],
    [
      'a date of birth in bold digits',
      `Geburtsdatum: ${boldItalic('12.03.1985')}`,
      'DATE_OF_BIRTH',
    ],
    [
      'a phone number in monospace digits',
      `Ruf an: ${monospace('+49 151 23456789')}`,
      'PHONE_NUMBER',
    ],
  ])('finds %s', (_case, text, type) => {
    const result = classify(text);

    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.type)).toContain(type);
  });

  it('places a finding on the symbols it was read from (two code units each)', () => {
    const name = boldItalic('Alexandre Cousin');
    const text = `Attention, ${name} est séropositif.`;
    const finding = classify(text).findings.find((f) => f.type === 'PERSON_NAME');

    expect(finding).toMatchObject({ start: 11, end: 11 + name.length });
    expect(text.slice(finding?.start, finding?.end)).toBe(name);
  });

  it.each([
    [
      'a formula',
      'Let \u{1d465} \u2208 \u211d and \u{1d453}(\u{1d465}) = \u{1d465}\u00b2 + 1 for all \u{1d465} > 0.',
    ],
    ['a fancy headline', `${boldItalic('Summer Sale')}: 30% off all shoes`],
    ['a bold product name', `Try the new ${sansBold('Model X 2000')} today`],
  ])('leaves %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

describe('combining marks that compose with nothing', () => {
  const marked = (text: string, mark: string): string =>
    [...text].map((c) => (c === ' ' ? c : c + mark)).join('');

  it.each([
    [
      'marks sprinkled over a name',
      'F\u0308ranzis\u0303ka Ob\u0300ermei\u0301er',
      'Franziska Obermeíer',
    ],
    ['underlined letters', marked('Anna Weber', '\u0332'), 'Anna Weber'],
    ['struck-through digits', marked('3704 0044', '\u0336'), '3704 0044'],
    ['a mark left over after composing', 'Mu\u0308\u0303ller', 'Müller'],
    ['a stack of marks ("Zalgo")', 'H\u0338\u0321\u032aans', 'Hans'],
    [
      'marks after a symbol read as a letter',
      `\u{1d468}\u0332\u{1d48f}\u0332\u{1d48f}\u0332\u{1d482}\u0332`,
      'Anna',
    ],
    ['decomposed letters beside them, still composed', 'Jose\u0301 F\u0308ranz', 'José Franz'],
  ])('reads %s without them', (_case, text, expected) => {
    expect(normalisedView(text)?.text).toBe(expected);
  });

  it.each([
    [
      'a name with marks sprinkled over it',
      'Info an alle: F\u0308ranzis\u0303ka Ob\u0300ermei\u0301er fällt aus, Brustkrebs.',
      'PERSON_NAME',
    ],
    [
      'an underlined name',
      `Kollege ${marked('Anna Weber', '\u0332')} hat Diabetes.`,
      'PERSON_NAME',
    ],
    [
      'an IBAN with struck-through digits',
      `IBAN DE89 ${marked('3704', '\u0336')} 0044 0532 0130 00`,
      'IBAN',
    ],
    ['a health term with a mark inside', 'Herr Müller hat Diab\u0303etes.', 'HEALTH_DATA'],
  ])('finds %s', (_case, text, type) => {
    const result = classify(text);

    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.type)).toContain(type);
  });

  it('places a finding on the letters and their marks as written', () => {
    const iban = `DE89 ${marked('3704', '\u0336')} 0044 0532 0130 00`;
    const text = `IBAN ${iban} bitte`;
    const finding = classify(text).findings.find((f) => f.type === 'IBAN');

    expect(finding).toMatchObject({ start: 5, end: 5 + iban.length });
  });

  it.each([
    [
      '"Zalgo" text',
      'H\u0338\u0321\u032ae\u0336 c\u0338o\u0338m\u0335e\u0336s\u0337 tonight, the party starts at 9',
    ],
    [
      'a phonetic transcription',
      'The French word is pronounced [\u02c8f\u0251\u0303\u02d0s], the vowel nasal.',
    ],
    [
      'a struck-through price',
      `${marked('Sale', '\u0336')} price 20 EUR, now 15 EUR for all shoes`,
    ],
    ['a Lithuanian accented word', 'Kirčiuotas žodis kė\u0303lti reiškia pakelti.'],
  ])('leaves %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// HTML comments put inside a word or a number to hide it from a scan (red-team rt9-11): read as
// nothing, as a browser shows the page; a comment between blocks breaks nothing either.
describe('HTML comments', () => {
  it.each([
    ['empty comments inside words', 'Dar<!-- -->ko Ma<!--x-->tić', 'Darko Matić'],
    ['comments inside a number', 'OIB 593<!-- ok -->345<!-- -->37079', 'OIB 59334537079'],
    ['a comment with blanks after it', 'Anna<!-- x --> Weber', 'Anna Weber'],
    ['a comment with blanks on both sides', 'Anna <!-- x --> Weber', 'Anna Weber'],
    ['an inline tag with blanks on both sides', 'Hallo <b> Anna</b>', 'Hallo Anna'],
    ['a comment between paragraphs', '<p>Anna</p>\n<!-- c -->\n<p>Weber', '\nAnna\nWeber'],
  ])('reads %s as nothing', (_case, text, expected) => {
    expect(normalisedView(text)?.text).toBe(expected);
  });

  it.each([
    ['an unclosed comment', 'a <!-- never closed, b'],
    ['a comment opener in prose', 'the marker <!-- starts a comment'],
  ])('leaves %s as written', (_case, text) => {
    expect(normalisedView(text)).toBeUndefined();
  });

  it.each([
    [
      'a name and an OIB split by comments',
      '<p>Podnositelj: Dar<!-- -->ko Ma<!--x-->tić, OIB 593<!-- ok -->345<!-- -->37079</p>',
      'NATIONAL_ID',
    ],
    ['an IBAN split by comments', 'IBAN DE89 37<!---->04 0044 05<!-- -->32 0130 00', 'IBAN'],
    [
      'an e-mail address split by comments',
      'Kontakt: jw1984<!-- -->@<!-- -->gmx.de',
      'EMAIL_ADDRESS',
    ],
    ['a phone number split by comments', 'Tel. +49 151 234<!-- -->567<!--x-->89', 'PHONE_NUMBER'],
    // A longer comment keeps its content, read and scanned like the rest of the text.
    [
      'an escaped address inside a longer comment',
      'hello\t\tworld <!-- contact anna&#64;example.de -->',
      'EMAIL_ADDRESS',
    ],
    [
      'mis-decoded text inside a longer comment',
      'hello\t\tworld <!-- Dr. MÃ¼ller ist schwanger -->',
      'HEALTH_DATA',
    ],
  ])('finds %s', (_case, text, type) => {
    const result = classify(text);

    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.type)).toContain(type);
  });

  it('places a finding on the digits and comments as written', () => {
    const oib = '593<!-- ok -->345<!-- -->37079';
    const text = `<p>OIB ${oib}</p>`;
    const finding = classify(text).findings.find((f) => f.type === 'NATIONAL_ID');

    expect(text.slice(finding?.start, finding?.end)).toBe(oib);
  });

  it.each([
    [
      'a page with comments between blocks',
      '<!-- header -->\n<div class="nav">Home</div>\n<!-- main content -->\n<p>Our new release ships on Monday.</p>',
    ],
    ['a comment inside a version number', 'Version 2.<!-- bump -->4.1 released in 2024'],
    [
      'a commented-out block of markup',
      '<ul>\n<!-- <li>Old item</li> -->\n<li>New item</li>\n</ul>',
    ],
  ])('leaves %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// Enclosed letters and digits as "fancy text" generators and people hiding a contact write them
// (red-team rt9-14): circled, parenthesized, with a full stop, negative and double circled, the
// dingbats' circled digits (no NFKC form) and the supplement's squared and circled capitals.
describe('enclosed letters and digits', () => {
  it.each([
    ['circled small letters', 'ⓙⓐⓝⓐ.ⓚⓞⓥⓐⓡⓞⓥⓐ@ⓢⓔⓩⓝⓐⓜ.ⓒⓩ', 'jana.kovarova@seznam.cz'],
    ['circled capitals and digits', 'ⒹⒺ⑧⑨ ③⑦⓪④', 'DE89 3704'],
    ['numbers above nine', '⑩ ⑳ ⓫ ⓴', '10 20 11 20'],
    ['parenthesized and full-stop forms', '⑴⑵ ⒈⒉ ⒜⒵', '12 12 az'],
    ['negative and double circled digits', '⓿⓵⓾ ⓪', '0110 0'],
    ['the dingbat circled digits', '➏➌➍ ➋➊➑ ❶❿ ➀➉', '634 218 110 110'],
    ['supplement digits and capitals', '🄌🄁🄊 🄐🄰🅐🅰 🅩🆉', '009 AAAA ZZ'],
    ['a pictograph between dingbat digits', '➏➌➍ ☎ ➋➊➑ 🔥 ➍➎➐', '634 218 457'],
    ['a pictograph between an ASCII and a dingbat digit', '0151 ☎ ➋➌➍➎', '0151 2345'],
  ])('reads %s as plain letters and digits', (_case, text, expected) => {
    expect(normalisedView(text)?.text).toBe(expected);
  });

  it.each([
    ['flags (regional indicators)', 'Team 🇩🇪 vs 🇫🇷'],
    ['squared words', 'Status 🆗 🆕'],
  ])('leaves %s as written', (_case, text) => {
    expect(normalisedView(text)).toBeUndefined();
  });

  it.each([
    [
      'an e-mail address in circled letters',
      'Pište mi na ⓙⓐⓝⓐ.ⓚⓞⓥⓐⓡⓞⓥⓐ@ⓢⓔⓩⓝⓐⓜ.ⓒⓩ',
      'EMAIL_ADDRESS',
    ],
    ['a phone number in negative circled digits', 'volejte ➏➌➍ ➋➊➑ ➍➎➐', 'PHONE_NUMBER'],
    ['a phone number in dingbat digits and a zero', 'Ruf an: ⓿❶❺❶ ❷❸❹❺❻❼❽❾', 'PHONE_NUMBER'],
    ['an IBAN in circled digits', 'IBAN ⒹⒺ⑧⑨ ③⑦⓪④ ⓪⓪④④ ⓪⑤③② ⓪①③⓪ ⓪⓪', 'IBAN'],
    ['a name in circled capitals', 'Kollegin ⒶⓃⓃⒶ ⓌⒺⒷⒺⓇ hat Diabetes.', 'PERSON_NAME'],
    ['a name in negative circled capitals', 'Kollegin 🅐🅝🅝🅐 🅦🅔🅑🅔🅡 hat Diabetes.', 'PERSON_NAME'],
    ['a phone number split by a pictograph', 'call ➀➄➀ ☎ ➁➂➃➄➅➆➇➈', 'PHONE_NUMBER'],
  ])('finds %s', (_case, text, type) => {
    const result = classify(text);

    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.type)).toContain(type);
  });

  it('places a finding on the symbols it was read from', () => {
    const phone = '➏➌➍ ➋➊➑ ➍➎➐';
    const text = `volejte ${phone}, díky`;
    const finding = classify(text).findings.find((f) => f.type === 'PHONE_NUMBER');

    expect(text.slice(finding?.start, finding?.end)).toBe(phone);
  });

  it.each([
    ['numbered steps', 'Steps: ① open ② click ③ save, see ⑴ and ⒜; rating ❶❷❸'],
    ['a circled greeting', 'ⓗⓔⓛⓛⓞ ⓦⓞⓡⓛⓓ ❤️ ⓟⓐⓡⓣⓨ ⓐⓣ ⑧'],
    ['a blood type and parking emoji', 'Blood type 🅰️ or 🅱️, park at 🅿️ level 2'],
  ])('leaves %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// Small capitals ('ᴀ' U+1D00 on, 'ʀ', 'ɪ', 'ꜱ' …), which have no NFKC form (red-team rt9-104): read
// as capitals, which they are in style (red-team rt10-83: a name in small capitals is a name;
// rt9-72: a heading in them is no name in title case); after a letter as written, in lower case.
// IPA uses some ('ɪ', 'ʏ', 'ʀ'): alone, they are left as written.
describe('small capitals', () => {
  it.each([
    [
      'a Polish sentence',
      'ᴘʀᴏꜱᴢę ᴏ ᴍᴏᴅʟɪᴛᴡę ᴢᴀ ᴋᴀᴛᴀʀᴢʏɴę ᴍʀᴏᴄᴢᴋᴏᴡꜱᴋą',
      'PROSZę O MODLITWę ZA KATARZYNę MROCZKOWSKą',
    ],
    ['the letters from the IPA block', 'ʀɪɴɢ ɢɪʀʟ ʜʏʙʀɪᴅ ʟɪɴᴇ', 'RING GIRL HYBRID LINE'],
    ["an o with ogonek for 'q' beside small capitals", 'ǫᴜɪᴄᴋ ᴀǫ', 'QUICK AQ'],
    ['Latin Extended-D capitals', 'ꜰɪꜱʜ ꞯ', 'FISH Q'],
    ['a run after a letter as written, in lower case', 'Mᴀʀɪᴇ', 'Marie'],
  ])('reads %s in capitals', (_case, text, expected) => {
    expect(normalisedView(text)?.text).toBe(expected);
  });

  it.each([
    ['an o with ogonek alone', 'Navajo ǫ, Old Norse sǫgur'],
    ['letters of the block that are no small capital', 'turned ᴉ and ᴎ'],
    ["the IPA block's small capitals alone", 'ʀɪɴɢ ɢɪʀʟ [ˈkɪʁçə]'],
  ])('leaves %s as written', (_case, text) => {
    expect(normalisedView(text)).toBeUndefined();
  });

  it.each([
    ['a name and a diagnosis', 'ᴀɴɴᴀ ᴡᴇʙᴇʀ ʜᴀᴛ ᴅɪᴀʙᴇᴛᴇꜱ', 'PERSON_NAME'],
    ['a name pair', 'ᴋᴀᴛᴀʀᴢʏɴᴀ ᴍʀᴏᴄᴢᴋᴏᴡꜱᴋᴀ', 'PERSON_NAME'],
    ['an operation in oncology', 'ᴊᴜᴛʀᴏ ʀᴀɴᴏ ᴍᴀ ᴏᴘᴇʀᴀᴄᴊę ɴᴀ ᴏɴᴋᴏʟᴏɢɪɪ', 'HEALTH_DATA'],
    [
      'a name alone in a sentence',
      'Bitte umformulieren: ᴍᴀʀɪᴇ ʜᴏʟᴢɴᴇʀ möchte nicht kommen.',
      'PERSON_NAME',
    ],
  ])('finds %s', (_case, text, type) => {
    const result = classify(text);

    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.type)).toContain(type);
  });

  it('places a finding on the small capitals it was read from', () => {
    const name = 'ᴋᴀᴛᴀʀᴢʏɴᴀ ᴍʀᴏᴄᴢᴋᴏᴡꜱᴋᴀ';
    const text = `Dzień dobry, ${name}!`;
    const finding = classify(text).findings.find((f) => f.type === 'PERSON_NAME');

    expect(text.slice(finding?.start, finding?.end)).toBe(name);
  });

  it.each([
    [
      'IPA transcriptions',
      'The German word Kirche is pronounced [ˈkɪʁçə], French rouge [ʀuʒ], English bit /bɪt/ and hymn /hɪm/; Swedish ny [nʏː].',
    ],
    ['IPA symbols in a list', 'IPA: [ʀɪta] [ˈʟɪɴɢ] [ɢʀɪʙ] /ʜɪɴʏ/ [ˈmʏlɐ]'],
    ['a heading and rules in small capitals', 'ꜱᴇʀᴠᴇʀ ʀᴜʟᴇꜱ\n1. ʙᴇ ᴋɪɴᴅ, ɴᴏ ꜱʟᴜʀꜱ\n2. ɴᴏ ꜱᴘᴏɪʟᴇʀꜱ'],
    ['a headline in small capitals', 'ꜱᴜᴍᴍᴇʀ ꜱᴀʟᴇ: 30% ᴏꜰꜰ ᴀʟʟ ꜱʜᴏᴇꜱ'],
    ['a sign in small capitals', 'Wᴀʀɴɪɴɢ: ꜰɪʀᴇ ᴀʟᴀʀᴍ ᴛᴇꜱᴛ ᴀᴛ 10:00, ǫᴜɪᴇᴛ ᴘʟᴇᴀꜱᴇ'],
  ])('leaves %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// Variation selectors (U+FE0E, U+FE0F) after every letter or digit (red-team rt9-119): read as
// nothing. A keycap's selector and an emoji's own change nothing either.
describe('variation selectors after letters and digits', () => {
  const selected = (text: string, selector = '\ufe0e'): string =>
    [...text].map((c) => (c === ' ' ? c : c + selector)).join('');

  it.each([
    [
      'text selectors after letters',
      selected('rosie.hartnell@proton.me'),
      'rosie.hartnell@proton.me',
    ],
    ['emoji selectors after digits', selected('07591 882104', '\ufe0f'), '07591 882104'],
    ['keycaps beside them', `${selected('tel')} 0️⃣7️⃣`, 'tel 07'],
    ['an emoji selector beside them', `${selected('ok')} ❤️`, 'ok ❤'],
  ])('reads %s as nothing', (_case, text, expected) => {
    expect(normalisedView(text)?.text).toBe(expected);
  });

  it.each([
    ['emoji with their own selectors', 'merci ❤️ rose, ☎️ demain, 🏳️ ok'],
    ['a selector at the start', '\ufe0fok'],
  ])('leaves %s as written', (_case, text) => {
    expect(normalisedView(text)).toBeUndefined();
  });

  it.each([
    ['an e-mail address', `Book a chat: ${selected('rosie.hartnell@proton.me')}`, 'EMAIL_ADDRESS'],
    ['a phone number', `call ${selected('07591 882104', '\ufe0f')}`, 'PHONE_NUMBER'],
    ['an IBAN', `IBAN ${selected('DE89 3704 0044 0532 0130 00')}`, 'IBAN'],
    ['a name beside a diagnosis', `${selected('Anna Weber')} hat Diabetes.`, 'PERSON_NAME'],
  ])('finds %s', (_case, text, type) => {
    const result = classify(text);

    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.type)).toContain(type);
  });

  it('places a finding on the characters and their selectors', () => {
    const mail = selected('jw1984@gmx.de');
    const text = `mail ${mail} bitte`;
    const finding = classify(text).findings.find((f) => f.type === 'EMAIL_ADDRESS');

    expect(finding).toMatchObject({ start: 5 });
    expect(text.slice(finding?.start, finding?.end)).toBe(mail.slice(0, -1));
  });

  it.each([
    ['weather symbols in text style', 'Weather ☀︎ 21°C, ☁︎ later; #︎1 fan ✔︎ done'],
    ['a styled word', `${selected('Summer Sale')}: 30% off all shoes`],
  ])('leaves %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// Unicode Braille (U+2800 to U+28FF), grade 1 (red-team rt9-120): a run of eight cells or more
// read as text, with the capital and number signs; shorter runs and braille art stay as written.
describe('Unicode Braille', () => {
  it.each([
    [
      'a sentence with capitals, a number and punctuation',
      '⠠⠃⠥⠕⠝⠛⠊⠕⠗⠝⠕⠂ ⠎⠕⠝⠕ ⠠⠇⠥⠉⠊⠁⠲ ⠠⠉⠓⠊⠁⠍⠁⠞⠑⠍⠊ ⠁⠇ ⠼⠉⠉⠉ ⠼⠙⠓⠁⠃⠃⠚⠛⠖',
      'Buongiorno, sono Lucia. Chiamatemi al 333 4812207!',
    ],
    ['a word in capitals', '⠠⠠⠊⠃⠁⠝ ⠠⠠⠙⠑⠼⠓⠊', 'IBAN DE89'],
    ['an at sign after digits', '⠚⠺⠼⠁⠊⠓⠙⠈⠁⠛⠍⠭⠲⠙⠑', 'jw1984@gmx.de'],
    ['accented letters and the blank cell', '⠉⠊⠞⠞⠷⠀⠏⠑⠗⠉⠓⠿', 'città perché'],
  ])('reads %s', (_case, text, expected) => {
    expect(normalisedView(text)?.text).toBe(expected);
  });

  it.each([
    ['a short run', 'Braille ⠁⠃⠉ means abc'],
    ['single cells apart', '⠁ b ⠃ c ⠉'],
  ])('leaves %s as written', (_case, text) => {
    expect(normalisedView(text)).toBeUndefined();
  });

  it.each([
    ['a phone number', '⠠⠉⠓⠊⠁⠍⠁⠞⠑⠍⠊ ⠁⠇ ⠼⠉⠉⠉ ⠼⠙⠓⠁⠃⠃⠚⠛ ⠏⠑⠗ ⠋⠁⠧⠕⠗⠑⠲', 'PHONE_NUMBER'],
    ['a name and a diagnosis', '⠠⠁⠝⠝⠁ ⠠⠺⠑⠃⠑⠗ ⠓⠁⠞ ⠠⠙⠊⠁⠃⠑⠞⠑⠎⠲', 'HEALTH_DATA'],
    ['an e-mail address', '⠍⠁⠊⠇ ⠚⠺⠼⠁⠊⠓⠙⠈⠁⠛⠍⠭⠲⠙⠑', 'EMAIL_ADDRESS'],
    ['an IBAN', '⠠⠠⠊⠃⠁⠝ ⠠⠠⠙⠑⠼⠓⠊ ⠼⠉⠛⠚⠙ ⠼⠚⠚⠙⠙ ⠼⠚⠑⠉⠃ ⠼⠚⠁⠉⠚ ⠼⠚⠚', 'IBAN'],
  ])('finds %s', (_case, text, type) => {
    const result = classify(text);

    expect(result.classification).toBe('personal');
    expect(result.findings.map((finding) => finding.type)).toContain(type);
  });

  it('places a finding on the whole run it was read from', () => {
    const run = '⠁⠇ ⠼⠉⠉⠉ ⠼⠙⠓⠁⠃⠃⠚⠛';
    const text = `Chiamatemi\n${run}\ngrazie`;
    const finding = classify(text).findings.find((f) => f.type === 'PHONE_NUMBER');

    expect(text.slice(finding?.start, finding?.end)).toBe(run);
  });

  it.each([
    ['a greeting', '⠠⠓⠑⠇⠇⠕ ⠺⠕⠗⠇⠙⠖ ⠠⠞⠓⠊⠎ ⠊⠎ ⠁ ⠞⠑⠎⠞ ⠼⠁⠃⠉'],
    ['braille art', '⣿⣿⣿⣿⣿⣿⣷⣄⠀⠀⢀⣴⣿⣿⣿⣿⡿⠋⠁⠀⠀⠈⠙⢿⣿⣿\n⠟⠛⠉⠁⠀⠀⠀⠀⠈⠉⠛⠻⣿⣿⣿⣿⣿⣿⣿⣿⣿'],
    ['a spinner in a log', 'build ⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏ 42% done in 12 s'],
  ])('leaves %s non-sensitive', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// A tag is read as a break, and the values of the attributes a page shows with it, decoded: a
// name or a number written with character references inside an attribute is found (a review of
// the twenty-second red-team set's rows with no-break spaces).
describe('attribute values a page shows', () => {
  it.each([
    [
      'a read-only field',
      '<label>Assuré(e)</label><input type="text" readonly value="Mme Camille&nbsp;BRUNET">',
      'Mme Camille BRUNET',
    ],
    ['an alternative text', '<img alt="Portrait of Anna M&uuml;ller" src="a.png">', 'Anna Müller'],
    ['an accessible name', '<button aria-label="Call J&oacute;n">x</button>', 'Call Jón'],
  ])('reads %s', (_case, text, expected) => {
    expect(normalisedView(text)?.text).toContain(expected);
  });

  it('finds a NIR in a hidden input written with no-break spaces', () => {
    const input =
      '<input type="hidden" name="nir" value="2&nbsp;87&nbsp;11&nbsp;69&nbsp;123&nbsp;045&nbsp;12">';

    expect(classify(input).findings.map((finding) => finding.type)).toContain('NATIONAL_ID');
  });

  it('reads no other attribute (a class, an id, a link)', () => {
    expect(normalisedView('<a class="Anna" id="Weber" href="/x">y</a>')?.text).toBe('y');
  });
});
