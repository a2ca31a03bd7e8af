import type { Classification, Route } from '../types.js';

export interface RouteDecisionInput {
  readonly classification: Classification | undefined;
  readonly residency?: 'eu' | undefined;
  readonly globalAllowed: boolean;
}

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
