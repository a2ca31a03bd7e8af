import { RegionPolicyError, UnknownModelError } from '../errors.js';
import type { Route } from '../types.js';
import { MODEL_CATALOG } from './catalog.js';
import { isEuMemberRegion } from './regions.js';

export interface ResolvedProfile {
  readonly route: Route;
  readonly modelId: string;
  readonly profileId: string;
  readonly sourceRegion: string;
  readonly destinationRegions: readonly string[];
}

/** The inference profile id Bedrock expects: `<scope>.<model id>`. */
export const profileIdFor = (route: Route, modelId: string): string => `${route}.${modelId}`;

/** Splits a profile id back into scope and model; undefined for a bare model id. */
export const parseProfileId = (id: string): { scope: string; modelId: string } | undefined => {
  const match = /^(global|eu|us|us-gov|apac|jp|au)\.(.+)$/.exec(id);
  return match?.[1] && match[2] ? { scope: match[1], modelId: match[2] } : undefined;
};

/**
 * Which profile a route uses from a source region, and where it may process data.
 * Throws when the model is unknown, has no profile for the route, or cannot be called
 * from the source region; the EU route is refused unless every destination is an EU member state.
 */
export const resolveProfile = (
  route: Route,
  modelId: string,
  sourceRegion: string,
): ResolvedProfile => {
  const model = MODEL_CATALOG[modelId];
  if (!model) {
    throw new UnknownModelError(
      `model ${modelId} is not in the catalog; known: ${Object.keys(MODEL_CATALOG).join(', ')}`,
    );
  }
  const profile = model.profiles[route];
  if (!profile) {
    throw new UnknownModelError(`model ${modelId} has no ${route} cross-region inference profile`);
  }
  const destinations = profile.destinationsBySource[sourceRegion];
  if (!destinations) {
    throw new RegionPolicyError(
      `${profileIdFor(route, modelId)} cannot be called from ${sourceRegion}; allowed source regions: ${Object.keys(profile.destinationsBySource).join(', ')}`,
    );
  }
  if (route === 'eu' && !destinations.every(isEuMemberRegion)) {
    throw new RegionPolicyError(
      `${profileIdFor(route, modelId)} called from ${sourceRegion} may route outside EU member states (${destinations.filter((r) => !isEuMemberRegion(r)).join(', ')})`,
    );
  }
  return {
    route,
    modelId,
    profileId: profileIdFor(route, modelId),
    sourceRegion,
    destinationRegions: destinations,
  };
};
