type Cell = string | number;

const row = (cells: readonly Cell[]): string => `| ${cells.join(' | ')} |`;

/** A GitHub-flavoured markdown table. */
export const markdownTable = (header: readonly string[], rows: readonly (readonly Cell[])[]) =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');

/** Milliseconds with a precision that suits their size. */
export const ms = (value: number): string =>
  `${value.toFixed(value < 1 ? 3 : value < 100 ? 2 : 1)} ms`;

export const mebibytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

export const verdict = (pass: boolean): string => (pass ? 'PASS' : 'FAIL');
