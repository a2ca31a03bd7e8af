import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Logger } from '../../shared/adapters/logger.js';
import type { ClassifyConfig } from '../../shared/config.js';
import { ClassificationError, errorName, isAppError } from '../../shared/errors.js';
import { parseRequest } from '../../shared/payload/parse-request.js';
import type { classify as classifyText } from '../../shared/pii/classify.js';
import type { Finding } from '../../shared/pii/recognizer.js';
import { decideRoute, hasGlobalProfile } from '../../shared/routing/policy.js';
import type { Classification, Route, RoutingRequest } from '../../shared/types.js';

/** What the Classify state passes: the execution name and the execution input as it arrived. */
export interface ClassifyEvent {
  readonly requestId: string;
  readonly input: unknown;
}

/** The new execution state: everything later states need, built here and nowhere else. */
export interface ClassifiedState {
  readonly requestId: string;
  readonly source: string;
  readonly request: RoutingRequest;
  readonly classification: Classification;
  readonly findings: readonly Finding[];
  readonly policyVersion: string;
  readonly route: Route;
}

export interface ClassifyDeps {
  readonly config: ClassifyConfig;
  readonly logger: Logger;
  readonly classify: typeof classifyText;
}

type Bag = Record<string, unknown>;
const isBag = (value: unknown): value is Bag =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An ingest envelope carries the payload under `payload`; a direct call is the payload itself. */
const unwrap = (input: unknown): { payload: unknown; source: string } =>
  isBag(input) && 'payload' in input
    ? { payload: input.payload, source: typeof input.source === 'string' ? input.source : 'direct' }
    : { payload: input, source: 'direct' };

export const classifyPayload = (event: ClassifyEvent, deps: ClassifyDeps): ClassifiedState => {
  const { payload, source } = unwrap(event.input);
  const request = parseRequest(payload, deps.config.maxTextBytes);
  let result: ReturnType<typeof classifyText>;
  try {
    result = deps.classify(request.text, { strict: deps.config.strict });
  } catch (error) {
    throw new ClassificationError(`classifier failed: ${errorName(error)}`, { cause: error });
  }
  const route = decideRoute({
    classification: result.classification,
    residency: request.residency,
    globalAllowed:
      deps.config.globalAllowed && hasGlobalProfile(request.model ?? deps.config.defaultModelId),
  });
  return {
    requestId: event.requestId,
    source,
    request,
    classification: result.classification,
    findings: result.findings,
    policyVersion: result.policyVersion,
    route,
  };
};

export const makeClassifyHandler = (deps: ClassifyDeps) =>
  middy(async (event: ClassifyEvent): Promise<ClassifiedState> => {
    try {
      const state = classifyPayload(event, deps);
      deps.logger.info('classified', {
        requestId: state.requestId,
        classification: state.classification,
        route: state.route,
        findingTypes: [...new Set(state.findings.map((f) => f.type))],
        findingCount: state.findings.length,
        textLength: state.request.text.length,
      });
      return state;
    } catch (error) {
      deps.logger.warn('classification refused', {
        requestId: event.requestId,
        errorName: errorName(error),
        ...(isAppError(error) && 'reason' in error ? { reason: error.reason } : {}),
      });
      throw error;
    }
  }).use(injectLambdaContext(deps.logger));
