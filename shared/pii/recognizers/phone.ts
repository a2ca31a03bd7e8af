import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { inCompanyRecord } from '../business-context.js';
import { contextPattern, hasContextBefore, hasContextNear } from '../context.js';
import { foldText } from '../lexicon/fold.js';
import type { Finding, Recognizer } from '../recognizer.js';
import {
  continuesCode,
  digitCount,
  digitsOf,
  hasContext,
  insideHexId,
  isSoftBreak,
  isWordChar,
  type Span,
  scanCandidates,
  textPattern,
  toFinding,
} from '../spans.js';
import { vatCountryBefore } from '../vat-prefix.js';
import { isFunctionMailbox } from './email.js';

// Cheap candidate: optional + or (, then digits with spaces, dots, dashes, slashes and parentheses
// (long enough for two numbers in a list, "0151 12345678 / 030 12345678", which splitList cuts).
const CANDIDATE = textPattern(String.raw`(?<![\p{L}\p{N}_+])[+(]?\d[\d ()./\u00a0-]{5,40}\d`, 'gu');
// Countries whose national format starts with a 0 trunk prefix (Italy keeps its leading 0). A
// national number is often valid in several of them, so the finding does not name one.
const TRUNK_ZERO: readonly CountryCode[] = [
  'DE',
  'FR',
  'NL',
  'BE',
  'IT',
  'GB',
  'IE',
  'AT',
  'CH',
  'SE',
  'FI',
  'SK',
  'SI',
  'HR',
  'RO',
  'BG',
];
// Countries dialled without a trunk prefix: weakest evidence, so they need grouping or context.
// Luxembourg is left out: its variable-length plan accepts most grouped numbers.
const NO_TRUNK: readonly CountryCode[] = ['ES', 'IT', 'PL', 'PT', 'DK', 'GR', 'CZ', 'NO', 'US'];
/** Words for a phone (any EU language): also what spelled-out numbers need near them. */
export const PHONE_WORDS = contextPattern(['phone']);
// Inside compounds too ('Kundenauftrag', 'Supportticket'); but not 'sku' inside the Croatian
// 'iskustvo' ("experience") nor 'order' in 'border', which left a babysitter's mobile unread. A
// medicine's product code too, as a pharmacy's orders and shortage notices label it (a
// sixty-sixth red-team set: "PZN 01016065", "PZN-Beispiele: 01234561"; Italy's AIC, Belgium's
// CNK, a GTIN or an EAN; not CIP, France's drug code but a Catalan patient's card).
const ORDER_WORDS =
  /(?:(?<!b)order|bestell|auftrag|rechnung|invoice|commande|facture|pedido|factura|ordine|fattura|zam[óo]wieni|faktur|rachun|bestelling|ticket|tracking|(?<![A-Za-zÀ-ÿ])(?:sku|pzn|aic|cnk|gtin|ean)\b|artikel|ref\b|reference|referenz|refer[eêé]ncia|r[eé]f[eé]rence|riferimento|referentie)/i;
// A company's registration or VAT number as labelled on invoices and letterheads ("RCS Lyon 512
// 345 678", "Company no. 04512345", "NIF da empresa PT 500 019 720", "ЕИК 204718593", "код
// ЄДРПОУ 41827365", "NIPT L91234567A"): the label right before the
// number, three short words at most between, and no phone word near. Anywhere else in the sentence the
// word says nothing about the number (fail closed). Case-insensitive without the 'u' flag (cheap
// to compile); ASCII word edges.
const BUSINESS_NUMBER_LABEL =
  /(?<![A-Za-z])(?:vat|mwst|ust-?id|ust\.? ?idnr|tva|p\.? ?iva|partita iva|btw|moms|cif|nif|nipc|siren|siret|rcs|company (?:no|number|reg)|companies house|registration (?:no|number)|reg\.? ?no|handelsregister|hr[ab]|firmenbuch|fn|kvk|krs|regon|nip|cvr|org\.? ?nr|y-tunnus|i[čc]o|dič|cui|eik|nipt|αφμ)(?![A-Za-z])(?:[ \t:.#-]+[A-Za-zÀ-ÿ]{1,14}){0,3}[ \t:.#-]*$|(?<![A-Za-z])(?:organisa(?:sjons|tions)nummer|organisationsnr|ondernemingsnummer|num[ée]ro d'entreprise|unternehmensnummer|issn|isbn)(?:[ \t]*\((?:BCE|KBO)\))?[ \t]*[:.#]?[ \t]*$|(?<![А-Яа-яЁёІіЇїЄє])(?:еик|булстат|єдрпоу|едрпоу|инн|огрн|окпо)(?![А-Яа-яЁёІіЇїЄє])(?:[ \t]+код)?[ \t:.#№-]*$/i;
const LABEL_REACH = 40;

/** Whether a company number's label stands right before the span ("RCS Lyon 512 345 678"). */
const labelledAsCompanyNumber = (text: string, span: Span): boolean =>
  BUSINESS_NUMBER_LABEL.test(text.slice(Math.max(0, span.start - LABEL_REACH), span.start));

const OPEN_BRACKET = 40;
// A time's minutes before the span: "21:09 281-1010" is a log line's time and a unit's number.
const TIME_BEFORE = /\d[:.]$/;
// "2023/05/1234": a reference that starts with a year and a month.
const DATED_REFERENCE = /^(?:19|20)\d{2}[-./](?:0[1-9]|1[0-2])[-./]/;
// Written without any separator, a national number is at most 12 digits ("015112345678").
const MAX_CONTIGUOUS = 12;
// Phone-shaped with only a phone word as evidence: grouped, or at least 9 digits.
const MIN_FORMAT_CONTIGUOUS = 9;
// "600 000 000 EUR": an amount with thousands separators, not a phone.
const CURRENCY_AFTER = /^\s?(?:€|eur|euro|usd|\$|chf|gbp|£|pln|zł|sek|dkk|nok|czk|kč|huf|ron)/i;
const CURRENCY_BEFORE = /(?:€|\$|£|eur|usd|chf|gbp|pln)\s?$/i;
const DATE_LIKE =
  /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})(?:$|[ T])|^\d{1,2}[-./]\d{1,2}[-./]\d{2}$/;
// A date with a space after each full stop ("31. 12. 2023", "2023. 12. 31."), a real one only:
// "Tel. 06. 12. 3456" is a phone number.
const SPACED_DATE =
  /^(\d{1,2})\. (\d{1,2})\. ((?:19|20)\d{2})$|^((?:19|20)\d{2})\. (\d{1,2})\. (\d{1,2})$/;
// "(2019–2021)", "2008-2012": a range of years (a CV's dates), the second after the first; with
// no phone word near (a phone word says the number is one: "Tel. 2019-2021").
const YEAR_RANGE = /^\(?((?:19|20)\d{2}) ?[-\u2013\u2014/] ?((?:19|20)\d{2})\)?$/;
// "08.00-19.00", "23.00–07.00": opening or quiet hours, from one clock time to another (the
// ninety-second set and a review of the thirty-third session); with no phone word near.
const TIME_RANGE = /^(?:[01]\d|2[0-3])[.:][0-5]\d ?[-\u2013\u2014] ?(?:[01]\d|2[0-3])[.:][0-5]\d$/;
const isYearRange = (value: string): boolean => {
  const match = YEAR_RANGE.exec(value);
  return match !== null && Number(match[2]) > Number(match[1]);
};
// Ranges side by side in a table's columns ("60–100    50–90", a lab's reference ranges): each
// from a lower number to a higher one (at most five times it), none with a leading zero, apart by
// a column's gap (two blanks or a tab), or all of a size (within ten times each other: the
// normalised view has the gap as one blank). No phone, unless a phone word stands near: "12-345
// 67-89" and "601-723 45-67" are a phone's shape.
const RANGE = /([1-9]\d{0,2})[-\u2013]([1-9]\d{0,2})/g;
const RANGES =
  /^[1-9]\d{0,2}[-\u2013][1-9]\d{0,2}(?:[ \t\u00a0]+[1-9]\d{0,2}[-\u2013][1-9]\d{0,2})+$/;
const COLUMN_GAP = /\d(?:[ \u00a0]{2,}|\t)/;
const MAX_RANGE_RATIO = 5;
const MAX_SIZE_RATIO = 10;
const isRanges = (value: string): boolean => {
  if (!RANGES.test(value)) return false;
  const ends = [...value.matchAll(RANGE)].map((range) => [Number(range[1]), Number(range[2])]);
  if (!ends.every(([low = 0, high = 0]) => low < high && high <= MAX_RANGE_RATIO * low)) {
    return false;
  }
  const all = ends.flat();
  return COLUMN_GAP.test(value) || Math.max(...all) <= MAX_SIZE_RATIO * Math.min(...all);
};
const isSpacedDate = (value: string): boolean => {
  const match = SPACED_DATE.exec(value);
  if (match === null) return false;
  const day = Number(match[1] ?? match[6]);
  const month = Number(match[2] ?? match[5]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
};
const DOTTED_QUAD = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const OCTET_MAX = 255;

/**
 * A Spanish mobile written with dots ("móvil: 612.34.56.78"): four groups like an IPv4 address's
 * but one over 255, so no address, and a phone word near.
 */
const dottedMobile = (text: string, span: Span, value: string): boolean =>
  value.split('.').some((group) => Number(group) > OCTET_MAX) &&
  hasContextNear(text, span, PHONE_WORDS);
const GROUPS = /\d+/g;
const SEPARATORS = /[ ()./\u00a0-]+/g;
const LIST_BREAK = /\s\/\s|\s{2,}/;

const MIN_DIGITS = 7;
const MAX_DIGITS = 17;

type Form = 'international' | 'trunk' | 'bare';

const withoutParenthesis = (value: string): string =>
  value.startsWith('(') ? value.slice(1) : value;

const formOf = (value: string): Form => {
  const bare = withoutParenthesis(value);
  if (bare.startsWith('+') || bare.startsWith('00')) return 'international';
  return bare.startsWith('0') ? 'trunk' : 'bare';
};

/** "+49 30 …" as written, "0049 30 …" with its international call prefix turned into a plus. */
const international = (value: string): string => {
  const bare = withoutParenthesis(value);
  return bare.startsWith('+') ? bare : `+${bare.slice(2)}`;
};

/** No single-digit group after the first: "0 0 0 0 0 0 0" or "1 2 3 4 5 6 7" are not dialled. */
const hasPhoneGroups = (value: string): boolean =>
  (value.match(GROUPS) ?? []).slice(1).every((group) => group.length >= 2);

const separatorCount = (value: string): number => value.match(SEPARATORS)?.length ?? 0;

// Two numbers joined by a bare slash ("0151-12345678/030-12345678"): a whole number each side,
// each dialled with its trunk or country code (a bank code and account, "70150000/0951432827" in
// a statement, is not two phone numbers).
const JOINING_SLASH = /(?<=\d) ?\/ ?(?=[+(]?\d)/g;

const isDialled = (piece: string): boolean =>
  digitCount(piece) >= MIN_DIGITS && formOf(piece) !== 'bare';

/** The span cut at each bare slash with a whole dialled number on both sides. */
const splitJoined = (text: string, span: Span): Span[] => {
  const value = text.slice(span.start, span.end);
  const pieces: Span[] = [];
  let start = 0;
  for (const slash of value.matchAll(JOINING_SLASH)) {
    const at = slash.index;
    const after = at + slash[0].length;
    const rest = value.slice(after).split('/')[0] ?? '';
    const before = value.slice(start, at);
    if (!isDialled(before) || !isDialled(rest)) continue;
    pieces.push({ start: span.start + start, end: span.start + at });
    start = after;
  }
  pieces.push({ start: span.start + start, end: span.end });
  return pieces;
};

/**
 * Splits "030 1234567 / 0171 2345678" into its numbers, but not an area code from its number
 * ("Handy: 0151 / 12345678", "+49 30 / 12345678": German and Austrian writing): a piece that
 * dials a trunk or country code and is too short for a number runs on into the next.
 */
const splitList = (text: string, span: Span): Span[] => {
  const value = text.slice(span.start, span.end);
  // A candidate holds no blank but spaces and no-break spaces: without a slash, a no-break space
  // or two spaces in a row, LIST_BREAK cannot match (most candidates).
  if (!value.includes('/') && !value.includes('\u00a0') && !value.includes('  ')) return [span];
  const pieces: Span[] = [];
  let offset = span.start;
  // Where an area code waiting for its number starts.
  let areaCode: number | undefined;
  for (const piece of value.split(LIST_BREAK)) {
    const at = text.indexOf(piece, offset);
    offset = at + piece.length;
    if (areaCode === undefined && digitCount(piece) < MIN_DIGITS && formOf(piece) !== 'bare') {
      areaCode = at;
      continue;
    }
    pieces.push(...splitJoined(text, { start: areaCode ?? at, end: offset }));
    areaCode = undefined;
  }
  if (areaCode !== undefined) pieces.push({ start: areaCode, end: offset });
  return pieces;
};

const phoneFinding = (span: Span, detail: string, score: number): Finding =>
  toFinding(span, {
    type: 'PHONE_NUMBER',
    category: 'contact',
    score,
    recognizer: 'phone',
    detail,
  });

// A customs tariff code, a heading of four digits and subheadings of two after full stops
// ("GTİP … cep telefonları 8517.13.00.00.00", "TARIC 8471.30.00": a hundred-and-thirty-third set,
// of post and couriers), with a tariff code's own word in the words before it: not any customs or
// tariff word, as a Belgian mobile is written the same way ("Uw pakket zit bij de douane. Bel de
// chauffeur terug op 0475.12.34.56", "Tarif livraison : 5,90 €. … mon GSM : 0475.12.34.56": a
// review of the first version, which read 'douane', 'tarif', 'toll', 'vám' anywhere).
const TARIFF_CODE = /^\d{4}\.\d{2}(?:\.\d{2}){1,3}$/;
const TARIFF_WORDS =
  /(?<![\p{L}\p{N}])(?:gtip|gtİp|hs[ -]?(?:code|kod|kodu|kód|koodi)|taric|cn[ -]?(?:code|kod|kód)|kn[ -]?(?:kod|kód)|code sh|code nc|zolltarifnummer|warentarifnummer|tarifnummer|commodity code|tariff code|customs tariff|código arancelario|codice doganale|douanecode|tulltaxenummer|varukod|tullikoodi|kod taryfy|tarifní kód|vámtarifaszám|δασμολογική κλάση|код тн вэд|уктзед|gümrük tarife|tarife numara\p{L}*)(?![\p{L}])/giu;
const TARIFF_REACH = 120;
// … the first number after that word, in its sentence: not a mobile further on ("HS code 6109.10,
// cotton T-shirts, value 25 EUR. Recipient mobile 0475.12.34.56": a second review)
const AFTER_TARIFF_WORD = /^[^\d.!?\n]*$/u;
const isTariffCode = (text: string, span: Span, value: string): boolean => {
  if (!TARIFF_CODE.test(value)) return false;
  const before = text.slice(Math.max(0, span.start - TARIFF_REACH), span.start);
  let after: string | undefined;
  for (const word of before.matchAll(TARIFF_WORDS))
    after = before.slice(word.index + word[0].length);
  return after !== undefined && AFTER_TARIFF_WORD.test(after);
};

const isAmount = (text: string, span: Span): boolean =>
  CURRENCY_AFTER.test(text.slice(span.end, span.end + 6)) ||
  CURRENCY_BEFORE.test(text.slice(Math.max(0, span.start - 5), span.start));

// A figure in groups of thousands, with no phone word near: a budget's, a census's or a tender's
// ("total 89.412.000", "Bežné príjmy: 48 612 000", "58.989.749 residenti"). Round thousands in
// any grouping; with full stops, any figure whose first group has one or two digits (no EU
// number is written 2-3-3 with full stops; a Spanish one is 3-3-3: "612.345.678").
const THOUSANDS = /^\d{1,3}([. \u00a0\u202f])\d{3}(?:\1\d{3})+$/;
const DOTTED_THOUSANDS = /^\d{1,2}(?:\.\d{3}){2,}$/;
const isFigure = (value: string): boolean =>
  (THOUSANDS.test(value) && value.endsWith('000')) || DOTTED_THOUSANDS.test(value);

/**
 * How a national number is known to be one ('national': valid in a likely country as a line;
 * 'format': shaped like one next to a phone word), or that it is no one's line where it is valid
 * ('service', 'drama': see nationalReading).
 */
type Evidence = 'national' | 'format' | 'service' | 'drama';

// Short forms that are words too ('cel' is Romanian "the", 'kom' Swedish "came"): a phone word
// only as an abbreviation, its full stop or colon right before the number ("cel. 3471234567",
// "kom. 601234567"); and WhatsApp's 'WA' right before it, a blank or colon between ("WA
// 3471234567"; not an article's "WA-9013-9").
const ABBREVIATED_BEFORE = /(?<![\p{L}\p{N}])(?:(?:cel|kom)(?:\.:?|:)[ \t]*|wa:?[ \t]+)$/iu;
const ABBREVIATION_REACH = 8;

const abbreviatedBefore = (text: string, span: Span): boolean =>
  ABBREVIATED_BEFORE.test(text.slice(Math.max(0, span.start - ABBREVIATION_REACH), span.start));

// An Italian mobile as Italians write it, its operator's three digits apart ("347 1234567",
// "340-1234567"): with one separator, no reference has this shape as often (it must still be
// valid as a line).
const ITALIAN_MOBILE = /^3[1-9]\d[ -]\d{6,7}$/;

/**
 * How a national number is known to be one: valid in a likely country, given enough evidence
 * around it; or, next to a phone word, merely shaped like a phone number (format plus context).
 */
const nationalEvidence = (
  text: string,
  span: Span,
  value: string,
  form: Form,
): Evidence | undefined => {
  // The cheapest rejection first: most bare candidates are references ("2024-0815") with no
  // phone word near them.
  const phoneWord = hasContextNear(text, span, PHONE_WORDS) || abbreviatedBefore(text, span);
  if (form === 'bare' && !phoneWord && separatorCount(value) < 2 && !ITALIAN_MOBILE.test(value)) {
    return undefined;
  }
  if (!hasPhoneGroups(value) || isAmount(text, span)) return undefined;
  if (!phoneWord && isFigure(value)) return undefined;
  if (!phoneWord && hasContext(text, span, ORDER_WORDS)) return undefined;
  // A company's number: labelled as one, or right after a VAT prefix ("VAT: GB 980 7806 84").
  // A phone word after a labelled number is the next number's ("IČO 27184512, tel. 222 000
  // 111"): only one before it makes the number a phone's.
  if (
    (labelledAsCompanyNumber(text, span) &&
      !hasContextBefore(text, span, PHONE_WORDS, LABEL_REACH)) ||
    (!phoneWord && vatCountryBefore(text, span.start, value) !== undefined)
  ) {
    return undefined;
  }
  const grouped = separatorCount(value) > 0;
  const digits = digitCount(value);
  if (!grouped && digits > MAX_CONTIGUOUS) return undefined;
  const reading = nationalReading(value, form === 'trunk' ? TRUNK_ZERO : NO_TRUNK);
  if (reading !== 'none') return reading === 'line' ? 'national' : reading;
  const formOnly = phoneWord && (grouped || digits >= MIN_FORMAT_CONTIGUOUS);
  return formOnly ? 'format' : undefined;
};

// An organisation's switchboard, hotline or reception, named right before the number ("växel
// 090-17 50 00", "Switchboard +353 1 555 0100", "infolinia 801 123 456"): a business's contact;
// also its office, its administrator's desk, its info line and its receptions in more languages
// ("kansliet 08-123 45 60", "Телефон администратора: +371 …", "Info: 67 123 456": blind set 120
// of the forty-second session, dance schools)
const SWITCHBOARD_BEFORE =
  /(?:switchboard|reception|front desk|hotline|helpline|help desk|service desk|customer service|main line|zentrale|telefonzentrale|vermittlung|servicenummer|behordennummer|standard|accueil|centralino|centralita|receptie|centrale|infolinia|centrala|vaxel|vaihde|ustredna|централа|κεντρο|kansliet|kansli|kanslia|телефон администратора|телефон администрации|телефон адміністратора|телефон адміністрації|телефон рецепции|телефон рецепції|recepcja|recepce|recepcia|recepcija|рецепция|рецепція|receptionen nas pa|receptionen nar du pa|resepsjonen|expeditionen|^info|[\n.!] ?info)[ \t]*(?:\([^)]{0,24}\)[ \t]*)?[:.-]?[ \t]*$/;
// … and a restaurant's or a museum's booking, banquet and ticket desks, with 'tel.' maybe between
// ("Резервации на тел. 02 123 4567", "Отдел банкетов: +7 …": blind sets 125 and 126), …
const BOOKING_DESKS = [
  ...['reservations', 'bookings', 'booking', 'reservierungen', 'reservierung', 'reservation'],
  ...['reservas', 'reservaciones', 'prenotazioni', 'rezerwacje', 'rezervace', 'rezervacie'],
  ...['foglalas', 'varaukset', 'bestillinger', 'bokning', 'bokningar', 'reserveringen'],
  ...['резервации', 'бронирование', 'бронювання', 'κρατησεισ', 'rezervari', 'rezervacije'],
  ...['rezervime', 'erreserbak', 'archebu', 'airithinti', 'ticket office', 'billetterie'],
  ...['taquilla', 'biglietteria', 'отдел банкетов', 'banquets'],
].join('|');
// … only on a line that cannot be a mobile (a guest leaves theirs: "Booking by phone: 07700
// 900123 (Mrs Patel)")
const BOOKING_BEFORE = new RegExp(
  String.raw`(?:${BOOKING_DESKS})(?:[ \t]+(?:na|на|on|at|unter|au|al|per|by)?[ \t]*(?:tel|тел|phone|telefon|telefono|telefone|telefonu))?[ \t]*[:.-]?[ \t]*$`,
);
const SWITCHBOARD_REACH = 40;

// … or named in brackets right after it ("02 98 12 34 56 (accueil)": blind set 121)
const SWITCHBOARD_AFTER =
  /^[ \t]*\((?:accueil|reception|recepcion|recepcao|receptie|rezeption|zentrale|centralino|standard|vaxel|recepcja|recepce)\)/;
// … or right after a function's mailbox and a word for "or" ("rezerwacje@wigry-camping.pl lub 87
// 563 12 00": blind set 121): the same desk's line.
const MAILBOX_OR_BEFORE =
  /([\p{L}\p{N}._-]+)@[\p{L}\p{N}.-]+\.\p{L}{2,}[ \t]+(?:or|oder|ou|o|of|og|eller|lub|albo|nebo|alebo|vagy|sau|tai|ili|или|або|arba|vai|või|eða|nó|jew|ose|ή|veya|neu|edo)[ \t]+(?:(?:[Tt]el|[Tt]lf|[Tt]fn|[Tt]elefon|[Pp]hone|[Pp]uh|[Dd]urchwahl)\.?[ \t]*|(?:\p{Ll}\p{L}{0,13}\.?[ \t]+){1,3})?$/u;
const MAILBOX_OR_REACH = 80;
// … a phone's word or up to three words in lower case between ("oder Durchwahl", "eller
// sentralbordet", "o chiamate lo", "alebo na rezervačnej linke": blind set 125); not someone named
// ("albo dzwoń do Marka"), nor the writer's own line ("or call me on")
const afterFunctionMailbox = (text: string, span: Span): boolean => {
  const before = text.slice(Math.max(0, span.start - MAILBOX_OR_REACH), span.start);
  const match = MAILBOX_OR_BEFORE.exec(before);
  return (
    match !== null &&
    isFunctionMailbox(match[1] as string) &&
    !ME_BEFORE.test(before.slice(match.index + match[0].indexOf('@')))
  );
};
/** The words right before a number, folded: where its desk is named. */
const deskBefore = (text: string, span: Span): string =>
  foldText(text.slice(Math.max(0, span.start - SWITCHBOARD_REACH), span.start));
const isSwitchboard = (text: string, span: Span, before: string): boolean =>
  SWITCHBOARD_BEFORE.test(before) ||
  SWITCHBOARD_AFTER.test(foldText(text.slice(span.end, span.end + SWITCHBOARD_REACH))) ||
  afterFunctionMailbox(text, span);

const switchboardFinding = (span: Span, detail = 'switchboard'): Finding =>
  toFinding(span, {
    type: 'PHONE_NUMBER',
    category: 'business_id',
    score: 0.6,
    recognizer: 'phone',
    detail,
  });

const toPhone = (
  text: string,
  span: Span,
  value = text.slice(span.start, span.end),
): Finding | undefined => {
  const finding = phoneOf(text, span, value);
  if (finding === undefined) return undefined;
  // Labelled as a switchboard, or a line that cannot be a mobile in a company's record: next to
  // a company's name, a mobile may still be a person's ("ACME Ltd, mobile …"), and fails closed.
  const before = deskBefore(text, span);
  if (isSwitchboard(text, span, before)) return switchboardFinding(span);
  if (BOOKING_BEFORE.test(before) && !mayBeMobile(value)) {
    return switchboardFinding(span, 'booking-line');
  }
  if (
    inCompanyRecord(text, span) &&
    !ME_BEFORE.test(text.slice(Math.max(0, span.start - ME_REACH), span.start)) &&
    !mayBeMobile(value)
  ) {
    return switchboardFinding(span, 'company-line');
  }
  return finding;
};

// "Call me on", "ruf mich an unter", "appelez-moi au": the writer's own line, whatever company
// stands beside it (a review of the thirtieth session: "Brightwell Supplies Ltd – call me on …").
const ME_BEFORE =
  /(?:^|[^\p{L}])(?:me|mich|mir|moi|mi|mij|mig|meg|mnie|mě|mňa|engem|minua|мне|мені|мене|μου|bana|beni)(?:[^\p{L}\d]+\p{L}+){0,2}[^\p{L}\d]*$/iu;
const ME_REACH = 32;

const MOBILE_TYPES: ReadonlySet<string> = new Set([
  'MOBILE',
  'FIXED_LINE_OR_MOBILE',
  'PERSONAL_NUMBER',
]);

/**
 * Whether a number may be someone's mobile: valid as one with its country code, or in any country
 * it is valid in when written without one (a company's landline in one country may be a mobile in
 * another: fail closed).
 */
const mayBeMobile = (value: string): boolean => {
  const typeIn = (parsed: ReturnType<typeof parsePhoneNumberFromString>): boolean => {
    const type = parsed?.isValid() === true ? parsed.getType() : undefined;
    return type !== undefined && MOBILE_TYPES.has(type);
  };
  if (formOf(value) === 'international') {
    return typeIn(parsePhoneNumberFromString(international(value)));
  }
  return [...TRUNK_ZERO, ...NO_TRUNK].some((country) =>
    typeIn(parsePhoneNumberFromString(value, { defaultCountry: country })),
  );
};

// A number with its country code but no '+' ("Handy: 4915168991359", 'wa.me/4915168991359'):
// eleven digits at least, next to a phone word or in a WhatsApp or Viber link, valid as an
// international mobile number.
const MIN_BARE_INTERNATIONAL = 11;
const MESSENGER_LINK_BEFORE = /(?:wa\.me\/|viber\.click\/|viber:\/\/[a-z]+\?number=)$/i;

/** Whether the digits, read after a '+', are a valid mobile number with its country code. */
export const isMobileWithCountryCode = (digits: string): boolean => {
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  const type = parsed?.isValid() === true ? parsed.getType() : undefined;
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE';
};

const bareInternational = (text: string, span: Span, value: string): boolean => {
  const linked = MESSENGER_LINK_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start));
  if (!linked && !hasContextNear(text, span, PHONE_WORDS)) return false;
  return isMobileWithCountryCode(digitsOf(value));
};

const phoneOf = (
  text: string,
  span: Span,
  value = text.slice(span.start, span.end),
): Finding | undefined => {
  if (continuesCode(text, span.start) || insideHexId(text, span)) return undefined;
  const digits = digitCount(value);
  if (digits < MIN_DIGITS || digits > MAX_DIGITS) return undefined;
  // A date or a reference in brackets is one still ("(2025-01-01)").
  const unbracketed = value.charCodeAt(0) === OPEN_BRACKET ? value.slice(1) : value;
  if (
    DATE_LIKE.test(unbracketed) ||
    isSpacedDate(unbracketed) ||
    ((isYearRange(value) || isRanges(value) || TIME_RANGE.test(value)) &&
      !hasContextNear(text, span, PHONE_WORDS)) ||
    (DOTTED_QUAD.test(value) && !dottedMobile(text, span, value)) ||
    DATED_REFERENCE.test(unbracketed) ||
    TIME_BEFORE.test(text.slice(Math.max(0, span.start - 3), span.start)) ||
    isTariffCode(text, span, value)
  ) {
    return undefined;
  }
  const form = formOf(value);
  if (form === 'international') {
    if (isDramaNumber(value)) return undefined;
    const parsed = parsePhoneNumberFromString(international(value));
    if (parsed?.isValid() !== true) return undefined;
    return isServiceType(parsed.getType())
      ? serviceFinding(span)
      : phoneFinding(span, 'international', 0.9);
  }
  if (form === 'bare' && digits >= MIN_BARE_INTERNATIONAL && bareInternational(text, span, value)) {
    return phoneFinding(span, 'international', 0.8);
  }
  const evidence = nationalEvidence(text, span, value, form);
  if (evidence === undefined || evidence === 'drama') return undefined;
  if (evidence === 'service') return serviceFinding(span);
  return phoneFinding(span, evidence, evidence === 'national' ? 0.8 : 0.6);
};

// Numbers a company's service is reached on, never a person's own line: toll-free, premium-rate
// and shared-cost numbers ("0800 5882140", "900 814 226"). Not 'UAN' nor 'VOICEMAIL': people hold non-geographic numbers (Dutch 087, Romanian 037x VoIP),
// and a German or Italian mobile's mailbox is the mobile's own number with digits inserted.
const SERVICE_TYPES: ReadonlySet<string> = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST']);

const isServiceType = (type: string | undefined): boolean =>
  type !== undefined && SERVICE_TYPES.has(type);

/**
 * What a national number is in the countries it is valid in, one parse per country until one
 * says it is a line: a number may be valid in several ('0887 123 456': premium-rate in France, a
 * mobile in Bulgaria; '01632 960 456': a drama number in the UK, a mobile in Germany), and is a
 * drama or service number only if it is one in each (fail closed). 'none': valid in none.
 */
const nationalReading = (
  value: string,
  countries: readonly CountryCode[],
): 'drama' | 'service' | 'line' | 'none' => {
  let service = false;
  let drama = false;
  for (const country of countries) {
    const parsed = parsePhoneNumberFromString(value, { defaultCountry: country });
    if (parsed?.isValid() !== true) continue;
    if (country === 'GB' && isDramaNumber(value)) {
      drama = true;
      continue;
    }
    if (!isServiceType(parsed.getType())) return 'line';
    service = true;
  }
  return service ? 'service' : drama ? 'drama' : 'none';
};

const serviceFinding = (span: Span): Finding =>
  toFinding(span, {
    type: 'PHONE_NUMBER',
    category: 'business_id',
    score: 0.6,
    recognizer: 'phone',
    detail: 'service',
  });

// Ranges Ofcom keeps for drama and examples ("07700 900412"): no line is anyone's.
const UK_DRAMA =
  /^0(?:7700900|1632960|20794600|1134960|1144960|1154960|1174960|1184960|1214960|1314960|1414960|1514960|1614960|1914980|29201800|8081570|9098790|3069990)\d{3}$/;

const isDramaNumber = (value: string): boolean => {
  const digits = digitsOf(value);
  const national = digits.startsWith('44')
    ? `0${digits.slice(2)}`
    : digits.startsWith('0044')
      ? `0${digits.slice(4)}`
      : digits;
  return UK_DRAMA.test(national);
};

// A number a mail client wrapped ("+33 1 06 73 22\n78"): the groups on either side of a soft line
// break, read as one number with a space for the break. Candidates stop at line breaks, so these
// are tried apart, only where a digit ends a line and another starts the next (most texts have
// none), and only when the number is dialled internationally or a phone word is near: a column
// of numbers in a table or log is never joined.
const LINE_REACH = 24;
const isGroupCode = (code: number): boolean =>
  (code >= 48 && code <= 57) ||
  code === 32 ||
  code === 40 ||
  code === 41 ||
  code === 46 ||
  code === 47 ||
  code === 45 ||
  code === 0xa0;
const isDigitAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};
const LINE_BREAK = / ?\r?\n/;

/** The wrapped number around the soft break at `at` (the line feed), if it is a phone number. */
const wrappedPhone = (
  text: string,
  at: number,
  lineEnds: ReadonlySet<number>,
): Finding | undefined => {
  let lineEnd = at;
  while (lineEnd > 0 && !isDigitAt(text, lineEnd - 1)) lineEnd -= 1;
  let start = lineEnd;
  while (start > 0 && lineEnd - start < LINE_REACH && isGroupCode(text.charCodeAt(start - 1))) {
    start -= 1;
  }
  while (!isDigitAt(text, start)) start += 1;
  const lead = text.charCodeAt(start - 1);
  if (lead === 43 || lead === 40) start -= 1;
  if (isWordChar(text, start - 1) || text.charCodeAt(start - 1) === 43) return undefined;
  // The line's number is whole already: the next line's digits are another one.
  if (lineEnds.has(lineEnd)) return undefined;
  let end = at + 1;
  while (end < text.length && end - at <= LINE_REACH && isGroupCode(text.charCodeAt(end))) end += 1;
  while (end > at + 1 && !isDigitAt(text, end - 1)) end -= 1;
  // Glued to a word ("78 2e étage"): the number ends at the last group before it.
  if (isWordChar(text, end)) {
    const space = text.lastIndexOf(' ', end - 1);
    end = space > at ? space : at + 1;
    while (end > at + 1 && !isDigitAt(text, end - 1)) end -= 1;
  }
  if (end <= at + 1) return undefined;
  const span = { start, end };
  const value = text.slice(start, end).replace(LINE_BREAK, ' ');
  const evidence = formOf(value) === 'international' || hasContextNear(text, span, PHONE_WORDS);
  return evidence ? toPhone(text, span, value) : undefined;
};

/** Numbers wrapped across a soft line break between two digits. */
const wrappedPhones = (text: string, onLines: readonly Finding[]): Finding[] => {
  const found: Finding[] = [];
  const lineEnds = new Set(onLines.map((phone) => phone.end));
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (!isDigitAt(text, at + 1) || !isSoftBreak(text, at)) continue;
    let before = at - 1;
    if (text.charCodeAt(before) === 13) before -= 1;
    if (text.charCodeAt(before) === 32) before -= 1;
    if (!isDigitAt(text, before)) continue;
    const finding = wrappedPhone(text, at, lineEnds);
    if (finding !== undefined) found.push(finding);
  }
  return found;
};

const unglued = (text: string) => (start: number, end: number) =>
  isWordChar(text, end) ? undefined : { start, end };

/**
 * Phone numbers: libphonenumber-js (full metadata, isValid) on cheap candidates. International
 * numbers always count; national ones need a trunk 0, or phone-like grouping or a phone word
 * nearby, and are skipped next to order/invoice words; next to a phone word (any EU language) a
 * phone-shaped number counts even when no EU country knows it. Dates and dotted quads never do.
 */
export const phoneRecognizer: Recognizer = {
  name: 'phone',
  entities: ['PHONE_NUMBER'],
  find: (text) => {
    const found = scanCandidates(text, CANDIDATE, unglued(text))
      .flatMap((span) => splitList(text, span))
      .map((span) => toPhone(text, span))
      .filter((finding) => finding !== undefined);
    const wrapped = text.includes('\n') ? wrappedPhones(text, found) : [];
    if (wrapped.length === 0) return found;
    // A part of a wrapped number is no number of its own.
    const apart = found.filter((phone) =>
      wrapped.every((whole) => phone.end <= whole.start || whole.end <= phone.start),
    );
    return [...apart, ...wrapped].sort((a, b) => a.start - b.start);
  },
};
