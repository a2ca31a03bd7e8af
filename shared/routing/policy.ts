import type { Classification, Route } from '../types.js';
import { MODEL_CATALOG } from './catalog.js';

export interface RouteDecisionInput {
  readonly classification: Classification | undefined;
  readonly residency?: 'eu' | undefined;
  readonly globalAllowed: boolean;
}

/** True when the model has a global profile at all (Nova Pro, for one, has none). */
export const hasGlobalProfile = (modelId: string): boolean =>
  MODEL_CATALOG[modelId]?.profiles.global !== undefined;

/**
 * The one routing rule: global only for a payload positively classified non-sensitive,
 * with no EU residency hint, where global processing is opted in. Anything else is EU.
 */
export const decideRoute = ({
  classification,
  residency,
  globalAllowed,
}: RouteDecisionInput): Route =>
  classification === 'non-sensitive' && residency !== 'eu' && globalAllowed ? 'global' : 'eu';
