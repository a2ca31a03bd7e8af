import type { Finding } from './pii/recognizer.js';

export type Classification = 'personal' | 'non-sensitive';
export type Route = 'eu' | 'global';
export type Outcome = 'ok' | 'failed' | 'rejected';

/** A payload once validated: what the user asked us to route. */
export interface RoutingRequest {
  readonly id?: string;
  readonly text: string;
  readonly residency?: 'eu';
  readonly model?: string;
}

/** What the classify step adds to a request. */
export interface ClassificationResult {
  readonly classification: Classification;
  readonly findings: readonly Finding[];
  readonly policyVersion: string;
}

export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly totalTokens: number;
}

/** What an invoker returns: the model's answer and where it may have been processed. */
export interface InvocationResult {
  readonly route: Route;
  readonly profileId: string;
  readonly modelId: string;
  readonly destinationRegions: readonly string[];
  readonly sourceRegion: string;
  readonly outputText: string;
  readonly stopReason: string;
  readonly usage: TokenUsage;
  readonly latencyMs: number;
}
