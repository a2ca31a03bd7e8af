import { anyCase } from '../any-case.js';
import { EDGE_ALNUM, EDGE_LETTERS } from '../letters.js';
import { foldText } from '../lexicon/fold.js';
import {
  type LexiconHit,
  type LexiconHits,
  lexiconHits,
  type SpecialCategory,
} from '../lexicon/index.js';
import { isPlaceholderSlot } from '../lexicon/made-up.js';
import { spansWithin } from '../lexicon/near.js';
import { isInName, isNameSubject, personCueFor } from '../lexicon/person-context.js';
import { recordTableHeads } from '../lexicon/record-table.js';
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

// Membership phrases before a named union, folded (EN, DE, FR, ES, IT, NL, PL, PT, SV): "member
// of Unite", "Mitglied der GEW", "adhérent à SUD", "afiliado a USO", "iscritta alla UGL", "lid van
// de AC", "członkiem Solidarności", "sócio do STAL", "medlem i Kommunal", "gick med i Unionen".
const MEMBERSHIP_PHRASES = [
  'member of(?: the)?',
  'joined(?: the)?',
  'rep for(?: the)?',
  'mitglied (?:der|bei(?: der)?|in der|im)',
  'adherente? (?:a|de|chez)(?: la)?',
  'membre (?:de|du)(?: la)?',
  'syndiquee? (?:a|chez)(?: la)?',
  'afiliad[oa] (?:a|al)(?: la)?',
  'miembro del?(?: la)?',
  'iscritt[oa] (?:a|al|alla)',
  'tesserat[oa](?: (?:della|alla))?',
  'lid (?:van|bij)(?: de)?',
  'czlon(?:kiem|ek|kinia|kini)',
  'nalez[ey] do',
  'dziala(?:m)? w',
  'soci[oa] d[oa]',
  'filiad[oa] (?:a|ao)',
  'membro d[oa]',
  'medlem(?:mar)? (?:i|av)',
  '(?:gick |gatt |gar )?med i',
  'ansluten till',
  'organiserad i',
  '(?:medlems)?avgift(?:en)? till',
];
const MEMBERSHIP_BEFORE = new RegExp(
  `(?<![${EDGE_LETTERS}])(?:${MEMBERSHIP_PHRASES.join('|')})[ \\t]{1,2}$`,
  'u',
);
const MEMBERSHIP_REACH = 32;
// Or a word after it: "GMB member", "GEW-Mitglied".
const MEMBERSHIP_AFTER = new RegExp(
  `^[ \\t-](?:${anyCase('member|rep|steward|shop steward|mitglied|medlem')})(?![${EDGE_LETTERS}])`,
  'u',
);
const UPPER = /\p{Lu}/u;
// In lower case the name counts only with no word after it ("medlem i kommunal." but not "med i
// kommunal regi"), or a word that opens the next part of the sentence.
const NO_WORD_AFTER =
  /^(?:[ \t]*(?:$|\r?\n|[^\p{L}\s])|[ \t]+(?:och|sedan|sen|men|som|nu|också|and|since|und|seit|et|depuis|y|desde|e|da|en|sinds|oraz|od)(?![\p{L}]))/u;

/**
 * Named unions ('Kommunal', 'Unite', 'GEW') in a membership phrase, as union hits over the phrase
 * and the name; the name written with its capital, or in lower case with no word after it.
 */
const namedUnions = (text: string, hits: LexiconHits): LexiconHit[] => {
  const found: LexiconHit[] = [];
  const terms = hits.of('union');
  for (const hit of hits.of('unionName')) {
    // A union term over the name already counts ("member of Unite the Union").
    if (spansWithin(terms, hit.start, hit.end).some((term) => term.start < hit.end)) continue;
    const written =
      UPPER.test(text.charAt(hit.start)) || NO_WORD_AFTER.test(text.slice(hit.end, hit.end + 12));
    if (!written) continue;
    if (MEMBERSHIP_AFTER.test(text.slice(hit.end, hit.end + 14))) {
      found.push({ kind: 'union', start: hit.start, end: hit.end });
      continue;
    }
    const from = Math.max(0, hit.start - MEMBERSHIP_REACH);
    const phrase = MEMBERSHIP_BEFORE.exec(foldText(text.slice(from, hit.start)));
    if (phrase !== null) found.push({ kind: 'union', start: from + phrase.index, end: hit.end });
  }
  return found;
};

// A party after a vote verb: an article at most, then a capitalised word or an acronym ("votes for
// Labour", "votează cu AUR", "stemt op de PVV"); after a word of membership, an acronym alone.
const PARTY_AFTER_VOTE = new RegExp(
  String.raw`^[ \t]+(?:(?:the|die|den|der|la|le|el|il|de|het|o|a|az|na|no)[ \t]+)?\p{Lu}[\p{L}\p{N}-]*(?![${EDGE_ALNUM}])`,
  'u',
);
const PARTY_AFTER_MEMBER = new RegExp(
  String.raw`^[ \t]+\p{Lu}[\p{Lu}\p{N}]*\p{Lu}[\p{L}]*(?![${EDGE_ALNUM}])`,
  'u',
);

/**
 * Vote verbs and words of membership with a party after them, said of a person: political
 * findings over both. The subject may be a capitalised word after a comma (isNameSubject, loose).
 */
const votedParties = (text: string, hits: LexiconHits): Finding[] => {
  const found: Finding[] = [];
  for (const kind of ['voteVerb', 'partyMember'] as const) {
    const party = kind === 'voteVerb' ? PARTY_AFTER_VOTE : PARTY_AFTER_MEMBER;
    for (const hit of hits.of(kind)) {
      const match = party.exec(text.slice(hit.end, hit.end + 40));
      if (match === null) continue;
      const span: LexiconHit = {
        kind: 'political',
        start: hit.start,
        end: hit.end + match[0].length,
      };
      if (isInName(text, span)) continue;
      const cue =
        personCueFor(text, span) ?? (isNameSubject(text, span, true) ? 'name' : undefined);
      if (cue === undefined) continue;
      const score = cue === 'self' || cue === 'name' ? 0.8 : 0.7;
      found.push(
        toFinding(span, {
          type: 'POLITICAL_OPINION',
          category: 'special_category',
          score,
          recognizer: 'special',
          detail: cue,
        }),
      );
    }
  }
  return found;
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
    if (isInName(text, hit) || isPlaceholderSlot(text, hit)) continue;
    const cue = personCueFor(text, hit);
    if (cue === undefined) continue;
    const score = cue === 'self' || cue === 'name' ? 0.8 : 0.7;
    findings.push(toFinding(hit, { type, category, score, recognizer: 'special', detail: cue }));
  }
  return findings;
};

/**
 * The union terms, but not a party's name that reads as one: the Finnish '*liiton jäsen' ("member
 * of a -liitto") over 'Vasemmistoliiton jäsen' (the Left Alliance) is the party's, a political hit
 * from the same offset.
 */
const unionHits = (hits: LexiconHits): LexiconHit[] => {
  const parties = hits.of('political');
  return hits
    .of('union')
    .filter(
      (hit) => !spansWithin(parties, hit.start, hit.end).some((party) => party.start === hit.start),
    );
};

/** The health terms, with the abbreviations that stand for a disease here. */
const healthHits = (text: string, hits: LexiconHits): readonly LexiconHit[] => {
  const short = hits.of('healthAbbreviation');
  if (short.length === 0) return hits.of('health');
  const diseases = short.filter((hit) => isDiseaseAbbreviation(text, hit));
  return diseases.length === 0 ? hits.of('health') : [...hits.of('health'), ...diseases];
};

// After a month of pregnancy said with the pronoun ('ji jau septintą mėnesį'): the clause ends, or
// a pregnancy word follows ('nėščia', 'grūtniece', 'rase'); folded.
const PREGNANCY_MONTH_END = new RegExp(
  String.raw`^(?:[ \t]*(?:$|[\r\n,.;:!?)–-])|[ \t]+(?:nescia|nestumo|grutniece|grutniecibas|rase|raseduse)(?![${EDGE_ALNUM}]))`,
  'u',
);

/** Months of pregnancy whose clause ends after them: said of the woman the pronoun stands for. */
const pregnancyMonths = (text: string, hits: LexiconHits): Finding[] =>
  hits
    .of('pregnancyMonth')
    .filter((hit) => PREGNANCY_MONTH_END.test(foldText(text.slice(hit.end, hit.end + 16))))
    .map((hit) =>
      toFinding(hit, {
        type: 'HEALTH_DATA',
        category: 'health',
        score: 0.7,
        recognizer: 'special',
        detail: 'other',
      }),
    );

/** GDPR Art. 9 special categories in nine languages, counted only when said of a person. */
export const specialCategoryRecognizer: Recognizer = {
  name: 'special',
  entities: Object.values(ENTITY),
  find: (text) => {
    const hits = lexiconHits(text);
    const months = hits.of('pregnancyMonth').length === 0 ? [] : pregnancyMonths(text, hits);
    const votes =
      hits.of('voteVerb').length === 0 && hits.of('partyMember').length === 0
        ? months
        : months.concat(votedParties(text, hits));
    const tables = recordTableHeads(text, hits.of('health')).map((head) =>
      toFinding(head, {
        type: 'HEALTH_DATA',
        category: 'health',
        score: 0.7,
        recognizer: 'special',
        detail: 'record-table',
      }),
    );
    return votes.concat(
      tables,
      CATEGORIES.flatMap((kind) =>
        personalTerms(
          text,
          kind === 'union'
            ? [...unionHits(hits), ...namedUnions(text, hits)]
            : kind === 'health'
              ? healthHits(text, hits)
              : hits.of(kind),
          ENTITY[kind],
          kind === 'health' ? 'health' : 'special_category',
        ),
      ),
    );
  },
};
