import { isIpv4Network } from '../../shared/pii/recognizers/ip-address.js';
import type { Corpora, PresidioCase } from './corpora.js';
import {
  KEYS,
  LABELLED,
  LABELS,
  LANGUAGES,
  type LabelKind,
  type Language,
  NEUTRAL,
  POSITIONS,
  type Position,
} from './templates.js';

/** One identifier from a corpus: `type` is the corpus's own name ('de.idnr', 'IBAN_CODE'). */
export interface Identifier {
  readonly source: 'stdnum' | 'presidio';
  readonly type: string;
  readonly value: string;
  readonly label: LabelKind;
}

/** A payload to classify, and where the identifier sits in it. */
export interface AccuracyCase extends Identifier {
  readonly language: Language;
  readonly position: Position;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A corpus type left out of the benchmark, and why. */
export interface Exclusion {
  readonly source: 'stdnum' | 'presidio';
  readonly type: string;
  readonly reason: string;
}

// stdnum categories that are a person's identifier (per shared/pii/policy.ts); 'vat' is not.
const STDNUM_LABELS: Readonly<Record<string, LabelKind>> = {
  national_id: 'national',
  social_security: 'social',
  tax_id: 'tax',
  id_document: 'idCard',
  iban: 'iban',
  bank_account: 'account',
  health_id: 'health',
  education_id: 'education',
};

// The Liechtenstein PEID has no check digit: only its own name marks it.
const STDNUM_LABEL_OVERRIDES: Readonly<Record<string, LabelKind>> = { 'li.peid': 'peid' };

const compactOf = (value: string): string => value.replace(/[\s.\-/]/g, '').toUpperCase();

// A Danish CVR, a Spanish CIF (letter first), an 11-digit Italian codice fiscale, an Icelandic
// company kennitala (day + 40), Polish NIPs (a business's tax and VAT number), Portuguese NIPCs
// (5, 6, 8, 9 first), Romanian CUIs (shorter than a CNP).
/** Whether a number of a personal stdnum type belongs to a company, so is a business id. */
export const isBusinessNumber = (type: string, value: string): boolean => {
  const compact = compactOf(value);
  switch (type) {
    case 'dk.cvr':
    case 'pl.nip':
      return true;
    case 'es.nif':
      return /^[ABCDEFGHJNPQRSUVW]/.test(compact);
    case 'it.codicefiscale':
      return /^\d+$/.test(compact);
    case 'is.kennitala':
      return /^[4-7]/.test(compact);
    case 'pt.nif':
      return /^(?:PT)?[5689]/.test(compact);
    case 'ro.cf':
      return compact.replace(/^RO/, '').length < 13;
    default:
      return false;
  }
};

/** Presidio entity types that are a person's identifier, with the label a sentence gives them. */
export const PRESIDIO_LABELS: Readonly<Record<string, LabelKind>> = {
  CREDIT_CARD: 'card',
  CRYPTO: 'crypto',
  EMAIL_ADDRESS: 'email',
  IBAN_CODE: 'iban',
  IP_ADDRESS: 'ip',
  MAC_ADDRESS: 'mac',
  PHONE_NUMBER: 'phone',
  DE_FUEHRERSCHEIN: 'licence',
  DE_HEALTH_INSURANCE: 'health',
  DE_ID_CARD: 'idCard',
  DE_LANR: 'professional',
  DE_PASSPORT: 'passport',
  DE_SOCIAL_SECURITY: 'social',
  DE_TAX_ID: 'tax',
  DE_TAX_NUMBER: 'tax',
  ES_NIE: 'national',
  ES_NIF: 'tax',
  ES_PASSPORT: 'passport',
  FI_PERSONAL_IDENTITY_CODE: 'national',
  IT_DRIVER_LICENSE: 'licence',
  IT_FISCAL_CODE: 'tax',
  IT_IDENTITY_CARD: 'idCard',
  IT_PASSPORT: 'passport',
  PL_PESEL: 'national',
  SE_PERSONNUMMER: 'national',
  UK_DRIVING_LICENCE: 'licence',
  UK_NHS: 'health',
  UK_NINO: 'social',
  UK_PASSPORT: 'passport',
};

/** EU/UK/CH and generic Presidio types left out: not a person's identifier on their own. */
export const PRESIDIO_EXCLUDED: Readonly<Record<string, string>> = {
  DATE_TIME: 'a date alone is not personal (dates of birth need a context: issue 3 item 2)',
  URL: 'a URL alone is not personal',
  DE_PLZ: 'a postcode alone is not personal (postal addresses: issue 3 item 2)',
  UK_POSTCODE: 'a postcode alone is not personal (postal addresses: issue 3 item 2)',
  DE_KFZ: 'a licence plate alone is not personal (plates with an owner: issue 3 item 2)',
  UK_VEHICLE_REGISTRATION:
    'a licence plate alone is not personal (plates with an owner: issue 3 item 2)',
  DE_HANDELSREGISTER: 'company register number: a business id',
  DE_VAT_ID: 'company VAT number: a business id',
  IT_VAT_CODE: 'company VAT number: a business id',
  SE_ORGANISATIONSNUMMER: 'company registration number: a business id',
  DE_BSNR: "a medical practice's site number: a business id",
};

const EU_UK_CH = /^(?:DE|ES|FI|IT|PL|SE|UK)_/;
const GENERIC = new Set([
  'CREDIT_CARD',
  'CRYPTO',
  'DATE_TIME',
  'EMAIL_ADDRESS',
  'IBAN_CODE',
  'IP_ADDRESS',
  'MAC_ADDRESS',
  'PHONE_NUMBER',
  'URL',
]);

// Unspecified and loopback addresses identify no one (Presidio still reports them), nor do the
// blocks reserved for documentation (RFC 5737: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24;
// RFC 3849: 2001:db8::/32), which no host is ever given.
const NOT_A_HOST = new Set(['::', '::1', '0.0.0.0', '127.0.0.1']);
const DOCUMENTATION = /(?:^|:)(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$|^2001:0?db8:/i;
// detected=false in Presidio's test, but the phrase holds a valid MAC address: personal after all.
const NOT_INVALID = new Set(['MAC address aa:bb:cc:dd:ee:ff']);

// An IPv4 network given by its prefix length, its host bits zero ('192.168.1.0/24', '10.0.0.0/8'):
// a range of addresses, as route tables and firewall rules write them, not one device's.
const IPV4_WITH_PREFIX = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/;
const isNetwork = (value: string): boolean => {
  const parts = IPV4_WITH_PREFIX.exec(value);
  return parts !== null && isIpv4Network(parts[1] as string, Number(parts[2]));
};

const isHost = (type: string, value: string): boolean => {
  const address = value.replace(/\/\d+$/, '');
  return (
    type !== 'IP_ADDRESS' ||
    !(NOT_A_HOST.has(address) || DOCUMENTATION.test(address) || isNetwork(value))
  );
};

/** The corpus's types that the benchmark leaves out, with the reason, for the report. */
export const excludedTypes = (corpora: Corpora): Exclusion[] => [
  ...Object.entries(corpora.stdnum.types)
    .filter(([, entry]) => STDNUM_LABELS[entry.category] === undefined)
    .map(([type, entry]) => ({
      source: 'stdnum' as const,
      type,
      reason: `category ${entry.category}: a business id`,
    })),
  ...Object.keys(corpora.presidio.types)
    .filter((type) => PRESIDIO_LABELS[type] === undefined)
    .map((type) => ({
      source: 'presidio' as const,
      type,
      reason:
        PRESIDIO_EXCLUDED[type] ??
        (EU_UK_CH.test(type) || GENERIC.has(type) ? 'not personal' : 'not an EU/UK/CH type'),
    })),
];

const unique = (identifiers: readonly Identifier[]): Identifier[] => {
  const seen = new Set<string>();
  return identifiers.filter((identifier) => {
    const key = `${identifier.source}\u0000${identifier.type}\u0000${identifier.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const stdnumIdentifiers = (corpora: Corpora, which: 'valid' | 'invalid'): Identifier[] =>
  Object.entries(corpora.stdnum.types).flatMap(([type, entry]) => {
    const label = STDNUM_LABEL_OVERRIDES[type] ?? STDNUM_LABELS[entry.category];
    if (label === undefined) return [];
    return entry[which]
      .filter((value) => which === 'invalid' || !isBusinessNumber(type, value))
      .map((value) => ({ source: 'stdnum' as const, type, value: value.trim(), label }));
  });

const presidioIdentifiers = (corpora: Corpora, detected: boolean): Identifier[] =>
  Object.entries(corpora.presidio.types).flatMap(([type, entry]) => {
    const label = PRESIDIO_LABELS[type];
    if (label === undefined) return [];
    return entry.cases
      .filter((item: PresidioCase) => item.detected === detected && item.value.trim() !== '')
      .map((item) => ({ source: 'presidio' as const, type, value: item.value.trim(), label }))
      .filter((identifier) => isHost(type, identifier.value));
  });

/** Every valid personal identifier of both corpora, once per corpus type. */
export const validIdentifiers = (corpora: Corpora): Identifier[] =>
  unique([...stdnumIdentifiers(corpora, 'valid'), ...presidioIdentifiers(corpora, true)]);

// Minus any value valid under another type (a valid Greek IBAN listed as an invalid Belgian one)
// or holding a valid identifier.
/** Invalid look-alikes of the same types: stdnum's invalid numbers, Presidio's detected=false. */
export const invalidIdentifiers = (corpora: Corpora): Identifier[] => {
  const valid = new Set(
    [...stdnumIdentifiers(corpora, 'valid'), ...presidioIdentifiers(corpora, true)].map((id) =>
      compactOf(id.value),
    ),
  );
  for (const entry of Object.values(corpora.stdnum.types)) {
    for (const value of entry.valid) valid.add(compactOf(value));
  }
  return unique([...stdnumIdentifiers(corpora, 'invalid'), ...presidioIdentifiers(corpora, false)])
    .filter((id) => !valid.has(compactOf(id.value)))
    .filter((id) => !NOT_INVALID.has(id.value));
};

const fill = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** Places one identifier into one sentence; the identifier is the only `{v}` in it. */
export const place = (
  identifier: Identifier,
  language: Language,
  position: Position,
  template: string,
): AccuracyCase => {
  const [before = '', after = ''] = template.split('{v}');
  const values = { label: LABELS[language][identifier.label], key: KEYS[identifier.label] };
  const prefix = fill(before, values);
  const text = `${prefix}${identifier.value}${fill(after, values)}`;
  return {
    ...identifier,
    language,
    position,
    text,
    start: prefix.length,
    end: prefix.length + identifier.value.length,
  };
};

export interface CaseOptions {
  /** Keep every n-th (identifier, language, position) combination, deterministically (default 1). */
  readonly every?: number;
}

const placeAll = (
  identifiers: readonly Identifier[],
  templates: typeof LABELLED,
  every: number,
): AccuracyCase[] => {
  const cases: AccuracyCase[] = [];
  let index = 0;
  for (const identifier of identifiers) {
    for (const language of LANGUAGES) {
      for (const position of POSITIONS) {
        if (index++ % every === 0) {
          cases.push(place(identifier, language, position, templates[language][position]));
        }
      }
    }
  }
  return cases;
};

/** Valid identifiers in labelled sentences (recall) in every language and position. */
export const recallCases = (corpora: Corpora, options: CaseOptions = {}): AccuracyCase[] =>
  placeAll(validIdentifiers(corpora), LABELLED, options.every ?? 1);

/** Invalid look-alikes in sentences without any context word (flag rate). */
export const neutralCases = (corpora: Corpora, options: CaseOptions = {}): AccuracyCase[] =>
  placeAll(invalidIdentifiers(corpora), NEUTRAL, options.every ?? 1);

/** Valid identifiers in sentences without any context word: how much rests on the words. */
export const bareCases = (corpora: Corpora, options: CaseOptions = {}): AccuracyCase[] =>
  placeAll(validIdentifiers(corpora), NEUTRAL, options.every ?? 1);
