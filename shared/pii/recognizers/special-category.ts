import {
  type LexiconHit,
  type LexiconHits,
  lexiconHits,
  type SpecialCategory,
} from '../lexicon/index.js';
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

// 'MS' for multiple sclerosis: in capitals, and not as Microsoft's ('MS Word', 'MS-DOS', 'MS/Office',
// "Microsoft (MS)"), a degree's ('an MS in Computer Science', 'MS degree'), a ship's ('MS Estonia')
// or a ZIP code's ('Jackson, MS 39201'). What follows on the same line decides: a capitalised word
// or a digit is a product, a ship, a code; 'in', 'at', 'from', 'of' before a capitalised word is
// a degree. "Meine Frau hat MS", "diagnosed with MS last year", "ein MS-Schub" stay.
const MS_PRODUCTS = new Set(
  ['dos', 'office', 'word', 'excel', 'teams', 'outlook', 'access', 'powerpoint', 'windows', 'sql']
    .concat(['project', 'paint', 'edge', 'exchange', 'azure', 'visio', 'onenote', 'sharepoint'])
    .concat(['dynamics', 'store', 'defender', 'office365', 'onedrive', 'publisher', 'visual']),
);
const MS_NOT_DISEASE_AFTER =
  /^(?:[ \t]+(?:[\p{Lu}\p{N}]|(?:in|at|from|of)[ \t]+\p{Lu}|(?:degree|degrees|student|students|thesis|program|programme|course|studies|candidate)(?![\p{L}\p{N}]))|[/&@_+]|\.[\p{L}\p{N}]|\))/u;
const MS_HYPHENATED = /^-([\p{L}\p{N}]+)/u;
const MS_NOT_DISEASE_BEFORE = /(?:(?:^|[^\p{L}])an?|\d)[ \t]+$|[/&@_.+]$/iu;

/** Whether an 'MS' hit stands for multiple sclerosis, not Microsoft, a degree or a ship. */
export const isDiseaseAbbreviation = (text: string, hit: LexiconHit): boolean => {
  if (text.slice(hit.start, hit.end) !== 'MS') return false;
  const after = text.slice(hit.end, hit.end + 40);
  if (MS_NOT_DISEASE_AFTER.test(after)) return false;
  const joined = MS_HYPHENATED.exec(after);
  if (joined !== null && MS_PRODUCTS.has((joined[1] as string).toLowerCase())) return false;
  return !MS_NOT_DISEASE_BEFORE.test(text.slice(Math.max(0, hit.start - 12), hit.start));
};

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

/** The health terms, with the abbreviations that stand for a disease here. */
const healthHits = (text: string, hits: LexiconHits): readonly LexiconHit[] => {
  const short = hits.of('healthAbbreviation');
  if (short.length === 0) return hits.of('health');
  const diseases = short.filter((hit) => isDiseaseAbbreviation(text, hit));
  return diseases.length === 0 ? hits.of('health') : [...hits.of('health'), ...diseases];
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
        kind === 'health' ? healthHits(text, hits) : hits.of(kind),
        ENTITY[kind],
        kind === 'health' ? 'health' : 'special_category',
      ),
    );
  },
};
