import { type LexiconHit, lexiconHits, type SpecialCategory } from '../lexicon/index.js';
import { isInName, personCueFor } from '../lexicon/person-context.js';
import type { EntityType, Finding, FindingCategory, Recognizer } from '../recognizer.js';
import { toFinding } from '../spans.js';

const ENTITY: Readonly<Record<SpecialCategory, EntityType>> = {
  health: 'HEALTH_DATA',
  religion: 'RELIGIOUS_BELIEF',
  ethnic: 'ETHNIC_ORIGIN',
  political: 'POLITICAL_OPINION',
  union: 'TRADE_UNION_MEMBERSHIP',
  sexual: 'SEX_LIFE_OR_ORIENTATION',
  genetic: 'GENETIC_DATA',
  biometric: 'BIOMETRIC_DATA',
};
const CATEGORIES = Object.keys(ENTITY) as SpecialCategory[];

/** Overlapping hits of one kind ('diabet*' and 'diabetes') reduced to the longest. */
export const longestHits = (hits: readonly LexiconHit[]): LexiconHit[] => {
  const kept: LexiconHit[] = [];
  for (const hit of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept.at(-1);
    if (last !== undefined && hit.start < last.end) {
      if (hit.end > last.end) kept[kept.length - 1] = { ...last, end: hit.end };
    } else {
      kept.push(hit);
    }
  }
  return kept;
};

/** Findings for the lexicon hits of one kind that are said of a person. */
export const personalTerms = (
  text: string,
  hits: readonly LexiconHit[],
  type: EntityType,
  category: FindingCategory,
): Finding[] => {
  const findings: Finding[] = [];
  for (const hit of longestHits(hits)) {
    if (isInName(text, hit)) continue;
    const cue = personCueFor(text, hit);
    if (cue === undefined) continue;
    const score = cue === 'self' || cue === 'name' ? 0.8 : 0.7;
    findings.push(toFinding(hit, { type, category, score, recognizer: 'special', detail: cue }));
  }
  return findings;
};

/** GDPR Art. 9 special categories in nine languages, counted only when said of a person. */
export const specialCategoryRecognizer: Recognizer = {
  name: 'special',
  entities: Object.values(ENTITY),
  find: (text) => {
    const hits = lexiconHits(text);
    return CATEGORIES.flatMap((kind) =>
      personalTerms(
        text,
        hits.of(kind),
        ENTITY[kind],
        kind === 'health' ? 'health' : 'special_category',
      ),
    );
  },
};
