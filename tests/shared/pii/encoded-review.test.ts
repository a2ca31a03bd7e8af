import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { classify } from '../../../shared/pii/classify.js';

// Inputs an adversarial review of the encoded and hostile content handling built (2026-11-30):
// each hid personal data from the classifier before its fix. Beside them, the look-alikes that
// must stay non-sensitive.

const base64 = (value: string | Uint8Array): string => Buffer.from(value).toString('base64');
const times = (value: string, layers: number): string =>
  layers === 0 ? value : times(base64(value), layers - 1);
const tags = (value: string): string =>
  [...value]
    .map((char) => String.fromCodePoint(0xe0000 + (char.codePointAt(0) as number)))
    .join('');
const selectors = (value: string): string =>
  [...Buffer.from(value)]
    .map((byte) => String.fromCodePoint(byte < 16 ? 0xfe00 + byte : 0xe0100 + byte - 16))
    .join('');
/** One DER SEQUENCE with a two-byte length around `body`. */
const sequence = (body: Uint8Array): Buffer =>
  Buffer.concat([Buffer.from([0x30, 0x82, body.length >> 8, body.length & 0xff]), body]);
const sshString = (value: Uint8Array | string): Buffer => {
  const bytes = Buffer.from(value);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
};
const pem = (label: string, bytes: Uint8Array): string =>
  `-----BEGIN ${label}-----\n${(base64(bytes).match(/.{1,64}/g) as string[]).join('\n')}\n-----END ${label}-----`;
/** Deterministic bytes that look random (a linear congruential generator). */
const noise = (length: number, seed: number): Buffer => {
  let state = seed;
  return Buffer.from(
    Uint8Array.from({ length }, () => {
      state = (state * 1103515245 + 12345) >>> 0;
      return state >>> 24;
    }),
  );
};
const RECORD = 'Patient record follows. Name: Anna Kowalska. Diagnosis: type 2 diabetes.';

describe('encoded personal data found since the review', () => {
  it.each([
    ['an e-mail in base64 four times over', times('anna.kowalska@example.pl', 4)],
    [
      'an e-mail in base64 three times over, with zero-width spaces in it',
      'V1ZjMWRWbF\u200bROWEppTTJS\u200bb1lraE9jbG\u200bxWUW14bFIw\u200bWjBZMGQ0Yk\u200bV4dVFuTT0=',
    ],
    ['a short gzip stream', `x ${base64(gzipSync('anna.kowalska@example.pl'))}`],
    ['a short zlib stream', `x ${base64(deflateSync('anna.kowalska@example.pl'))}`],
    [
      'a protobuf record holding an e-mail',
      'grpc-web: CAcSGGFubmEua293YWxza2FAZXhhbXBsZS5wbBgBIAIoCQ==',
    ],
    [
      'UTF-16 little-endian text (PowerShell -EncodedCommand)',
      `powershell.exe -NoP -EncodedCommand ${base64(Buffer.from('Send-Mail -To anna.kowalska@example.pl', 'utf16le'))}`,
    ],
    [
      'UTF-16 big-endian text',
      `x ${base64(Buffer.from('Anna Kowalska has diabetes', 'utf16le').swap16())}`,
    ],
    [
      'gzip under a private key header, after a SEQUENCE byte',
      pem('PRIVATE KEY', Buffer.concat([Buffer.from([0x30, 0x82]), gzipSync(RECORD)])),
    ],
    [
      'anything after an OpenSSH key magic that is no key',
      pem(
        'OPENSSH PRIVATE KEY',
        Buffer.concat([Buffer.from('openssh-key-v1\0'), gzipSync(RECORD)]),
      ),
    ],
    ['a PESEL in base64 after its JSON key', `{"pesel":"${base64('44051401359 ')}"}`],
    ['a Steuer-ID in base64 after its label', `Steuer-ID: ${base64('86095742719    ')}`],
    ['base64 with no digit in it, padded', `note: ${base64('Jan Weber has diabetes')}`],
    ['an e-mail in base64 with no digit in it', `Reply-To: ${base64('jan.weber@gmail.com')}`],
    ['an e-mail in tag characters (ASCII smuggling)', `Hello! ${tags('anna.kowalska@example.pl')}`],
    [
      'a sentence in variation selectors after an emoji',
      `Look \u{1F600}${selectors('Anna Kowalska has diabetes')}`,
    ],
    ['Hangul fillers between the digits of a PESEL', `PESEL ${[...'44051401359'].join('\u3164')}`],
    ['a combining mark outside the common ones in a PESEL', 'PESEL 4\u1dc44051401359'],
    [
      'an IBAN whose country code has a Cyrillic look-alike',
      'IBAN: \u0420L61 1090 1014 0000 0712 1981 2874',
    ],
    ["an e-mail with a C or Python '\\x40' for its at sign", 'contact: jk1987\\x40example.pl'],
    ["an e-mail with an HTML reference without its ';'", 'contact: jk1987&#64example.pl'],
    ["an e-mail with JavaScript's old '%u0040'", 'contact: jk1987%u0040example.pl'],
    ["an e-mail with an ES6 '\\u{40}'", 'contact: jk1987\\u{40}example.pl'],
    ["an e-mail with an octal '\\100'", 'contact: jk1987\\100example.pl'],
    ["an e-mail with a CSS '\\40 '", 'contact: jk1987\\40 example.pl'],
  ])('%s', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it('keeps wrapped binary unreadable: no line of it read alone as Latin-1 text', () => {
    const found = Array.from({ length: 60 }, (_, seed) =>
      classify(
        `attachment:\n${(base64(noise(300, seed + 1)).match(/.{1,64}/g) as string[]).join('\n')}`,
      ),
    ).filter((result) => result.classification === 'personal');
    expect(found).toHaveLength(60);
  });
});

describe('what stays non-sensitive', () => {
  it.each([
    ['a hash in base64', 'sha256: 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='],
    ['an access key', 'x-api-key: AKIAIOSFODNN7EXAMPLEwJalrXUtnFEMI/K7MDENG'],
    ['a private key that is one DER SEQUENCE', pem('PRIVATE KEY', sequence(noise(1190, 7)))],
    [
      'an OpenSSH private key with its structure',
      pem(
        'OPENSSH PRIVATE KEY',
        Buffer.concat([
          Buffer.from('openssh-key-v1\0'),
          sshString('none'),
          sshString('none'),
          sshString(''),
          Buffer.from([0, 0, 0, 1]),
          sshString(noise(51, 3)),
          sshString(noise(144, 4)),
        ]),
      ),
    ],
    [
      "Scotland's flag (tag characters in an emoji flag)",
      'Go team \u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} tonight!',
    ],
    [
      'emoji with one variation selector and a keycap',
      'Nice work \u2764\ufe0f and 1\ufe0f\u20e3 place \u{1F44D}\u{1F3FD}',
    ],
    [
      'Korean text',
      '\uc548\ub155\ud558\uc138\uc694 \ud68c\uc758\ub294 3\uc2dc\uc5d0 \uc2dc\uc791\ud569\ub2c8\ub2e4',
    ],
    ['an arrow over a letter in maths', 'The vector v\u20d7 has norm 3.'],
    [
      'units and symbols of two mixed letters before a digit',
      'a k\u03a92 resistor, A\u03b240 levels, 5 m\u041010',
    ],
    [
      'escapes of an at sign in code',
      'printf("\\x40\\x41"); regex [\\x20-\\x40]; css content: "\\40 ";',
    ],
    ['an escaped at sign between everyday words', 'see you\\x40home tonight'],
  ])('%s', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// A second review, of the fixes above: what they lost or flagged, mended.
describe('after the second review: personal', () => {
  const PII =
    'Patientin Anna Kowalska hat Diabetes Typ 2, PESEL 44051401359, anna.kowalska@gmail.com';
  it.each([
    [
      'text glued after a zlib stream',
      base64(Buffer.concat([deflateSync('ok'), Buffer.from(PII)])),
    ],
    [
      'text after a gzip stream and a zero byte',
      base64(Buffer.concat([gzipSync('ok'), Buffer.from([0]), Buffer.from(PII)])),
    ],
    [
      "a gzip header's comment",
      base64(
        Buffer.concat([
          Buffer.from([0x1f, 0x8b, 0x08, 0x10, 0, 0, 0, 0, 0, 3]),
          Buffer.from(`${PII}\0`),
          deflateRawSync('ok'),
          Buffer.from([0x47, 0xdd, 0xdc, 0x79, 2, 0, 0, 0]),
        ]),
      ),
    ],
    [
      'ASCII packed between UTF-16 text',
      `log: ${base64(Buffer.concat([Buffer.from('Build finished. All tests passed. '.repeat(8), 'utf16le'), Buffer.from('Anna Kowalska has diabetes; PESEL 44051401359;')]))}`,
    ],
    ['base64 glued after a Japanese label', '口座番号はREU4OTM3MDQwMDQ0MDUzMjAxMzAwMA==です'],
    ['base64 glued after a Chinese label', '患者信息QW5uYSBLb3dhbHNrYSBoYXMgZGlhYmV0ZXM='],
    [
      'Latin-1 text in a wrapped block with a word on its last line',
      'SvxyZ2VuIE38bGxlciBoYXQgRGlhYmV0ZXMsIFN0ZXVl\nci1JRCA4NjA5NTc0MjcxOSBsYXV0IEJlZnVuZC4gICAg\nDanke',
    ],
    [
      'an e-mail in tag characters cut into flag-shaped pieces',
      `Hi! ${['anna.ko', 'walska@', 'gmail.c', 'om'].map((piece) => `\u{1F3F4}${tags(piece)}`).join('')}`,
    ],
    ['two rare marks stacked in a PESEL', 'PESEL 4\u1dc4\u1dc44051401359'],
    ['a variation selector inside a BSN', 'BSN 1112\ufe0022333'],
    ['a supplementary variation selector inside a PESEL', 'PESEL 4405\u{E0100}1401359'],
  ])('%s', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it('reports hidden tag characters from where they start', () => {
    const [finding] = classify(`Hi! ${tags('anna')}`).findings;
    expect(finding).toMatchObject({ type: 'UNREADABLE_CONTENT', start: 4, end: 12 });
  });
});

describe('after the second review: non-sensitive', () => {
  it.each([
    [
      'an OpenSSH private key wrapped at 70 columns, as ssh-keygen writes it',
      `-----BEGIN OPENSSH PRIVATE KEY-----\n${(
        base64(
          Buffer.concat([
            Buffer.from('openssh-key-v1\0'),
            sshString('none'),
            sshString('none'),
            sshString(''),
            Buffer.from([0, 0, 0, 1]),
            sshString(noise(51, 5)),
            sshString(noise(144, 6)),
          ]),
        ).match(/.{1,70}/g) as string[]
      ).join('\n')}\n-----END OPENSSH PRIVATE KEY-----`,
    ],
    [
      'a certificate chain whose second certificate ends in one padding character',
      '-----BEGIN CERTIFICATE-----\nMIGCxn7fuHHsHtGc5s6dUqqCfphBl7V+Ac9B/Q4jVRPJNtwvzHmVXZQJhImCyAr0\nhX+Wp0twMRT1euz7xpgvwNQtcIkq6Tj2ezhUKoFFBe10eweUk3wLFoR6RNr5m0d3\ny+wPva4OC/V0KEQAmzuWmxMoKMDB+3XRsWHPvslDVnBwdy4ZJA==\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nMIGDjCH/5Weh4g51foJMjOUaoXLJ/HI9z+tI2kiAzmIf9/u1RouvXZvADmerJ7b0\nFOBJtbIhdWVF0KzsCztQInM8FXe75LDG3J6mrIZTTNM1O3n1I6fivZo92ZzdQhQD\n6UB+38yxZARWqTPwCT187Sf3FJFPpgovhCl1haXDokm0wfclQJQ=\n-----END CERTIFICATE-----\n',
    ],
    [
      'a streamed CMS message (an indefinite length)',
      pem('CMS', Buffer.concat([Buffer.from([0x30, 0x80]), noise(300, 9), Buffer.from([0, 0])])),
    ],
    [
      'a Kubernetes secret with a link in a value',
      `data:\n  HOST: ${base64('db.internal')}\n  CALLBACK: ${base64('https://example.com/cb?next=%2Fhome')}\n`,
    ],
    [
      'two layers of base64 around a link, after a tab',
      `v:\t${base64(base64('docs: https://example.com/search?q=hello%20world'))}`,
    ],
    [
      'two emoji selectors after a heart',
      'Great job \u2764\ufe0f\ufe0f thanks, ok \u263a\ufe0e\ufe0f fine',
    ],
    [
      'arrows over letters in maths',
      'The product u\u20d7v\u20d7 is a dyad; v\u20d71 + v\u20d72 = 0',
    ],
    ['circled steps', 'Steps: 1\u20dd2\u20dd3\u20dd'],
    ['a library romanisation with ligature ties', 'Istorii\ufe20a\ufe21 russko\u012d literatury'],
    ['a blank Korean nickname', '\u3164ABC\u3164 joined the game'],
    ['a Mongolian variation selector before a year', '\u182a\u1822\u1834\u1822\u182d\u180b2024'],
  ])('%s', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// What the second review measured and left (2026-11-30), mended the next session.
const LOG_LINES = [
  '2024-03-05T10:00:43.818Z INFO [svc-2] request_id=84cbe691 status=201 duration_ms=474 ms',
  '2024-03-05T10:00:46.146Z INFO [svc-2] request_id=3784a0c2 status=404 duration_ms=93 ms',
  '2024-03-05T10:01:35.708Z INFO [svc-3] request_id=659cf2d1 status=200 duration_ms=431 ms',
].join('\n');

describe("the second review's leftovers: personal", () => {
  it.each([
    [
      "one stray '=85' before escapes that hide a PESEL",
      'Preis =85 Euro. PESEL: =34=34=30=35=31=34=30=31=34=35=38',
    ],
    [
      "a lone '=9A' after escapes that hide an IBAN",
      'Konto: =44=45=38=39=33=37=30=34=30=30=34=34=30=35=33=32=30=31=33=30=30=30 x=9A',
    ],
    [
      "a log's lone C1 byte before escapes that hide an IBAN",
      `${LOG_LINES}\nacct==44=4589 3704 0044 0532 0130 00`,
    ],
    [
      'lower-case escapes of an address',
      'mail: =61=6e=6e=61=2e=77=65=62=65=72=40=67=6d=78=2e=64=65',
    ],
    ['lower-case escapes of UTF-8 letters', 'Gr=c3=bc=c3=9fe, Herr J=c3=b6rg M=c3=bcller'],
    [
      'an IBAN in Devanagari digits',
      'IBAN: DE89 \u0969\u096d\u0966\u096a \u0966\u0966\u096a\u096a \u0966\u096b\u0969\u0968 \u0966\u0967\u0969\u0966 \u0966\u0966',
    ],
    [
      'a PESEL in Thai digits',
      'PESEL \u0e54\u0e54\u0e50\u0e55\u0e51\u0e54\u0e50\u0e51\u0e54\u0e55\u0e58',
    ],
    [
      'a phone number in Khmer digits',
      'Tel. \u17e0\u17e1\u17e7\u17e6 \u17e1\u17e2\u17e3\u17e4\u17e5\u17e6\u17e7\u17e8',
    ],
    [
      'a phone number in superscript digits',
      'Telefon \u2070\u00b9\u2077\u2076\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078',
    ],
    ['an IBAN split by a line separator (U+2028)', 'IBAN DE89 3704\u20280044 0532 0130 00'],
    [
      'an IBAN a right-to-left override shows',
      'IBAN: \u202e00 0310 2350 4400 4073 98ED\u202c danke',
    ],
    ['a PESEL a right-to-left override shows', 'PESEL \u202e15430217058'],
    [
      'a PESEL in subscript digits',
      'PESEL: \u2084\u2084\u2080\u2085\u2081\u2084\u2080\u2081\u2084\u2085\u2088',
    ],
  ])('%s', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });

  it('places a finding in other digits on the characters it was read from', () => {
    const text =
      'Ihre PESEL \u0e54\u0e54\u0e50\u0e55\u0e51\u0e54\u0e50\u0e51\u0e54\u0e55\u0e58 bitte';
    const finding = classify(text).findings.find((found) => found.type === 'NATIONAL_ID');
    expect(finding).toMatchObject({ start: 11, end: 22 });
  });
});

describe("the second review's leftovers: base64 wrapped at a width of no whole groups", () => {
  const wrapped = (value: string, width: number): string =>
    (base64(value).match(new RegExp(`.{1,${width}}`, 'g')) as string[]).join('\n');

  it.each([41, 50, 57, 70, 75])('finds a record wrapped at %i columns', (width) => {
    expect(classify(`Anhang:\n${wrapped(RECORD, width)}`).classification).toBe('personal');
  });

  it('leaves a list of API keys of one odd length alone (no text when joined)', () => {
    const keys = [1, 2, 3, 4].map((seed) => base64(noise(32, seed)).slice(0, 43)).join('\n');
    expect(classify(`API keys:\n${keys}`).classification).toBe('non-sensitive');
  });
});

describe("the second review's leftovers: non-sensitive", () => {
  it.each([
    ["a key=value log with a lone C1 byte and hex values ('status=201')", LOG_LINES],
    ['lower-case hex after key=value pairs', 'x=ab=cd and y=12, hash=c3f1e2'],
    ['units and exponents', 'Fläche 120 m² und 10¹² Bytes, 3³ = 27'],
    ['chemical formulas', 'H₂O und CO₂, Saccharose C₁₂H₂₂O₁₁'],
    ["a file name's right-to-left override", 'Anhang: rechnung\u202egpj.exe bitte nicht öffnen'],
    ['a sales figure after a line separator', 'Umsatz 2024:\u2028120 000 EUR, +12 %'],
    ['a year in Devanagari digits', 'वर्ष २०२४ में बिक्री १२ प्रतिशत बढ़ी'],
  ])('%s', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });
});

// A review of those fixes (2026-11-30): what they still missed, and what they flagged.
describe('after a review of the leftovers: personal', () => {
  it.each([
    [
      "a Greek name and a diagnosis escaped after a log's stray C1 byte",
      'ref=8F Στοιχεία: =CE=93=CE=B9=CF=8E=CF=81=CE=B3=CE=BF=CF=82 =CE=A0=CE=B1=CF=80=CE=B1=CE=B4=CF=8C=CF=80=CE=BF=CF=85=CE=BB=CE=BF=CF=82, διαβήτης',
    ],
    [
      'an IBAN behind an override nested in another control',
      'IBAN: \u202e\u202e\u202c00 0310 2350 4400 4073 98ED\u202c',
    ],
    ['an IBAN in a right-to-left embedding', 'IBAN: \u202b00 0130 0532 0044 3704 DE89\u202c'],
    ['an IBAN in a right-to-left isolate', 'IBAN: \u206700 0130 0532 0044 3704 DE89\u2069'],
    [
      'a PESEL in Vai digits',
      'PESEL \ua624\ua624\ua620\ua625\ua621\ua624\ua620\ua621\ua624\ua625\ua628',
    ],
    [
      'a PESEL in Javanese digits',
      'PESEL \ua9d4\ua9d4\ua9d0\ua9d5\ua9d1\ua9d4\ua9d0\ua9d1\ua9d4\ua9d5\ua9d8',
    ],
  ])('%s', (_case, text) => {
    expect(classify(text).classification).toBe('personal');
  });
});

describe('after a review of the leftovers: non-sensitive', () => {
  it.each([
    [
      "a log's message id beside an escaped subject",
      'INFO mail.sent msg_id=8203849792 subject="Gr=C3=BC=C3=9Fe aus Berlin" status=250',
    ],
    ['a log line with a signature in escapes', 'WARN id=8203849792 sig=33=E3'],
    ['the same in lower case', 'sig=33=e3 id=8203849792'],
    ["a population's footnotes", 'Bevölkerung 8 400 000\u00b9\u00b2 laut Zensus'],
    [
      'footnotes and a unit',
      'Einwohner: 3 645 000\u00b9\u2074, Fläche 891 km\u00b2 (Stand 2021\u2074\u2075)',
    ],
    ['Hebrew with an embedded product code', 'מוצר \u202bSKU 4411-22\u202c במלאי'],
  ])('%s', (_case, text) => {
    expect(classify(text).classification).toBe('non-sensitive');
  });

  it('reads dense overrides as one span', () => {
    const text = '\u202ea\u202c'.repeat(400);
    expect(classify(text).classification).toBe('non-sensitive');
  });
});
