import {
  AccessDeniedException,
  BedrockRuntimeClient,
  ConverseCommand,
  type ConverseCommandOutput,
  InternalServerException,
  ModelErrorException,
  ModelNotReadyException,
  ModelTimeoutException,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  ServiceUnavailableException,
  ThrottlingException,
  ValidationException,
} from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import {
  bedrockModelInvoker,
  type ModelRequest,
  mapBedrockError,
} from '../../../shared/adapters/model-invoker.js';
import {
  AppError,
  ModelRequestError,
  ModelTimeoutError,
  ModelUnavailableError,
} from '../../../shared/errors.js';

const PROFILE = 'eu.amazon.nova-2-lite-v1:0';
const TEXT = 'Invoice for Zebulon Quartermaine, IBAN DE89370400440532013000';
const ECHO = `Input echoed back: ${TEXT}`;

const bedrock = mockClient(BedrockRuntimeClient);
const client = new BedrockRuntimeClient({ region: 'eu-central-1' });

const request = (overrides: Partial<ModelRequest> = {}): ModelRequest => ({
  requestId: 'req-1',
  profileId: PROFILE,
  text: TEXT,
  maxTokens: 256,
  ...overrides,
});

const output = (overrides: Partial<ConverseCommandOutput> = {}): ConverseCommandOutput => ({
  $metadata: {},
  output: { message: { role: 'assistant', content: [{ text: 'Hello, ' }, { text: 'world.' }] } },
  stopReason: 'end_turn',
  usage: { inputTokens: 12, outputTokens: 3, totalTokens: 15 },
  metrics: { latencyMs: 321 },
  ...overrides,
});

const rejectionOf = async (promise: Promise<unknown>): Promise<AppError> => {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a rejection');
};

const sdkError = (Exception: new (opts: { message: string; $metadata: object }) => Error): Error =>
  new Exception({ message: ECHO, $metadata: { httpStatusCode: 400 } });

/** The options `send` received: aws-sdk-client-mock types only the command. */
const sendOptions = (): unknown => (bedrock.send.getCall(0).args as unknown[])[1];

beforeEach(() => bedrock.reset());

describe('bedrockModelInvoker: request', () => {
  it('sends the text to the profile with maxTokens, system prompt, temperature and requestId', async () => {
    bedrock.on(ConverseCommand).resolves(output());

    await bedrockModelInvoker(client).converse(
      request({ temperature: 0.3, systemPrompt: 'Be brief.' }),
    );

    expect(bedrock.commandCalls(ConverseCommand)[0]?.args[0].input).toEqual({
      modelId: PROFILE,
      messages: [{ role: 'user', content: [{ text: TEXT }] }],
      system: [{ text: 'Be brief.' }],
      inferenceConfig: { maxTokens: 256, temperature: 0.3 },
      requestMetadata: { requestId: 'req-1' },
    });
  });

  it('leaves out system and temperature when not given, but always sets maxTokens', async () => {
    bedrock.on(ConverseCommand).resolves(output());

    await bedrockModelInvoker(client).converse(request({ maxTokens: 64 }));

    expect(bedrock.commandCalls(ConverseCommand)[0]?.args[0].input).toEqual({
      modelId: PROFILE,
      messages: [{ role: 'user', content: [{ text: TEXT }] }],
      inferenceConfig: { maxTokens: 64 },
      requestMetadata: { requestId: 'req-1' },
    });
  });

  it('passes an abort signal with each call', async () => {
    bedrock.on(ConverseCommand).resolves(output());

    await bedrockModelInvoker(client).converse(request());

    expect(sendOptions()).toEqual({ abortSignal: expect.any(AbortSignal) });
  });
});

describe('bedrockModelInvoker: reply', () => {
  it('joins the text blocks and keeps stop reason, usage and Bedrock latency', async () => {
    bedrock.on(ConverseCommand).resolves(output());

    const reply = await bedrockModelInvoker(client).converse(request());

    expect(reply).toEqual({
      outputText: 'Hello, world.',
      stopReason: 'end_turn',
      usage: { inputTokens: 12, outputTokens: 3, totalTokens: 15 },
      latencyMs: 321,
    });
  });

  it('falls back to zero usage, measured latency and an empty text when Bedrock omits them', async () => {
    bedrock.on(ConverseCommand).resolves({ $metadata: {} });

    const reply = await bedrockModelInvoker(client).converse(request());

    expect(reply).toEqual({
      outputText: '',
      stopReason: 'unknown',
      usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 },
      latencyMs: expect.any(Number),
    });
  });
});

describe('bedrockModelInvoker: errors', () => {
  it.each<[string, string, string, Error]>([
    ['ThrottlingException', 'ModelThrottledError', 'retry', sdkError(ThrottlingException)],
    ['ModelNotReadyException', 'ModelNotReadyError', 'retry', sdkError(ModelNotReadyException)],
    [
      'ServiceUnavailableException',
      'ModelUnavailableError',
      'retry',
      sdkError(ServiceUnavailableException),
    ],
    [
      'InternalServerException',
      'ModelUnavailableError',
      'retry',
      sdkError(InternalServerException),
    ],
    ['ModelTimeoutException', 'ModelTimeoutError', 'retry', sdkError(ModelTimeoutException)],
    [
      'AccessDeniedException',
      'ModelAccessDeniedError',
      'do-not-retry',
      sdkError(AccessDeniedException),
    ],
    ['ValidationException', 'ModelRequestError', 'do-not-retry', sdkError(ValidationException)],
    [
      'ServiceQuotaExceededException',
      'ModelRequestError',
      'do-not-retry',
      sdkError(ServiceQuotaExceededException),
    ],
    [
      'ResourceNotFoundException',
      'ModelRequestError',
      'do-not-retry',
      sdkError(ResourceNotFoundException),
    ],
    ['ModelErrorException', 'ModelRequestError', 'do-not-retry', sdkError(ModelErrorException)],
    [
      'SomeFutureException',
      'ModelRequestError',
      'do-not-retry',
      Object.assign(new Error(ECHO), { name: 'SomeFutureException' }),
    ],
  ])('maps %s to %s (%s)', async (awsName, expectedName, disposition, thrown) => {
    bedrock.on(ConverseCommand).rejects(thrown);

    const error = await rejectionOf(bedrockModelInvoker(client).converse(request()));

    expect(error).toBeInstanceOf(AppError);
    expect(error.name).toBe(expectedName);
    expect(error.disposition).toBe(disposition);
    expect(error.cause).toBe(thrown);
    expect(error.message).toContain(PROFILE);
    expect(error.message).toContain(awsName);
  });

  it('never copies the request text or the SDK message into our message', async () => {
    const errors = [ThrottlingException, ValidationException, ModelErrorException].map((E) =>
      mapBedrockError(sdkError(E), PROFILE),
    );

    for (const error of errors) {
      expect(error.message).not.toContain('Zebulon');
      expect(error.message).not.toContain('echoed');
    }
  });

  it('keeps the AWS error name on ModelRequestError', () => {
    const error = mapBedrockError(sdkError(ServiceQuotaExceededException), PROFILE);

    expect(error).toMatchObject({ awsErrorName: 'ServiceQuotaExceededException' });
  });

  it.each([
    ['The provided model identifier is invalid.', 'invalid model identifier'],
    [
      "Invocation of model ID amazon.nova-2-lite-v1:0 with on-demand throughput isn't supported.",
      'the model needs an inference profile id',
    ],
  ])('adds a fixed hint for the known validation reason %j', (awsMessage, hint) => {
    const thrown = new ValidationException({ message: awsMessage, $metadata: {} });

    expect(mapBedrockError(thrown, PROFILE).message).toBe(
      `the Bedrock call to ${PROFILE} failed (ValidationException): ${hint}`,
    );
  });

  it.each(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT'])(
    'treats a %s connection failure as ModelUnavailableError',
    (code) => {
      const thrown = Object.assign(new Error(`connect ${code}`), { code });

      expect(mapBedrockError(thrown, PROFILE)).toBeInstanceOf(ModelUnavailableError);
    },
  );

  it('finds a connection failure wrapped in an HTTP/2 stream error', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const thrown = Object.assign(new Error('stream canceled', { cause: refused }), {
      code: 'ERR_HTTP2_STREAM_CANCEL',
    });

    expect(mapBedrockError(thrown, PROFILE)).toMatchObject({
      name: 'ModelUnavailableError',
      message: `Bedrock could not serve ${PROFILE} (ECONNREFUSED)`,
    });
  });

  it('maps an HTTP/2 stream error without a network cause to ModelRequestError', () => {
    const thrown = Object.assign(new Error('stream error'), { code: 'ERR_HTTP2_STREAM_ERROR' });

    expect(mapBedrockError(thrown, PROFILE)).toBeInstanceOf(ModelRequestError);
  });

  it('maps a thrown non-error to ModelRequestError named UnknownError', () => {
    expect(mapBedrockError('boom', PROFILE)).toMatchObject({
      name: 'ModelRequestError',
      awsErrorName: 'UnknownError',
    });
  });

  it.each(['AbortError', 'TimeoutError'])('maps an SDK-side %s to ModelTimeoutError', (name) => {
    const thrown = Object.assign(new Error('aborted'), { name });

    expect(mapBedrockError(thrown, PROFILE)).toBeInstanceOf(ModelTimeoutError);
  });

  it('aborts the call and throws ModelTimeoutError when the timeout passes first', async () => {
    bedrock
      .on(ConverseCommand)
      .callsFake(
        () =>
          new Promise((_, reject) =>
            setTimeout(() => reject(Object.assign(new Error('late'), { name: 'Error' })), 30),
          ),
      );

    const error = await rejectionOf(
      bedrockModelInvoker(client, { timeoutMs: 1 }).converse(request()),
    );

    expect(error).toBeInstanceOf(ModelTimeoutError);
    expect(error.message).toBe(`no answer from ${PROFILE} within 1 ms (client timeout)`);
    expect(sendOptions()).toMatchObject({ abortSignal: { aborted: true } });
  });
});
