import { luhn } from '../checksums.js';
import { lexiconHits } from '../lexicon/index.js';
import type { Finding, Recognizer } from '../recognizer.js';
import { digitsOf, isSoftBreak, type Span, toFinding } from '../spans.js';

const PUNCTUATION = /[ \t:="']{0,8}/y;
const WORD = /\p{L}{1,15}/uy;
// The identifier may follow a few words ("device ID of my phone is …"): its shapes are specific.
const MAX_WORDS = 5;
// A serial number's shape is looser: fewer words between ("Seriennummer des Geräts: …").
const MAX_WORDS_SERIAL = 3;
// Identifier shapes, most specific first: each is bounded and ends at a token boundary.
const SHAPES: readonly [detail: string, pattern: RegExp][] = [
  ['uuid', /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/iy],
  ['ga', /GA\d\.\d\.\d{5,12}\.\d{9,10}(?![\w.])/y],
  // Meta's _fbp and _fbc cookies: 'fb.1.<13-digit time>.<random or click id>'.
  ['fb', /fb\.\d\.\d{13}\.[A-Za-z0-9_-]{5,200}(?![\w.-])/y],
  // Fifteen digits, or as printed on the box and in the phone's settings: '49-015420-323751-8'.
  ['imei', /(?:\d{15}|\d{2}([- ])\d{6}\1\d{6}\1\d)(?![\w-])/y],
  ['hex', /[0-9a-f]{16,64}(?![\w-])/iy],
  [
    'token',
    /(?=[A-Za-z0-9_-]{0,199}\d)(?=[A-Za-z0-9_-]{0,199}[A-Za-z])[A-Za-z0-9_-]{16,200}(?![\w-])/y,
  ],
];

// A vehicle identification number (ISO 3779): 17 capitals and digits, no I, O or Q, both kinds.
// Europe's makers need not fill in the check digit North America requires, so the label decides.
const VIN_SHAPES: readonly [detail: string, pattern: RegExp][] = [
  ['vin', /(?=[A-HJ-NPR-Z0-9]{0,16}\d)(?=[A-HJ-NPR-Z0-9]{0,16}[A-Z])[A-HJ-NPR-Z0-9]{17}(?![\w-])/y],
];
const MAX_WORDS_VIN = 3;

// A serial, IMSI, ICCID or MEID: 8 to 30 capitals and digits (single hyphens between), a digit among them.
const SERIAL_SHAPES: readonly [detail: string, pattern: RegExp][] = [
  ...SHAPES.filter(([detail]) => detail !== 'imei'),
  ['serial', /(?=[A-Z0-9-]{0,30}\d)[A-Z0-9](?:-?[A-Z0-9]){7,29}(?![\w-])/y],
];

// One digit fifteen times ('000000000000000', a placeholder in fixtures and forms) passes the Luhn
// check but no type allocation code starts so: no phone has it.
const SAME_DIGIT = /^(\d)\1*$/;
const isImei = (digits: string): boolean => luhn(digits) && !SAME_DIGIT.test(digits);

const skip = (pattern: RegExp, text: string, at: number): number => {
  pattern.lastIndex = at;
  return at + (pattern.exec(text)?.[0].length ?? 0);
};

/** Punctuation and blanks, across one line break where a mail client wrapped the line. */
const skipGap = (text: string, at: number): number => {
  const end = skip(PUNCTUATION, text, at);
  const feed = text.charCodeAt(end) === 13 ? end + 1 : end;
  return isSoftBreak(text, feed) ? skip(PUNCTUATION, text, feed + 1) : end;
};

const shapeAt = (
  text: string,
  at: number,
  shapes: readonly [string, RegExp][],
): [Span, string] | undefined => {
  for (const [detail, pattern] of shapes) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match === null) continue;
    if (detail === 'imei' && !isImei(digitsOf(match[0]))) return undefined;
    return [{ start: at, end: at + match[0].length }, detail];
  }
  return undefined;
};

const idAfter = (
  text: string,
  word: Span,
  shapes: readonly [string, RegExp][],
  maxWords: number,
): [Span, string] | undefined => {
  let at = skipGap(text, word.end);
  for (let words = 0; words <= maxWords; words++) {
    const found = shapeAt(text, at, shapes);
    if (found !== undefined) return found;
    const next = skip(WORD, text, at);
    if (next === at) return undefined;
    at = skipGap(text, next);
  }
  return undefined;
};

const DEVICE = { type: 'DEVICE_ID', category: 'online' } as const;
const VEHICLE = { type: 'VEHICLE_ID', category: 'vehicle' } as const;

/**
 * Device, advertising, cookie and hardware identifiers, and vehicle identification numbers, right
 * after a word naming one (any EU language).
 */
export const deviceIdRecognizer: Recognizer = {
  name: 'device-id',
  entities: ['DEVICE_ID', 'VEHICLE_ID'],
  find: (text) => {
    const findings: Finding[] = [];
    const hits = lexiconHits(text);
    const words = [
      ...hits.of('device').map((word) => [word, SHAPES, MAX_WORDS] as const),
      ...hits.of('serial').map((word) => [word, SERIAL_SHAPES, MAX_WORDS_SERIAL] as const),
      ...hits.of('vin').map((word) => [word, VIN_SHAPES, MAX_WORDS_VIN] as const),
    ].sort(([a], [b]) => a.start - b.start);
    let lastEnd = -1;
    for (const [word, shapes, maxWords] of words) {
      const found = idAfter(text, word, shapes, maxWords);
      if (found === undefined || found[0].start < lastEnd) continue;
      lastEnd = found[0].end;
      findings.push(
        toFinding(found[0], {
          ...(found[1] === 'vin' ? VEHICLE : DEVICE),
          score: 0.75,
          recognizer: 'device-id',
          detail: found[1],
        }),
      );
    }
    return findings;
  },
};
