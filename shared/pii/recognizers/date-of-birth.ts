import { EDGE_ALNUM } from '../letters.js';
import { columnValues } from '../lexicon/columns.js';
import { COMMON_WORDS } from '../lexicon/common-words.js';
import { foldText } from '../lexicon/fold.js';
import { lexiconHits } from '../lexicon/index.js';
import { isKnownName } from '../lexicon/names.js';
import { firstEndingFrom } from '../lexicon/near.js';
import { capitalisedWords } from '../lexicon/tokens.js';
import type { Finding, Recognizer } from '../recognizer.js';
import { type Span, toFinding } from '../spans.js';

// Between the label and the date: punctuation and little words ("geb. am", "né le", "born on the",
// "my birthday is", "mein Geburtstag ist am").
// A birthplace may come first: "nato a Milano il", "né à Lyon le", "geboren in Wien am", in Arabic
// with no word between ("مواليد حلب ١٢/٠٤/١٩٨٨", born Aleppo 12/04/1988). Labels
// are also written as an XML tag ("<dob>"), a table cell ("| DOB |"), with a dash ("DOB - "), a
// format hint ("DOB (dd/mm/yyyy):") or alone on their line, the date on the next; or asked in a
// transcript's turn, the date answered in the next ("date of birth?\nCaller: 12.03.1979").
const GAP =
  /(?:>|["']?[ \t]{0,2}(?:\((?:[DdMmYyJjTtGgAaRr]{1,4}[./ -]?){3}\)[ \t]{0,2})?[:=|–—?-]?[ \t]{0,3}(?:\r?\n[ \t]{0,3}(?:(?:\[[^[\]\n]{1,24}\][ \t]{0,2})?\p{L}[\p{L}\p{N}]{0,15}(?:[ ._-][\p{L}\p{N}]{1,16})?[ \t]{0,2}:[ \t]{0,3})?)?["']?[ \t]{0,2})(?:(?:a|à|in|en|em|w|i)[ \t]\p{Lu}[\p{L}-]{1,30},?[ \t]{1,2}|[\u0621-\u064a]{2,20}[،,]?[ \t]{1,2})?(?:(?:am|on|the|le|il|el|em|op|den|dnia|a|de|på|w|dia|is|was|ist|war|est|était|es|era|fue|è|é|foi|är|var|jest|był|była)(?: ?\r?\n|[ \t]{1,2})){0,2}/uy;
// A full stop may close the date ("rođen 12.03.1985.", as Croatian, Hungarian and Slovene write it,
// or at the end of a sentence), not continue it ("12.03.1985.7").
const NUMERIC = /(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?![\d/-]|\.\d)/y;
const ISO = /(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?![\d/-]|\.\d)/y;
// A space after each full stop, as Czech, Slovak, Slovene, Croatian, German and Hungarian style
// guides write dates ("3. 5. 1980", "1980. 05. 03."): a four-digit year only.
const SPACED = /(\d{1,2})\. (\d{1,2})\. (\d{4})(?!\d|\.\d)/y;
const SPACED_ISO = /(\d{4})\. (\d{1,2})\. (\d{1,2})(?!\d|\.\d)/y;
// Maltese writes "3 ta' Mejju 1980", Catalan "3 d'abril de 1980".
const DAY_MONTH_YEAR =
  /(\d{1,2})(?:\.|er|º|st|nd|rd|th)?(?: ?\r?\n|[ \t])(?:(?:de|of|ta['’])(?: ?\r?\n|[ \t])|d['’](?=\p{L}))?(\p{L}{3,12})\.?,?(?: ?\r?\n|[ \t])(?:de(?: ?\r?\n|[ \t]))?(\d{4})(?!\d)/uy;
// "12-MAR-1985", "12MAR85": the month abbreviated, as airlines and banks write it.
const DAY_MON_YEAR = new RegExp(
  String.raw`(\d{1,2})-?(\p{L}{3})-?(\d{4}|\d{2})(?![${EDGE_ALNUM}])`,
  'uy',
);
// Year first with the month spelt out: Hungarian "1980. május 3.", Lithuanian "1980 m. gegužės 3 d.";
// Latvian "1980. gada 3. maijā" (the day before the month).
const YEAR_MONTH_DAY = /(\d{4})(?:\.|[ \t]m\.)?[ \t](\p{L}{3,12})\.?[ \t](\d{1,2})(?!\d)/uy;
const YEAR_DAY_MONTH = new RegExp(
  String.raw`(\d{4})\.?[ \t]gada[ \t](\d{1,2})\.[ \t](\p{L}{3,12})(?![${EDGE_ALNUM}])`,
  'uy',
);
// The month in Roman numerals, as Polish, Czech, Hungarian and Romanian forms write it
// ("23.VII.1985", "23 VII 1985", "23-VII-1985"), the same separator twice.
const ROMAN_MONTH = /(\d{1,2})([ .-])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\2(\d{4})(?!\d)/y;
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
// Spaces around each separator ("23 / 07 / 1985"), a four-digit year.
const SPACED_SEPARATORS = /(\d{1,2}) ([./-]) (\d{1,2}) \2 (\d{4})(?!\d)/y;
// A form field's or an export's compact date ("DOB: 19850723"), year first.
const COMPACT_ISO = /((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/y;
// Day first, compact, the year in two digits or four ("DOB: 230785", "geb. 23071985").
const COMPACT_DAY_FIRST = /(\d{2})(\d{2})((?:19|20)?\d{2})(?!\d)/y;
const MONTH_DAY_YEAR =
  /(\p{L}{3,12})\.?(?: ?\r?\n|[ \t])(\d{1,2})(?:st|nd|rd|th)?,?(?: ?\r?\n|[ \t])(\d{4})(?!\d)/uy;

// Days in each month (February with its leap day).
const DAYS_OF = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Month names and abbreviations (folded) in the nine languages and Estonian, Polish also in the
// genitive.
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    'january february march april may june july august september october november december',
    'jan feb mar apr may jun jul aug sep sept oct nov dec',
    'januar februar marz april mai juni juli august september oktober november dezember',
    'janner jan feb marz apr mai jun jul aug sep okt nov dez',
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
    'janv fevr mars avr mai juin juil aout sept oct nov dec',
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'ene feb mar abr may jun jul ago sep oct nov dic',
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
    'gen feb mar apr mag giu lug ago set ott nov dic',
    'januari februari maart april mei juni juli augustus september oktober november december',
    'jan feb mrt apr mei jun jul aug sep okt nov dec',
    'styczen luty marzec kwiecien maj czerwiec lipiec sierpien wrzesien pazdziernik listopad grudzien',
    'stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia',
    'janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro',
    'jan fev mar abr mai jun jul ago set out nov dez',
    'januari februari mars april maj juni juli augusti september oktober november december',
    'jan feb mar apr maj jun jul aug sep okt nov dec',
    'jaanuar veebruar marts aprill mai juuni juuli august september oktoober november detsember',
  ].flatMap((line) => line.split(' ').map((name, index): [string, number] => [name, index + 1])),
);

// The other EU/EEA languages, written as they are and folded here; the forms dates use (genitive,
// partitive, locative) beside the nominative. A name two languages give different months
// (Czech and Polish 'listopad' is November, Croatian October) keeps the one with more days, so a
// valid date in either language is read as one.
const MORE_MONTHS = [
  // cs
  'leden únor březen duben květen červen červenec srpen září říjen listopad prosinec',
  'ledna února března dubna května června července srpna září října listopadu prosince',
  // sk
  'január február marec apríl máj jún júl august september október november december',
  'januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra',
  // sl
  'januar februar marec april maj junij julij avgust september oktober november december',
  'januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra',
  // hr
  'siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac',
  'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca',
  'sij velj ožu tra svi lip srp kol ruj lis stu pro',
  // hu
  'január február március április május június július augusztus szeptember október november december',
  'jan febr márc ápr máj jún júl aug szept okt nov dec',
  // ro
  'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
  // bg
  'януари февруари март април май юни юли август септември октомври ноември декември',
  // el (genitive, as dates write it, and the nominative)
  'Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου',
  'Ιανουάριος Φεβρουάριος Μάρτιος Απρίλιος Μάιος Ιούνιος Ιούλιος Αύγουστος Σεπτέμβριος Οκτώβριος Νοέμβριος Δεκέμβριος',
  // fi (partitive, as dates write it, and the nominative)
  'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
  'tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu',
  // da, no
  'januar februar marts april maj juni juli august september oktober november december',
  'januar februar mars april mai juni juli august september oktober november desember',
  // is
  'janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember',
  // lt (genitive, as dates write it)
  'sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio',
  // lv (nominative and locative)
  'janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris decembris',
  'janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī',
  // mt
  'jannar frar marzu april mejju ġunju lulju awwissu settembru ottubru novembru diċembru',
  // ca, gl, eu
  'gener febrer març abril maig juny juliol agost setembre octubre novembre desembre',
  'xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro',
  'urtarrila otsaila martxoa apirila maiatza ekaina uztaila abuztua iraila urria azaroa abendua',
];
for (const line of MORE_MONTHS) {
  line.split(' ').forEach((name, index) => {
    const key = foldText(name);
    const known = MONTHS.get(key);
    if (known === undefined || (DAYS_OF[index + 1] ?? 0) > (DAYS_OF[known] ?? 0)) {
      (MONTHS as Map<string, number>).set(key, index + 1);
    }
  });
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2035;

const fullYear = (year: number): number => (year >= 100 ? year : year + (year > 35 ? 1900 : 2000));

const isDate = (day: number, month: number, year: number): boolean => {
  const y = fullYear(year);
  const days = DAYS_OF[month] ?? 0;
  return day >= 1 && day <= days && y >= MIN_YEAR && y <= MAX_YEAR;
};

type Reader = (match: RegExpExecArray) => boolean;

const number = (value: string | undefined): number => Number(value);
const month = (name: string | undefined): number => MONTHS.get(foldText(name ?? '')) ?? 0;

/** Day, month and year in digits or, failing that, month first (US). */
const dayOrMonthFirst = (a?: string, b?: string, y?: string): boolean =>
  isDate(number(a), number(b), number(y)) || isDate(number(b), number(a), number(y));

/** Year, month and day in digits. */
const yearFirst: Reader = ([, y, m, d]) => isDate(number(d), number(m), number(y));

/** Day, month and year in digits, in that order. */
const dayFirst: Reader = ([, d, m, y]) => isDate(number(d), number(m), number(y));

// Day-first or, failing that, month-first (US); ISO year-first; spelt-out months either way.
const FORMS: readonly [RegExp, Reader][] = [
  [NUMERIC, ([, a, b, y]) => dayOrMonthFirst(a, b, y)],
  [ISO, yearFirst],
  [SPACED, dayFirst],
  [SPACED_ISO, yearFirst],
  [DAY_MONTH_YEAR, ([, d, m, y]) => isDate(number(d), month(m), number(y))],
  [MONTH_DAY_YEAR, ([, m, d, y]) => isDate(number(d), month(m), number(y))],
  [DAY_MON_YEAR, ([, d, m, y]) => isDate(number(d), month(m), number(y))],
  [YEAR_MONTH_DAY, ([, y, m, d]) => isDate(number(d), month(m), number(y))],
  [YEAR_DAY_MONTH, ([, y, d, m]) => isDate(number(d), month(m), number(y))],
  [ROMAN_MONTH, ([, d, , m, y]) => isDate(number(d), ROMAN_MONTHS.indexOf(m ?? '') + 1, number(y))],
  [SPACED_SEPARATORS, ([, a, , b, y]) => dayOrMonthFirst(a, b, y)],
  [COMPACT_ISO, yearFirst],
  [COMPACT_DAY_FIRST, dayFirst],
];

// A date said in English words, as a call transcript writes it: "the twelfth of March nineteen
// seventy-nine", "March 12th, nineteen seventy nine", "twelve March two thousand and three". The
// day in words or digits, the month by name, the year in digits or words ("nineteen oh five",
// "twenty twelve", "two thousand and three", or "seventy-nine" alone).
const SAID = new RegExp(
  String.raw`(?:[ \t,-]{1,3}|[ \t,]{0,2}\r?\n[ \t]{0,3})?([A-Za-z]{2,12}|\d{1,2}(?:st|nd|rd|th)?|\d{4})(?![${EDGE_ALNUM}])`,
  'uy',
);
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ORDINAL_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen'];
const MORE_TEENS = ['seventeen', 'eighteen', 'nineteen'];
const ORDINAL_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth'];
const MORE_ORDINAL_TEENS = ['sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SAID_UNITS = new Map<string, number>([
  ...UNITS.map((word, index): [string, number] => [word, index + 1]),
  ...[...ORDINAL_UNITS, 'ninth'].map((word, index): [string, number] => [word, index + 1]),
]);
const SAID_TEENS = new Map<string, number>([
  ...[...TEENS, ...MORE_TEENS].map((word, index): [string, number] => [word, index + 10]),
  ...[...ORDINAL_TEENS, ...MORE_ORDINAL_TEENS].map((word, index): [string, number] => [
    word,
    index + 10,
  ]),
]);
const SAID_TENS = new Map<string, number>([
  ...TENS.map((word, index): [string, number] => [word, (index + 2) * 10]),
  ['twentieth', 20],
  ['thirtieth', 30],
]);
const CARDINAL_UNITS = new Map(UNITS.map((word, index): [string, number] => [word, index + 1]));
const ORDINAL_DIGITS = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const ZERO_WORDS = new Set(['oh', 'o', 'zero']);
const YEAR_DIGITS = /^(?:\d{2}|\d{4})$/;

type Said = readonly { readonly word: string; readonly end: number }[];

/** The words from `at` on, lower case, with where each ends (at most `max`). */
const saidWords = (text: string, at: number, max: number): Said => {
  const words: { word: string; end: number }[] = [];
  let from = at;
  while (words.length < max) {
    SAID.lastIndex = from;
    const match = SAID.exec(text);
    if (match === null || (words.length === 0 && match[0] !== match[1])) break;
    words.push({ word: (match[1] as string).toLowerCase(), end: from + match[0].length });
    from += match[0].length;
  }
  return words;
};

/** A number of one or two words from `i`: 1 to 99 ('twenty-first', 'seventy nine', '12th'). */
const saidNumber = (words: Said, i: number): { value: number; next: number } | undefined => {
  const word = words[i]?.word;
  if (word === undefined) return undefined;
  const digits = ORDINAL_DIGITS.exec(word);
  if (digits !== null) return { value: Number(digits[1]), next: i + 1 };
  const unit = SAID_UNITS.get(word) ?? SAID_TEENS.get(word);
  if (unit !== undefined) return { value: unit, next: i + 1 };
  const tens = SAID_TENS.get(word);
  if (tens === undefined) return undefined;
  const after = SAID_UNITS.get(words[i + 1]?.word ?? '');
  return after === undefined || word.endsWith('th')
    ? { value: tens, next: i + 1 }
    : { value: tens + after, next: i + 2 };
};

/** A year from `i`: two or four digits, or words ('nineteen seventy-nine', 'two thousand and three'). */
const saidYear = (words: Said, i: number): { value: number; next: number } | undefined => {
  const word = words[i]?.word;
  if (word === undefined) return undefined;
  if (YEAR_DIGITS.test(word)) return { value: Number(word), next: i + 1 };
  if (word === 'two' && words[i + 1]?.word === 'thousand') {
    let j = i + 2;
    if (words[j]?.word === 'and') j += 1;
    const rest = saidCardinal(words, j);
    return rest === undefined
      ? { value: 2000, next: i + 2 }
      : { value: 2000 + rest.value, next: rest.next };
  }
  const century = word === 'nineteen' ? 1900 : word === 'twenty' ? 2000 : undefined;
  const next = words[i + 1]?.word;
  if (century !== undefined && next !== undefined) {
    if (next === 'hundred') return { value: century, next: i + 2 };
    const zero = ZERO_WORDS.has(next) ? CARDINAL_UNITS.get(words[i + 2]?.word ?? '') : undefined;
    if (zero !== undefined) return { value: century + zero, next: i + 3 };
    const rest = saidCardinal(words, i + 1);
    if (rest !== undefined && rest.value >= 10)
      return { value: century + rest.value, next: rest.next };
  }
  // A two-digit year alone ("seventy-nine").
  const short = saidCardinal(words, i);
  return short !== undefined && short.value >= 20 ? short : undefined;
};

/** A cardinal of one or two words from `i` (no ordinals, no digits): 1 to 99. */
const saidCardinal = (words: Said, i: number): { value: number; next: number } | undefined => {
  const word = words[i]?.word ?? '';
  if (ORDINAL_DIGITS.test(word) || word.endsWith('th') || ORDINAL_UNITS.includes(word)) {
    return undefined;
  }
  return saidNumber(words, i);
};

/** A date of birth said in words from `at`, day first or month first. */
const saidDateAt = (text: string, at: number): Span | undefined => {
  const words = saidWords(text, at, 9);
  const end = (next: number): Span => ({ start: at, end: (words[next - 1] as Said[number]).end });
  let i = words[0]?.word === 'the' ? 1 : 0;
  const day = saidNumber(words, i);
  if (day !== undefined) {
    i = words[day.next]?.word === 'of' ? day.next + 1 : day.next;
    const named = month(words[i]?.word);
    const year = named === 0 ? undefined : saidYear(words, i + 1);
    return year !== undefined && isDate(day.value, named, year.value) ? end(year.next) : undefined;
  }
  const named = month(words[0]?.word);
  if (named === 0) return undefined;
  i = words[1]?.word === 'the' ? 2 : 1;
  const dayAfter = saidNumber(words, i);
  const year = dayAfter === undefined ? undefined : saidYear(words, dayAfter.next);
  return dayAfter !== undefined && year !== undefined && isDate(dayAfter.value, named, year.value)
    ? end(year.next)
    : undefined;
};

const dateAt = (text: string, at: number): Span | undefined => {
  for (const [pattern, valid] of FORMS) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match !== null && valid(match)) return { start: at, end: at + match[0].length };
  }
  return saidDateAt(text, at);
};

// "NATO" is not the Italian "nato" (born).
const ACRONYM = /^NATO$/;

const dateAfter = (text: string, label: Span): Span | undefined => {
  if (ACRONYM.test(text.slice(label.start, label.end))) return undefined;
  GAP.lastIndex = label.end;
  const gap = GAP.exec(text);
  return dateAt(text, label.end + (gap?.[0].length ?? 0));
};

// "Henna Lehtovaara (s. 15.3.1982)", "Anna Berg, f. 1982-03-15": abbreviations of "born" too
// short to be a label anywhere (Finnish 's.' syntynyt, Swedish, Danish and Norwegian 'f.' född,
// født, English 'b.', Italian, Spanish and Portuguese 'n.' nato, nacido, nascido, Estonian 'snd',
// Latvian 'dz.' dzimis, Slovene 'roj.' rojen, Croatian 'rođ.' rođen, and the genealogists' '*'
// of every language), in brackets or after a
// comma right after a name, then a date. ASCII only, and a bracket or comma to start at: no
// Unicode scan of the whole text.
const SHORT_BIRTH = /[(,][ \t]{0,2}(?:[sfbn]\.|\*|snd\.?|dz\.|roj\.|rođ\.)[ \t]{0,2}(?=\d)/g;
// Between the name and the bracket or comma.
const NAME_GAP = /^[ \t]{0,2}$/;

/** Whether a person's name ends right before `at`: two capitalised words (one a known name),
 * "Henna Lehtovaara", or surname first, "Lehtovaara, Henna". In text written in lower case (or
 * a line in capitals read so), two such words in lower case, one of them in the gazetteer even
 * as an everyday word ('henna lehtovaara (s. 15.3.1982)'): the abbreviation and a whole date
 * after them say enough. */
const nameBefore = (text: string, at: number): boolean => {
  const { list } = capitalisedWords(text);
  const index = firstEndingFrom(list, at + 1) - 1;
  const b = list[index];
  const a = list[index - 1];
  if (a === undefined || b === undefined || !NAME_GAP.test(text.slice(b.end, at))) return false;
  const gap = text.slice(a.end, b.start);
  if (gap !== ' ' && gap !== ', ') return false;
  if ([a, b].every((word) => word.lower && !COMMON_WORDS.has(word.folded))) {
    return [a, b].some((word) => isKnownName(word.folded));
  }
  return (
    [a, b].every((word) => word.cased && !word.allCaps && !COMMON_WORDS.has(word.folded)) &&
    (a.first || a.last || b.first || b.last)
  );
};

/** Dates after a short birth abbreviation right after a name. */
const afterNames = (text: string): Span[] => {
  if (!text.includes('.') && !text.includes('snd')) return [];
  const spans: Span[] = [];
  for (const match of text.matchAll(SHORT_BIRTH)) {
    const span = dateAt(text, match.index + match[0].length);
    if (span !== undefined && nameBefore(text, match.index)) spans.push(span);
  }
  return spans;
};

const birthDate = (span: Span): Finding =>
  toFinding(span, {
    type: 'DATE_OF_BIRTH',
    category: 'demographic',
    score: 0.85,
    recognizer: 'date-of-birth',
  });

/** Valid dates right after a birth label ("geb.", "né le", "DOB", "ur.", "född"). */
export const dateOfBirthRecognizer: Recognizer = {
  name: 'date-of-birth',
  entities: ['DATE_OF_BIRTH'],
  find: (text) => {
    const findings: Finding[] = [];
    let lastEnd = -1;
    for (const label of lexiconHits(text).of('birth')) {
      const span = dateAfter(text, label);
      if (span === undefined || span.start < lastEnd) continue;
      lastEnd = span.end;
      findings.push(birthDate(span));
    }
    for (const span of afterNames(text)) {
      if (!findings.some((found) => found.start === span.start)) findings.push(birthDate(span));
    }
    // A column of a table headed by a birth label ("name;geburtsdatum\nAnna Weber;12.03.1985").
    for (const cell of columnValues(text, lexiconHits(text).of('birth'))) {
      const span = dateAt(text, cell.start);
      if (span !== undefined) findings.push(birthDate(span));
    }
    return findings;
  },
};
