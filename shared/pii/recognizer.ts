/** Entity types the classifier can report: a closed union, never free strings. */
export type EntityType =
  | 'EMAIL_ADDRESS'
  | 'PHONE_NUMBER'
  | 'IP_ADDRESS'
  | 'MAC_ADDRESS'
  | 'IBAN'
  | 'BANK_ACCOUNT'
  | 'PAYMENT_CARD'
  | 'CRYPTO_ADDRESS'
  | 'NATIONAL_ID'
  | 'HEALTH_ID'
  | 'EDUCATION_ID'
  | 'PROFESSIONAL_ID'
  | 'PASSPORT'
  | 'ID_CARD'
  | 'DRIVING_LICENCE'
  | 'TAX_ID'
  | 'VAT_ID'
  | 'PERSON_NAME'
  | 'PERSON_REFERENCE'
  | 'POSTAL_ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'LICENCE_PLATE'
  | 'DEVICE_ID'
  | 'VEHICLE_ID'
  | 'HEALTH_DATA'
  | 'RELIGIOUS_BELIEF'
  | 'ETHNIC_ORIGIN'
  | 'POLITICAL_OPINION'
  | 'TRADE_UNION_MEMBERSHIP'
  | 'SEX_LIFE_OR_ORIENTATION'
  | 'GENETIC_DATA'
  | 'BIOMETRIC_DATA'
  | 'CRIMINAL_DATA'
  | 'UNREADABLE_CONTENT'
  | 'CLASSIFIER_ERROR';

/** What kind of data a finding is; the policy decides which categories make a payload personal. */
export type FindingCategory =
  | 'contact'
  | 'online'
  | 'financial'
  | 'national_id'
  | 'id_document'
  | 'tax_id'
  | 'business_id'
  | 'person_name'
  | 'location'
  | 'demographic'
  | 'vehicle'
  | 'health'
  | 'special_category'
  | 'criminal'
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
