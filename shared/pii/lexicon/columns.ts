import { countBefore } from '../search.js';
import type { Span } from '../spans.js';

// Delimiters of exported tables, most specific first: a header line uses the first it contains.
const DELIMITERS = ['\t', ';', '|', ','] as const;
const CARRIAGE_RETURN = 13;
// Quotes, spaces and markdown emphasis around a value are not part of it.
const isPadding = (code: number): boolean =>
  code === 32 || code === 9 || code === 34 || code === 39 || code === 96 || code === 42;
// Rows read under one header cell, and header cells read per text: bounds the work on any input.
const MAX_ROWS = 5000;
const MAX_HEADERS = 16;

/** A line of the text without its line break, its delimiter and where that delimiter stands. */
interface Line {
  readonly start: number;
  readonly end: number;
  readonly delimiter: string | undefined;
  readonly cuts: readonly number[];
}

const lineEndFrom = (text: string, from: number): number => {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
};

const withoutReturn = (text: string, start: number, end: number): number =>
  end > start && text.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end;

const lineOf = (text: string, start: number, breakAt: number): Line => {
  const end = withoutReturn(text, start, breakAt);
  const row = text.slice(start, end);
  const delimiter = DELIMITERS.find((candidate) => row.includes(candidate));
  const cuts: number[] = [];
  if (delimiter !== undefined) {
    for (let at = row.indexOf(delimiter); at >= 0; at = row.indexOf(delimiter, at + 1)) {
      cuts.push(start + at);
    }
  }
  return { start, end, delimiter, cuts };
};

/**
 * The lines of a text, found once and in order as labels further on ask for them: every label
 * of a text costs a binary search, not a scan of its line (a long line of labels stays linear).
 * A line's delimiters are looked for only when a label stands on it.
 */
const lineFinder = (text: string) => {
  const starts: number[] = [];
  const breaks: number[] = [];
  const lines = new Map<number, Line>();
  let next = 0;
  return (offset: number): Line => {
    while (next <= offset && next <= text.length) {
      const breakAt = lineEndFrom(text, next);
      starts.push(next);
      breaks.push(breakAt);
      next = breakAt + 1;
    }
    const low = countBefore(starts.length, (i) => (starts[i] as number) <= offset);
    const start = starts[low - 1] as number;
    let line = lines.get(start);
    if (line === undefined) {
      line = lineOf(text, start, breaks[low - 1] as number);
      lines.set(start, line);
    }
    return line;
  };
};

/** How many of the line's delimiters stand before `offset` (binary search). */
const cutsBefore = (cuts: readonly number[], offset: number): number =>
  countBefore(cuts.length, (i) => (cuts[i] as number) < offset);

/** Whether only padding stands in [from, to) of the text. */
const onlyPadding = (text: string, from: number, to: number): boolean => {
  for (let at = from; at < to; at++) if (!isPadding(text.charCodeAt(at))) return false;
  return true;
};

/** Where a header cell stands: its line and its column, when the label is a whole cell. */
const headerCell = (line: Line, text: string, label: Span): number | undefined => {
  if (line.delimiter === undefined || label.end > line.end) return undefined;
  const column = cutsBefore(line.cuts, label.start);
  const cellStart = column === 0 ? line.start : (line.cuts[column - 1] as number) + 1;
  const cellEnd = line.cuts[column] ?? line.end;
  if (label.end > cellEnd) return undefined;
  return onlyPadding(text, cellStart, label.start) && onlyPadding(text, label.end, cellEnd)
    ? column
    : undefined;
};

// A line that opens with a label and a colon ("Personas kods: …", "Tel.:").
const LABEL_LINE = /^[ \t]*[^:\n]{1,40}:(?:[ \t]|$)/;

/** The [start, end) of cell `column` of the row, without its padding, or undefined. */
const cellOf = (
  text: string,
  start: number,
  end: number,
  delimiter: string,
  column: number,
): Span | undefined => {
  // Searched within the row only: a row without the column costs its own length, no more.
  const row = text.slice(start, end);
  let from = 0;
  for (let skipped = 0; skipped < column; skipped++) {
    const next = row.indexOf(delimiter, from);
    if (next < 0) return undefined;
    from = next + 1;
  }
  const next = row.indexOf(delimiter, from);
  let cellStart = start + from;
  let cellEnd = next < 0 ? end : start + next;
  while (cellStart < cellEnd && isPadding(text.charCodeAt(cellStart))) cellStart += 1;
  while (cellEnd > cellStart && isPadding(text.charCodeAt(cellEnd - 1))) cellEnd -= 1;
  return cellEnd > cellStart ? { start: cellStart, end: cellEnd } : undefined;
};

/**
 * The values under a label that heads a column of a delimited table (CSV, TSV, a markdown or
 * pipe table): "vorname;nachname\nAnna;Weber" gives the span of "Anna" for the label "vorname".
 * Rows are read until a blank line, or until `limit` values are found; a row without that
 * column, or a label line without the delimiter ("Telefon: [____]"), is skipped.
 */
export const columnValues = (
  text: string,
  labels: readonly Span[],
  limit = Number.POSITIVE_INFINITY,
): Span[] => {
  const values: Span[] = [];
  const lineAt = lineFinder(text);
  let headers = 0;
  for (const label of labels) {
    const line = lineAt(label.start);
    const column = headerCell(line, text, label);
    if (column === undefined || line.delimiter === undefined) continue;
    if (++headers > MAX_HEADERS) break;
    let rowStart = lineEndFrom(text, line.end) + 1;
    for (let row = 0; row < MAX_ROWS && rowStart < text.length; row++) {
      const rowEnd = lineEndFrom(text, rowStart);
      const end = withoutReturn(text, rowStart, rowEnd);
      if (text.slice(rowStart, end).trim() === '') break;
      // A label line without the delimiter is no row of the table ("Vārds, uzvārds: [____]"
      // over "Personas kods: [____]" is a form of labels); any other line is the label's value
      // ("Nachname, Vorname" over "Öztürk Ayşegül").
      const row = text.slice(rowStart, end);
      const cell =
        row.includes(line.delimiter) || !LABEL_LINE.test(row)
          ? cellOf(text, rowStart, end, line.delimiter, column)
          : undefined;
      if (cell !== undefined && values.push(cell) >= limit) return values;
      rowStart = rowEnd + 1;
    }
  }
  return values;
};

/** A table's header row read around one of its cells: the cells' spans, without padding. */
export interface HeaderRow {
  readonly cells: readonly Span[];
  /** Index in `cells` of the label's own cell. */
  readonly column: number;
}

// Header rows this long at most are read (a header is a line of short labels).
const MAX_HEADER_LINE = 1000;

/**
 * The header row a label heads a column of (the label a whole cell of a delimited line, rows
 * below it), or undefined: "lopenr;fodselsar;diagnose" around "diagnose".
 */
export const headerRowOf = (text: string, label: Span): HeaderRow | undefined => {
  // The line's ends, looked for within a header's length only: a long line of terms costs each
  // term that length, not the line's.
  const from = Math.max(0, label.start - MAX_HEADER_LINE);
  const back = text.slice(from, label.start).lastIndexOf('\n');
  if (back < 0 && from > 0) return undefined;
  const start = from + back + 1;
  const ahead = text.slice(label.end, label.end + MAX_HEADER_LINE + 1).indexOf('\n');
  if (ahead < 0) return undefined;
  const breakAt = label.end + ahead;
  if (breakAt - start > MAX_HEADER_LINE) return undefined;
  const line = lineOf(text, start, breakAt);
  const column = headerCell(line, text, label);
  if (column === undefined || line.delimiter === undefined) return undefined;
  const cells: Span[] = [];
  for (let i = 0; i <= line.cuts.length; i++) {
    let cellStart = i === 0 ? start : (line.cuts[i - 1] as number) + 1;
    let cellEnd = line.cuts[i] ?? line.end;
    while (cellStart < cellEnd && isPadding(text.charCodeAt(cellStart))) cellStart += 1;
    while (cellEnd > cellStart && isPadding(text.charCodeAt(cellEnd - 1))) cellEnd -= 1;
    cells.push({ start: cellStart, end: cellEnd });
  }
  return { cells, column };
};
