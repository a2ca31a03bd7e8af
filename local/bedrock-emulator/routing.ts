import { MODEL_CATALOG } from '../../shared/routing/catalog.js';
import { parseProfileId } from '../../shared/routing/profiles.js';
import { ANY_COMMERCIAL_REGION } from '../../shared/routing/regions.js';
import { type EmulatedError, emulatedError } from './errors.js';
import { pickWeighted } from './prng.js';

/** Where a global profile may land: commercial regions worldwide, opt-in ones included. */
export const GLOBAL_DESTINATION_REGIONS: readonly string[] = [
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'af-south-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-southeast-1',
  'ap-southeast-2',
];

/** The model a call resolved to, and the regions CRIS may send it to from the caller's region. */
export interface ResolvedTarget {
  readonly modelId: string;
  readonly scope: string;
  readonly destinations: readonly string[];
}

const INVALID_ID = 'The provided model identifier is invalid.';

/** The region in a SigV4 credential scope: `Credential=AKID/<date>/eu-central-1/bedrock/...`. */
export const sourceRegionFrom = (authorization: string | undefined): string | undefined =>
  /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\/bedrock\/aws4_request/.exec(authorization ?? '')?.[1];

/** The identifier inside an ARN (`...:inference-profile/eu.amazon...`), or the id itself. */
export const bareIdentifier = (identifier: string): string =>
  identifier.startsWith('arn:') ? (identifier.split('/').at(-1) ?? '') : identifier;

const onDemandRefusal = (modelId: string): EmulatedError =>
  emulatedError(
    'ValidationException',
    `Invocation of model ID ${modelId} with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model.`,
  );

/**
 * Resolves a model identifier as Bedrock does from a source region. Every catalog model is
 * treated as profile-only (no on-demand mode), as Nova 2 Lite and Claude Sonnet 4.5 are.
 */
export const resolveTarget = (
  identifier: string,
  sourceRegion: string,
): ResolvedTarget | EmulatedError => {
  const id = bareIdentifier(identifier);
  const parsed = parseProfileId(id);
  if (!parsed) {
    return MODEL_CATALOG[id]
      ? onDemandRefusal(id)
      : emulatedError('ValidationException', INVALID_ID);
  }
  const { scope, modelId } = parsed;
  const profiles = MODEL_CATALOG[modelId]?.profiles;
  const profile = scope === 'eu' || scope === 'global' ? profiles?.[scope] : undefined;
  const destinations = profile?.destinationsBySource[sourceRegion];
  if (!destinations) return emulatedError('ValidationException', INVALID_ID);
  const expanded = destinations.includes(ANY_COMMERCIAL_REGION)
    ? GLOBAL_DESTINATION_REGIONS
    : destinations;
  return { modelId, scope, destinations: expanded };
};

/** CRIS keeps a request in its source region when it can: that region weighs double. */
export const pickDestination = (
  destinations: readonly string[],
  sourceRegion: string,
  random: () => number,
): string | undefined =>
  pickWeighted(
    destinations.map((region) => ({ item: region, weight: region === sourceRegion ? 2 : 1 })),
    random,
  );
