import { upperView, writtenInLowerCase } from '../case-view.js';
import { EDGE_ALNUM } from '../letters.js';
import { foldText } from '../lexicon/fold.js';
import { type LexiconHit, type LexiconHits, lexiconHits } from '../lexicon/index.js';
import { spansWithin } from '../lexicon/near.js';
import { personCueFor } from '../lexicon/person-context.js';
import { VEHICLE_WORDS } from '../lexicon/terms/contact-cues.js';
import type { Finding, Recognizer } from '../recognizer.js';
import { digitCount, isSoftBreak, onlySoftBreaks, type Span, toFinding } from '../spans.js';

// Between the plate word and the plate: punctuation and "no." / "Nr." / "numéro".
const GAP =
  /["']?[ \t]{0,2}[:=]?[ \t]{0,3}(?:(?:no\.?|nr\.?|n°|nº|number|nummer|numéro|número|numero)[ \t]{0,2}[:.]?[ \t]{0,2})?["']?/iuy;
// Upper-case letters and digits in up to four groups: 'B-MK 1234', 'AB-123-CD', '1234 BCD', 'AB12 CDE'.
const PLATE = new RegExp(
  `[A-ZÄÖÜÅ0-9]{1,8}(?:[- ][A-ZÄÖÜÅ0-9]{1,5}){0,3}(?![${EDGE_ALNUM}])`,
  'uy',
);
// The same with a line break between groups, where a mail client wrapped it ("GD\n67603").
const WRAPPED_PLATE = new RegExp(
  String.raw`[A-ZÄÖÜÅ0-9]{1,8}(?:(?:[- ]| ?\r?\n)[A-ZÄÖÜÅ0-9]{1,5}){0,3}(?![${EDGE_ALNUM}])`,
  'uy',
);
// Or after a few words naming whose it is: "Kennzeichen des Mitarbeiters: M-AB 1234", "targa del
// dipendente AB 123 CD" (words with a lower-case letter: no part of a plate).
const WORDS = /(?:[ \t]{1,2}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*){1,3}/uy;
const LETTER = /[A-ZÄÖÜÅ]/g;
const DIGIT = /\d/g;
const SEPARATOR = /[- \r\n]/g;
const OWNER_WINDOW = 100;

const count = (value: string, pattern: RegExp): number => value.match(pattern)?.length ?? 0;

const isShaped = (plate: string): boolean => {
  const characters = plate.replace(SEPARATOR, '').length;
  return (
    characters >= 4 && characters <= 9 && count(plate, LETTER) >= 1 && count(plate, DIGIT) >= 1
  );
};
const LAST_GROUP = /[- ][^- ]*$/;

/**
 * The plate at `at`. In a capitals view the words after a plate look like its groups ("B-MK 1234
 * IST"): with `trim`, groups are dropped from the end until the rest fits.
 */
const plateAt = (text: string, at: number, trim: boolean): Span | undefined => {
  PLATE.lastIndex = at;
  let plate = PLATE.exec(text)?.[0];
  while (trim && plate !== undefined && !isShaped(plate) && LAST_GROUP.test(plate)) {
    plate = plate.replace(LAST_GROUP, '');
  }
  return plate !== undefined && isShaped(plate) ? { start: at, end: at + plate.length } : undefined;
};

// Short words that a plate in lower case must not start with ("kennzeichen ab 2024").
const LETTER_GROUP = /^[A-ZÄÖÜÅ]+/;
const SHORT_WORDS = new Set(
  ['AB', 'AN', 'AM', 'IM', 'IN', 'UM', 'ZU', 'BIS', 'VOR', 'SEIT', 'DE', 'LA', 'LE', 'EL', 'EN']
    .concat(['ET', 'DU', 'DA', 'DI', 'DO', 'IL', 'AL', 'NO', 'NA', 'OP', 'TOT', 'OM', 'PER', 'TO'])
    .concat(['AT', 'ON', 'OF', 'OR', 'BY', 'IS', 'IT', 'AS', 'UP', 'ANO', 'SIT', 'PO', 'OD', 'ZA'])
    .concat(['W', 'Z', 'A', 'E', 'O', 'Y', 'I', 'U', 'AÑO', 'DEN', 'DER', 'DIE', 'DAS', 'DES']),
);

/**
 * In a text written in lower case, the plate in the capitals view ("immatriculé cg-324-dj",
 * "rejestracyjnym gd 67603"), unless it opens with a short word ("ab 2024").
 */
const lowerCasePlateAfter = (text: string, word: Span): Span | undefined => {
  if (!writtenInLowerCase(text)) return undefined;
  const view = upperView(text);
  const span = plateAfter(view, word, true);
  const letters = span === undefined ? '' : LETTER_GROUP.exec(view.slice(span.start, span.end));
  return span !== undefined && !SHORT_WORDS.has(letters?.[0] ?? '') ? span : undefined;
};

const skip = (text: string, from: number, gap: RegExp): number => {
  gap.lastIndex = from;
  return from + (gap.exec(text)?.[0].length ?? 0);
};

/** A plate across soft line breaks only (a wrapped line), when no plate stands on its line. */
// How far after the plate word a line break may be for a wrapped plate: a bounded look, not a
// search to the text's end for every plate word (quadratic on a long line of them).
const WRAP_REACH = 24;

const wrappedPlateAt = (text: string, at: number): Span | undefined => {
  if (!text.slice(at, at + WRAP_REACH).includes('\n')) return undefined;
  WRAPPED_PLATE.lastIndex = at;
  const plate = WRAPPED_PLATE.exec(text)?.[0];
  if (plate === undefined || !isShaped(plate)) return undefined;
  return onlySoftBreaks(text, at, at + plate.length)
    ? { start: at, end: at + plate.length }
    : undefined;
};

/**
 * The plate right after the plate word (on its line, or on the next when a mail client wrapped
 * the line there, or wrapped itself), or after a few words naming whose it is.
 */
const plateAfter = (text: string, word: Span, trim = false): Span | undefined => {
  let at = skip(text, word.end, GAP);
  const feed = text.charCodeAt(at) === 13 ? at + 1 : at;
  if (isSoftBreak(text, feed)) at = skip(text, feed + 1, GAP);
  return (
    plateAt(text, at, trim) ??
    wrappedPlateAt(text, at) ??
    plateAt(text, skip(text, skip(text, word.end, WORDS), GAP), trim)
  );
};

const VEHICLES: ReadonlySet<string> = new Set(VEHICLE_WORDS.map(foldText));

// After the vehicle word, a plate of two digits and five characters at least: not a model or
// a part ("vehicle ECU2", "vehicle X5").
const MIN_VEHICLE_PLATE = 5;
const plateOfVehicle = (text: string, word: Span): Span | undefined => {
  const span = plateAt(text, skip(text, word.end, GAP), false);
  if (span === undefined || span.end - span.start < MIN_VEHICLE_PLATE) return undefined;
  return digitCount(text, span.start, span.end) >= 2 ? span : undefined;
};

// Who may own or drive the car: an owner word, or a person named by a role ("Kennzeichen des
// Mitarbeiters", "the employee's car, plate …", "véhicule du salarié immatriculé …") or kinship.
const OWNER_KINDS = ['owner', 'roleNoun', 'role', 'kin'] as const;

const hasOwner = (text: string, word: LexiconHit, hits: LexiconHits): boolean =>
  OWNER_KINDS.some(
    (kind) =>
      spansWithin(hits.of(kind), word.start - OWNER_WINDOW, word.end + OWNER_WINDOW).length > 0,
  ) || personCueFor(text, word) !== undefined;

/**
 * Registration plates right after a plate word, with an owner, a person or a company car nearby
 * (a company car is driven by someone: its plate traces to the driver); not a plate with no one.
 */
export const licencePlateRecognizer: Recognizer = {
  name: 'licence-plate',
  entities: ['LICENCE_PLATE'],
  find: (text) => {
    const hits = lexiconHits(text);
    const findings: Finding[] = [];
    let lastEnd = -1;
    for (const word of hits.of('plate')) {
      // The word for the vehicle names no plate: only a plate right after it counts ("vehicle
      // KN19 XHT"), not a few words on or a text in lower case read in capitals ("my vehicle
      // needs 2 new tyres").
      const span = VEHICLES.has(foldText(text.slice(word.start, word.end)))
        ? plateOfVehicle(text, word)
        : (plateAfter(text, word) ?? lowerCasePlateAfter(text, word));
      if (span === undefined || span.start < lastEnd) continue;
      if (!hasOwner(text, word, hits)) continue;
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
