import { isPersonal, policyFor } from '../../shared/pii/policy.js';
import type { ClassificationResult } from '../../shared/types.js';
import type { AccuracyCase } from './cases.js';

/** Whether a detector flags a case: for recall, whether it found the identifier. */
export type Detector = (item: AccuracyCase) => boolean;

export interface Tally {
  total: number;
  flagged: number;
}

/** Counts per identifier type (source:type), language and position, and overall. */
export interface Measurement {
  readonly overall: Tally;
  readonly byType: Map<string, Tally>;
  readonly byLanguage: Map<string, Tally>;
  readonly byPosition: Map<string, Tally>;
  readonly missed: AccuracyCase[];
}

const count = (tallies: Map<string, Tally>, key: string, flagged: boolean): void => {
  const tally = tallies.get(key) ?? { total: 0, flagged: 0 };
  tally.total += 1;
  if (flagged) tally.flagged += 1;
  tallies.set(key, tally);
};

/** Runs a detector over the cases and tallies what it flagged. */
export const measure = (cases: readonly AccuracyCase[], detector: Detector): Measurement => {
  const result: Measurement = {
    overall: { total: 0, flagged: 0 },
    byType: new Map(),
    byLanguage: new Map(),
    byPosition: new Map(),
    missed: [],
  };
  for (const item of cases) {
    const flagged = detector(item);
    result.overall.total += 1;
    if (flagged) result.overall.flagged += 1;
    else result.missed.push(item);
    count(result.byType, `${item.source}:${item.type}`, flagged);
    count(result.byLanguage, item.language, flagged);
    count(result.byPosition, item.position, flagged);
  }
  return result;
};

/** Flagged share in percent. */
export const rate = (tally: Tally): number =>
  tally.total === 0 ? 0 : (100 * tally.flagged) / tally.total;

const policy = policyFor();

/** Our classifier found the identifier: a personal finding overlaps it and the payload is personal. */
export const foundBy =
  (classify: (text: string) => ClassificationResult): Detector =>
  (item) => {
    const result = classify(item.text);
    return (
      result.classification === 'personal' &&
      result.findings.some(
        (finding) =>
          isPersonal(finding, policy) && finding.start < item.end && item.start < finding.end,
      )
    );
  };

/** Our classifier calls the payload personal (the flag-rate criterion). */
export const flaggedBy =
  (classify: (text: string) => ClassificationResult): Detector =>
  (item) =>
    classify(item.text).classification === 'personal';

/** redact-pii flags a payload when its redacted text differs from the input. */
export const redactedBy =
  (redact: (text: string) => string): Detector =>
  (item) =>
    redact(item.text) !== item.text;
