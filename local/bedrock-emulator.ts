import { randomUUID } from 'node:crypto';
import { parseProfileId } from '../shared/routing/profiles.js';
import {
  type ConverseInput,
  converseReply,
  parseConverseBody,
} from './bedrock-emulator/converse.js';
import {
  BEDROCK_ERRORS,
  type BedrockErrorType,
  type EmulatedError,
  emulatedError,
} from './bedrock-emulator/errors.js';
import { type FaultSpec, faultQueue } from './bedrock-emulator/faults.js';
import { mulberry32 } from './bedrock-emulator/prng.js';
import {
  bareIdentifier,
  pickDestination,
  type ResolvedTarget,
  resolveTarget,
  sourceRegionFrom,
} from './bedrock-emulator/routing.js';
import { listenWire, type WireRequest, type WireResponse } from './bedrock-emulator/wire.js';

export {
  BEDROCK_ERROR_TYPES,
  BEDROCK_ERRORS,
  type BedrockErrorType,
} from './bedrock-emulator/errors.js';
export type { FaultMatch, FaultSpec } from './bedrock-emulator/faults.js';
export { GLOBAL_DESTINATION_REGIONS } from './bedrock-emulator/routing.js';

/** One Converse call as the emulator saw it: routing facts only, never the prompt or the answer. */
export interface EmulatedCall {
  readonly at: string;
  /** The model identifier as called: a profile id, a bare model id or an ARN. */
  readonly profileId: string;
  readonly modelId: string;
  readonly scope?: string;
  readonly sourceRegion?: string;
  /** Where CRIS sent the call; only on success (Bedrock itself reports this in CloudTrail only). */
  readonly destinationRegion?: string;
  readonly status: number;
  readonly errorType?: BedrockErrorType;
  readonly requestId?: string;
}

export interface BedrockEmulatorOptions {
  /** Seeds destination picks; the default seed is fixed, so runs repeat. */
  readonly seed?: number;
  readonly host?: string;
  readonly port?: number;
}

export interface BedrockEmulator {
  /** `http://host:port`, to pass as the client's `endpoint`. */
  readonly endpoint: string;
  readonly calls: readonly EmulatedCall[];
  injectFault(fault: FaultSpec): void;
  clearFaults(): void;
  /** Clears calls and faults and restarts the destination sequence from the seed. */
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_SEED = 1;
const CONVERSE_PATH = /^\/model\/([^/?]+)\/converse(?:\?.*)?$/;

const json = (status: number, body: unknown, extra: Record<string, string> = {}): WireResponse => ({
  status,
  headers: { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID(), ...extra },
  body: JSON.stringify(body),
});

const errorResponse = ({ errorType, message }: EmulatedError): WireResponse =>
  json(BEDROCK_ERRORS[errorType].status, { message }, { 'x-amzn-errortype': errorType });

const isError = (value: object): value is EmulatedError => 'errorType' in value;

const decodeIdentifier = (raw: string): string | undefined => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
};

interface DescribedCall {
  readonly identifier: string;
  readonly decoded: boolean;
  readonly sourceRegion: string | undefined;
  readonly input: ConverseInput | EmulatedError | undefined;
  /** What is recorded whatever the outcome: routing facts, never text. */
  readonly record: Omit<EmulatedCall, 'status'>;
}

const describeCall = (raw: string, request: WireRequest, started: number): DescribedCall => {
  const decoded = decodeIdentifier(raw);
  const identifier = decoded ?? raw;
  const sourceRegion = sourceRegionFrom(request.authorization);
  const input = request.body === undefined ? undefined : parseConverseBody(request.body);
  const parsed = parseProfileId(bareIdentifier(identifier));
  const requestId = input && !isError(input) ? input.requestId : undefined;
  return {
    identifier,
    decoded: decoded !== undefined,
    sourceRegion,
    input,
    record: {
      at: new Date(started).toISOString(),
      profileId: identifier,
      modelId: parsed?.modelId ?? identifier,
      ...(parsed ? { scope: parsed.scope } : {}),
      ...(sourceRegion ? { sourceRegion } : {}),
      ...(requestId ? { requestId } : {}),
    },
  };
};

const MISSING_SIGNATURE =
  'Missing or malformed SigV4 Authorization header: the source region is read from its scope.';

/** Bedrock's checks, in order: signature, model identifier from the source region, body. */
const checkCall = ({
  decoded,
  identifier,
  sourceRegion,
  input,
}: DescribedCall):
  | { target: ResolvedTarget; input: ConverseInput; sourceRegion: string }
  | EmulatedError => {
  if (!sourceRegion) return emulatedError('AccessDeniedException', MISSING_SIGNATURE);
  const target = decoded
    ? resolveTarget(identifier, sourceRegion)
    : emulatedError('ValidationException', 'The provided model identifier is invalid.');
  if (isError(target)) return target;
  if (!input) return emulatedError('ValidationException', 'Input is too long for requested model.');
  if (isError(input)) return input;
  return { target, input, sourceRegion };
};

/** Timers that close() can cut short, so a delayed answer never holds the process open. */
const sleeper = () => {
  const pending = new Map<NodeJS.Timeout, () => void>();
  return {
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(timer);
          resolve();
        }, ms);
        pending.set(timer, resolve);
      }),
    wakeAll: () => {
      for (const [timer, resolve] of pending) {
        clearTimeout(timer);
        resolve();
      }
      pending.clear();
    },
  };
};

/** Starts a Bedrock Runtime Converse emulator on 127.0.0.1 (random port unless given). */
export const startBedrockEmulator = async (
  options: BedrockEmulatorOptions = {},
): Promise<BedrockEmulator> => {
  const seed = options.seed ?? DEFAULT_SEED;
  const calls: EmulatedCall[] = [];
  const faults = faultQueue();
  const timers = sleeper();
  let random = mulberry32(seed);

  const converse = async (raw: string, request: WireRequest): Promise<WireResponse> => {
    const started = Date.now();
    const call = describeCall(raw, request, started);
    const fail = (error: EmulatedError): WireResponse => {
      const { status } = BEDROCK_ERRORS[error.errorType];
      calls.push({ ...call.record, status, errorType: error.errorType });
      return errorResponse(error);
    };
    const checked = checkCall(call);
    if (isError(checked)) return fail(checked);

    const fault = faults.take(call.identifier);
    if (fault?.delayMs) await timers.sleep(fault.delayMs);
    if (fault?.errorType) return fail(emulatedError(fault.errorType));

    const { target, input, sourceRegion } = checked;
    const destinationRegion = pickDestination(target.destinations, sourceRegion, random);
    calls.push({
      ...call.record,
      modelId: target.modelId,
      scope: target.scope,
      ...(destinationRegion ? { destinationRegion } : {}),
      status: 200,
    });
    return json(200, converseReply(input, call.identifier, Date.now() - started));
  };

  const handle = async (request: WireRequest): Promise<WireResponse> => {
    const match = CONVERSE_PATH.exec(request.path);
    if (request.method !== 'POST' || !match?.[1]) {
      return errorResponse(
        emulatedError(
          'ResourceNotFoundException',
          'The emulator serves only POST /model/{modelId}/converse.',
        ),
      );
    }
    return converse(match[1], request);
  };

  const server = await listenWire(handle, options.host ?? '127.0.0.1', options.port ?? 0);
  return {
    endpoint: `http://${server.host}:${server.port}`,
    get calls() {
      return calls;
    },
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    reset: () => {
      calls.length = 0;
      faults.clear();
      random = mulberry32(seed);
    },
    close: async () => {
      timers.wakeAll();
      await server.close();
    },
  };
};
