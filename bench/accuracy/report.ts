import type { Exclusion, Identifier } from './cases.js';
import type { Corpora } from './corpora.js';
import { type Measurement, rate, type Tally } from './measure.js';
import { LANGUAGES, POSITIONS } from './templates.js';

/** Everything one run measured, for both classifiers. */
export interface AccuracyRun {
  readonly date: string;
  readonly command: string;
  readonly corpora: Corpora;
  readonly valid: readonly Identifier[];
  readonly invalid: readonly Identifier[];
  readonly excluded: readonly Exclusion[];
  readonly ours: {
    readonly recall: Measurement;
    readonly flags: Measurement;
    readonly bare: Measurement;
  };
  readonly redactPii: {
    readonly recall: Measurement;
    readonly flags: Measurement;
    readonly bare: Measurement;
  };
}

export const RECALL_FLOOR = 99.5;
export const FLAG_CEILING = 10;

const percent = (tally: Tally | undefined): string =>
  tally === undefined || tally.total === 0 ? '–' : `${rate(tally).toFixed(2)}%`;

const counted = (tally: Tally): string => `${percent(tally)} (${tally.flagged}/${tally.total})`;

const row = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;

const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');

const summary = (run: AccuracyRun): string =>
  table(
    ['Measure', 'Target', 'cris-router', 'redact-pii'],
    [
      [
        'Recall: valid identifiers in labelled sentences',
        `≥ ${RECALL_FLOOR}%`,
        counted(run.ours.recall.overall),
        counted(run.redactPii.recall.overall),
      ],
      [
        'Flag rate: invalid look-alikes in neutral sentences',
        `≤ ${FLAG_CEILING}%`,
        counted(run.ours.flags.overall),
        counted(run.redactPii.flags.overall),
      ],
      [
        'Recall without any context word (informative)',
        '–',
        counted(run.ours.bare.overall),
        counted(run.redactPii.bare.overall),
      ],
    ],
  );

const byKey = (
  keys: readonly string[],
  pick: (measurement: Measurement) => Map<string, Tally>,
  run: AccuracyRun,
) =>
  keys.map((key) => [
    key,
    pick(run.ours.recall).get(key)?.total ?? 0,
    percent(pick(run.ours.recall).get(key)),
    percent(pick(run.redactPii.recall).get(key)),
    percent(pick(run.ours.flags).get(key)),
    percent(pick(run.redactPii.flags).get(key)),
  ]);

const SLICE_HEADER = [
  'cases',
  'recall cris-router',
  'recall redact-pii',
  'flag rate cris-router',
  'flag rate redact-pii',
];

const typeRows = (run: AccuracyRun) => {
  const keys = [...new Set([...run.valid, ...run.invalid].map((id) => `${id.source}:${id.type}`))];
  const count = (ids: readonly Identifier[], key: string) =>
    ids.filter((id) => `${id.source}:${id.type}` === key).length;
  return keys
    .sort()
    .map((key) => [
      `\`${key}\``,
      count(run.valid, key),
      percent(run.ours.recall.byType.get(key)),
      percent(run.redactPii.recall.byType.get(key)),
      percent(run.ours.bare.byType.get(key)),
      count(run.invalid, key),
      percent(run.ours.flags.byType.get(key)),
      percent(run.redactPii.flags.byType.get(key)),
    ]);
};

/** One row per source and reason, listing its types. */
const exclusionRows = (excluded: readonly Exclusion[]) => {
  const groups = new Map<string, string[]>();
  for (const item of excluded) {
    const key = `${item.source}\u0000${item.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), `\`${item.type}\``]);
  }
  return [...groups].map(([key, types]) => {
    const [source = '', reason = ''] = key.split('\u0000');
    return [source, types.join(', '), reason];
  });
};

const corpusLines = (run: AccuracyRun): string =>
  [
    `- \`tests/fixtures/corpora/stdnum-identifiers.json\`: ${run.corpora.stdnum.source} Licence: ${run.corpora.stdnum.licence}.`,
    `- \`tests/fixtures/corpora/presidio-recognizer-cases.json\`: ${run.corpora.presidio.source} Licence: ${run.corpora.presidio.licence}.`,
  ].join('\n');

const METHOD = `Each valid personal identifier is placed in ${LANGUAGES.length} languages (${LANGUAGES.join(', ')}) and ${POSITIONS.length} positions (${POSITIONS.join(', ')}; JSON and CSV with an English snake-case key or column), in short sentences written for this benchmark that name the identifier in that language ("Meine Steuernummer lautet …", \`{"tax_id": "…"}\`): \`bench/accuracy/templates.ts\`. Every invalid look-alike (python-stdnum's invalid numbers, Presidio's detected=false cases, minus values valid under another type) is placed in neutral sentences with no word for any identifier. The "without any context word" row places the valid identifiers in those neutral sentences: no target, it shows how much of the recall rests on the words.

cris-router counts a case found when the payload is classified personal and a personal finding overlaps the identifier; a neutral case counts as flagged when the payload is classified personal. redact-pii (\`SyncRedactor\`, default options) counts a payload as flagged when its redacted text differs from the input, in both sets.

Which corpus types are personal follows \`shared/pii/policy.ts\`: company VAT numbers and company registration numbers are business ids. Within personal stdnum types, numbers of companies are left out too (\`isBusinessNumber\` in \`bench/accuracy/cases.ts\`: Danish CVR, Spanish CIF, 11-digit codici fiscali, company kennitala, Polish NIP, Portuguese NIPC, Romanian CUI), as are Presidio's unspecified, loopback and documentation (RFC 5737, RFC 3849) IP addresses and IPv4 networks given by a prefix length (\`192.168.1.0/24\`: a range, not a device).`;

/** The benchmark report as markdown: what docs/accuracy.md holds. */
export const renderReport = (run: AccuracyRun): string =>
  [
    '# Classifier accuracy on the public corpus',
    '',
    `Measured on ${run.date} with \`${run.command}\` (\`npx tsx bench/accuracy/run.ts\`). Accuracy is deterministic: the same corpus gives the same figures, and the floors are asserted in \`tests/bench/accuracy.test.ts\`.`,
    '',
    '## Summary',
    '',
    summary(run),
    '',
    '## Corpus and method',
    '',
    corpusLines(run),
    '',
    `${run.valid.length} valid personal identifiers and ${run.invalid.length} invalid look-alikes, ${run.ours.recall.overall.total} labelled and ${run.ours.flags.overall.total} neutral payloads.`,
    '',
    METHOD,
    '',
    '## Per language',
    '',
    table(
      ['Language', ...SLICE_HEADER],
      byKey(LANGUAGES, (m) => m.byLanguage, run),
    ),
    '',
    '## Per position',
    '',
    table(
      ['Position', ...SLICE_HEADER],
      byKey(POSITIONS, (m) => m.byPosition, run),
    ),
    '',
    '## Per identifier type',
    '',
    table(
      [
        'Type',
        'valid',
        'recall cris-router',
        'recall redact-pii',
        'recall without words (cris-router)',
        'invalid',
        'flag rate cris-router',
        'flag rate redact-pii',
      ],
      typeRows(run),
    ),
    '',
    '## Corpus types left out',
    '',
    table(['Source', 'Types', 'Why'], exclusionRows(run.excluded)),
    '',
  ].join('\n');
