import { errorName } from '../errors.js';
import { withCompanyNumbers } from './business-context.js';
import { prepareContext } from './context.js';
import { encodedContentRecognizer } from './decode.js';
import { elementListRecognizer } from './element-list.js';
import { normalisedTextRecognizer } from './normalise.js';
import type { Finding, Recognizer } from './recognizer.js';
import { bankAccountRecognizer } from './recognizers/bank-account.js';
import { criminalDataRecognizer } from './recognizers/criminal-data.js';
import { cryptoAddressRecognizer } from './recognizers/crypto-address.js';
import { dateOfBirthRecognizer } from './recognizers/date-of-birth.js';
import { deviceIdRecognizer } from './recognizers/device-id.js';
import { driverCardRecognizer } from './recognizers/driver-card.js';
import { emailRecognizer } from './recognizers/email.js';
import { obfuscatedEmailRecognizer } from './recognizers/email-obfuscated.js';
import { hashedIdentifierRecognizer } from './recognizers/hashed-identifier.js';
import { healthIdRecognizer } from './recognizers/health-id.js';
import { ibanRecognizer } from './recognizers/iban.js';
import { idDocumentRecognizer } from './recognizers/id-document.js';
import { introducedNameRecognizer } from './recognizers/introduced-name.js';
import { ipAddressRecognizer } from './recognizers/ip-address.js';
import { licencePlateRecognizer } from './recognizers/licence-plate.js';
import { macAddressRecognizer } from './recognizers/mac-address.js';
import { mrzRecognizer } from './recognizers/mrz.js';
import { nationalIdRecognizer } from './recognizers/national-id.js';
import { paymentCardRecognizer } from './recognizers/payment-card.js';
import { personNameRecognizer } from './recognizers/person-name.js';
import { personReferenceRecognizer } from './recognizers/person-reference.js';
import { phoneRecognizer } from './recognizers/phone.js';
import { postalAddressRecognizer } from './recognizers/postal-address.js';
import { sectorIdRecognizer } from './recognizers/sector-id.js';
import { specialCategoryRecognizer } from './recognizers/special-category.js';
import { splitNumberRecognizer } from './recognizers/split-number.js';
import { structuredNameRecognizer } from './recognizers/structured-name.js';
import { taxIdRecognizer } from './recognizers/tax-id.js';
import { unreadableRecognizer } from './recognizers/unreadable.js';
import { vatIdRecognizer } from './recognizers/vat-id.js';
import { shoutedTextRecognizer } from './shouted.js';
import { spokenNumberRecognizer } from './spoken.js';

/**
 * Every recognizer, most specific first: on a tie in score and length the earlier one is kept.
 * To add one, write shared/pii/recognizers/<entity>.ts and list it here.
 */
export const RECOGNIZERS: readonly Recognizer[] = [
  unreadableRecognizer,
  ibanRecognizer,
  paymentCardRecognizer,
  cryptoAddressRecognizer,
  vatIdRecognizer,
  nationalIdRecognizer,
  taxIdRecognizer,
  healthIdRecognizer,
  sectorIdRecognizer,
  idDocumentRecognizer,
  mrzRecognizer,
  driverCardRecognizer,
  bankAccountRecognizer,
  emailRecognizer,
  macAddressRecognizer,
  ipAddressRecognizer,
  phoneRecognizer,
  obfuscatedEmailRecognizer,
  deviceIdRecognizer,
  dateOfBirthRecognizer,
  licencePlateRecognizer,
  postalAddressRecognizer,
  personNameRecognizer,
  structuredNameRecognizer,
  hashedIdentifierRecognizer,
  personReferenceRecognizer,
  introducedNameRecognizer,
  specialCategoryRecognizer,
  criminalDataRecognizer,
  // Runs the number recognizers again on a number cut by a chat line's end, joined: after the
  // others, which share the text's indexes it replaces.
  splitNumberRecognizer,
  // Last: these run recognizers again on the text with its lines in capitals read in lower case
  // (those READ_BY_CASE), and the whole list on it with its number words read as digits, as read
  // without invisible characters and escapes, and on what encoded spans decode to.
  shoutedTextRecognizer((text) => findAll(text, READ_BY_CASE)),
  spokenNumberRecognizer((text) => findAll(text)),
  normalisedTextRecognizer((text) => findAll(text)),
  elementListRecognizer((text) => findAll(text)),
  encodedContentRecognizer((text) => findAll(text)),
];

// What the text with its lines in capitals read in lower case is scanned by: the recognizers a
// capital tells something (names and what a name cues). Not the others: an identifier reads the
// same in either case, and a marker in capitals ('-----BEGIN CERTIFICATE-----') is only one so.
const READ_BY_CASE: readonly Recognizer[] = [
  personNameRecognizer,
  structuredNameRecognizer,
  personReferenceRecognizer,
  specialCategoryRecognizer,
  criminalDataRecognizer,
  dateOfBirthRecognizer,
  postalAddressRecognizer,
  licencePlateRecognizer,
];

// Context words of every recognizer above are compiled at cold start, not on the first payload.
prepareContext();

/** The finding reported in place of a recognizer that threw: no message, which may quote input. */
export const classifierError = (recognizer: string, error: unknown): Finding => ({
  type: 'CLASSIFIER_ERROR',
  category: 'unreadable',
  start: 0,
  end: 0,
  score: 1,
  recognizer,
  detail: errorName(error),
});

const run = (recognizer: Recognizer, text: string): Finding[] => {
  try {
    return recognizer.find(text);
  } catch (error) {
    return [classifierError(recognizer.name, error)];
  }
};

const length = (finding: Finding): number => finding.end - finding.start;

const isBusiness = (finding: Finding): boolean => finding.category === 'business_id';

/**
 * Whether `a` beats `b` for the same text: anything personal beats a business id (a Croatian OIB
 * is both a person's number and, prefixed, a VAT number: fail closed), then the higher score,
 * then the longer span.
 */
const beats = (a: Finding, b: Finding): boolean => {
  if (isBusiness(a) !== isBusiness(b)) return isBusiness(b);
  return a.score !== b.score ? a.score > b.score : length(a) > length(b);
};

const overlaps = (a: Finding, b: Finding): boolean => a.start < b.end && b.start < a.end;

const byStart = (a: Finding, b: Finding): number => a.start - b.start;

/**
 * One finding per stretch of overlapping findings (the best one), sorted by start (stable, so
 * recognizer order breaks ties). Zero-length findings (classifier errors) are never merged away.
 */
export const mergeFindings = (findings: readonly Finding[]): Finding[] => {
  const markers = findings.filter((finding) => length(finding) === 0);
  const kept: Finding[] = [];
  for (const finding of findings.filter((f) => length(f) > 0).sort(byStart)) {
    const last = kept.at(-1);
    if (last === undefined || !overlaps(last, finding)) kept.push(finding);
    else if (beats(finding, last)) kept[kept.length - 1] = finding;
  }
  return [...markers, ...kept].sort(byStart);
};

/** Runs every recognizer on the text and merges what they found; never throws for a string. */
export const findAll = (
  text: string,
  recognizers: readonly Recognizer[] = RECOGNIZERS,
): Finding[] =>
  // A company's numbers are told apart before merging, so that a personal finding on the same
  // text still beats them.
  mergeFindings(
    withCompanyNumbers(
      text,
      recognizers.flatMap((recognizer) => run(recognizer, text)),
    ),
  );
