import type { Span } from '../spans.js';

// Delimiters of exported tables, most specific first: a header line uses the first it contains.
const DELIMITERS = ['\t', ';', '|', ','] as const;
const CARRIAGE_RETURN = 13;
const PADDING = /^[\s"'`*]*$/;
const LEAD = /^[ \t"'`*]*/;
const TRAIL = /[ \t"'`*]*$/;
// Rows read under one header cell, and header cells read per text: bounds the work on any input.
const MAX_ROWS = 5000;
const MAX_HEADERS = 16;

const lineEndFrom = (text: string, from: number): number => {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
};

const withoutReturn = (text: string, start: number, end: number): number =>
  end > start && text.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end;

/** The [start, end) of cell `column` of the line [start, end) split at `delimiter`, or undefined. */
const cellOf = (
  text: string,
  start: number,
  end: number,
  delimiter: string,
  column: number,
): Span | undefined => {
  let from = start;
  for (let skipped = 0; skipped < column; skipped++) {
    const next = text.indexOf(delimiter, from);
    if (next < 0 || next >= end) return undefined;
    from = next + 1;
  }
  const next = text.indexOf(delimiter, from);
  const to = next < 0 || next >= end ? end : next;
  // Quotes, spaces and markdown emphasis around a value are not part of it.
  const cell = text.slice(from, to);
  const lead = LEAD.exec(cell)?.[0].length ?? 0;
  const trail = TRAIL.exec(cell.slice(lead))?.[0].length ?? 0;
  const span = { start: from + lead, end: to - trail };
  return span.end > span.start ? span : undefined;
};

/** Where a header cell stands: its line's delimiter and its column, when it is a whole cell. */
const headerCell = (
  text: string,
  label: Span,
): { delimiter: string; column: number; lineEnd: number } | undefined => {
  const lineStart = text.lastIndexOf('\n', label.start - 1) + 1;
  const lineEnd = lineEndFrom(text, label.end);
  const line = text.slice(lineStart, withoutReturn(text, lineStart, lineEnd));
  const delimiter = DELIMITERS.find((candidate) => line.includes(candidate));
  if (delimiter === undefined) return undefined;
  const before = line.slice(0, label.start - lineStart);
  const cellStart = before.lastIndexOf(delimiter) + 1;
  const afterEnd = line.indexOf(delimiter, label.end - lineStart);
  const after = line.slice(label.end - lineStart, afterEnd < 0 ? line.length : afterEnd);
  if (!PADDING.test(before.slice(cellStart)) || !PADDING.test(after)) return undefined;
  return { delimiter, column: before.split(delimiter).length - 1, lineEnd };
};

/**
 * The values under a label that heads a column of a delimited table (CSV, TSV, a markdown or
 * pipe table): "vorname;nachname\nAnna;Weber" gives the span of "Anna" for the label "vorname".
 * Rows are read until a blank line; a row without that column is skipped.
 */
export const columnValues = (text: string, labels: readonly Span[]): Span[] => {
  const values: Span[] = [];
  let headers = 0;
  for (const label of labels) {
    const header = headerCell(text, label);
    if (header === undefined) continue;
    if (++headers > MAX_HEADERS) break;
    let rowStart = header.lineEnd + 1;
    for (let row = 0; row < MAX_ROWS && rowStart < text.length; row++) {
      const rowEnd = lineEndFrom(text, rowStart);
      const end = withoutReturn(text, rowStart, rowEnd);
      if (text.slice(rowStart, end).trim() === '') break;
      const cell = cellOf(text, rowStart, end, header.delimiter, header.column);
      if (cell !== undefined) values.push(cell);
      rowStart = rowEnd + 1;
    }
  }
  return values;
};
