import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify } from '../../shared/pii/classify.js';
import { hasContextNear } from '../../shared/pii/context.js';
import { PERSONAL_NUMBER_WORDS } from '../../shared/pii/id-schemes/common.js';
import { lexiconHits } from '../../shared/pii/lexicon/index.js';
import { RECOGNIZERS } from '../../shared/pii/registry.js';
import { codeStarts, digitWindows } from '../../shared/pii/spans.js';
import { collectGarbage, describeEnvironment } from '../lib/environment.js';
import { median } from '../lib/stats.js';
import { measureColdStart, REPO_ROOT } from './cold-start.js';
import { buildCorpus, type Content, DEFAULT_SEED, mixedPayload } from './corpus.js';
import { type SharedIndex, timePayloads, timeRecognizers, timeRepeated } from './measure.js';
import { type Memory, type PerformanceRun, renderReport } from './report.js';

/** `npm run bench:classifier`: speed of classify() against issue 3's targets, printed and saved. */
const REPORT = join(REPO_ROOT, 'docs/performance.md');
const COMMAND = 'npm run bench:classifier';
const COLD_RUNS = 7;
const CLASSIFY = { warmup: 3, passes: 20 };
const REDACT_PII = { warmup: 1, passes: 3 };
const BREAKDOWN_PASSES = 3;
// The per-text indexes recognizers share, in the order a text first needs them.
const SHARED_INDEXES: readonly SharedIndex[] = [
  { name: 'digit runs and tokens', build: codeStarts },
  { name: 'digit windows', build: (text) => digitWindows(text, []) },
  {
    name: 'context words (one automaton pass)',
    build: (text) => hasContextNear(text, { start: 0, end: 0 }, PERSONAL_NUMBER_WORDS),
  },
  { name: 'lexicon (one automaton pass)', build: lexiconHits },
];
const MEGABYTE = { bytes: 2 ** 20, runs: 5 };

const memory = (): Memory => {
  collectGarbage();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
};

const progress = (step: string): void => {
  process.stderr.write(`bench:classifier: ${step}\n`);
};

const environment = describeEnvironment();
const afterImport = memory();
const corpus = buildCorpus({ seed: DEFAULT_SEED });
const megabyteText = mixedPayload(MEGABYTE.bytes);
const beforeRuns = memory();

progress(`cold start, ${COLD_RUNS} fresh processes per variant`);
const { loads: coldStarts, floor: startFloor } = await measureColdStart(
  corpus[0]?.text ?? '',
  COLD_RUNS,
);

progress(`classify(), ${corpus.length} payloads × ${CLASSIFY.passes} passes`);
const classifier = timePayloads(classify, corpus, CLASSIFY);

progress('recognizer breakdown');
const recognizers = {
  totals: timeRecognizers(RECOGNIZERS, corpus, BREAKDOWN_PASSES, SHARED_INDEXES),
  passes: BREAKDOWN_PASSES,
};

progress('1 MB payload');
const megabyteSamples = timeRepeated(classify, megabyteText, { runs: MEGABYTE.runs, reset: 'x' });

const personal = new Map<Content, { flagged: number; total: number }>();
for (const payload of corpus) {
  const tally = personal.get(payload.content) ?? { flagged: 0, total: 0 };
  tally.total += 1;
  if (classify(payload.text).classification === 'personal') tally.flagged += 1;
  personal.set(payload.content, tally);
}
const afterCorpus = memory();
const peakRss = process.resourceUsage().maxRSS * 1024;

progress(`redact-pii, ${corpus.length} payloads × ${REDACT_PII.passes} passes`);
const { SyncRedactor } = await import('redact-pii');
const redactor = new SyncRedactor();
const redactPii = timePayloads((text) => redactor.redact(text), corpus, REDACT_PII);

const run: PerformanceRun = {
  environment,
  command: COMMAND,
  corpus: {
    payloads: corpus.length,
    meanBytes: corpus.reduce((sum, p) => sum + p.bytes, 0) / corpus.length,
    seed: DEFAULT_SEED,
    personal,
  },
  coldStarts,
  startFloor,
  classifier,
  redactPii,
  megabyte: {
    bytes: Buffer.byteLength(megabyteText),
    runs: MEGABYTE.runs,
    medianMs: median(megabyteSamples),
  },
  recognizers,
  memory: { afterImport, beforeRuns, afterCorpus, peakRss },
};

const report = renderReport(run);
writeFileSync(REPORT, report);
process.stdout.write(`${report}\nWritten to docs/performance.md\n`);
