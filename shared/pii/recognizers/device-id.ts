import { luhn } from '../checksums.js';
import { lexiconHits } from '../lexicon/index.js';
import type { Finding, Recognizer } from '../recognizer.js';
import { type Span, toFinding } from '../spans.js';

const PUNCTUATION = /[ \t:="']{0,8}/y;
const WORD = /\p{L}{1,15}/uy;
// The identifier may follow a few words ("device ID of my phone is …"): its shapes are specific.
const MAX_WORDS = 5;
// Identifier shapes, most specific first: each is bounded and ends at a token boundary.
const SHAPES: readonly [detail: string, pattern: RegExp][] = [
  ['uuid', /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/iy],
  ['ga', /GA\d\.\d\.\d{5,12}\.\d{9,10}(?![\w.])/y],
  ['imei', /\d{15}(?![\w])/y],
  ['hex', /[0-9a-f]{16,64}(?![\w-])/iy],
  [
    'token',
    /(?=[A-Za-z0-9_-]{0,199}\d)(?=[A-Za-z0-9_-]{0,199}[A-Za-z])[A-Za-z0-9_-]{16,200}(?![\w-])/y,
  ],
];

const skip = (pattern: RegExp, text: string, at: number): number => {
  pattern.lastIndex = at;
  return at + (pattern.exec(text)?.[0].length ?? 0);
};

const shapeAt = (text: string, at: number): [Span, string] | undefined => {
  for (const [detail, pattern] of SHAPES) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match === null) continue;
    if (detail === 'imei' && !luhn(match[0])) return undefined;
    return [{ start: at, end: at + match[0].length }, detail];
  }
  return undefined;
};

const idAfter = (text: string, word: Span): [Span, string] | undefined => {
  let at = skip(PUNCTUATION, text, word.end);
  for (let words = 0; words <= MAX_WORDS; words++) {
    const found = shapeAt(text, at);
    if (found !== undefined) return found;
    const next = skip(WORD, text, at);
    if (next === at) return undefined;
    at = skip(PUNCTUATION, text, next);
  }
  return undefined;
};

/** Device, advertising and cookie identifiers right after a word naming one (any EU language). */
export const deviceIdRecognizer: Recognizer = {
  name: 'device-id',
  entities: ['DEVICE_ID'],
  find: (text) => {
    const findings: Finding[] = [];
    let lastEnd = -1;
    for (const word of lexiconHits(text).of('device')) {
      const found = idAfter(text, word);
      if (found === undefined || found[0].start < lastEnd) continue;
      lastEnd = found[0].end;
      findings.push(
        toFinding(found[0], {
          type: 'DEVICE_ID',
          category: 'online',
          score: 0.75,
          recognizer: 'device-id',
          detail: found[1],
        }),
      );
    }
    return findings;
  },
};
