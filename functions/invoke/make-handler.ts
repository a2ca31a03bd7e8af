import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Logger } from '../../shared/adapters/logger.js';
import type { ModelInvoker } from '../../shared/adapters/model-invoker.js';
import type { InvokeConfig } from '../../shared/config.js';
import { errorName, InvalidPayloadError, UnknownModelError } from '../../shared/errors.js';
import type { classify as classifyText } from '../../shared/pii/classify.js';
import { assertMayUseRoute } from '../../shared/routing/guard.js';
import { type ResolvedProfile, resolveProfile } from '../../shared/routing/profiles.js';
import type { InvocationResult, RoutingRequest } from '../../shared/types.js';

/** What InvokeEu / InvokeGlobal pass: the classified request. */
export interface InvokeEvent {
  readonly requestId: string;
  readonly classification: unknown;
  readonly request: RoutingRequest;
}

export interface InvokeDeps {
  readonly config: InvokeConfig;
  readonly invoker: ModelInvoker;
  readonly logger: Logger;
  readonly classify: typeof classifyText;
}

/** Resolves the configured profile once: a region that may not call it fails the cold start. */
export const checkInvokeConfig = (config: InvokeConfig): ResolvedProfile =>
  resolveProfile(config.route, config.modelId, config.sourceRegion);

const profileFor = (config: InvokeConfig, model: string | undefined): ResolvedProfile => {
  const modelId = model ?? config.modelId;
  if (!config.allowedModels.includes(modelId)) {
    throw new UnknownModelError(
      `model ${modelId} is not allowed here; allowed: ${config.allowedModels.join(', ')}`,
    );
  }
  return resolveProfile(config.route, modelId, config.sourceRegion);
};

export const invokeModel = async (
  event: InvokeEvent,
  deps: InvokeDeps,
): Promise<InvocationResult> => {
  const { config } = deps;
  const text = event.request?.text;
  if (typeof text !== 'string' || text.length === 0) {
    throw new InvalidPayloadError('missing-text', 'the invoke task received no text');
  }
  assertMayUseRoute(config.route, event.classification, text, (t) => deps.classify(t));
  const profile = profileFor(config, event.request.model);
  const reply = await deps.invoker.converse({
    requestId: event.requestId,
    profileId: profile.profileId,
    text,
    maxTokens: config.maxTokens,
    ...(config.temperature === undefined ? {} : { temperature: config.temperature }),
    ...(config.systemPrompt === undefined ? {} : { systemPrompt: config.systemPrompt }),
  });
  return {
    route: profile.route,
    profileId: profile.profileId,
    modelId: profile.modelId,
    destinationRegions: profile.destinationRegions,
    sourceRegion: profile.sourceRegion,
    outputText: reply.outputText,
    stopReason: reply.stopReason,
    usage: reply.usage,
    latencyMs: reply.latencyMs,
  };
};

export const makeInvokeHandler = (deps: InvokeDeps) =>
  middy(async (event: InvokeEvent): Promise<InvocationResult> => {
    try {
      const result = await invokeModel(event, deps);
      deps.logger.info('model invoked', {
        requestId: event.requestId,
        route: result.route,
        profileId: result.profileId,
        stopReason: result.stopReason,
        usage: result.usage,
        latencyMs: result.latencyMs,
      });
      return result;
    } catch (error) {
      deps.logger.warn('model invocation failed', {
        requestId: event.requestId,
        route: deps.config.route,
        errorName: errorName(error),
      });
      throw error;
    }
  }).use(injectLambdaContext(deps.logger));
