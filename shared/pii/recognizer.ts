/** Entity types the classifier can report: a closed union, never free strings. */
export type EntityType =
  | 'EMAIL_ADDRESS'
  | 'IBAN'
  | 'PAYMENT_CARD'
  | 'PHONE_NUMBER'
  | 'NATIONAL_ID'
  | 'TAX_ID'
  | 'VAT_ID'
  | 'UNREADABLE_CONTENT'
  | 'CLASSIFIER_ERROR';

/** What kind of data a finding is; the policy decides which categories make a payload personal. */
export type FindingCategory =
  | 'contact'
  | 'financial'
  | 'national_id'
  | 'tax_id'
  | 'business_id'
  | 'unreadable';

/** A detection: where and what, never the matched value. */
export interface Finding {
  readonly type: EntityType;
  readonly category: FindingCategory;
  readonly start: number;
  readonly end: number;
  readonly score: number;
  /** Which recognizer found it, and the scheme it validated (e.g. 'de.idnr'): no value. */
  readonly recognizer: string;
  readonly detail?: string;
}

/** One recognizer: mostly data plus a validation hook, pure and synchronous. */
export interface Recognizer {
  readonly name: string;
  readonly entities: readonly EntityType[];
  find(text: string): Finding[];
}
