import { readFileSync } from 'node:fs';
import { SyncRedactor } from 'redact-pii';

/** One payload of the project's own labelled corpus. */
export interface LabelledPayload {
  readonly id: string;
  readonly lang: string;
  readonly kind: string;
  readonly label: 'personal' | 'non-sensitive';
  readonly text: string;
  /** Set by the writer where reasonable data-protection officers could disagree on the label. */
  readonly debatable?: boolean;
}

/** Where the labelled corpus lives, relative to the repository root. */
export const LABELLED_CORPUS = 'tests/fixtures/labelled/corpus.jsonl';

/** Reads the labelled corpus (JSONL, one payload a line): the only I/O here. */
export const readLabelledCorpus = (path: string = LABELLED_CORPUS): LabelledPayload[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledPayload);

/** Whether a detector calls a text personal. */
export type Flags = (text: string) => boolean;

/** Counts for one group: personal payloads found, non-sensitive payloads wrongly flagged. */
export interface LabelledTally {
  personal: number;
  found: number;
  nonSensitive: number;
  falsePositives: number;
}

export interface LabelledFigures {
  readonly overall: LabelledTally;
  readonly byLanguage: ReadonlyMap<string, LabelledTally>;
  readonly byKind: ReadonlyMap<string, LabelledTally>;
  /** Ids of personal payloads not flagged, and of non-sensitive payloads flagged. */
  readonly missed: readonly string[];
  readonly falseAlarms: readonly string[];
}

const empty = (): LabelledTally => ({ personal: 0, found: 0, nonSensitive: 0, falsePositives: 0 });

const add = (tally: LabelledTally, item: LabelledPayload, flagged: boolean): void => {
  if (item.label === 'personal') {
    tally.personal += 1;
    if (flagged) tally.found += 1;
  } else {
    tally.nonSensitive += 1;
    if (flagged) tally.falsePositives += 1;
  }
};

const group = (groups: Map<string, LabelledTally>, key: string): LabelledTally => {
  const tally = groups.get(key) ?? empty();
  groups.set(key, tally);
  return tally;
};

/** Recall on personal payloads and false positives on non-sensitive ones, overall and grouped. */
export const measureLabelled = (
  corpus: readonly LabelledPayload[],
  flags: Flags,
): LabelledFigures => {
  const overall = empty();
  const byLanguage = new Map<string, LabelledTally>();
  const byKind = new Map<string, LabelledTally>();
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  for (const item of corpus) {
    const flagged = flags(item.text);
    for (const tally of [overall, group(byLanguage, item.lang), group(byKind, item.kind)]) {
      add(tally, item, flagged);
    }
    if (item.label === 'personal' && !flagged) missed.push(item.id);
    if (item.label === 'non-sensitive' && flagged) falseAlarms.push(item.id);
  }
  return { overall, byLanguage, byKind, missed, falseAlarms };
};

/** redact-pii flags a text when its redacted form differs from it. */
export const redactPiiFlags = (): Flags => {
  const redactor = new SyncRedactor();
  return (text) => redactor.redact(text) !== text;
};

/** Our classifier and redact-pii on the same corpus, measured in the same run. */
export const compareOnLabelled = (corpus: readonly LabelledPayload[], ours: Flags) => ({
  ours: measureLabelled(corpus, ours),
  redactPii: measureLabelled(corpus, redactPiiFlags()),
});

/** Recall in percent (100 when there is nothing to find). */
export const recall = (tally: LabelledTally): number =>
  tally.personal === 0 ? 100 : (100 * tally.found) / tally.personal;

/** False-positive rate in percent (0 when there is nothing to mis-flag). */
export const falsePositiveRate = (tally: LabelledTally): number =>
  tally.nonSensitive === 0 ? 0 : (100 * tally.falsePositives) / tally.nonSensitive;

/** One printable row per group: counts and both rates to one decimal. */
export interface LabelledRow {
  readonly group: string;
  readonly personal: number;
  readonly recall: string;
  readonly nonSensitive: number;
  readonly falsePositives: string;
}

const percent = (value: number, total: number): string =>
  total === 0 ? '–' : `${value.toFixed(1)}%`;

const row = (group: string, tally: LabelledTally): LabelledRow => ({
  group,
  personal: tally.personal,
  recall: percent(recall(tally), tally.personal),
  nonSensitive: tally.nonSensitive,
  falsePositives: percent(falsePositiveRate(tally), tally.nonSensitive),
});

/** The figures as rows (overall first, then per language, then per kind) for console.table. */
export const labelledRows = (figures: LabelledFigures): LabelledRow[] => [
  row('overall', figures.overall),
  ...[...figures.byLanguage].map(([lang, tally]) => row(`lang:${lang}`, tally)),
  ...[...figures.byKind]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, tally]) => row(`kind:${kind}`, tally)),
];
