import {
  type BedrockRuntimeClient,
  ConverseCommand,
  type ConverseCommandInput,
  BedrockRuntimeClient as RuntimeClient,
} from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import {
  BEDROCK_ERROR_TYPES,
  BEDROCK_ERRORS,
  type BedrockEmulator,
  GLOBAL_DESTINATION_REGIONS,
  startBedrockEmulator,
} from '../../local/bedrock-emulator.js';
import { localBedrockClient } from '../../local/clients.js';
import { bedrockModelInvoker } from '../../shared/adapters/model-invoker.js';
import {
  ModelAccessDeniedError,
  ModelRequestError,
  ModelThrottledError,
  ModelTimeoutError,
} from '../../shared/errors.js';
import { MODEL_CATALOG } from '../../shared/routing/catalog.js';
import { isEuMemberRegion } from '../../shared/routing/regions.js';

const NOVA_EU = 'eu.amazon.nova-2-lite-v1:0';
const NOVA_GLOBAL = 'global.amazon.nova-2-lite-v1:0';
const SONNET_EU = 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0';
const SECRET = 'Zebulon Quartermaine, IBAN DE89370400440532013000';

const converseInput = (
  modelId: string,
  overrides: Partial<ConverseCommandInput> = {},
): ConverseCommandInput => ({
  modelId,
  messages: [{ role: 'user', content: [{ text: 'Summarise the quarterly report in one line.' }] }],
  inferenceConfig: { maxTokens: 200 },
  ...overrides,
});

let emulator: BedrockEmulator;
const clients = new Map<string, BedrockRuntimeClient>();
const extraClients: BedrockRuntimeClient[] = [];

/** One client per source region, all on the SDK's default HTTP/2 handler. */
const clientIn = (region: string): BedrockRuntimeClient => {
  const existing = clients.get(region);
  if (existing) return existing;
  const client = localBedrockClient(emulator.endpoint, region);
  clients.set(region, client);
  return client;
};

const converse = (region: string, modelId: string, overrides: Partial<ConverseCommandInput> = {}) =>
  clientIn(region).send(new ConverseCommand(converseInput(modelId, overrides)));

/** The rejection of a promise, to assert on its fields. */
const rejectionOf = async (promise: Promise<unknown>): Promise<Record<string, unknown>> => {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('expected a rejection');
};

const destinationsOf = (em: BedrockEmulator) => em.calls.map((call) => call.destinationRegion);

beforeAll(async () => {
  emulator = await startBedrockEmulator({ seed: 7 });
});

afterEach(() => emulator.reset());

afterAll(async () => {
  for (const client of [...clients.values(), ...extraClients]) client.destroy();
  await emulator.close();
});

describe('startBedrockEmulator: success', () => {
  it('answers Converse over HTTP/2 with the shape Bedrock returns', async () => {
    const response = await converse('eu-central-1', NOVA_EU);

    expect(response.$metadata.httpStatusCode).toBe(200);
    expect(response.stopReason).toBe('end_turn');
    expect(response.output?.message?.role).toBe('assistant');
    expect(response.output?.message?.content?.[0]?.text).toMatch(
      /^Processed 7 words in 1 message\(s\) via eu\.amazon\.nova-2-lite-v1:0 \[digest [0-9a-f]{8}\]\.$/,
    );
    expect(response.usage).toEqual({
      inputTokens: 11,
      outputTokens: expect.any(Number),
      totalTokens: 11 + (response.usage?.outputTokens ?? Number.NaN),
    });
    expect(response.metrics?.latencyMs).toEqual(expect.any(Number));
  });

  it('answers over HTTP/1.1 too, on the same port', async () => {
    const http1 = new RuntimeClient({
      endpoint: emulator.endpoint,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
      requestHandler: new NodeHttpHandler(),
    });
    extraClients.push(http1);

    const response = await http1.send(new ConverseCommand(converseInput(NOVA_EU)));
    const error = await rejectionOf(
      http1.send(new ConverseCommand(converseInput('amazon.nova-2-lite-v1:0'))),
    );

    expect(response.stopReason).toBe('end_turn');
    expect(error.name).toBe('ValidationException');
  });

  it('gives the same answer to the same input and a different one to a different input', async () => {
    const first = await converse('eu-central-1', NOVA_EU);
    const again = await converse('eu-central-1', NOVA_EU);
    const other = await converse('eu-central-1', NOVA_EU, {
      messages: [{ role: 'user', content: [{ text: 'Summarise the yearly report in one line.' }] }],
    });

    expect(again.output).toEqual(first.output);
    expect(other.output).not.toEqual(first.output);
  });

  it('stops at maxTokens with stopReason max_tokens', async () => {
    const response = await converse('eu-central-1', NOVA_EU, { inferenceConfig: { maxTokens: 3 } });

    expect(response.stopReason).toBe('max_tokens');
    expect(response.usage?.outputTokens).toBe(3);
    expect(response.output?.message?.content?.[0]?.text).toHaveLength(12);
  });

  it('records the call with its requestId and routing, never the prompt or the system prompt', async () => {
    await converse('eu-central-1', NOVA_EU, {
      messages: [{ role: 'user', content: [{ text: `Write to ${SECRET}` }] }],
      system: [{ text: `Always greet ${SECRET}` }],
      requestMetadata: { requestId: 'req-42' },
    });

    expect(emulator.calls).toEqual([
      {
        at: expect.any(String),
        profileId: NOVA_EU,
        modelId: 'amazon.nova-2-lite-v1:0',
        scope: 'eu',
        sourceRegion: 'eu-central-1',
        destinationRegion: expect.any(String),
        status: 200,
        requestId: 'req-42',
      },
    ]);
    const recorded = JSON.stringify(emulator.calls);
    for (const fragment of ['Zebulon', 'Quartermaine', 'DE89370400440532013000', 'greet']) {
      expect(recorded).not.toContain(fragment);
    }
  });

  it('never quotes the prompt in its answer', async () => {
    const response = await converse('eu-central-1', NOVA_EU, {
      messages: [{ role: 'user', content: [{ text: SECRET }] }],
    });

    expect(JSON.stringify(response.output)).not.toContain('Zebulon');
  });
});

describe('startBedrockEmulator: errors on the wire', () => {
  it.each(BEDROCK_ERROR_TYPES)(
    '%s reaches the SDK client with its name and HTTP status',
    async (errorType) => {
      emulator.injectFault({ errorType });

      const error = await rejectionOf(converse('eu-central-1', NOVA_EU));

      expect(error.name).toBe(errorType);
      expect(error.$metadata).toMatchObject({ httpStatusCode: BEDROCK_ERRORS[errorType].status });
      expect(error.message).toBe(BEDROCK_ERRORS[errorType].message);
      expect(emulator.calls).toEqual([
        expect.objectContaining({ status: BEDROCK_ERRORS[errorType].status, errorType }),
      ]);
      expect(emulator.calls[0]).not.toHaveProperty('destinationRegion');
    },
  );

  it.each([
    ['maxTokens 0', { inferenceConfig: { maxTokens: 0 } }, 'inferenceConfig.maxTokens'],
    ['maxTokens 2.5', { inferenceConfig: { maxTokens: 2.5 } }, 'inferenceConfig.maxTokens'],
    ['no maxTokens', { inferenceConfig: {} }, 'inferenceConfig.maxTokens'],
    ['temperature 1.5', { inferenceConfig: { maxTokens: 10, temperature: 1.5 } }, 'temperature'],
    ['no messages', { messages: [] }, "'messages'"],
    [
      'an assistant message first',
      { messages: [{ role: 'assistant' as const, content: [{ text: 'hi' }] }] },
      'must start with a user message',
    ],
  ])('refuses %s with ValidationException', async (_case, overrides, expected) => {
    const error = await rejectionOf(converse('eu-central-1', NOVA_EU, overrides));

    expect(error.name).toBe('ValidationException');
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400 });
    expect(error.message).toContain(expected);
  });

  it('refuses a malformed body, a missing signature and an unknown path', async () => {
    const path = `/model/${encodeURIComponent(NOVA_EU)}/converse`;
    const signed = {
      'content-type': 'application/json',
      authorization:
        'AWS4-HMAC-SHA256 Credential=local/20261128/eu-central-1/bedrock/aws4_request, SignedHeaders=host, Signature=00',
    };
    const malformed = await fetch(`${emulator.endpoint}${path}`, {
      method: 'POST',
      headers: signed,
      body: '{not json',
    });
    const unsigned = await fetch(`${emulator.endpoint}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(converseInput(NOVA_EU)),
    });
    const unknown = await fetch(
      `${emulator.endpoint}/model/${encodeURIComponent(NOVA_EU)}/invoke`,
      {
        method: 'POST',
        headers: signed,
        body: '{}',
      },
    );

    expect([malformed.status, malformed.headers.get('x-amzn-errortype')]).toEqual([
      400,
      'ValidationException',
    ]);
    expect(await malformed.json()).toEqual({ message: expect.stringContaining('Malformed input') });
    expect([unsigned.status, unsigned.headers.get('x-amzn-errortype')]).toEqual([
      403,
      'AccessDeniedException',
    ]);
    expect([unknown.status, unknown.headers.get('x-amzn-errortype')]).toEqual([
      404,
      'ResourceNotFoundException',
    ]);
    await unsigned.text();
    await unknown.text();
  });
});

describe('startBedrockEmulator: which source region may call which profile', () => {
  it.each([
    [NOVA_EU, 'eu-west-2', 'The provided model identifier is invalid.'],
    [NOVA_EU, 'eu-central-2', 'The provided model identifier is invalid.'],
    [NOVA_GLOBAL, 'eu-central-2', 'The provided model identifier is invalid.'],
    ['us.amazon.nova-2-lite-v1:0', 'eu-central-1', 'The provided model identifier is invalid.'],
    ['global.amazon.nova-pro-v1:0', 'eu-central-1', 'The provided model identifier is invalid.'],
    ['eu.acme.unknown-model-v1:0', 'eu-central-1', 'The provided model identifier is invalid.'],
    ['acme.unknown-model-v1:0', 'eu-central-1', 'The provided model identifier is invalid.'],
    ['amazon.nova-2-lite-v1:0', 'eu-central-1', "on-demand throughput isn't supported"],
  ])('refuses %s from %s', async (modelId, region, message) => {
    const error = await rejectionOf(converse(region, modelId));

    expect(error.name).toBe('ValidationException');
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400 });
    expect(error.message).toContain(message);
    expect(emulator.calls).toEqual([
      expect.objectContaining({ profileId: modelId, sourceRegion: region, status: 400 }),
    ]);
  });

  it.each([
    [NOVA_GLOBAL, 'eu-west-2'],
    [SONNET_EU, 'eu-west-2'],
    [SONNET_EU, 'eu-central-2'],
    ['eu.amazon.nova-pro-v1:0', 'eu-south-2'],
    [`arn:aws:bedrock:eu-west-1:123456789012:inference-profile/${NOVA_EU}`, 'eu-west-1'],
  ])('accepts %s from %s', async (modelId, region) => {
    const response = await converse(region, modelId);

    expect(response.stopReason).toBe('end_turn');
  });
});

describe('startBedrockEmulator: CRIS destinations', () => {
  const catalogDestinations = (modelId: string, source: string) =>
    MODEL_CATALOG[modelId]?.profiles.eu?.destinationsBySource[source] ?? [];

  it.each([
    ['amazon.nova-2-lite-v1:0', 'eu-central-1'],
    ['amazon.nova-2-lite-v1:0', 'eu-south-2'],
    ['anthropic.claude-sonnet-4-5-20250929-v1:0', 'eu-west-2'],
    ['amazon.nova-pro-v1:0', 'eu-south-1'],
  ])('keeps eu.%s from %s within the catalog set over 200 calls', async (modelId, source) => {
    const allowed = catalogDestinations(modelId, source);
    for (let i = 0; i < 200; i++) await converse(source, `eu.${modelId}`);

    const seen = new Set(destinationsOf(emulator));

    expect(allowed.length).toBeGreaterThan(0);
    expect([...seen].filter((region) => !allowed.includes(region ?? ''))).toEqual([]);
    expect(seen.size).toBe(allowed.length);
  });

  it('spreads a global profile over commercial regions outside the EU', async () => {
    for (let i = 0; i < 200; i++) await converse('eu-central-1', NOVA_GLOBAL);

    const seen = destinationsOf(emulator);

    expect(seen.every((region) => GLOBAL_DESTINATION_REGIONS.includes(region ?? ''))).toBe(true);
    expect(seen.some((region) => !isEuMemberRegion(region ?? ''))).toBe(true);
  });

  it('repeats the destination sequence for the same seed, and not for another', async () => {
    const run = async (seed: number) => {
      const em = await startBedrockEmulator({ seed });
      const client = localBedrockClient(em.endpoint, 'eu-central-1');
      try {
        for (let i = 0; i < 30; i++) await client.send(new ConverseCommand(converseInput(NOVA_EU)));
        return destinationsOf(em);
      } finally {
        client.destroy();
        await em.close();
      }
    };

    const first = await run(99);
    const second = await run(99);
    const other = await run(100);

    expect(second).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('restarts the sequence from the seed on reset', async () => {
    for (let i = 0; i < 20; i++) await converse('eu-central-1', NOVA_EU);
    const first = destinationsOf(emulator);
    emulator.reset();
    for (let i = 0; i < 20; i++) await converse('eu-central-1', NOVA_EU);

    expect(destinationsOf(emulator)).toEqual(first);
  });
});

describe('startBedrockEmulator: fault injection', () => {
  it('fails exactly the next `times` calls', async () => {
    emulator.injectFault({ errorType: 'ThrottlingException', times: 2 });

    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      outcomes.push(
        await converse('eu-central-1', NOVA_EU).then(
          () => 'ok',
          (e: Error) => e.name,
        ),
      );
    }

    expect(outcomes).toEqual(['ThrottlingException', 'ThrottlingException', 'ok']);
  });

  it('fails only calls whose identifier starts with the match prefix', async () => {
    emulator.injectFault({ errorType: 'ServiceUnavailableException', match: 'global.' });

    await expect(converse('eu-central-1', NOVA_EU)).resolves.toBeDefined();
    await expect(converse('eu-central-1', NOVA_GLOBAL)).rejects.toMatchObject({
      name: 'ServiceUnavailableException',
    });
  });

  it('fails only calls a predicate matches', async () => {
    emulator.injectFault({
      errorType: 'ModelTimeoutException',
      match: (id) => id.includes('claude'),
    });

    await expect(converse('eu-central-1', NOVA_EU)).resolves.toBeDefined();
    await expect(converse('eu-central-1', SONNET_EU)).rejects.toMatchObject({
      name: 'ModelTimeoutException',
    });
  });

  it('applies a fault only to calls that pass validation', async () => {
    emulator.injectFault({ errorType: 'ThrottlingException' });

    await expect(converse('eu-west-2', NOVA_EU)).rejects.toMatchObject({
      name: 'ValidationException',
    });
    await expect(converse('eu-central-1', NOVA_EU)).rejects.toMatchObject({
      name: 'ThrottlingException',
    });
  });

  it('forgets faults on clearFaults and reset', async () => {
    emulator.injectFault({ errorType: 'ThrottlingException', times: Number.POSITIVE_INFINITY });
    emulator.clearFaults();
    await expect(converse('eu-central-1', NOVA_EU)).resolves.toBeDefined();

    emulator.injectFault({ errorType: 'ThrottlingException' });
    emulator.reset();

    expect(emulator.calls).toEqual([]);
    await expect(converse('eu-central-1', NOVA_EU)).resolves.toBeDefined();
  });

  it('answers a delayed call once the delay is over', async () => {
    emulator.injectFault({ delayMs: 20 });

    const response = await converse('eu-central-1', NOVA_EU);

    expect(response.stopReason).toBe('end_turn');
  });

  it('ends a call still waiting on its delay when closed, so nothing holds the process', async () => {
    const em = await startBedrockEmulator();
    const client = localBedrockClient(em.endpoint, 'eu-central-1');
    let onArrival = () => {};
    const arrived = new Promise<void>((resolve) => {
      onArrival = resolve;
    });
    em.injectFault({
      delayMs: 600_000,
      match: () => {
        onArrival();
        return true;
      },
    });
    const pending = client.send(new ConverseCommand(converseInput(NOVA_EU)));
    await arrived;

    await em.close();

    expect(em.calls).toEqual([expect.objectContaining({ status: 200 })]);
    await expect(pending).rejects.toBeDefined();
    client.destroy();
  });
});

describe('bedrockModelInvoker against the emulator', () => {
  const request = {
    requestId: 'req-1',
    profileId: NOVA_EU,
    text: SECRET,
    maxTokens: 100,
    temperature: 0.2,
    systemPrompt: 'Be brief.',
  };

  it('returns the reply from a real Converse round trip', async () => {
    const invoker = bedrockModelInvoker(clientIn('eu-central-1'));

    const reply = await invoker.converse(request);

    expect(reply).toEqual({
      outputText: expect.stringMatching(/^Processed 6 words in 1 message\(s\) via /),
      stopReason: 'end_turn',
      usage: { inputTokens: 15, outputTokens: expect.any(Number), totalTokens: expect.any(Number) },
      latencyMs: expect.any(Number),
    });
    expect(emulator.calls).toEqual([expect.objectContaining({ requestId: 'req-1', status: 200 })]);
  });

  it('maps throttling to ModelThrottledError, with the SDK error as cause', async () => {
    emulator.injectFault({ errorType: 'ThrottlingException' });
    const invoker = bedrockModelInvoker(clientIn('eu-central-1'));

    const error = await rejectionOf(invoker.converse(request));

    expect(error).toBeInstanceOf(ModelThrottledError);
    expect(error.message).toBe(`Bedrock throttled the call to ${NOVA_EU} (ThrottlingException)`);
    expect(error.cause).toMatchObject({ name: 'ThrottlingException' });
  });

  it('maps a refused profile to ModelRequestError and access denial to ModelAccessDeniedError', async () => {
    const london = bedrockModelInvoker(clientIn('eu-west-2'));
    const frankfurt = bedrockModelInvoker(clientIn('eu-central-1'));
    emulator.injectFault({ errorType: 'AccessDeniedException' });

    const refused = await rejectionOf(london.converse(request));
    const denied = await rejectionOf(frankfurt.converse(request));

    expect(refused).toBeInstanceOf(ModelRequestError);
    expect(refused).toMatchObject({ awsErrorName: 'ValidationException' });
    expect(refused.message).toContain('invalid model identifier');
    expect(denied).toBeInstanceOf(ModelAccessDeniedError);
  });

  it('aborts a call that outlives its timeout with ModelTimeoutError', async () => {
    emulator.injectFault({ delayMs: 600_000 });
    const invoker = bedrockModelInvoker(clientIn('eu-central-1'), { timeoutMs: 50 });

    const error = await rejectionOf(invoker.converse(request));

    expect(error).toBeInstanceOf(ModelTimeoutError);
    expect(error.message).toContain('client timeout');
  });
});
