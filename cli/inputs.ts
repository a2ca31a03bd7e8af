import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CliUsageError } from './errors.js';

/** One thing to route: a label for the report and the payload exactly as it would arrive on a queue. */
export interface InputItem {
  readonly label: string;
  readonly payload: unknown;
}

const JSON_EXTENSIONS = new Set(['.json']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/** JSON is passed on as raw text, so malformed JSON is rejected (and audited) by the pipeline itself. */
export const itemsFromText = (
  label: string,
  content: string,
  kind: 'json' | 'jsonl' | 'text',
): InputItem[] => {
  if (kind === 'jsonl') {
    return content
      .split(/\r?\n/)
      .map((line, index) => ({ line, index }))
      .filter(({ line }) => line.trim().length > 0)
      .map(({ line, index }) => ({ label: `${label}:${index + 1}`, payload: line }));
  }
  if (kind === 'json') {
    try {
      const parsed: unknown = JSON.parse(content);
      if (Array.isArray(parsed))
        return parsed.map((payload, i) => ({ label: `${label}[${i}]`, payload }));
    } catch {
      // not JSON: the pipeline rejects the raw text below with a clear reason
    }
    return [{ label, payload: content }];
  }
  return [
    {
      label,
      payload: { id: label.replace(/[^A-Za-z0-9._:/-]/g, '-').slice(0, 128), text: content },
    },
  ];
};

const kindOf = (path: string): 'json' | 'jsonl' | 'text' => {
  const ext = extname(path).toLowerCase();
  if (JSON_EXTENSIONS.has(ext)) return 'json';
  if (JSONL_EXTENSIONS.has(ext)) return 'jsonl';
  return 'text';
};

/** Sniffs stdin: JSON object/array, JSON lines, or plain text. */
const kindOfContent = (content: string): 'json' | 'jsonl' | 'text' => {
  const trimmed = content.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return 'text';
  try {
    JSON.parse(trimmed);
    return 'json';
  } catch {
    return 'jsonl';
  }
};

const readFile = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliUsageError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
};

/** Reads a file, every file of a directory (README files skipped), or stdin for `-`. */
export const readInputs = (target: string, stdin: () => string): InputItem[] => {
  if (target === '-') {
    const content = stdin();
    return itemsFromText('stdin', content, kindOfContent(content));
  }
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(target);
  } catch {
    throw new CliUsageError(`no such file or directory: ${target}`);
  }
  if (!stats.isDirectory())
    return itemsFromText(basename(target), readFile(target), kindOf(target));
  const files = readdirSync(target)
    .filter((name) => !name.startsWith('.') && !/^readme/i.test(name))
    .sort()
    .map((name) => join(target, name))
    .filter((path) => statSync(path).isFile());
  if (files.length === 0) throw new CliUsageError(`no input files in ${target}`);
  return files.flatMap((path) => itemsFromText(basename(path), readFile(path), kindOf(path)));
};
