import type { Span } from '../spans.js';
import { columnValues } from './columns.js';
import { type LexiconHit, type LexiconHits, type LexiconKind, lexiconHits } from './index.js';
import { spansWithin } from './near.js';
import { capitalisedWords, type NameToken, type Tokens } from './tokens.js';

/** How a name was recognised: the cue before it, or a first name followed by a surname. */
export type NameCue = 'salutation' | 'title' | 'greeting' | 'closing' | 'role' | 'label' | 'pair';

/** A person's name in the text. */
export interface NameSpan extends Span {
  readonly cue: NameCue;
}

// What may stand between a cue and the name ("Frau Dr. von Weizsäcker", "Name: ", "Regards,\n").
const AFTER_SALUTATION =
  /[ \t]{1,3}(?:(?:dr|prof|doktor|professor|dott|ing|mag|mgr|dipl\.-ing|ir|drs)\.?[ \t]{1,3}){0,3}(?:(?:von|van|de|del|della|di|da|du|le|la|zu|ten|ter|dos|das|der|den)[ \t]{1,2}){0,2}/iy;
const AFTER_GREETING = /,?[ \t]{1,3}/y;
const AFTER_CLOSING = /[,.!]?[ \t]{0,3}(?:\r?\n[ \t]{0,3}){1,3}|,[ \t]{1,3}/y;
// "VG Anna", "Cheers Priya": a closing that opens its line, then the name on the same line.
const CLOSING_SAME_LINE = /[ \t]{1,3}/y;
const AFTER_ROLE = /[ \t]{0,2}[:,]?[ \t]{1,3}/y;
// "Name: ", "\"name\": \"", or the element's own tag: "<firstName>" (not "<label for=\"name\">").
const AFTER_LABEL = /(?<=<[\p{L}_-]{1,40})>|["']?[ \t]{0,2}[:=][ \t]{0,3}["']?[ \t]{0,2}/uy;
const ADJACENT = /^[ \u00a0]$/;
// "Sanne de Vries", "Ludwig van der Rohe": particles inside a name.
const PARTICLES =
  /^[ \u00a0](?:(?:von|van|de|der|den|da|di|del|della|dos|das|du|le|la|ten|ter|zu)[ \u00a0]){1,2}$/;
const SURNAME_FIRST = /^,[ \u00a0]$/;
// A first name joined to a street word is a street: 'Anna-Str.', 'Jan-Weg'.
const STREET_JOINED =
  /-(?:str|strasse|straße|weg|platz|allee|gasse|ring|damm|ufer|pad|laan|straat)$/;
// Passenger lists and tickets: "MÜLLER/ANNA MRS", "SMITH/JOHN MR".
const PASSENGER_GAP = /^\/$/;
const PASSENGER_TITLE = /^ (?:MRS|MR|MS|MISS|MSTR|DR)(?![\p{L}\p{N}])/u;
const MAX_PARTS = 4;

// Capitalised words that follow salutations but are no name ("Sehr geehrte Frau Doktor").
const NOT_A_NAME = new Set(
  ['the', 'a', 'an', 'our', 'your', 'my', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine']
    .concat(['sie', 'ihr', 'ihre', 'le', 'la', 'les', 'un', 'une', 'il', 'lo', 'gli', 'el', 'los'])
    .concat(['las', 'het', 'een', 'o', 'os', 'as', 'um', 'uma', 'det', 'en', 'ett', 'und', 'and'])
    .concat(['et', 'y', 'e', 'of', 'team', 'sir', 'madam', 'damen', 'herren', 'doktor', 'minister'])
    .concat(['ministerin', 'president', 'präsident', 'präsidentin', 'direktor', 'direktorin'])
    .concat(['director', 'kanzlerin', 'kanzler', 'bürgermeister', 'bürgermeisterin', 'kollege'])
    .concat(['kollegin', 'kunde', 'kundin', 'customer', 'client', 'cliente', 'support', 'service'])
    .concat(['all', 'everyone', 'there', 'world', 'zusammen', 'alle', 'tous', 'todos', 'tutti'])
    .concat([
      'colleagues',
      'friends',
      'members',
      'folks',
      'guys',
      'parents',
      'customers',
      'kollegen',
    ])
    .concat([
      'kolleginnen',
      'freunde',
      'leute',
      'collègues',
      'amis',
      'colleghi',
      'amici',
      'ragazzi',
    ])
    .concat([
      'compañeros',
      'amigos',
      'chicos',
      'vrienden',
      'allemaal',
      'koledzy',
      'państwo',
      'colegas',
    ])
    .concat([
      'kollegor',
      'vänner',
      'alla',
      'sir',
      'madam',
      'madame',
      'monsieur',
      'signore',
      'señor',
    ])
    .concat([
      'herr',
      'frau',
      'mr',
      'mrs',
      'ms',
      'dr',
      'prof',
      'pan',
      'pani',
      'happy',
      'good',
      'new',
    ])
    .concat(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
    .concat([
      'sig',
      'sra',
      'srta',
      'sr',
      'exmo',
      'exma',
      'dott',
      'dhr',
      'mevr',
      'mme',
      'mlle',
      'hr',
    ])
    .concat([
      'fr',
      'ing',
      'mag',
      'mgr',
      'gentile',
      'gentili',
      'egregio',
      'caro',
      'cara',
      'estimado',
    ])
    .concat([
      'estimada',
      'querido',
      'querida',
      'liebe',
      'lieber',
      'beste',
      'kära',
      'drogi',
      'droga',
    ]),
);
// Place names that start like a first name: 'Santa Cruz', 'San Sebastián', 'Sankt Gallen'.
const PLACE_PREFIX = new Set([
  'santa',
  'san',
  'santo',
  'são',
  'sao',
  'sankt',
  'saint',
  'sainte',
  'st',
]);
// Surname endings that are names whatever the gazetteer says (Polish, Czech, Slavic, Romanian,
// Nordic, Greek): 'Kamińska', 'Dvořáková', 'Popescu', 'Karlsson', 'Papadopoulos'.
const SURNAME_SHAPE =
  /(?:ska|cka|dzka|ski|cki|dzki|wicz|czyk|ová|ovic|ović|escu|eanu|sson|poulos|akis|idis|opoulou)$/;
// After a greeting, a capitalised word then a comma, '!' or the end is addressed: a name.
const VOCATIVE_END = /^[ \t]*(?:[,!:]|$|\r?\n)/;

const CUE_KINDS = [
  'salutation',
  'title',
  'greeting',
  'closing',
  'role',
  'roleNoun',
  'labelName',
  'labelFirst',
  'labelLast',
] as const satisfies readonly LexiconKind[];
type CueKind = (typeof CUE_KINDS)[number];

const GAP: Readonly<Record<CueKind, RegExp>> = {
  salutation: AFTER_SALUTATION,
  title: AFTER_SALUTATION,
  greeting: AFTER_GREETING,
  closing: AFTER_CLOSING,
  role: AFTER_ROLE,
  roleNoun: AFTER_ROLE,
  labelName: AFTER_LABEL,
  labelFirst: AFTER_LABEL,
  labelLast: AFTER_LABEL,
};

const CUE_OF: Readonly<Record<CueKind, NameCue>> = {
  salutation: 'salutation',
  title: 'title',
  greeting: 'greeting',
  closing: 'closing',
  role: 'role',
  roleNoun: 'role',
  labelName: 'label',
  labelFirst: 'label',
  labelLast: 'label',
};

const first = (token: NameToken): boolean => token.first;
const last = (token: NameToken): boolean => token.last;
const known = (token: NameToken): boolean => token.first || token.last;
const plain = (token: NameToken): boolean => !NOT_A_NAME.has(token.folded);
const surnameShaped = (token: NameToken): boolean =>
  !token.allCaps && SURNAME_SHAPE.test(token.folded) && token.folded.length > 5;
const vocative = (text: string, token: NameToken): boolean =>
  !token.allCaps && plain(token) && VOCATIVE_END.test(text.slice(token.end, token.end + 4));

const followsDirectly = (text: string, a: NameToken, b: NameToken | undefined): boolean =>
  b !== undefined && ADJACENT.test(text.slice(a.end, b.start));

/** Index of the token right after the cue and what may follow it, or -1. */
const tokenAfter = (text: string, tokens: Tokens, hit: LexiconHit, gap: RegExp): number => {
  gap.lastIndex = hit.end;
  const skipped = gap.exec(text);
  return tokens.at(skipped === null ? hit.end : hit.end + skipped[0].length);
};

/** Whether the words from `index` on make a name after this kind of cue. */
const accepts = (text: string, list: readonly NameToken[], index: number, kind: CueKind) => {
  const token = list[index] as NameToken;
  const next = list[index + 1];
  const pairsWithNext = followsDirectly(text, token, next);
  switch (kind) {
    case 'salutation':
    case 'labelFirst':
    case 'labelLast':
      return plain(token) && (!token.allCaps || known(token));
    case 'greeting':
      return plain(token) && (first(token) || vocative(text, token));
    case 'closing':
      return first(token) || (pairsWithNext && last(next as NameToken));
    case 'title':
    case 'role':
    case 'roleNoun':
      return (
        plain(token) &&
        (known(token) ||
          surnameShaped(token) ||
          (kind === 'title' && vocative(text, token)) ||
          (pairsWithNext && known(next as NameToken)))
      );
    case 'labelName':
      return pairsWithNext && (known(token) || known(next as NameToken));
  }
};

/** The span from `index` over the name parts that follow it directly. */
const runFrom = (text: string, list: readonly NameToken[], index: number): Span => {
  let end = index;
  while (end - index < MAX_PARTS - 1 && end + 1 < list.length) {
    const next = list[end + 1] as NameToken;
    const gap = text.slice((list[end] as NameToken).end, next.start);
    if (!(ADJACENT.test(gap) || PARTICLES.test(gap)) || !known(next)) break;
    end += 1;
  }
  return { start: (list[index] as NameToken).start, end: (list[end] as NameToken).end };
};

/** A clear first name that is no street ('Anna', not 'Rose' nor 'Anna-Str.'). */
const clearFirstName = (token: NameToken): boolean =>
  first(token) && !token.ambiguous && !token.allCaps && !STREET_JOINED.test(token.folded);

/**
 * "Name: MÜLLER, Anna": after a name label, a surname (known or not, in capitals or not), a
 * comma, then a clear first name; the surname no everyday word or place ('BERLIN, Anna').
 */
const labelledSurnameFirst = (text: string, list: readonly NameToken[], index: number) => {
  const surname = list[index] as NameToken;
  const given = list[index + 1];
  return (
    given !== undefined &&
    plain(surname) &&
    !surname.ambiguous &&
    SURNAME_FIRST.test(text.slice(surname.end, given.start)) &&
    clearFirstName(given)
  );
};

/** Whether only spaces or tabs stand between the start of its line and `at`. */
const opensLine = (text: string, at: number): boolean => {
  let before = at - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before -= 1;
  return before < 0 || text[before] === '\n';
};

/**
 * Index of a clear first name on the closing's own line ("VG Anna"), or -1: only after a closing
 * that opens its line, so that "das VG Anna" in a sentence is none.
 */
const signedOnSameLine = (text: string, tokens: Tokens, hit: LexiconHit): number => {
  if (!opensLine(text, hit.start)) return -1;
  const index = tokenAfter(text, tokens, hit, CLOSING_SAME_LINE);
  const token = tokens.list[index];
  return token !== undefined && clearFirstName(token) ? index : -1;
};

const cuedNames = (text: string, tokens: Tokens): NameSpan[] => {
  const hits = lexiconHits(text);
  const names: NameSpan[] = [];
  for (const kind of CUE_KINDS) {
    for (const hit of hits.of(kind)) {
      const index = tokenAfter(text, tokens, hit, GAP[kind]);
      if (kind === 'closing' && index < 0) {
        const signed = signedOnSameLine(text, tokens, hit);
        if (signed >= 0) names.push({ ...runFrom(text, tokens.list, signed), cue: 'closing' });
        continue;
      }
      if (index < 0) continue;
      if (kind === 'labelName' && labelledSurnameFirst(text, tokens.list, index)) {
        const given = tokens.list[index + 1] as NameToken;
        names.push({
          start: (tokens.list[index] as NameToken).start,
          end: given.end,
          cue: 'label',
        });
      } else if (accepts(text, tokens.list, index, kind)) {
        names.push({ ...runFrom(text, tokens.list, index), cue: CUE_OF[kind] });
      }
    }
  }
  return names;
};

const bothAmbiguous = (a: NameToken, b: NameToken): boolean => a.ambiguous && b.ambiguous;

/** "Oliver Nakamura", "Priya Robinson": a clear first name, then a capitalised word that is no
 * everyday word (another name, or one the gazetteer lacks). */
const likelySurname = (a: NameToken, b: NameToken): boolean =>
  !a.ambiguous && !a.allCaps && !b.allCaps && !b.ambiguous && plain(b) && b.folded.length >= 3;

/** "MÜLLER/ANNA MRS": in capitals, surname and first name, both known or one with a title. */
const passenger = (text: string, a: NameToken, b: NameToken, gap: string): boolean =>
  a.allCaps &&
  b.allCaps &&
  PASSENGER_GAP.test(gap) &&
  (PASSENGER_TITLE.test(text.slice(b.end, b.end + 6)) ? last(a) || first(b) : last(a) && first(b));

/** Whether the word at `index` follows 'Santa', 'San', 'Sankt'... directly. */
const afterPlacePrefix = (text: string, list: readonly NameToken[], index: number): boolean => {
  const before = list[index - 1];
  const word = list[index] as NameToken;
  return (
    before !== undefined &&
    PLACE_PREFIX.has(before.folded) &&
    ADJACENT.test(text.slice(before.end, word.start))
  );
};

/** "Anna Schmidt" or "Sanne de Vries" (first name, surname), "Schmidt, Anna" or
 * "SCHMIDT, Anna" (both from the gazetteers) or "SCHMIDT/ANNA MRS". */
const pairedNames = (text: string, list: readonly NameToken[]): NameSpan[] => {
  const names: NameSpan[] = [];
  for (let i = 0; i + 1 < list.length; i++) {
    const a = list[i] as NameToken;
    const b = list[i + 1] as NameToken;
    // Mixed case only as "MÜLLER, Anna": a surname in capitals, then the first name.
    const capsFirst = a.allCaps && !b.allCaps;
    if (a.allCaps !== b.allCaps && !capsFirst) continue;
    if (bothAmbiguous(a, b) || PLACE_PREFIX.has(a.folded)) continue;
    const gap = text.slice(a.end, b.start);
    // "Sanne de Vries", "Karl von Habsburg": the particles stand between first name and surname;
    // but "Santa Maria da Feira", "San Pedro del Pinatar" are places.
    const joined = ADJACENT.test(gap) || (PARTICLES.test(gap) && !afterPlacePrefix(text, list, i));
    const direct = !capsFirst && joined && first(a) && (last(b) || likelySurname(a, b));
    const reversed =
      SURNAME_FIRST.test(gap) &&
      last(a) &&
      !a.ambiguous &&
      (capsFirst ? clearFirstName(b) : first(b) && !b.ambiguous);
    if (direct) names.push({ ...runFrom(text, list, i), cue: 'pair' });
    else if (reversed || passenger(text, a, b, gap)) {
      names.push({ start: a.start, end: b.end, cue: 'pair' });
    }
  }
  return names;
};

const COLUMN_KINDS = ['labelFirst', 'labelLast', 'labelName'] as const satisfies CueKind[];

/** Names in a table column headed by a name label ("vorname;nachname\nAnna;Weber"). */
const columnNames = (text: string, tokens: Tokens): NameSpan[] => {
  const hits = lexiconHits(text);
  const names: NameSpan[] = [];
  for (const kind of COLUMN_KINDS) {
    for (const cell of columnValues(text, hits.of(kind))) {
      const index = tokens.at(cell.start);
      if (index < 0 || !accepts(text, tokens.list, index, kind)) continue;
      names.push({ ...runFrom(text, tokens.list, index), cue: 'label' });
    }
  }
  return names;
};

/** Overlapping names merged into one span (the first cue found is kept). */
const merged = (names: NameSpan[]): NameSpan[] => {
  const out: NameSpan[] = [];
  for (const name of names.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out.at(-1);
    if (last !== undefined && name.start < last.end) {
      if (name.end > last.end) out[out.length - 1] = { ...last, end: name.end };
    } else {
      out.push(name);
    }
  }
  return out;
};

// "rue Victor Hugo", "piazzale Carlo Magno", "Karl Marx Allee": a street named after someone.
const BEFORE_STREET_NAME =
  /^[ \t]{1,2}(?:(?:de|del|della|di|da|do|dos|das|du|des|la|le|von|van|der|dr\.?)[ \t]{1,2}){0,2}$/i;
const BEFORE_STREET_WORD = /^[ \t-]{0,2}$/;
const STREET_REACH = 16;

const isStreetName = (text: string, name: Span, hits: LexiconHits): boolean =>
  spansWithin(hits.of('streetBefore'), name.start - STREET_REACH, name.start).some(
    (word) => word.end <= name.start && BEFORE_STREET_NAME.test(text.slice(word.end, name.start)),
  ) ||
  spansWithin(hits.of('streetAfter'), name.end, name.end + 3).some(
    (word) => word.start >= name.end && BEFORE_STREET_WORD.test(text.slice(name.end, word.start)),
  );

let cachedText: string | undefined;
let cachedNames: readonly NameSpan[] = [];

/** People's names: a capitalised word after a cue, or a known first name and a surname. */
export const findPersonNames = (text: string): readonly NameSpan[] => {
  if (text !== cachedText) {
    const tokens = capitalisedWords(text);
    cachedNames =
      tokens.list.length === 0
        ? []
        : merged([
            ...cuedNames(text, tokens),
            ...columnNames(text, tokens),
            ...pairedNames(text, tokens.list),
          ]).filter((name) => !isStreetName(text, name, lexiconHits(text)));
    cachedText = text;
  }
  return cachedNames;
};
