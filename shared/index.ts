/** The library API: the classifier, the routing policy and the region catalog, free of AWS imports. */

export { type AuditRecord, buildAuditRecord } from './audit/record.js';
export * from './errors.js';
export { parseRequest } from './payload/parse-request.js';
export { classify } from './pii/classify.js';
export type { EntityType, Finding, FindingCategory, Recognizer } from './pii/recognizer.js';
export { MODEL_CATALOG, type ModelSpec } from './routing/catalog.js';
export { decideRoute } from './routing/policy.js';
export { profileIdFor, type ResolvedProfile, resolveProfile } from './routing/profiles.js';
export { EU_MEMBER_STATE_REGIONS, isEuMemberRegion } from './routing/regions.js';
export type * from './types.js';
