import { inBusinessContext } from '../business-context.js';
import { upperView, writtenInLowerCase } from '../case-view.js';
import { columnHeaderOf } from '../column-header.js';
import { contextPattern, hasAnyContext, hasContextNear } from '../context.js';
import { EDGE_LETTERS } from '../letters.js';
import { foldText } from '../lexicon/fold.js';
import { type LexiconHits, lexiconHits } from '../lexicon/index.js';
import { isPlaceholderStreet } from '../lexicon/made-up.js';
import { spansWithin } from '../lexicon/near.js';
import type { Finding, Recognizer } from '../recognizer.js';
import { type Span, spanMatcher, textPattern, toFinding, tokenStarts } from '../spans.js';

const PARTICLE =
  "(?:de|del|della|delle|dei|degli|di|da|do|dos|das|des|du|la|le|les|el|los|las|l'|d'|san|santa|são|von|van|der|den|y|e)";
// Between the words of an address: one or two spaces or tabs, or a line break where a mail client
// wrapped the line ("Laan van Meerdervoort 52, 2517\nAM Den Haag").
const SPACE = '(?:[ \\t]{1,2}| ?\\r?\\n)';
const WORD = "\\p{Lu}[\\p{L}'’.-]{1,30}";
// A house number: '12', '12a', '12 b', '12-14', '5/7', 'Nr. 3', 'nº 24'; not a reference's part
// opening with a zero after its hyphen ("Naročilo št. 2024-0315": blind set 122).
const HOUSE = `(?:n[º°o.]{1,2}[ \\t]?|nr\\.?[ \\t]?)?\\d{1,4}(?:[ \\t]?[a-zA-Z](?![${EDGE_LETTERS}\\d]))?(?:[ \\t]?[-/][ \\t]?(?!0)\\d{1,4}[a-zA-Z]?)?(?![${EDGE_LETTERS}\\d]|[-/]0)`;
// After "Via", "Calle", "ul.": the street's name (particles, words), a comma maybe, the number;
// not a number that opens the next line after a full stop (a numbered list: "… via SSO.\n2.").
const NAME_THEN_NUMBER = new RegExp(
  `${SPACE}(?:${PARTICLE}${SPACE}){0,3}${WORD}(?:${SPACE}(?:${PARTICLE}${SPACE}){0,2}\\p{Lu}?[\\p{L}'’.-]{1,30}){0,4}?,?(?:[ \\t]{1,2}|(?<!\\.) ?\\r?\\n)${HOUSE}`,
  'uy',
);
// After "rue", "avenue" in French order: the name only ("12 rue de la Paix").
const NAME_ONLY = new RegExp(`${SPACE}(?:${PARTICLE}${SPACE}){0,3}${WORD}`, 'uy');
const NUMBER_BEFORE = new RegExp(
  String.raw`(?<![${EDGE_LETTERS}\d])\d{1,4}(?:[ \t]?(?:bis|ter|[a-zA-Z]))?,?(?:[ \t]{1,2}| ?\r?\n)$`,
  'u',
);
// Before "Street", "Road": a number and one to three capitalised words ("221B Baker Street").
const NUMBER_AND_NAME_BEFORE = new RegExp(
  `(?<![${EDGE_LETTERS}\\d])\\d{1,4}[a-zA-Z]?,?${SPACE}(?:${WORD}${SPACE}){1,3}$`,
  'u',
);
// Before a separate "Straße", "utca", "gatan": capitalised words ("Berliner Straße", "Kossuth utca").
const NAME_BEFORE = new RegExp(`(?<![${EDGE_LETTERS}\\d])${WORD}${SPACE}$`, 'u');
const NUMBER_AFTER = new RegExp(`\\.?,?(?:[ \\t]{1,3}| ?\\r?\\n)${HOUSE}`, 'uy');
const UPPER_START = /^\p{Lu}/u;
// In a table, the house number in the cell after the street's, under a header naming it
// ("street,door,notes\n…,Larkhill Road,14,…", "Straße;Hausnummer"): not a count in a column of
// counts ("Hauptstraße;120;Fahrzeuge pro Stunde").
const CELL_NUMBER_AFTER = /[,;\t|][ \t]*"?(\d{1,4}[a-zA-Z]?)"?[ \t]*(?=[,;\t|]|\r?\n|$)/y;
const HOUSE_HEADER =
  /^[ \t"]*(?:door|door_?no|house|house_?no|house_?number|house_?nr|no|nr|number|num|hausnummer|hausnr|haus_?nr|huisnummer|huisnr|numero|número|numéro|n[º°o]|civico|numero_?civico|husnummer|husnr|nummer|číslo|číslo_?popisné|broj|numer|nr_?domu|talonumero|házszám|kućni_?broj|hišna_?številka|numar|număr)[ \t"]*$/iu;

const cellNumberAfter = (text: string, at: number): number | undefined => {
  CELL_NUMBER_AFTER.lastIndex = at;
  const match = CELL_NUMBER_AFTER.exec(text);
  if (match === null) return undefined;
  const number = match[1] as string;
  const start = at + match[0].indexOf(number);
  const header = columnHeaderOf(text, { start, end: start + number.length });
  return header !== undefined && HOUSE_HEADER.test(text.slice(header.start, header.end))
    ? start + number.length
    : undefined;
};
// Postcodes of the EU, UK and CH, followed by a place name where the format alone is weak.
const POSTCODE = new RegExp(
  String.raw`(?<![${EDGE_LETTERS}\d-])(?:(?:[A-Z]{1,2}-)?\d{4,5}(?:[ \t]{1,2}| ?\r?\n)\p{Lu}\p{L}{2,}|\d{4}(?:[ \t]?| ?\r?\n)[A-Z]{2}(?![${EDGE_LETTERS}\d])|\d{2}-\d{3}(?:[ \t]{1,2}| ?\r?\n)\p{Lu}|\d{4}-\d{3}(?:[ \t]{1,2}| ?\r?\n)\p{Lu}|\d{3}[ \t]\d{2}(?:[ \t]{1,2}| ?\r?\n)\p{Lu}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![${EDGE_LETTERS}\d]))`,
  'u',
);
// A postcode and a place (five digits, '1234 AB', '12-345', '1234-567', '123 45'), for addresses
// without a street word ("Am Mühlbach 4, 04109 Leipzig", "Laan van Meerdervoort 52, 2517 AM").
const COMMA_POSTCODE_AND_PLACE =
  /,(?:[ \t]{1,2}| ?\r?\n)(?:\d{5}|\d{4}(?:[ \t]?| ?\r?\n)[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{3}[ \t]\d{2})(?:[ \t]{1,2}| ?\r?\n)\p{Lu}/gu;
const STREET_NAME_BEFORE = `(?<![${EDGE_LETTERS}\\d])${WORD}(?:${SPACE}(?:${PARTICLE}|${WORD})){0,3}${SPACE}`;
const STREET_AND_NUMBER_BEFORE = new RegExp(`${STREET_NAME_BEFORE}\\d{1,4}[a-zA-Z]?,$`, 'u');
// Before a Czech or Slovak ('120 00') or Polish ('00-238') postcode, the number may have a second
// after a slash: 'Vinohradská 1234/56', 'Długa 5/7' (before five digits, "Stand 12/2024, 15000
// Einwohner" is a date and a count).
const SLASHED_STREET_BEFORE = new RegExp(
  `${STREET_NAME_BEFORE}\\d{1,4}[a-zA-Z]?/\\d{1,3}[a-zA-Z]?,$`,
  'u',
);
const SLASHED_POSTCODE = /^,[ \t]*(?:\d{3}[ \t]\d{2}|\d{2}-\d{3})/;
const BEFORE = 100;
const POSTCODE_WINDOW = 40;

const sticky = (pattern: RegExp, text: string, at: number): number | undefined => {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match === null ? undefined : at + match[0].length;
};

const DIGIT = /\d/;

/** Where `pattern` (anchored at its end with $) matches just before `at`, within `reach`. */
const matchBefore = (
  pattern: RegExp,
  text: string,
  at: number,
  reach: number,
): number | undefined => {
  const from = Math.max(0, at - reach);
  const match = pattern.exec(text.slice(from, at));
  return match === null ? undefined : from + match.index;
};

/** A digit shortly before `at`: prose full of "place" and "way" skips the costly patterns. */
const digitBefore = (text: string, at: number, reach: number): boolean =>
  DIGIT.test(text.slice(Math.max(0, at - reach), at));

const hasPostcodeAfter = (text: string, end: number): boolean =>
  POSTCODE.test(text.slice(end, end + POSTCODE_WINDOW));

// Words in lower case in a street's name before its number: two of them are a sentence going on
// after the name ("la plaza de Cervantes tienen conectores Tipo 2", "via Alessandro Manzoni
// resterà chiusa lunedì 2", "calle Federico García Lorca entre los números 2 y 60": a
// hundred-and-thirty-fifth set), no street. Not counted: particles (also the Italian 'in' and
// 'a': "Via Santa Maria in Trastevere 5", "Via Porta a mare 5"), abbreviations ('kard.', 'n.',
// 'núm.'), a number's word ('número', 'nº', 'nr'). One is a street's own ("Via XX settembre n.
// 41", "ul. Krakowskie przedmieście 5a").
const LOWER_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])(?!(?:${PARTICLE}|in|a|n[º°o]|nr|num|numero|número|numéro|nummer)(?![\\p{L}]))\\p{Ll}[\\p{L}'’-]*(?![\\p{L}'’-]*\\.)`,
  'gu',
);
const MAX_LOWER_WORDS = 1;
// The name's end: before the house number (HOUSE) and what leads it
const NAME_END = /(?:,?[ \t]*(?:n[º°o.]{1,2}|nr\.?|núm\.?|num\.?)?[ \t]*)?\d[\s\S]*$/u;

/** "Via Roma 12", "Calle Mayor, 5", "ul. Długa 5/7", or French "12 rue de la Paix". */
const streetBefore = (text: string, hit: Span): Span | undefined => {
  const end = sticky(NAME_THEN_NUMBER, text, hit.end);
  if (
    end !== undefined &&
    (text.slice(hit.end, end).replace(NAME_END, '').match(LOWER_WORD)?.length ?? 0) <=
      MAX_LOWER_WORDS
  ) {
    return { start: hit.start, end };
  }
  const start = matchBefore(NUMBER_BEFORE, text, hit.start, 16);
  const nameEnd = start === undefined ? undefined : sticky(NAME_ONLY, text, hit.end);
  return start === undefined || nameEnd === undefined ? undefined : { start, end: nameEnd };
};

// A full stop after a word of four letters or more ends a sentence, not an abbreviation ('St.',
// 'Mt.'): "on Sunday 3 November. Entries close 20 October" is a date and the next sentence (blind
// set 120 of the forty-second session), no "Entries Close".
const MONTH_AFTER =
  /^(?:st|nd|rd|th)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?![\p{L}])/iu;
const SENTENCE_END_WITHIN = /\p{L}{4,}\.[ \t]/u;

/** "10 Downing Street", or a separate street word between a name and a number. */
const streetAfter = (text: string, hit: Span): Span | undefined => {
  const start = digitBefore(text, hit.start, BEFORE)
    ? matchBefore(NUMBER_AND_NAME_BEFORE, text, hit.start, BEFORE)
    : undefined;
  if (start !== undefined && !SENTENCE_END_WITHIN.test(text.slice(start, hit.start))) {
    return { start, end: hit.end };
  }
  const nameStart = matchBefore(NAME_BEFORE, text, hit.start, 34);
  const end =
    nameStart === undefined
      ? undefined
      : (sticky(NUMBER_AFTER, text, hit.end) ?? cellNumberAfter(text, hit.end));
  // … nor a day before its month ("Entries close 20 October")
  if (end !== undefined && MONTH_AFTER.test(text.slice(end, end + 12))) return undefined;
  return nameStart === undefined || end === undefined ? undefined : { start: nameStart, end };
};

/** "19 Elm Row": a number and the street's name before the word, and nothing else. */
const numberedStreetAfter = (text: string, hit: Span): Span | undefined => {
  if (
    !UPPER_START.test(text.slice(hit.start, hit.start + 1)) ||
    !digitBefore(text, hit.start, BEFORE)
  ) {
    return undefined;
  }
  const start = matchBefore(NUMBER_AND_NAME_BEFORE, text, hit.start, BEFORE);
  return start === undefined ? undefined : { start, end: hit.end };
};

// After a short street word ("Užupio g. 19"): a comma and a capitalised place, or a postcode.
const PLACE_AFTER = /^[ \t]?,[ \t]{1,2}\p{Lu}/u;
// A street's name in the Lithuanian genitive, told by its letters: 'Žirmūnų', 'Laisvės'.
const LITHUANIAN_GENITIVE = /(?:ų|ės)[ \t]{1,2}\S{1,5}$/u;

/** "Užupio g. 19, Vilnius", "Savanorių pr. 211", "Pärnu mnt 22, Tallinn": a short street word
 * after the name counts before a place or postcode, or after a Lithuanian genitive. */
const shortStreetAfter = (text: string, hit: Span): Span | undefined => {
  const span = streetAfter(text, hit);
  if (span === undefined) return undefined;
  const after = text.slice(span.end, span.end + POSTCODE_WINDOW);
  return PLACE_AFTER.test(after) ||
    hasPostcodeAfter(text, span.end) ||
    LITHUANIAN_GENITIVE.test(text.slice(span.start, hit.end))
    ? span
    : undefined;
};

/** "Goethestraße 12a", "Kerkstraat 5", "Storgatan 3"; weak endings need a postcode after. */
const compound = (text: string, hit: Span, weak: boolean): Span | undefined => {
  if (!UPPER_START.test(text.slice(hit.start, hit.start + 1))) return undefined;
  const end = sticky(NUMBER_AFTER, text, hit.end) ?? cellNumberAfter(text, hit.end);
  if (end === undefined || (weak && !hasPostcodeAfter(text, end))) return undefined;
  return { start: hit.start, end };
};

/**
 * "Am Mühlbach 4, 04109 Leipzig", "Vinohradská 1234/56, 120 00 Praha 2": a street, a number, a
 * comma, then a postcode and a place.
 */
const beforePostcodes = (text: string): Span[] => {
  if (!/\d/.test(text)) return [];
  const spans: Span[] = [];
  for (const match of text.matchAll(COMMA_POSTCODE_AND_PLACE)) {
    const start =
      matchBefore(STREET_AND_NUMBER_BEFORE, text, match.index + 1, BEFORE) ??
      (SLASHED_POSTCODE.test(match[0])
        ? matchBefore(SLASHED_STREET_BEFORE, text, match.index + 1, BEFORE)
        : undefined);
    if (start !== undefined) spans.push({ start, end: match.index });
  }
  return spans;
};

// The postcode right after the street, or after a town ("137 park drive, bristol vi1 2sh").
const POSTCODE_NEXT = new RegExp(
  `^\\.?,?[ \\t]{1,2}(?:\\p{L}{2,30}[ \\t]{1,2}){0,2}(?:${POSTCODE.source})`,
  'u',
);
const POSTCODE_REACH = 80;
const STREET_KINDS = [
  'streetBefore',
  'streetAfter',
  'streetAfterShort',
  'streetAfterNumbered',
  'streetSuffix',
  'streetSuffixWeak',
] as const;

/** The span from the first street word in it on ("Laan van Meerdervoort 52"), or undefined. */
const fromStreetWord = (hits: LexiconHits, span: Span): Span | undefined => {
  let start = span.end;
  for (const kind of STREET_KINDS) {
    for (const hit of spansWithin(hits.of(kind), span.start, span.end)) {
      if (hit.start >= span.start && hit.end <= span.end) start = Math.min(start, hit.start);
    }
  }
  return start < span.end ? { start, end: span.end } : undefined;
};

/**
 * Streets with a number, and "Am Mühlbach 4, 04109 Leipzig" (with a street word in it only, if
 * `streetWord`: "Laan van Meerdervoort 52, 2517 AM").
 */
const candidates = (text: string, hits: LexiconHits, streetWord = false): Span[] => {
  const beforePostcode = beforePostcodes(text);
  const spans: (Span | undefined)[] = [
    ...hits.of('streetBefore').map((hit) => streetBefore(text, hit)),
    ...hits.of('streetAfter').map((hit) => streetAfter(text, hit)),
    ...hits.of('streetAfterShort').map((hit) => shortStreetAfter(text, hit)),
    ...hits.of('streetAfterNumbered').map((hit) => numberedStreetAfter(text, hit)),
    ...hits.of('streetSuffix').map((hit) => compound(text, hit, false)),
    ...hits.of('streetSuffixWeak').map((hit) => compound(text, hit, true)),
    ...(streetWord ? beforePostcode.map((span) => fromStreetWord(hits, span)) : beforePostcode),
  ];
  return spans
    .filter((span): span is Span => span !== undefined)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((span, i, all) => i === 0 || span.start >= (all[i - 1] as Span).end);
};

/**
 * In a text written in lower case, the patterns (made for capitalised names and postcodes) read
 * its capitals view, letter for letter, and a street word and number count only before a
 * postcode ("i live at 137 park drive, bristol vi1 2sh", "goethestraße 12, 53154 berlin"), maybe
 * past a flat or a floor, or after an address label on their line ("lieferadresse: …").
 */
const lowerCaseCandidates = (text: string, hits: LexiconHits): Span[] => {
  if (!STREET_KINDS.some((kind) => hits.of(kind).length > 0) || !writtenInLowerCase(text)) {
    return [];
  }
  const view = upperView(text);
  return candidates(view, hits, true).filter(
    (span) =>
      POSTCODE_NEXT.test(view.slice(span.end, span.end + POSTCODE_REACH)) ||
      POSTCODE_LATER.test(lineAfter(view, span.end)) ||
      ADDRESS_LABEL_BEFORE.test(foldText(lineBefore(text, span.start))),
  );
};

// After a suffix to the number or one part of the address with a number in it (a flat, a floor, a
// staircase: "gärtnerstraße 41, seitenflügel 2. og, 10245 berlin", "van ostadestraat 118-ii, 1073
// tj amsterdam"), the postcode; not after other words ("rosenweg 7 ist gesperrt, 04109 leipzig").
const POSTCODE_LATER = new RegExp(
  `^(?:-[A-Z0-9]{1,4})?(?:,[ \\t]{0,2}[^,\\n]{0,24}?\\d[^,\\n]{0,12})?,[ \\t]{0,2}(?:${POSTCODE.source})`,
  'u',
);
const LINE_REACH = 48;
const lineAfter = (text: string, end: number): string => {
  const rest = text.slice(end, end + LINE_REACH);
  const newline = rest.indexOf('\n');
  return newline < 0 ? rest : rest.slice(0, newline);
};
const lineBefore = (text: string, start: number): string => {
  const before = text.slice(Math.max(0, start - LINE_REACH), start);
  return before.slice(before.lastIndexOf('\n') + 1);
};
// A label of a delivery or home address right before it, folded: "lieferadresse: gärtnerstraße
// 41", "adreça d'entrega: carrer de verdi 58", "prosím doručit na adresu: vinohradská 1234/56".
const ADDRESS_LABEL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[
    ...['address', 'home address', 'delivery address', 'adresse', 'lieferadresse', 'anschrift'],
    ...['wohnadresse', 'adres', 'adresa', 'adresu', 'adrese', 'adreca', 'adresas', 'adressi'],
    ...['indirizzo', 'direccion', 'endereco', 'morada', 'osoite', 'aadress', 'naslov', 'cim'],
    ...['woonadres', 'afleveradres', 'bostadsadress', 'leveransadress', 'seoladh'],
    ...['διευθυνση', 'адрес', 'адреса'],
  ].join('|')})(?:[ \\t]+[\\p{L}'’]{1,12}){0,2}[ \\t]*[:=-][ \\t]*$`,
  'u',
);

// An Irish Eircode names one dwelling or business ('D02 X285', 'A65F4E2'): a routing key (a letter
// and two digits, or D6W) and four characters from a set without look-alikes. Alone it is a whole
// address, so it counts labelled by its name or an address word ("Eircode: D02 X285"), or ending
// an address line near one (", Dublin 6, D06 F2X3"); other codes of that shape are product codes.
const EIRCODE = textPattern(
  String.raw`(?<![\p{L}\p{N}])(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}(?![\p{L}\p{N}])`,
  'gu',
);
const eircodes = spanMatcher(EIRCODE, tokenStarts(3, 7));
const EIRCODE_WORDS = contextPattern(
  [],
  [
    ...['eircode', 'address', 'home address', 'postcode', 'post code', 'postal code', 'seoladh'],
    ...['ship to', 'deliver to'],
  ],
);
const AFTER_COMMA = /,[ \t]?$/;
// The label right before it: "Eircode: D02 X285", "my eircode is D02X285", "address - A65 F4E2".
const LABEL_BEFORE =
  /(?:eircode|address|post ?code|postal code|seoladh|ship to|deliver to)[ \t]*(?:is[ \t]+|[:=-][ \t]*)?["'(]?$/;
const LABEL_REACH = 32;

// Both ways of counting need one of the words: most texts have none, and skip the pattern.
const eircodeCandidates = (text: string): Span[] =>
  !hasAnyContext(text, EIRCODE_WORDS)
    ? []
    : eircodes(text).filter(
        (span) =>
          LABEL_BEFORE.test(
            foldText(text.slice(Math.max(0, span.start - LABEL_REACH), span.start)),
          ) ||
          (AFTER_COMMA.test(text.slice(Math.max(0, span.start - 2), span.start)) &&
            hasContextNear(text, span, EIRCODE_WORDS)),
      );

// A stretch of a street by the range of its numbers, as an outage or roadworks notice gives it
// ("ul. Jana Pawła II nr 37–61", "bloki 1–7, ul. Bulwarowa"): no one's home. The range touches
// the address found. Not a building's few numbers ("Hauptstraße 12–14"), nor, on a Baltic street,
// a house and its flat, which Lithuanian, Latvian and Estonian join by a hyphen ("Žirmūnų g.
// 12-45", "Avotu iela 9-21", "Anne tn 60-80"; a typeset dash is read so too, in the normalised
// view).
const RANGE = /(?<!\d)(\d{1,4})[ \t]?[–—-][ \t]?(\d{1,4})(?!\d)/gu;
const BALTIC_STREET =
  /(?<![\p{L}\p{N}])(?:g\.|gatvė|gatve|pr\.|prospektas|al\.|iela|bulvāris|tn\.?|tänav|mnt\.?|maantee|pst\.?|puiestee)(?![\p{L}\p{N}])/iu;
const RANGE_REACH = 8;
const WIDEST_BUILDING = 6;
const isStretch = (text: string, span: Span): boolean => {
  if (BALTIC_STREET.test(text.slice(span.start, span.end))) return false;
  const from = Math.max(0, span.start - RANGE_REACH);
  for (const range of text.slice(from, span.end + RANGE_REACH).matchAll(RANGE)) {
    const start = from + range.index;
    const end = start + range[0].length;
    const wide = Number(range[2]) - Number(range[1]) >= WIDEST_BUILDING;
    if (start < span.end && end > span.start && wide) return true;
  }
  return false;
};

/** Street addresses (street word + number); by a company or venue and no person, a business's. */
export const postalAddressRecognizer: Recognizer = {
  name: 'postal-address',
  entities: ['POSTAL_ADDRESS'],
  find: (text) => {
    const hits = lexiconHits(text);
    const streets = candidates(text, hits).filter((span) => !isStretch(text, span));
    const found = [
      ...(streets.length > 0 ? streets : lowerCaseCandidates(text, hits)),
      ...eircodeCandidates(text),
    ].filter((span) => !isPlaceholderStreet(text.slice(span.start, span.end)));
    return found.map(
      (span): Finding =>
        inBusinessContext(text, span, true)
          ? toFinding(span, {
              type: 'POSTAL_ADDRESS',
              category: 'business_id',
              score: 0.6,
              recognizer: 'postal-address',
              detail: 'business',
            })
          : toFinding(span, {
              type: 'POSTAL_ADDRESS',
              category: 'location',
              score: hasPostcodeAfter(text, span.end) ? 0.85 : 0.7,
              recognizer: 'postal-address',
            }),
    );
  },
};
