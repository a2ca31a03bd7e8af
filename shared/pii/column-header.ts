import type { Span } from './spans.js';

// Cell delimiters of a table, in the order tried: a Markdown table's pipes, then a delimited
// export's tabs, semicolons and commas.
const DELIMITERS = ['|', '\t', ';', ','] as const;
// How many rows above its cell a header may stand (a longer table is looked at no further).
const MAX_ROWS = 500;

// Where each delimiter stands in the last text, in order (found once per text and delimiter):
// counts and cells are then read by binary search, so that no search runs on past a line's end
// (an indexOf for a delimiter the line lacks would read on to the next one, maybe the text's end).
const positions = new Map<string, number[]>();

// A delimiter inside a quoted cell of a delimited export is the cell's text ('…,14,"older lady
// ~80, lives alone",leaflet'): RFC 4180's quotes, a doubled one inside a cell, read line by line.
const QUOTE = 34;
const NEWLINE = 10;

const positionsOf = (text: string, delimiter: string): number[] => {
  resetFor(text);
  let found = positions.get(delimiter);
  if (found === undefined) {
    found = [];
    if (delimiter === '|' || delimiter === '\n' || !text.includes('"')) {
      for (let i = text.indexOf(delimiter); i !== -1; i = text.indexOf(delimiter, i + 1)) {
        found.push(i);
      }
    } else {
      const code = delimiter.charCodeAt(0);
      let quoted = false;
      for (let i = 0; i < text.length; i++) {
        const at = text.charCodeAt(i);
        if (at === QUOTE) quoted = !quoted;
        else if (at === NEWLINE) quoted = false;
        else if (at === code && !quoted) found.push(i);
      }
    }
    positions.set(delimiter, found);
  }
  return found;
};

/** Index of the first position at or after `at`. */
const firstAtOrAfter = (sorted: readonly number[], at: number): number => {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < at) low = middle + 1;
    else high = middle;
  }
  return low;
};

/** How many of the delimiter stand in [from, to). */
const countOf = (text: string, from: number, to: number, delimiter: string): number => {
  const sorted = positionsOf(text, delimiter);
  return firstAtOrAfter(sorted, to) - firstAtOrAfter(sorted, from);
};

// The first line of its table found for each line of the last text (by delimiter, line start).
let cachedText: string | undefined;
const tops = new Map<string, number>();
// The first line of its list of numbers (numberListOf) for each line asked for, by line start.
const listTops = new Map<number, number>();

// A table's line is short: a longer one is no row. Searching a line's bounds per number over one
// line of a megabyte (a decoded attachment) was quadratic: a text with a line longer than
// MAX_LINE has its bounds taken from its line breaks, found once; any other text is searched as
// before (cheaper for short lines).
const MAX_LINE = 4096;
const TOO_LONG = -1;
let longLinesText: string | undefined;
let longLines = false;

const hasLongLines = (text: string): boolean => {
  if (text !== longLinesText) {
    longLinesText = text;
    longLines = false;
    let last = -1;
    for (let i = text.indexOf('\n'); ; i = text.indexOf('\n', i + 1)) {
      const end = i === -1 ? text.length : i;
      if (end - last > MAX_LINE) {
        longLines = true;
        break;
      }
      if (i === -1) break;
      last = i;
    }
  }
  return longLines;
};

/** The start of the line holding `at`, or TOO_LONG when the line is longer than MAX_LINE. */
const lineStartOf = (text: string, at: number): number => {
  if (!hasLongLines(text)) return text.lastIndexOf('\n', at - 1) + 1;
  const breaks = positionsOf(text, '\n');
  const before = breaks[firstAtOrAfter(breaks, at) - 1];
  const start = before === undefined ? 0 : before + 1;
  return at - start > MAX_LINE ? TOO_LONG : start;
};

/** The end of the line holding `at`, or TOO_LONG when the line is longer than MAX_LINE. */
const lineEndOf = (text: string, at: number): number => {
  if (!hasLongLines(text)) {
    const end = text.indexOf('\n', at);
    return end === -1 ? text.length : end;
  }
  const breaks = positionsOf(text, '\n');
  const end = breaks[firstAtOrAfter(breaks, at)] ?? text.length;
  return end - at > MAX_LINE ? TOO_LONG : end;
};

const isBlank = (text: string, from: number, to: number): boolean =>
  text.slice(from, to).trim() === '';

// A header cell is a short name: not a sentence, nor a JSON member ('"note":"…"').
const LONGEST_HEADER_CELL = 40;
const NOT_IN_HEADER = /[:{}[\]]/;

/** Whether every cell of the line is short and none holds a colon or bracket. */
const isHeaderLine = (text: string, from: number, to: number, delimiter: string): boolean => {
  const line = text.slice(from, to);
  return (
    !NOT_IN_HEADER.test(line) &&
    line.split(delimiter).every((cell) => cell.trim().length <= LONGEST_HEADER_CELL)
  );
};

/** The range of cell `column` (0-based: delimiters before it) of the line from `from` to `to`. */
const cellOf = (
  text: string,
  from: number,
  to: number,
  delimiter: string,
  column: number,
): Span => {
  const sorted = positionsOf(text, delimiter);
  const first = firstAtOrAfter(sorted, from);
  const start = column === 0 ? from : (sorted[first + column - 1] as number) + 1;
  const next = sorted[first + column];
  return { start, end: next === undefined || next > to ? to : next };
};

const resetFor = (text: string): void => {
  if (text !== cachedText) {
    cachedText = text;
    tops.clear();
    listTops.clear();
    columns.clear();
    positions.clear();
  }
};

// A psql result's rule under its header ('-----------+--------------+-----'): a row of the table
// whose '|' it writes as '+'.
export const PSQL_RULE = /^[ \t]*-+(?:\+-+)+[ \t]*\r?$/;
const isRule = (text: string, from: number, to: number, delimiter: string, count: number) =>
  delimiter === '|' &&
  to - from < MAX_LINE &&
  countOf(text, from, to, '+') === count &&
  PSQL_RULE.test(text.slice(from, to));

/** The first line of the run of lines holding `count` delimiters that the line at `lineStart` ends. */
const topOf = (text: string, lineStart: number, delimiter: string, count: number): number => {
  const key = `${delimiter}${lineStart}`;
  let top = tops.get(key) ?? lineStart;
  for (let rows = 0; rows < MAX_ROWS && top > 0 && !tops.has(key); rows++) {
    const above = lineStartOf(text, top - 1);
    const aboveEnd = top - 1;
    if (above === TOO_LONG) break;
    if (
      isBlank(text, above, aboveEnd) ||
      (countOf(text, above, aboveEnd, delimiter) !== count &&
        !isRule(text, above, aboveEnd, delimiter, count))
    ) {
      break;
    }
    // A row above whose first line is known shares it (same delimiter count, no line between).
    top = tops.get(`${delimiter}${above}`) ?? above;
  }
  tops.set(key, top);
  return top;
};

/** Where the span sits in a table: its delimiter, the table's first line, the span's column. */
interface Place {
  readonly delimiter: string;
  readonly count: number;
  readonly top: number;
  readonly lineStart: number;
  readonly column: number;
}

/** The places of the span in every table its line may belong to, most likely first. */
function* placesOf(text: string, span: Span): Generator<Place> {
  resetFor(text);
  const lineStart = lineStartOf(text, span.start);
  const lineEnd = lineEndOf(text, span.end);
  if (lineStart === TOO_LONG || lineEnd === TOO_LONG) return;
  for (const delimiter of DELIMITERS) {
    if (countOf(text, span.start, span.end, delimiter) > 0) continue;
    const count = countOf(text, lineStart, lineEnd, delimiter);
    if (count === 0) continue;
    const top = lineStart === 0 ? 0 : topOf(text, lineStart, delimiter, count);
    yield {
      delimiter,
      count,
      top,
      lineStart,
      column: countOf(text, lineStart, span.start, delimiter),
    };
  }
}

/**
 * The header cell above a table cell holding the span: a column header labels every cell below it
 * ('| Name | Steuer-ID |' over '| T. B. | 47182036546 |', or 'date;pesel;amount' over a CSV row).
 * The header is the first line of the run of lines, without a blank one, that hold as many
 * delimiters as the span's line (at least one); a Markdown separator ('|---|---|') counts as a row.
 * A header holds short names only (no cell over 40 characters, no colon or bracket): the first of
 * a run of JSON lines or sentences with as many commas is no header.
 * Undefined when the span is in no such table, or in its first line.
 */
export const columnHeaderOf = (text: string, span: Span): Span | undefined => {
  for (const { delimiter, top, lineStart, column } of placesOf(text, span)) {
    if (top === lineStart) continue;
    const headerEnd = lineEndOf(text, top);
    if (headerEnd === TOO_LONG || !isHeaderLine(text, top, headerEnd, delimiter)) continue;
    return cellOf(text, top, headerEnd, delimiter, column);
  }
  return undefined;
};

// Every column asked for in the last text, by delimiter, first line and column.
const columns = new Map<string, Column>();

/** A table column: every cell of it, top to bottom, and a key naming it within its text. */
export interface Column {
  readonly key: string;
  readonly cells: readonly Span[];
}

/**
 * The column of the table (as columnHeaderOf reads tables: a run of at least two lines holding as
 * many delimiters) whose cell holds the span, header included; undefined when there is none.
 * Looked at no further than 500 lines.
 */
export const columnOf = (text: string, span: Span): Column | undefined => {
  for (const { delimiter, count, top, column } of placesOf(text, span)) {
    const key = `${delimiter}${top}:${column}`;
    let found = columns.get(key);
    if (found === undefined) {
      const cells: Span[] = [];
      for (let line = top; cells.length < MAX_ROWS && line < text.length; ) {
        const end = lineEndOf(text, line);
        if (end === TOO_LONG || isBlank(text, line, end)) break;
        if (countOf(text, line, end, delimiter) !== count) {
          if (!isRule(text, line, end, delimiter, count)) break;
          line = end + 1;
          continue;
        }
        cells.push(cellOf(text, line, end, delimiter, column));
        line = end + 1;
      }
      found = { key, cells };
      columns.set(key, found);
    }
    if (found.cells.length >= 2) return found;
  }
  return undefined;
};

// A line that is one number alone (digits, spaces, dots, dashes, slashes), as a list of numbers
// pasted one per line is written.
const NUMBER_LINE = /^[ \t]*\d[\d .\-/]*[ \t]*\r?$/;

const isNumberLine = (text: string, from: number, to: number): boolean =>
  to - from <= MAX_NUMBER_LINE && NUMBER_LINE.test(text.slice(from, to));
const MAX_NUMBER_LINE = 60;

/**
 * The list the span stands in when its line is a number alone: the run of adjacent such lines
 * (no blank line, no other line between), each line a cell of one column with no header, as a
 * column of an export pasted without its other columns ('79120272947\n15290824050\n…') is
 * written. Undefined when the span's line holds anything else or the run is one line. Looked at no
 * further than 500 lines each way.
 */
export const numberListOf = (text: string, span: Span): Column | undefined => {
  resetFor(text);
  const start = lineStartOf(text, span.start);
  const end = lineEndOf(text, span.start);
  if (start === TOO_LONG || end < span.end || !isNumberLine(text, start, end)) return undefined;
  // The line above's top, when it was asked for (spans come in order): each line is read once.
  let top = start;
  for (let rows = 0; rows < MAX_ROWS && top > 0; rows++) {
    const above = lineStartOf(text, top - 1);
    if (above === TOO_LONG || !isNumberLine(text, above, top - 1)) break;
    const known = listTops.get(above);
    top = known ?? above;
    if (known !== undefined) break;
  }
  listTops.set(start, top);
  const key = `list${top}`;
  let found = columns.get(key);
  if (found === undefined) {
    const cells: Span[] = [];
    for (let line = top; cells.length < MAX_ROWS && line < text.length; ) {
      const lineEnd = lineEndOf(text, line);
      if (lineEnd === TOO_LONG || !isNumberLine(text, line, lineEnd)) break;
      cells.push({ start: line, end: lineEnd });
      line = lineEnd + 1;
    }
    found = { key, cells };
    columns.set(key, found);
  }
  return found.cells.length >= 2 ? found : undefined;
};
