import { type LexiconHit, lexiconHits } from '../lexicon/index.js';
import { spansWithin } from '../lexicon/near.js';
import { personCueFor } from '../lexicon/person-context.js';
import type { Finding, Recognizer } from '../recognizer.js';
import { isSoftBreak, onlySoftBreaks, type Span, toFinding } from '../spans.js';

// Between the plate word and the plate: punctuation and "no." / "Nr." / "numéro".
const GAP =
  /["']?[ \t]{0,2}[:=]?[ \t]{0,3}(?:(?:no\.?|nr\.?|n°|nº|number|nummer|numéro|número|numero)[ \t]{0,2}[:.]?[ \t]{0,2})?["']?/iuy;
// Upper-case letters and digits in up to four groups: 'B-MK 1234', 'AB-123-CD', '1234 BCD', 'AB12 CDE'.
const PLATE = /[A-ZÄÖÜÅ0-9]{1,8}(?:[- ][A-ZÄÖÜÅ0-9]{1,5}){0,3}(?![\p{L}\p{N}])/uy;
// The same with a line break between groups, where a mail client wrapped it ("GD\n67603").
const WRAPPED_PLATE =
  /[A-ZÄÖÜÅ0-9]{1,8}(?:(?:[- ]| ?\r?\n)[A-ZÄÖÜÅ0-9]{1,5}){0,3}(?![\p{L}\p{N}])/uy;
const LETTER = /[A-ZÄÖÜÅ]/g;
const DIGIT = /\d/g;
const SEPARATOR = /[- \r\n]/g;
const OWNER_WINDOW = 100;

const count = (value: string, pattern: RegExp): number => value.match(pattern)?.length ?? 0;

const gapEnd = (text: string, from: number): number => {
  GAP.lastIndex = from;
  return from + (GAP.exec(text)?.[0].length ?? 0);
};

const shapedPlate = (text: string, at: number, pattern: RegExp): Span | undefined => {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  if (match === null) return undefined;
  const plate = match[0];
  const characters = plate.replace(SEPARATOR, '').length;
  const shaped = characters >= 4 && characters <= 9 && count(plate, LETTER) >= 1;
  return shaped && count(plate, DIGIT) >= 1 ? { start: at, end: at + plate.length } : undefined;
};

/** The plate after the word: on its line, or across a soft line break (a wrapped line). */
const plateAfter = (text: string, word: Span): Span | undefined => {
  let at = gapEnd(text, word.end);
  const feed = text.charCodeAt(at) === 13 ? at + 1 : at;
  if (isSoftBreak(text, feed)) at = gapEnd(text, feed + 1);
  const plate = shapedPlate(text, at, PLATE);
  if (plate !== undefined || text.indexOf('\n', at) < 0) return plate;
  const wrapped = shapedPlate(text, at, WRAPPED_PLATE);
  return wrapped !== undefined && onlySoftBreaks(text, wrapped.start, wrapped.end)
    ? wrapped
    : undefined;
};

const hasOwner = (text: string, word: LexiconHit, owners: readonly LexiconHit[]): boolean =>
  spansWithin(owners, word.start - OWNER_WINDOW, word.end + OWNER_WINDOW).length > 0 ||
  personCueFor(text, word) !== undefined;

/** Registration plates right after a plate word, with an owner or a person nearby. */
export const licencePlateRecognizer: Recognizer = {
  name: 'licence-plate',
  entities: ['LICENCE_PLATE'],
  find: (text) => {
    const hits = lexiconHits(text);
    const findings: Finding[] = [];
    let lastEnd = -1;
    for (const word of hits.of('plate')) {
      const span = plateAfter(text, word);
      if (span === undefined || span.start < lastEnd) continue;
      if (!hasOwner(text, word, hits.of('owner'))) continue;
      lastEnd = span.end;
      findings.push(
        toFinding(span, {
          type: 'LICENCE_PLATE',
          category: 'vehicle',
          score: 0.75,
          recognizer: 'licence-plate',
        }),
      );
    }
    return findings;
  },
};
