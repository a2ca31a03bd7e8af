import { LETTER } from './letters.js';
import { foldText } from './lexicon/fold.js';
import { lexiconHits } from './lexicon/index.js';
import { spansWithin } from './lexicon/near.js';
import { personCueFor } from './lexicon/person-context.js';
import { NAMED_PLACE_WORDS } from './lexicon/terms/place-words.js';
import type { Finding } from './recognizer.js';
import type { Span } from './spans.js';

const NAMED_VENUES: ReadonlySet<string> = new Set(NAMED_PLACE_WORDS.map(foldText));

/**
 * Whether a postal address or a customer number is a business's: a company, venue or office word
 * (the lexicon's 'business' terms) or a legal form written in capitals after a name stands around
 * it, or, for an address (`venues`), a kind of shop before it (the 'venue' terms: "Farmacia
 * Comunale — Via Garibaldi 27"), and nothing says a person is meant (no name, no "my", no role
 * word: person-context.ts). A shop's word does not make its customer's number the shop's.
 * Not used for phone numbers and mailboxes: next to a company's name they may be an employee's,
 * and stay personal (fail closed). Only words around the span count, not its street's name (the
 * station of "rue de la Gare"), and only within its record: not across a blank line or
 * into the next item of a list.
 */
export const inBusinessContext = (text: string, span: Span, venues = false): boolean => {
  const from = recordStart(text, Math.max(0, span.start - BEFORE), span.start);
  const to = recordEnd(text, span.end, Math.min(text.length, span.end + AFTER));
  const business =
    spansWithin(lexiconHits(text).of('business'), from, to).some(
      (hit) => hit.start >= from && hit.end <= to && !inStreetName(text, span, hit),
    ) || LEGAL_FORM.test(text.slice(from, to));
  // A kind of shop only on the address's own line ("Farmacia Comunale n. 3 — Via Garibaldi
  // 27"): one on a line above may be where someone shopped, not the address's business.
  const venueHits = venues
    ? spansWithin(lexiconHits(text).of('venue'), from, span.start).filter(
        (hit) =>
          hit.start >= from &&
          hit.end <= span.start &&
          !text.slice(hit.end, span.start).includes('\n'),
      )
    : [];
  // After a museum, a library, a restaurant, a parish or a campsite, which are named after people
  // and saints ("Muzeul Național George Enescu, Calea Victoriei 141": blind set 126), only a name
  // the name finder keeps, or a pronoun, says a person is meant: not a capitalised word of the
  // place's name.
  const namedPlace =
    !business &&
    venueHits.some((hit) => NAMED_VENUES.has(foldText(text.slice(hit.start, hit.end))));
  return (business || venueHits.length > 0) && personCueFor(text, span, namedPlace) === undefined;
};

/**
 * Whether a business word stands in the span's last line: the street's own name ("22 bis rue de la
 * Gare", "Station Road 4"), not a company's heading a span of several lines ("ACME GmbH\n
 * Hauptstraße 5").
 */
const inStreetName = (text: string, span: Span, hit: Span): boolean => {
  if (hit.start < span.start || hit.end > span.end) return false;
  return !text.slice(hit.end, span.end).includes('\n');
};

const BEFORE = 100;
const AFTER = 40;

// Where one record of a list ends and the next begins: a blank line, or a line that starts a list
// item ("- Entrepôt Lidl", "• ", "2. ", "b) "). A business word in the next item ("- 22 bis rue
// de la Gare … : la dame âgée …\n- Entrepôt Lidl : quai 4") is not the address's.
const RECORD_BREAK = /\r?\n[ \t]*(?:\r?\n|[-–*•·▪◦][ \t]|(?:\d{1,3}|[a-z])[.)][ \t])/g;

/** The start of the window [from, at): after the last record break in it, if any. */
const recordStart = (text: string, from: number, at: number): number => {
  const window = text.slice(from, at);
  if (!window.includes('\n')) return from;
  let start = from;
  RECORD_BREAK.lastIndex = 0;
  for (let match = RECORD_BREAK.exec(window); match !== null; match = RECORD_BREAK.exec(window)) {
    start = from + match.index + 1;
  }
  return start;
};

/** The end of the window [at, to): at the first record break in it, if any. */
const recordEnd = (text: string, at: number, to: number): number => {
  const window = text.slice(at, to);
  if (!window.includes('\n')) return to;
  RECORD_BREAK.lastIndex = 0;
  const match = RECORD_BREAK.exec(window);
  return match === null ? to : at + match.index;
};

// Legal forms written in capitals, which in lower case are everyday words ('AB', 'AS', 'Oy',
// 'OÜ', 'AG', 'KG', 'SA', 'SIA'): read case-sensitively, right after a capitalised name
// ("Norrlands Trävaror AB"), not after digits ("1012 AB Amsterdam"). Latin and Cyrillic letters
// spelt out as ranges, so that the pattern needs no 'u' flag: Unicode classes cost milliseconds
// to compile on a cold start's first call.
// The Baltic order puts the form first, the name after it, in quotes ('SIA “Daugavas Koks”',
// 'UAB „Vilniaus vandenys“') or, for a name of two capitalised words, without ('SIA Baltijas
// Koks'). Only the forms no other word is: 'AS', 'AB', 'MB' and 'IK' before a quote are English
// and units as often ('save it AS "Draft"', '2 MB "Rechnung"'), and would mark a person's address
// a business's; 'SIA licence holder' is no firm.
const LEGAL_FORM =
  /[A-ZÀ-ÖØ-ÞĀ-ɏΆ-ΏΑ-ΩА-Я][A-Za-zÀ-ÖØ-öø-ɏΆ-ώА-яЁёІіЇїЄє'’&.-]*[ \t](?:AB|Oy|OY|OÜ|AS|SIA|AG|KG|SE|SA|BV|NV|ApS|Kft\.?|Zrt\.?|Nyrt\.?|a\.s\.|ЕООД|ООД|АД|ЕАД)(?![A-Za-zÀ-ÖØ-öø-ɏΆ-ώА-я0-9])|(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])(?:(?:SIA|UAB|OÜ|VšĮ)[ \t]["“”„«][A-ZÀ-ÖØ-ÞĀ-ɏ]|(?:SIA|UAB)[ \t][A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ɏ]+[ \t][A-ZÀ-ÖØ-ÞĀ-ɏ])/;

const isCompanyVat = (finding: Finding): boolean =>
  finding.type === 'VAT_ID' &&
  finding.category === 'business_id' &&
  finding.recognizer === 'vat-id';
// The number and the company's VAT number in one block: no blank line between, a few lines apart.
const MAX_BLOCK_LINES = 3;
const BLANK_LINE = /\n[ \t\r]*\n/;
const BLOCK_REACH = 400;

/** The lines around a span up to a blank line, MAX_BLOCK_LINES each way at most. */
const blockOf = (text: string, span: Span): Span => {
  let start = span.start;
  for (let lines = 0; lines <= MAX_BLOCK_LINES && start > 0; lines++) {
    const previous = text.lastIndexOf('\n', start - 2);
    const from = previous + 1;
    if (span.start - from > BLOCK_REACH || text.slice(from, start).trim() === '') break;
    start = from;
  }
  let end = span.end;
  for (let lines = 0; lines <= MAX_BLOCK_LINES && end < text.length; lines++) {
    const next = text.indexOf('\n', end + 1);
    const to = next === -1 ? text.length : next;
    if (to - span.end > BLOCK_REACH || text.slice(end, to).trim() === '') break;
    end = to;
  }
  return { start, end };
};

/** A company's legal form in the VAT number's own block ("Tatranská Mliekareň a.s." above it). */
const namesItsCompany = (text: string, vat: Span): boolean => {
  const block = blockOf(text, vat);
  return (
    lexiconHits(text)
      .of('legalForm')
      .some((hit) => hit.start >= block.start && hit.end <= block.end) ||
    LEGAL_FORM.test(text.slice(block.start, block.end))
  );
};

// A legal form as no one writes it: a small letter, then a capital ('lTD' in random text).
const ODD_CASE = /^\p{Ll}.*\p{Lu}/u;

/**
 * Whether a legal form stands beside a name on its line: after it ('Ruiz SL') or before it, in
 * the order of the East ('ООО «Кузнецов и партнёры»'); not alone ('SL' on the line after a phone
 * number).
 */
const besideName = (text: string, form: Span): boolean => {
  const lineEnd = text.indexOf('\n', form.end);
  return (
    LETTER.test(text.slice(text.lastIndexOf('\n', form.start - 1) + 1, form.start)) ||
    LETTER.test(text.slice(form.end, lineEnd === -1 ? text.length : lineEnd))
  );
};

/**
 * Whether a span stands in a company's record: a legal form in its block of lines ("Kraushaar &
 * Söhne Immobilien GmbH · Am Stadthafen 12 · Tel. 0341 2 18 40-0", "Realitní kancelář Novák &
 * syn s.r.o., IČO 27184512, tel. 222 000 111": a seventy-ninth red-team set), written as one
 * writes it, beside a name on its line (not 'SL' alone on the line after a phone number), and no
 * person cue near the span.
 */
export const inCompanyRecord = (text: string, span: Span): boolean => {
  const block = blockOf(text, span);
  return (
    (lexiconHits(text)
      .of('legalForm')
      .some(
        (hit) =>
          hit.start >= block.start &&
          hit.end <= block.end &&
          !ODD_CASE.test(text.slice(hit.start, hit.end)) &&
          besideName(text, hit),
      ) ||
      LEGAL_FORM.test(text.slice(block.start, block.end))) &&
    personCueFor(text, span) === undefined
  );
};

/** Whether two spans stand in one block of lines: no blank line between, a few lines apart. */
const inOneBlock = (text: string, a: Span, b: Span): boolean => {
  const between = a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start);
  if (BLANK_LINE.test(between)) return false;
  let lines = 0;
  for (let at = between.indexOf('\n'); at >= 0; at = between.indexOf('\n', at + 1)) lines++;
  return lines <= MAX_BLOCK_LINES;
};

const PERSONAL_NUMBERS = new Set(['national_id', 'tax_id']);
// Findings read in another view of the text (decoded, normalised, spoken) have their own context.
const VIEWS = new Set(['encoded', 'normalised', 'spoken']);
// Where a sole trader's VAT number is their personal number with the prefix (the Greek AFM, the
// Slovene davčna številka, the Croatian OIB, the Latvian personal code, the Bulgarian EGN), the
// digits say nothing of a company.
const SOLE_TRADER_VAT = /^(?:EL|GR|SI|HR|LV|BG)/i;
const NON_DIGITS = /\D/g;
// The shortest VAT body compared: shorter ones match too many numbers by chance.
const MIN_VAT_DIGITS = 8;
// A Hungarian tax number is the VAT number's eight digits, a check digit and a county code.
const HUNGARIAN_TAX_NUMBER = /^\d{8}-\d-\d{2}$/;

/** Whether the number is the VAT number's: the same digits, or its Hungarian tax-number form. */
const sameNumber = (number: string, vat: string): boolean => {
  const digits = number.replace(NON_DIGITS, '');
  const body = vat.replace(NON_DIGITS, '');
  if (body.length < MIN_VAT_DIGITS) return false;
  if (digits === body) return true;
  return /^HU/i.test(vat) && HUNGARIAN_TAX_NUMBER.test(number.trim()) && digits.startsWith(body);
};

/**
 * A company's own tax number printed beside its VAT number ("DIČ: 2020792246   IČ DPH:
 * SK2020792246", "Adószám: 14510588-2-19 … HU14510588"): the same digits (or the Hungarian tax
 * number's form of them), a few lines apart with no blank line between, the VAT number's own
 * block naming a company by its legal form, and no person cue near the number. Reported as a
 * business identifier whatever personal scheme it also passes (the DIČ is a valid Bulgarian EGN).
 * Never where a sole trader's VAT number is their personal number (GR, SI, HR, LV, BG), nor for
 * numbers read in a decoded or normalised view.
 */
export const withCompanyNumbers = (text: string, findings: Finding[]): Finding[] => {
  const vats = findings.filter(
    (finding) =>
      isCompanyVat(finding) &&
      !SOLE_TRADER_VAT.test(text.slice(finding.start, finding.end)) &&
      namesItsCompany(text, finding),
  );
  if (vats.length === 0) return findings;
  return findings.map((finding) => {
    if (!PERSONAL_NUMBERS.has(finding.category) || VIEWS.has(finding.recognizer)) return finding;
    const number = text.slice(finding.start, finding.end);
    const company = vats.some(
      (vat) => sameNumber(number, text.slice(vat.start, vat.end)) && inOneBlock(text, vat, finding),
    );
    return company && personCueFor(text, finding) === undefined
      ? { ...finding, category: 'business_id', detail: 'company-number' }
      : finding;
  });
};
