import { icaoCheckDigit } from '../checksums.js';
import type { EntityType, Finding, Recognizer } from '../recognizer.js';

// The machine-readable zone of a travel document (ICAO Doc 9303): TD3 passports (two lines of 44
// characters), TD2 cards and visas (two of 36), TD1 identity cards (three of 30), in capitals,
// digits and '<' fillers. Its check digits (weights 7, 3, 1 over digits, letters A=10..Z=35 and
// '<'=0) guard the document number, birth date, expiry date and all of them together: a zone
// whose four check digits hold is a person's document (one random line passes 1 in 10,000), one
// with a wrong check digit is not read as one.
//
// OCR output confuses letters and digits. Where a field is numeric (dates, check digits) the usual
// confusions are read as the digit they stand for ('O' for 0, 'I' for 1, 'S' for 5...); anywhere
// else a character is taken as written. Spaces OCR puts inside a line are dropped when the line
// then has a zone's length.

const TD3 = 44;
const TD2 = 36;
const TD1 = 30;
const LINE = /^[A-Z0-9<]+$/;

// How OCR misreads digits in a numeric field.
const AS_DIGIT: Readonly<Record<string, string>> = {
  O: '0',
  Q: '0',
  D: '0',
  I: '1',
  L: '1',
  Z: '2',
  S: '5',
  G: '6',
  B: '8',
};

/** A numeric field as its digits, OCR confusions read as digits ('<' kept). */
const numeric = (field: string): string => [...field].map((c) => AS_DIGIT[c] ?? c).join('');

/** Whether the check digit (a digit or a confused letter) is the field's. */
const checks = (field: string, check: string): boolean => {
  const digit = numeric(check);
  return /^\d$/.test(digit) && icaoCheckDigit(field) === Number(digit);
};

/** A YYMMDD date with a real month and day ('<' for an unknown part of a birth date). */
const isDate = (field: string, unknownAllowed: boolean): boolean => {
  if (unknownAllowed && /^\d{2}(?:<<|\d{2})(?:<<|\d{2})$/.test(field)) {
    const month = field.slice(2, 4);
    const day = field.slice(4, 6);
    return (
      (month === '<<' || (Number(month) >= 1 && Number(month) <= 12)) &&
      (day === '<<' || (Number(day) >= 1 && Number(day) <= 31))
    );
  }
  if (!/^\d{6}$/.test(field)) return false;
  const month = Number(field.slice(2, 4));
  const day = Number(field.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
};

const SEX = /^[MFX<]$/;

/**
 * The dates, sex and their check digits as one line lays them out from `at`: birth date, check,
 * sex, expiry date, check. The dates are returned as read (numeric), or undefined if invalid.
 */
const datesAt = (line: string, at: number): { birth: string; expiry: string } | undefined => {
  const birth = numeric(line.slice(at, at + 6));
  const expiry = numeric(line.slice(at + 8, at + 14));
  if (!isDate(birth, true) || !isDate(expiry, false) || !SEX.test(line[at + 7] as string)) {
    return undefined;
  }
  if (!checks(birth, line[at + 6] as string) || !checks(expiry, line[at + 14] as string)) {
    return undefined;
  }
  return { birth, expiry };
};

/** Whether the document number (as written, else read as digits) matches its check digit. */
const numberChecks = (number: string, check: string): boolean =>
  checks(number, check) || checks(numeric(number), check);

/** Whether a TD3 (44) or TD2 (36) second line's check digits all hold. */
const isTwoLineData = (line: string): boolean => {
  const dates = datesAt(line, 13);
  if (dates === undefined) return false;
  const number = line.slice(0, 9);
  if (!/\d/.test(number) || !numberChecks(number, line[9] as string)) return false;
  const last = line.length - 1;
  // TD3: the personal number (14) has a check digit of its own ('<' when it is empty).
  if (line.length === TD3) {
    const personal = line.slice(28, 42);
    const check = line[42] as string;
    if (!(check === '<' && /^<+$/.test(personal)) && !checks(personal, check)) return false;
  }
  const composite = `${line.slice(0, 10)}${line.slice(13, 20)}${line.slice(21, last)}`;
  // The composite is read with the dates as digits, as the issuer computed it.
  const read = `${line.slice(0, 10)}${dates.birth}${numeric(line[19] as string)}${dates.expiry}${numeric(line[27] as string)}${line.slice(28, last)}`;
  return checks(composite, line[last] as string) || checks(read, line[last] as string);
};

/** Whether a TD1 card's first two lines' check digits all hold. */
const isTd1Data = (first: string, second: string): boolean => {
  if (!/^[ACI]/.test(first)) return false;
  // A number longer than nine characters goes on in the optional field: '<' stands in the check
  // digit's place and the number's last character before the next '<' is its check digit.
  let number = first.slice(5, 14);
  let check = first[14] as string;
  if (check === '<') {
    const rest = /^([A-Z0-9]+)</.exec(first.slice(15));
    if (rest === null) return false;
    number += (rest[1] as string).slice(0, -1);
    check = (rest[1] as string).slice(-1);
  }
  if (!/\d/.test(number) || !numberChecks(number, check)) return false;
  if (datesAt(second, 0) === undefined) return false;
  const composite = `${first.slice(5, 30)}${second.slice(0, 7)}${second.slice(8, 15)}${second.slice(18, 29)}`;
  return checks(composite, second[29] as string);
};

interface Line {
  readonly start: number;
  readonly end: number;
  /** Upper case, spaces dropped: the zone's characters, or '' when the line is none. */
  readonly zone: string;
}

const SPACES = /[ \t]/g;

/** The lines of the text around every '<' (each once), read as zone lines where they can be. */
const linesWithFillers = (text: string): Line[] => {
  const lines: Line[] = [];
  let from = 0;
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', from)) {
    const start = text.lastIndexOf('\n', at) + 1;
    const newline = text.indexOf('\n', at);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, zone: zoneOf(text.slice(start, end)) });
    from = end + 1;
  }
  return lines;
};

// Quotes, brackets and commas around a line, as blanks are: a zone pasted as a string of a JSON or
// code array ('"X4R7K2L905NLD8804237F3107117<<<<<<<<<<<<<<02"}', "'P<UTO…',").
const BEFORE_LINE = new Set([...' \t\r"\'`[{(']);
const AFTER_LINE = new Set([...' \t\r"\'`]}),;']);

/** The line without blanks, quotes and brackets at its ends. */
const trimLine = (line: string): string => {
  let start = 0;
  let end = line.length;
  while (start < end && BEFORE_LINE.has(line.charAt(start))) start += 1;
  while (end > start && AFTER_LINE.has(line.charAt(end - 1))) end -= 1;
  return line.slice(start, end);
};

const zoneOf = (line: string): string => {
  const trimmed = trimLine(line.trim());
  if (trimmed.length > TD3 + 8) return '';
  const zone = trimmed.replace(SPACES, '').toUpperCase();
  return (zone.length === TD3 || zone.length === TD2 || zone.length === TD1) && LINE.test(zone)
    ? zone
    : '';
};

/** The zone line right after `line` in the text, if it is one of the same length. */
const nextLine = (text: string, line: Line): Line | undefined => {
  if (line.end >= text.length) return undefined;
  const start = line.end + 1;
  const newline = text.indexOf('\n', start);
  const end = newline === -1 ? text.length : newline;
  const zone = zoneOf(text.slice(start, end));
  return zone.length === line.zone.length ? { start, end, zone } : undefined;
};

const finding = (type: EntityType, start: number, end: number, detail: string): Finding => ({
  type,
  category: 'id_document',
  start,
  end,
  score: 1,
  recognizer: 'mrz',
  detail,
});

/** Machine-readable zones of passports, identity cards and visas whose check digits hold. */
export const mrzRecognizer: Recognizer = {
  name: 'mrz',
  entities: ['PASSPORT', 'ID_CARD'],
  find: (text) => {
    if (!text.includes('<<')) return [];
    const findings: Finding[] = [];
    let covered = 0;
    for (const line of linesWithFillers(text)) {
      if (line.zone === '' || line.start < covered) continue;
      const next = nextLine(text, line);
      if (line.zone.length === TD1) {
        if (next !== undefined && isTd1Data(line.zone, next.zone)) {
          findings.push(finding('ID_CARD', line.start, next.end, 'mrz.td1'));
          covered = next.end;
        }
        continue;
      }
      // The data line of a two-line zone, found on its own line or after the name line.
      for (const data of next === undefined ? [line] : [line, next]) {
        if (!isTwoLineData(data.zone)) continue;
        const first = data === next ? line : undefined;
        const passport = (first?.zone ?? 'P').startsWith('P');
        findings.push(
          finding(
            passport ? 'PASSPORT' : 'ID_CARD',
            first?.start ?? data.start,
            data.end,
            data.zone.length === TD3 ? 'mrz.td3' : 'mrz.td2',
          ),
        );
        covered = data.end;
        break;
      }
    }
    return findings;
  },
};
