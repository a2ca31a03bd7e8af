import { columnValues } from '../lexicon/columns.js';
import { lexiconHits } from '../lexicon/index.js';
import { inExample, isPlaceholderDigits } from '../lexicon/made-up.js';
import type { Span } from '../spans.js';

// A record's key that names one person's id, in a log line, JSON, YAML, a query or a table's
// header: 'patient_id=4471', '"id_utilisateur": "P983Z"', 'WHERE num_aluno = 940321',
// 'member_id;diagnose\n4482;depression', 'INSERT INTO inmates (offender_id, …) VALUES (69584, …)'.
// The value is that person's pseudonym (GDPR recital 26), whatever the rest of the record says.
// The keys are the lexicon's personKey list (a word for a person with a word for an id before or
// after it, joined by '_', '-', '.' or in camel case; 'mrn', 'uid'), found in its one pass.

// The value after the key: '=', ':', '=>' or '==' between them, quotes around either.
const VALUE_AFTER = /^["']?[ \t]*(?:={1,2}>?|:)[ \t]*["']?([\w.:-]{1,64})/u;

// A cell under the key holds a code, not a sentence.
const CODE = /^["']?[\w.:-]{1,64}["']?$/u;

// Three digits at least, and not a placeholder: all zeros or nines, a count up ('1234',
// '12345678'), a documentation's UUID (RFC 4122's, Swagger's).
const MIN_DIGITS = 3;
const EXAMPLE_UUIDS = new Set([
  '123e4567-e89b-12d3-a456-426614174000',
  '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  // Slack's API documentation's user and team
  'u012ab3cd',
  't012ab3c4',
]);
/** Whether a key's value is a documentation's placeholder rather than anyone's id. */
export const isPlaceholderValue = (value: string): boolean =>
  isPlaceholderDigits(value.replace(/\D/g, '')) || EXAMPLE_UUIDS.has(value.toLowerCase());
const isPseudonym = (value: string): boolean =>
  value.replace(/\D/g, '').length >= MIN_DIGITS && !isPlaceholderValue(value);

// A query's columns and values: 'INSERT INTO t (a, b) VALUES (1, 'x')'.
const INSERT = /\(([^()\n]{1,500})\)[ \t\r\n]*values[ \t\r\n]*\(([^()]{1,500})\)/giu;
const HAS_VALUES = /values[ \t\r\n]*\(/i;

const insertedValues = (text: string, keys: readonly Span[]): Span[] => {
  if (!HAS_VALUES.test(text)) return [];
  const found: Span[] = [];
  for (const match of text.matchAll(INSERT)) {
    const columnsStart = (match.index ?? 0) + 1;
    const key = keys.find(
      (hit) => hit.start >= columnsStart && hit.end <= columnsStart + (match[1] ?? '').length,
    );
    if (key === undefined) continue;
    const index = text.slice(columnsStart, key.start).split(',').length - 1;
    const valuesStart = (match.index ?? 0) + match[0].length - 1 - (match[2] ?? '').length;
    let offset = valuesStart;
    const values = (match[2] ?? '').split(',');
    for (let i = 0; i < index; i++) offset += (values[i] ?? '').length + 1;
    const raw = values[index] ?? '';
    const value = raw.trim().replace(/^['"]|['"]$/g, '');
    if (!isPseudonym(value)) continue;
    const start = offset + raw.indexOf(value);
    found.push({ start, end: start + value.length });
  }
  return found;
};

/** The values of keys that name one person's id, in records, tables and queries. */
export const personKeyValues = (text: string): Span[] => {
  // iCalendar's event id ('UID:040000008200E…', 'UID:release-2025-04@ops') is no person's
  const keys = lexiconHits(text)
    .of('personKey')
    .filter((hit) => text.slice(hit.start, hit.end) !== 'UID');
  if (keys.length === 0) return [];
  const found: Span[] = [];
  for (const key of keys) {
    const value = VALUE_AFTER.exec(text.slice(key.end, key.end + 72));
    const written = value?.[1];
    if (value == null || written === undefined || !isPseudonym(written)) continue;
    const valueStart = key.end + value[0].length - written.length;
    found.push({ start: valueStart, end: valueStart + written.length });
  }
  for (const cell of columnValues(text, keys, 8)) {
    const value = text.slice(cell.start, cell.end);
    if (CODE.test(value) && isPseudonym(value)) found.push(cell);
  }
  return [...found, ...insertedValues(text, keys)].filter((span) => !inExample(text, span));
};
