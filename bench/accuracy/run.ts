import { writeFileSync } from 'node:fs';
import { SyncRedactor } from 'redact-pii';
import { classify } from '../../shared/pii/classify.js';
import {
  bareCases,
  excludedTypes,
  invalidIdentifiers,
  neutralCases,
  recallCases,
  validIdentifiers,
} from './cases.js';
import { CORPORA_DIR, loadCorpora } from './corpora.js';
import { flaggedBy, foundBy, measure, redactedBy } from './measure.js';
import { type AccuracyRun, renderReport } from './report.js';

/** `npm run bench:accuracy`: measures both classifiers on the public corpus, prints and saves. */
const REPORT = 'docs/accuracy.md';
const COMMAND = 'npm run bench:accuracy';

const corpora = loadCorpora(CORPORA_DIR);
const cases = {
  recall: recallCases(corpora),
  flags: neutralCases(corpora),
  bare: bareCases(corpora),
};
const redactor = new SyncRedactor();
const redact = redactedBy((text) => redactor.redact(text));

const run: AccuracyRun = {
  date: new Date().toISOString().slice(0, 10),
  command: COMMAND,
  corpora,
  valid: validIdentifiers(corpora),
  invalid: invalidIdentifiers(corpora),
  excluded: excludedTypes(corpora),
  ours: {
    recall: measure(cases.recall, foundBy(classify)),
    flags: measure(cases.flags, flaggedBy(classify)),
    bare: measure(cases.bare, foundBy(classify)),
  },
  redactPii: {
    recall: measure(cases.recall, redact),
    flags: measure(cases.flags, redact),
    bare: measure(cases.bare, redact),
  },
};

const report = renderReport(run);
writeFileSync(REPORT, report);
process.stdout.write(`${report}\nWritten to ${REPORT}\n`);
