import {
  type BedrockRuntimeClient,
  ConverseCommand,
  type ConverseCommandOutput,
} from '@aws-sdk/client-bedrock-runtime';
import {
  type AppError,
  ModelAccessDeniedError,
  ModelNotReadyError,
  ModelRequestError,
  ModelThrottledError,
  ModelTimeoutError,
  ModelUnavailableError,
} from '../errors.js';
import type { TokenUsage } from '../types.js';

/** One Converse call: the text goes to `profileId` (an inference profile id) and nowhere else. */
export interface ModelRequest {
  readonly requestId: string;
  readonly profileId: string;
  readonly text: string;
  readonly maxTokens: number;
  readonly temperature?: number;
  readonly systemPrompt?: string;
}

export interface ModelReply {
  readonly outputText: string;
  readonly stopReason: string;
  readonly usage: TokenUsage;
  readonly latencyMs: number;
}

/** The port the invoke function depends on; tests pass `{ converse: async () => reply }`. */
export interface ModelInvoker {
  converse(request: ModelRequest): Promise<ModelReply>;
}

export interface BedrockModelInvokerOptions {
  /** Client-side deadline per call, then abort and ModelTimeoutError (default 60 s). */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

type ErrorFactory = (profileId: string, awsName: string, cause: unknown) => AppError;

const throttled: ErrorFactory = (id, name, cause) =>
  new ModelThrottledError(`Bedrock throttled the call to ${id} (${name})`, { cause });
const notReady: ErrorFactory = (id, name, cause) =>
  new ModelNotReadyError(`the model behind ${id} is not ready (${name})`, { cause });
const unavailable: ErrorFactory = (id, name, cause) =>
  new ModelUnavailableError(`Bedrock could not serve ${id} (${name})`, { cause });
const timedOut: ErrorFactory = (id, name, cause) =>
  new ModelTimeoutError(`the call to ${id} timed out (${name})`, { cause });
const denied: ErrorFactory = (id, name, cause) =>
  new ModelAccessDeniedError(`access to ${id} was denied (${name}): check IAM and model access`, {
    cause,
  });

/** AWS error name to our error; anything absent here becomes a ModelRequestError. */
const BY_AWS_NAME: Readonly<Record<string, ErrorFactory>> = {
  ThrottlingException: throttled,
  ModelNotReadyException: notReady,
  ServiceUnavailableException: unavailable,
  InternalServerException: unavailable,
  ModelTimeoutException: timedOut,
  TimeoutError: timedOut,
  AbortError: timedOut,
  AccessDeniedException: denied,
  // No credentials at all: as final as a denial, and the name says what to fix.
  CredentialsProviderError: denied,
};

/** Connection failures before Bedrock answered: as transient as a 503. */
const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ERR_HTTP2_GOAWAY_SESSION',
]);

/** Known Bedrock validation reasons that quote no input; any other SDK message is dropped. */
const VALIDATION_HINTS: readonly (readonly [RegExp, string])[] = [
  [/model identifier is invalid/i, 'invalid model identifier'],
  [/on-demand throughput isn.t supported/i, 'the model needs an inference profile id'],
];

const hintFor = (error: unknown): string => {
  const message = (error as { message?: unknown } | null | undefined)?.message;
  if (typeof message !== 'string') return '';
  const hint = VALIDATION_HINTS.find(([pattern]) => pattern.test(message))?.[1];
  return hint ? `: ${hint}` : '';
};

/** The first network code along the cause chain (HTTP/2 wraps ECONNREFUSED in a stream error). */
const networkCodeOf = (error: unknown, depth = 0): string | undefined => {
  if (typeof error !== 'object' || error === null || depth > 3) return undefined;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  return typeof code === 'string' && NETWORK_CODES.has(code)
    ? code
    : networkCodeOf(cause, depth + 1);
};

/** Read by shape, not instanceof: errors from Node internals may come from another realm. */
const nameOf = (error: unknown): string => {
  const name = (error as { name?: unknown } | null | undefined)?.name;
  return typeof error === 'object' && typeof name === 'string' ? name : 'UnknownError';
};

/** Wraps an SDK failure in our error, naming the profile and AWS error, never the request text. */
export const mapBedrockError = (error: unknown, profileId: string): AppError => {
  const awsName = nameOf(error);
  const factory = BY_AWS_NAME[awsName];
  if (factory) return factory(profileId, awsName, error);
  const networkCode = networkCodeOf(error);
  if (networkCode) return unavailable(profileId, networkCode, error);
  return new ModelRequestError(
    awsName,
    `the Bedrock call to ${profileId} failed (${awsName})${hintFor(error)}`,
    { cause: error },
  );
};

const commandFor = (request: ModelRequest): ConverseCommand =>
  new ConverseCommand({
    modelId: request.profileId,
    messages: [{ role: 'user', content: [{ text: request.text }] }],
    ...(request.systemPrompt === undefined ? {} : { system: [{ text: request.systemPrompt }] }),
    inferenceConfig: {
      maxTokens: request.maxTokens,
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    },
    requestMetadata: { requestId: request.requestId },
  });

/** latencyMs is Bedrock's own metric when it sends one, else the measured round trip. */
const replyFrom = (response: ConverseCommandOutput, measuredMs: number): ModelReply => {
  const inputTokens = response.usage?.inputTokens ?? 0;
  const outputTokens = response.usage?.outputTokens ?? 0;
  return {
    outputText: (response.output?.message?.content ?? [])
      .flatMap((block) => (block.text === undefined ? [] : [block.text]))
      .join(''),
    stopReason: response.stopReason ?? 'unknown',
    usage: {
      inputTokens,
      outputTokens,
      totalTokens: response.usage?.totalTokens ?? inputTokens + outputTokens,
    },
    latencyMs: response.metrics?.latencyMs ?? measuredMs,
  };
};

/** Bedrock Converse behind the port; build its client with `maxAttempts: 1` (Step Functions retries). */
export const bedrockModelInvoker = (
  client: BedrockRuntimeClient,
  options: BedrockModelInvokerOptions = {},
): ModelInvoker => {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    async converse(request) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      const started = Date.now();
      try {
        const response = await client.send(commandFor(request), {
          abortSignal: controller.signal,
        });
        return replyFrom(response, Date.now() - started);
      } catch (error) {
        if (controller.signal.aborted) {
          throw new ModelTimeoutError(
            `no answer from ${request.profileId} within ${timeoutMs} ms (client timeout)`,
            { cause: error },
          );
        }
        throw mapBedrockError(error, request.profileId);
      } finally {
        clearTimeout(timer);
      }
    },
  };
};
