import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** python-stdnum's doctest numbers, per stdnum type, with the category the corpus gives it. */
export interface StdnumCorpus {
  readonly source: string;
  readonly licence: string;
  readonly types: Readonly<
    Record<
      string,
      { readonly category: string; readonly valid: string[]; readonly invalid: string[] }
    >
  >;
}

export interface PresidioCase {
  readonly value: string;
  readonly detected: boolean;
  readonly context: string;
}

/** Presidio's recognizer test cases, per Presidio entity type. */
export interface PresidioCorpus {
  readonly source: string;
  readonly licence: string;
  readonly types: Readonly<Record<string, { readonly cases: readonly PresidioCase[] }>>;
}

export interface Corpora {
  readonly stdnum: StdnumCorpus;
  readonly presidio: PresidioCorpus;
}

/** Where the copies of the public corpora live, relative to the repository root. */
export const CORPORA_DIR = 'tests/fixtures/corpora';

const readJson = <T>(dir: string, file: string): T =>
  JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;

/** Reads both corpora from a directory (the only I/O the case builder needs). */
export const loadCorpora = (dir: string): Corpora => ({
  stdnum: readJson<StdnumCorpus>(dir, 'stdnum-identifiers.json'),
  presidio: readJson<PresidioCorpus>(dir, 'presidio-recognizer-cases.json'),
});
