import { columnOf, numberListOf } from './column-header.js';
import {
  type ContextWords,
  hasAnyContext,
  hasContextNear,
  hasLabelNear,
  knownAbsent,
} from './context.js';
import type { EntityType, Finding, FindingCategory } from './recognizer.js';
import {
  digitWindows,
  insideHexId,
  onlySoftBreaks,
  type PatternText,
  type Span,
  type StartsOf,
  spanMatcher,
  toFinding,
} from './spans.js';
import { labelCountriesBefore, vatCountryBefore } from './vat-prefix.js';

/** One identifier scheme: where candidates are, how they validate, and how much evidence they need. */
export interface IdScheme {
  /** stdnum-style id, reported as the finding's detail: 'de.idnr'. */
  readonly id: string;
  readonly type: EntityType;
  readonly category: FindingCategory;
  /** Whether the normalised value is a number of this scheme (check digits, dates, format). */
  readonly isValid: (value: string) => boolean;
  readonly candidates: (text: string) => Span[];
  /** Context words (from contextPattern) that must be near a candidate needing them. */
  readonly context?: ContextWords;
  /** Default: every candidate needs the context words, when the scheme has any. */
  readonly needsContext?: (candidate: string) => boolean;
  /** Rewrites a candidate into the form `isValid` expects (default: as written). */
  readonly normalise?: (candidate: string) => string;
  /** The bare format, accepted without a valid checksum when a context word is near. */
  readonly isWellFormed?: (value: string) => boolean;
  /** The scheme's own names ('PESEL'): near a number several schemes accept, this one wins. */
  readonly names?: ContextWords;
  /** The context word must label the candidate (a short gap, same sentence), not merely be near. */
  readonly adjacent?: boolean;
  /** A test on the whole text, asked when there are candidates: when it fails, none counts. */
  readonly gate?: RegExp;
  /** A cheap test on the normalised value that rules most candidates out before anything else. */
  readonly precheck?: (value: string) => boolean;
  /**
   * For a scheme without context words: the words that let a candidate wrapped across a line
   * break count (a valid checksum alone counts on one line, but two lines of a column are two
   * numbers). Without them, a wrapped candidate never counts.
   */
  readonly wrapContext?: ContextWords;
  /**
   * Whether a candidate with no context word near still counts where it fills a table column
   * with the others: see columnOfValid. Only for schemes with a birth date and a check digit.
   */
  readonly byColumn?: boolean;
  /**
   * Whether the scheme's candidates start at nearly every word (a shape of letters and digits
   * with optional separators): its context words are then looked for in the whole text first
   * (one scan, shared), and with none of them no candidate is sought (see cannotCount).
   */
  readonly seekWithContextOnly?: boolean;
}

/** `isValid` that needs every check to pass (cheap checks first). */
export const allOf =
  (...checks: readonly ((value: string) => boolean)[]) =>
  (value: string): boolean =>
    checks.every((check) => check(value));

/** Candidates of exactly these digit counts, grouped by single separators. */
export const byDigits =
  (...lengths: number[]) =>
  (text: string): Span[] =>
    digitWindows(text, lengths);

/**
 * Candidates matching a global pattern, memoised for the last text (schemes may share one); with
 * `starts`, tried only where those say a match may start (see spanMatcher).
 */
export const byPattern = (pattern: PatternText, starts?: StartsOf) => {
  const match = spanMatcher(pattern, starts);
  let lastText: string | undefined;
  let lastSpans: Span[] = [];
  return (text: string): Span[] => {
    if (text !== lastText) {
      lastSpans = match(text);
      lastText = text;
    }
    return lastSpans;
  };
};

// Weak numeric schemes and tables. A PESEL is a birth date (YYMMDD, the century in the month) and
// one check digit: about 1 in 117 random 11-digit numbers pass, too many to accept one alone
// (order numbers, phone numbers without '+', amounts in cents), which is why such schemes need a
// context word. A column of a table (CSV export, Markdown) whose every non-empty cell below the
// header (two at least) is a valid number of the scheme is another matter: two random cells both
// pass about 1 in 13,700 times, three 1 in 1.6 million, and a column of order numbers where one
// cell fails is no column of personal numbers. Such a column counts without a label, as a
// headerless export of a personnel list is written ('2024-11-03,85120316422,umowa,4200.00').
// Only schemes with a birth date and a check digit that few random numbers pass take this (see
// national-context.ts); a bare mod-11 (BSN, OIB) or a date alone (CPR) stays labelled only.
const NUMERIC_CELL = /^\d[\d .\-/]*$/;
const SEPARATOR_CELL = /^:?-+:?$/;
let columnsText: string | undefined;
const validColumns = new Map<string, boolean>();

/**
 * Whether the span stands in a table column, or a list of numbers one per line, of at least two
 * cells that all validate.
 */
const columnOfValid = (text: string, span: Span, scheme: IdScheme): boolean => {
  const column = columnOf(text, span) ?? numberListOf(text, span);
  if (column === undefined) return false;
  if (text !== columnsText) {
    columnsText = text;
    validColumns.clear();
  }
  const key = `${scheme.id}|${column.key}`;
  let valid = validColumns.get(key);
  if (valid === undefined) {
    let count = 0;
    valid = column.cells.every((cell, row) => {
      const written = text
        .slice(cell.start, cell.end)
        .trim()
        .replace(/^"(.*)"$/, '$1');
      // An empty cell, the header, a Markdown separator ('---'): no number to check.
      if (written === '' || (row === 0 && !/\d/.test(written)) || SEPARATOR_CELL.test(written)) {
        return true;
      }
      if (!NUMERIC_CELL.test(written)) return false;
      const value = scheme.normalise?.(written) ?? written;
      count += 1;
      return scheme.precheck?.(value) !== false && scheme.isValid(value);
    });
    valid &&= count >= 2;
    validColumns.set(key, valid);
  }
  return valid;
};

const SCORE_VALID = 1;
const SCORE_NAMED = 0.95;
const SCORE_CONTEXT = 0.9;
const SCORE_WELL_FORMED = 0.6;

const isNear = (text: string, span: Span, scheme: IdScheme): boolean => {
  if (scheme.context === undefined) return false;
  return scheme.adjacent === true
    ? hasLabelNear(text, span, scheme.context)
    : hasContextNear(text, span, scheme.context);
};

// A scheme's country, from its id ('de.stnr'), for the schemes of one country.
const SCHEME_COUNTRY = /^([a-z]{2})\./;

/**
 * Whether the span is marked as another country's number: by a VAT prefix right before it ('PL
 * 5211355116'), for a scheme of one country or a bank account number of none ("P.IVA IT
 * 00743110157"); or by the label of one country's company register ("IČO 25123891"), for a
 * scheme of another country.
 */
const markedForeign = (text: string, span: Span, scheme: IdScheme): boolean => {
  const country = SCHEME_COUNTRY.exec(scheme.id)?.[1];
  if (country === 'eu' || (country === undefined && scheme.type !== 'BANK_ACCOUNT')) return false;
  const value = text.slice(span.start, span.end);
  const prefixed = vatCountryBefore(text, span.start, value);
  if (prefixed !== undefined) return prefixed !== country;
  if (country === undefined) return false;
  const labelled = labelCountriesBefore(text, span.start, value);
  return labelled !== undefined && !labelled.includes(country);
};

/** The score a candidate earns, or undefined when it is not this scheme's number. */
const scoreOf = (text: string, span: Span, scheme: IdScheme): number | undefined => {
  const score = scoreAsWritten(text, span, scheme);
  // Asked last, of the few candidates that would count: most never get this far.
  return score === undefined || markedForeign(text, span, scheme) ? undefined : score;
};

// "00000000000", "1111111111" as a national, tax or health number: a placeholder or a test
// value, never an issued one (some pass their check: eleven zeros are a valid isikukood by
// stdnum's arithmetic). Not for bank accounts: banks sell such numbers, and most have no check.
const ONE_DIGIT_REPEATED = /^(\d)\1+$/;
// … nor Portugal's 999999990, the tax number printed on a receipt for a "consumidor final" who
// gave none (a hundred-and-thirty-fifth set: "Cliente: Consumidor final, NIF 999999990"). Its
// digits also pass the Dutch BSN's check.
const SHARED_PLACEHOLDERS: ReadonlySet<string> = new Set(['999999990']);
const isPlaceholder = (value: string, scheme: IdScheme): boolean =>
  scheme.type !== 'BANK_ACCOUNT' &&
  (ONE_DIGIT_REPEATED.test(value) || SHARED_PLACEHOLDERS.has(value.replace(/\D/g, '')));

// A calendar date as written, year first or last, with one separator ('2025-03-04', '04.03.2025'):
// a date, even where its eight digits pass a tax number's check ('<invoiceIssueDate>2025-03-04'
// beside a 'taxpayerId', rt17-106). No scheme writes its numbers so.
// With the hour after it too, a timestamp cut at its first colon ('2024-03-19 10:04:13').
const WRITTEN_DATE =
  /^(?:(?:19|20)\d{2}([-./])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])([-./])(?:0[1-9]|1[0-2])\2(?:19|20)\d{2})(?:[ T](?:[01]\d|2[0-3]))?$/;
// A year, a slash and a running number ('Factura nº 2024/0317', 'Az. 2023/118'): how invoices,
// files and cases are numbered, even where the digits pass a tax number's check beside a firm's
// 'CIF' (a hundred-and-thirty-fourth set). No personal number is written so: a Czech or Slovak
// birth number has six digits before its slash. Not for bank accounts (a Czech account and its
// bank's code).
const YEAR_AND_RUNNING_NUMBER = /^(?:19|20)\d{2} ?\/ ?\d{1,6}$/;
// A number in scientific notation ('1.284733e+06' in a metrics export): its mantissa and 'e' are
// no number with a check letter.
const EXPONENT = /^\d[.,]\d+e$/i;
const EXPONENT_AFTER = /^[+-]?\d/;

/** scoreOf, from the candidate and its surroundings, before asking whose number it is marked. */
const scoreAsWritten = (text: string, span: Span, scheme: IdScheme): number | undefined => {
  if (insideHexId(text, span)) return undefined;
  const candidate = text.slice(span.start, span.end);
  if (WRITTEN_DATE.test(candidate)) return undefined;
  if (scheme.type !== 'BANK_ACCOUNT' && YEAR_AND_RUNNING_NUMBER.test(candidate)) return undefined;
  if (EXPONENT.test(candidate) && EXPONENT_AFTER.test(text.slice(span.end, span.end + 2))) {
    return undefined;
  }
  const value = scheme.normalise?.(candidate) ?? candidate;
  if (scheme.precheck?.(value) === false || isPlaceholder(value, scheme)) return undefined;
  // A number wrapped across lines could be two numbers in a column: only its label joins them,
  // and only soft breaks (no blank line, no indented line) can have been a mail client's.
  const wrapped = candidate.includes('\n');
  if (wrapped) {
    if (!onlySoftBreaks(text, span.start, span.end)) return undefined;
    if (scheme.context === undefined) {
      if (scheme.wrapContext === undefined || !hasContextNear(text, span, scheme.wrapContext)) {
        return undefined;
      }
    }
  }
  const needsContext =
    scheme.context !== undefined && (wrapped || (scheme.needsContext?.(candidate) ?? true));
  if (needsContext && !isNear(text, span, scheme)) {
    return !wrapped && scheme.byColumn === true && columnOfValid(text, span, scheme)
      ? SCORE_CONTEXT
      : undefined;
  }
  if (!scheme.isValid(value)) {
    if (scheme.isWellFormed?.(value) !== true) return undefined;
    return needsContext || isNear(text, span, scheme) ? SCORE_WELL_FORMED : undefined;
  }
  if (!needsContext) return SCORE_VALID;
  const named = scheme.names !== undefined && hasContextNear(text, span, scheme.names);
  return named ? SCORE_NAMED : SCORE_CONTEXT;
};

// Every candidate of a scheme without needsContext needs a context word of its set, unless the
// scheme also counts a column of valid numbers with no word at all (byColumn): the same text
// classified twice in a row must give the same answer, whatever the scan the first call left.
// A scheme seeking candidates with its context words only has the text scanned for them first.
const cannotCount = (text: string, scheme: IdScheme): boolean =>
  scheme.context !== undefined &&
  scheme.needsContext === undefined &&
  scheme.byColumn !== true &&
  (scheme.seekWithContextOnly === true
    ? !hasAnyContext(text, scheme.context)
    : knownAbsent(text, scheme.context));

const findScheme = (text: string, scheme: IdScheme, recognizer: string): Finding[] => {
  if (cannotCount(text, scheme)) return [];
  const candidates = scheme.candidates(text);
  // The gate scans the whole text: only asked when there is a candidate (most texts have none).
  if (candidates.length === 0 || (scheme.gate !== undefined && !scheme.gate.test(text))) return [];
  const findings: Finding[] = [];
  for (const span of candidates) {
    const score = scoreOf(text, span, scheme);
    if (score === undefined) continue;
    findings.push(
      toFinding(span, {
        type: scheme.type,
        category: scheme.category,
        score,
        recognizer,
        detail: scheme.id,
      }),
    );
  }
  return findings;
};

/** One finding per span: the best score, the earlier scheme on a tie. */
const bestPerSpan = (findings: readonly Finding[]): Finding[] => {
  const best = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.start}:${finding.end}`;
    const kept = best.get(key);
    if (kept === undefined || finding.score > kept.score) best.set(key, finding);
  }
  return [...best.values()];
};

// A candidate counts when it validates, with a context word near it if the scheme asks for one
// (looked up before the checksum: stdnum builds an error for every number it rejects), or when it
// is merely well-formed next to a context word.
/** Every candidate of every scheme that counts, one finding per span (best score, then order). */
export const findIds = (
  text: string,
  schemes: readonly IdScheme[],
  recognizer: string,
): Finding[] => bestPerSpan(schemes.flatMap((scheme) => findScheme(text, scheme, recognizer)));
