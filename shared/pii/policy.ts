import type { Classification } from '../types.js';
import type { Finding, FindingCategory } from './recognizer.js';

/** Bump on any change to the recognizers or to this policy: audit records carry it. */
export const POLICY_VERSION = '2026-12-08.103';

/** Which finding categories make a payload personal, under a named version. */
export interface ClassificationPolicy {
  readonly version: string;
  readonly personal: Readonly<Record<FindingCategory, boolean>>;
}

export interface PolicyOptions {
  /** Treat business identifiers (company VAT ids) as personal too. */
  readonly strict?: boolean;
}

export const DEFAULT_POLICY: ClassificationPolicy = Object.freeze({
  version: POLICY_VERSION,
  personal: Object.freeze({
    contact: true,
    online: true,
    financial: true,
    national_id: true,
    id_document: true,
    tax_id: true,
    business_id: false,
    person_name: true,
    location: true,
    demographic: true,
    vehicle: true,
    health: true,
    special_category: true,
    criminal: true,
    unreadable: true,
  }),
});

/** Strict mode is a different policy, so its version says so: `<POLICY_VERSION>+strict`. */
export const STRICT_POLICY: ClassificationPolicy = Object.freeze({
  version: `${POLICY_VERSION}+strict`,
  personal: Object.freeze({ ...DEFAULT_POLICY.personal, business_id: true }),
});

/** Anything but `strict: true`, including no or malformed options, selects the default policy. */
export const policyFor = (options?: PolicyOptions | null): ClassificationPolicy =>
  options?.strict === true ? STRICT_POLICY : DEFAULT_POLICY;

/** A category the policy does not know is personal (fail closed). */
export const isPersonal = (finding: Finding, policy: ClassificationPolicy): boolean =>
  policy.personal[finding.category] !== false;

export const decide = (
  findings: readonly Finding[],
  policy: ClassificationPolicy,
): Classification =>
  findings.some((finding) => isPersonal(finding, policy)) ? 'personal' : 'non-sensitive';
