import { createHash } from 'node:crypto';
import type { Finding } from '../pii/recognizer.js';
import { profileIdFor } from '../routing/profiles.js';
import type { Classification, InvocationResult, Outcome, Route, TokenUsage } from '../types.js';
import { compact } from '../util/compact.js';

/** One audit record per payload: what a data-protection officer shows a regulator. No text, no values. */
export interface AuditRecord {
  readonly requestId: string;
  readonly recordedAt: string;
  readonly startedAt?: string;
  readonly sourceRegion: string;
  readonly source: string;
  readonly clientRef?: string;
  readonly outcome: Outcome;
  readonly classification: Classification | 'unclassified';
  readonly policyVersion?: string;
  readonly findingCounts: Readonly<Record<string, number>>;
  readonly textSha256: string;
  readonly textBytes?: number;
  readonly route: Route | 'none';
  readonly fallbackFromGlobal: boolean;
  readonly profileId?: string;
  readonly modelId?: string;
  readonly destinationRegions?: readonly string[];
  readonly errorName?: string;
  readonly usage?: TokenUsage;
  readonly latencyMs?: number;
  readonly totalLatencyMs?: number;
  readonly expiresAt: number;
}

/** The state the Audit task receives: whatever the execution carried (see statemachines/router.asl.json). */
export interface AuditInput {
  readonly requestId: string;
  readonly startedAt?: string;
  readonly state: unknown;
}

export interface AuditContext {
  readonly now: Date;
  readonly sourceRegion: string;
  readonly defaultModelId: string;
  readonly ttlDays: number;
  /** True when a string may be stored as is (classified non-sensitive); otherwise it is hashed. */
  readonly isSafeToStore: (value: string) => boolean;
}

type Bag = Record<string, unknown>;
const isBag = (value: unknown): value is Bag =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const sha256 = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

const countFindings = (findings: unknown): Record<string, number> => {
  const counts: Record<string, number> = {};
  if (!Array.isArray(findings)) return counts;
  for (const finding of findings as Partial<Finding>[]) {
    if (typeof finding?.type === 'string') counts[finding.type] = (counts[finding.type] ?? 0) + 1;
  }
  return counts;
};

const asClassification = (value: unknown): Classification | undefined =>
  value === 'personal' || value === 'non-sensitive' ? value : undefined;

const outcomeOf = (errorName: string | undefined, invocation: Bag | undefined): Outcome => {
  if (errorName === 'InvalidPayloadError') return 'rejected';
  if (errorName !== undefined || invocation === undefined) return 'failed';
  return 'ok';
};

/** The text's hash; for a payload that never became a request, the hash of the raw input instead. */
const payloadHash = (state: Bag, text: string | undefined): string => {
  if (text !== undefined) return sha256(text);
  const input = isBag(state.payload) || typeof state.payload === 'string' ? state.payload : state;
  const { error: _error, ...rest } = isBag(input) ? input : { payload: input };
  return sha256(typeof input === 'string' ? input : JSON.stringify(rest));
};

/** Which route was served or last attempted: mirrors the ASL Choice (global only for non-sensitive + global). */
const attemptedRoute = (state: Bag, classification: Classification | undefined): Route | 'none' => {
  if (classification === undefined) return 'none';
  const chosen = classification === 'non-sensitive' && state.route === 'global' ? 'global' : 'eu';
  return chosen === 'global' && isBag(state.globalFailure) ? 'eu' : chosen;
};

/** Builds the audit record from the execution state, whichever path led to the Audit state. */
export const buildAuditRecord = (input: AuditInput, context: AuditContext): AuditRecord => {
  const state = isBag(input.state) ? input.state : {};
  const request = isBag(state.request) ? state.request : undefined;
  const text = str(request?.text);
  const error = isBag(state.error) ? state.error : undefined;
  const errorName = error ? (str(error.Error) ?? 'UnknownError') : undefined;
  const invocation = isBag(state.invocation)
    ? (state.invocation as Bag & Partial<InvocationResult>)
    : undefined;
  const classification = asClassification(state.classification);
  const route = invocation?.route ?? attemptedRoute(state, classification);
  const modelId =
    invocation?.modelId ??
    (route === 'none' ? undefined : (str(request?.model) ?? context.defaultModelId));
  const clientId = str(request?.id);
  const startedMs = input.startedAt ? Date.parse(input.startedAt) : Number.NaN;
  return compact({
    requestId: input.requestId,
    recordedAt: context.now.toISOString(),
    startedAt: input.startedAt,
    sourceRegion: context.sourceRegion,
    source: str(state.source) ?? 'direct',
    clientRef:
      clientId === undefined
        ? undefined
        : context.isSafeToStore(clientId)
          ? clientId
          : `sha256:${sha256(clientId)}`,
    outcome: outcomeOf(errorName, invocation),
    classification: classification ?? ('unclassified' as const),
    policyVersion: str(state.policyVersion),
    findingCounts: countFindings(state.findings),
    textSha256: payloadHash(state, text),
    textBytes: text === undefined ? undefined : Buffer.byteLength(text, 'utf8'),
    route,
    fallbackFromGlobal: isBag(state.globalFailure),
    profileId:
      invocation?.profileId ??
      (route === 'none' || !modelId ? undefined : profileIdFor(route, modelId)),
    modelId,
    destinationRegions: invocation?.destinationRegions,
    errorName,
    usage: invocation?.usage,
    latencyMs: invocation?.latencyMs,
    totalLatencyMs: Number.isFinite(startedMs)
      ? Math.max(0, context.now.getTime() - startedMs)
      : undefined,
    expiresAt: Math.floor(context.now.getTime() / 1000) + context.ttlDays * 86_400,
  });
};

/** What the execution returns after auditing: the outcome and the model's answer, never the input text. */
export interface AuditSummary {
  readonly requestId: string;
  readonly outcome: Outcome;
  readonly classification: AuditRecord['classification'];
  readonly route: AuditRecord['route'];
  readonly profileId?: string;
  readonly findingTypes: readonly string[];
  readonly errorName?: string;
  readonly duplicate: boolean;
  readonly output?: {
    readonly text: string;
    readonly stopReason: string;
    readonly usage: TokenUsage;
  };
}

export const summarize = (
  record: AuditRecord,
  state: unknown,
  duplicate: boolean,
): AuditSummary => {
  const invocation =
    isBag(state) && isBag(state.invocation)
      ? (state.invocation as Partial<InvocationResult>)
      : undefined;
  return compact({
    requestId: record.requestId,
    outcome: record.outcome,
    classification: record.classification,
    route: record.route,
    profileId: record.profileId,
    findingTypes: Object.keys(record.findingCounts),
    errorName: record.errorName,
    duplicate,
    output:
      record.outcome === 'ok' && invocation?.outputText !== undefined && invocation.usage
        ? {
            text: invocation.outputText,
            stopReason: invocation.stopReason ?? 'unknown',
            usage: invocation.usage,
          }
        : undefined,
  });
};
