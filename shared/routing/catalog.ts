import { ANY_COMMERCIAL_REGION } from './regions.js';

/** A cross-region inference profile: for each source region it may be called from, where it may route. */
export interface ProfileSpec {
  readonly destinationsBySource: Readonly<Record<string, readonly string[]>>;
}

export interface ModelSpec {
  readonly modelId: string;
  readonly displayName: string;
  readonly profiles: Readonly<Partial<Record<'eu' | 'global', ProfileSpec>>>;
}

const EU_SIX = [
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-3',
] as const;
const NOVA_PRO_CORE = ['eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-3'] as const;

/** Every source routes to the same set (the common CRIS shape). */
const uniform = (sources: readonly string[], destinations: readonly string[]) =>
  Object.fromEntries(sources.map((source) => [source, destinations]));

/** Global profiles: callable from these sources, routed to any commercial region. */
const GLOBAL_SOURCES = [...EU_SIX, 'eu-west-2', 'us-east-1', 'us-east-2', 'us-west-2'];
const globalProfile: ProfileSpec = {
  destinationsBySource: uniform(GLOBAL_SOURCES, [ANY_COMMERCIAL_REGION]),
};

/**
 * Models and their CRIS profiles, from the AWS model cards (../shared/design.md).
 * Profiles are static: a new region is a new entry here plus a test.
 */
export const MODEL_CATALOG: Readonly<Record<string, ModelSpec>> = {
  'amazon.nova-2-lite-v1:0': {
    modelId: 'amazon.nova-2-lite-v1:0',
    displayName: 'Amazon Nova 2 Lite',
    profiles: {
      eu: { destinationsBySource: uniform(EU_SIX, EU_SIX) },
      global: globalProfile,
    },
  },
  'anthropic.claude-sonnet-4-5-20250929-v1:0': {
    modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
    displayName: 'Anthropic Claude Sonnet 4.5',
    profiles: {
      eu: {
        destinationsBySource: {
          ...uniform(EU_SIX, EU_SIX),
          'eu-central-2': [...EU_SIX, 'eu-central-2'],
          'eu-west-2': [...EU_SIX, 'eu-west-2'],
        },
      },
      global: globalProfile,
    },
  },
  'amazon.nova-pro-v1:0': {
    modelId: 'amazon.nova-pro-v1:0',
    displayName: 'Amazon Nova Pro',
    profiles: {
      eu: {
        destinationsBySource: {
          ...uniform(NOVA_PRO_CORE, NOVA_PRO_CORE),
          'eu-south-1': [...NOVA_PRO_CORE, 'eu-south-1'],
          'eu-south-2': [...NOVA_PRO_CORE, 'eu-south-2'],
        },
      },
    },
  },
};
