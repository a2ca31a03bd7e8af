import { AMBIGUOUS_NAMES, FIRST_NAMES, LAST_NAMES } from '../data/names.js';

const FIRST = 1;
const LAST = 2;
const AMBIGUOUS = 4;

// Everyday English words and places that faker's word lists do not carry.
const MORE_AMBIGUOUS = [
  ...['will', 'mark', 'grace', 'bill', 'art', 'faith', 'dawn', 'eve', 'ivy', 'iris', 'lily'],
  ...['jade', 'ruby', 'amber', 'angel', 'hunter', 'mason', 'carter', 'cooper', 'prince', 'sky'],
  ...['river', 'stone', 'florence', 'sydney', 'austin', 'dallas', 'virginia', 'carolina'],
  ...['chelsea', 'santa', 'price', 'green', 'said', 'can', 'an', 'is', 'ok', 'dr'],
  // Cities that are also first names.
  ...['milano', 'roma', 'verona', 'florencia', 'firenze', 'venezia', 'siena', 'genova', 'paris'],
  ...['lyon', 'nice', 'lourdes', 'valencia', 'sevilla', 'granada', 'victoria', 'lisboa', 'porto'],
  ...['fatima', 'berlin', 'dresden', 'bremen', 'hamburg', 'london', 'dublin', 'cork', 'kingston'],
  ...['lincoln', 'chester', 'warszawa', 'lublin', 'malmö', 'malmo', 'kristiansand', 'sofia'],
  // Words of emergency services' names: Italian 'Soccorso' (rescue: "Corpo Nazionale Soccorso
  // Alpino"), Estonian 'Lõuna' (south: "Päästeameti Lõuna päästekeskus"), a forty-third set.
  ...['soccorso', 'louna'],
  // Portuguese 'Linha' (line: "Linha de apoio a sinistros"), the city of Bratislava (a
  // forty-sixth set)
  ...['linha', 'bratislava'],
  // Turkish 'İlçe' (district: "İl/İlçe: Ankara / Çankaya", a forty-eighth red-team set); the
  // German language ("written in German"), Spanish 'Germán' too
  ...['ilce', 'german'],
  // Spanish 'suele' (tends to) and 'lunes' (Monday), read as forms of names; Luxembourgish
  // 'Fraen' (women), read as 'Fran' with an umlaut (sets 41, 52 and 53)
  ...['suele', 'lunes', 'fraen'],
  // Estonian 'enim' (most), read as a form of a name (sets 22, 27, 28); the Turkish 'alımı'
  // (hiring: "Hemşire Alımı", a reviewer's finding), folded as the surname 'Alimi'
  ...['enim', 'alimi'],
];

/**
 * Where a two-letter prefix's names lie in sorted lines of names: from the line before the first
 * line that starts at or after the prefix (its end may hold some), through the lines that start
 * with it.
 */
const linesWith = (lines: readonly string[], prefix: string): readonly string[] => {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((lines[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < lines.length && (lines[end] as string).startsWith(prefix)) end += 1;
  return lines.slice(Math.max(0, low - 1), end);
};

const BY_FLAG: readonly (readonly [readonly string[], number])[] = [
  [FIRST_NAMES, FIRST],
  [LAST_NAMES, LAST],
  [AMBIGUOUS_NAMES, AMBIGUOUS],
];

/** The flags of every name starting with a two-letter prefix, from all lists. */
const bucketOf = (prefix: string): ReadonlyMap<string, number> => {
  const flags = new Map<string, number>();
  const mark = (word: string, flag: number): void => {
    if (word.startsWith(prefix)) flags.set(word, (flags.get(word) ?? 0) | flag);
  };
  for (const [lines, flag] of BY_FLAG) {
    for (const line of linesWith(lines, prefix))
      for (const word of line.split(' ')) mark(word, flag);
  }
  for (const word of MORE_AMBIGUOUS) mark(word, AMBIGUOUS);
  return flags;
};

// 26,000 names split into strings and hashed cost about 9 ms of cold start; a payload looks up
// words under a few hundred of the 700 prefixes, so each prefix's names are read on first use.
const BUCKETS = new Map<number, ReadonlyMap<string, number>>();

/** What a folded word is in the gazetteers: a bit set of nameFlags' values (0 if nothing). */
export const nameFlags = (folded: string): number => {
  // Every name has two characters at least (the build drops shorter ones).
  if (folded.length < 2) return 0;
  const key = folded.charCodeAt(0) * 65536 + folded.charCodeAt(1);
  let bucket = BUCKETS.get(key);
  if (bucket === undefined) {
    bucket = bucketOf(folded.slice(0, 2));
    BUCKETS.set(key, bucket);
  }
  return bucket.get(folded) ?? 0;
};

/** Whether a folded word is a first name in the gazetteer. */
export const isFirstName = (folded: string): boolean => (nameFlags(folded) & FIRST) !== 0;

/** Whether a folded word is a surname in the gazetteer. */
export const isLastName = (folded: string): boolean => (nameFlags(folded) & LAST) !== 0;

/** Whether a folded word is a known name of either kind. */
export const isKnownName = (folded: string): boolean => (nameFlags(folded) & (FIRST | LAST)) !== 0;

/** Whether a folded name is also an everyday word or a place ('Rose', 'Will', 'Paris'). */
export const isAmbiguousName = (folded: string): boolean => (nameFlags(folded) & AMBIGUOUS) !== 0;

/** The bits of nameFlags. */
export const NAME_FLAGS = { FIRST, LAST, AMBIGUOUS } as const;
