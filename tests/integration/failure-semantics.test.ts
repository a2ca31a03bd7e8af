import { type LocalStack, startLocalStack } from '../../local/runner';

// Each Bedrock failure, injected by the emulator, through the real ASL retry/catch policy.
const PERSONAL = 'Bitte die Rechnung an max.mustermann@example.de schicken.';
const NEUTRAL = 'Explain what a content delivery network does.';

describe('failure semantics on the local stack', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack({ seed: 3, retryDelayMs: 0, env: { BEDROCK_TIMEOUT_MS: '150' } });
  });
  afterAll(async () => {
    await stack.close();
  });
  beforeEach(() => stack.emulator?.reset());

  const statuses = () => stack.emulator?.calls.map((call) => call.errorType ?? 'ok');

  it.each([
    'ThrottlingException',
    'ServiceUnavailableException',
    'ModelNotReadyException',
    'InternalServerException',
    'ModelTimeoutException',
  ] as const)('retries %s with backoff and then succeeds', async (errorType) => {
    stack.emulator?.injectFault({ errorType, times: 2 });
    const report = await stack.execute({ text: PERSONAL });
    expect(report.audit).toMatchObject({ outcome: 'ok', route: 'eu' });
    expect(statuses()).toEqual([errorType, errorType, 'ok']);
  });

  it('retries a call that times out on the client side', async () => {
    stack.emulator?.injectFault({ delayMs: 1000, times: 1 });
    const report = await stack.execute({ text: PERSONAL });
    expect(report.audit).toMatchObject({ outcome: 'ok', route: 'eu' });
    expect(
      stack.emulator?.calls.filter((call) => call.status === 200).length,
    ).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['ValidationException', 'ModelRequestError'],
    ['AccessDeniedException', 'ModelAccessDeniedError'],
    ['ResourceNotFoundException', 'ModelRequestError'],
    ['ServiceQuotaExceededException', 'ModelRequestError'],
  ] as const)(
    'does not retry %s and ends audited as failed with %s',
    async (errorType, errorName) => {
      stack.emulator?.injectFault({ errorType, times: 5 });
      const report = await stack.execute({ text: PERSONAL });
      expect(report.status).toBe('FAILED');
      expect(report.error).toBe('RequestFailed');
      expect(report.audit).toMatchObject({
        outcome: 'failed',
        errorName,
        route: 'eu',
        profileId: 'eu.amazon.nova-2-lite-v1:0',
      });
      expect(statuses()).toEqual([errorType]);
    },
  );

  it('falls back to EU when non-sensitive work stays throttled on global', async () => {
    stack.emulator?.injectFault({ errorType: 'ThrottlingException', times: 10, match: 'global.' });
    const report = await stack.execute({ text: NEUTRAL });
    expect(report.audit).toMatchObject({
      outcome: 'ok',
      classification: 'non-sensitive',
      route: 'eu',
      fallbackFromGlobal: true,
    });
    const profiles = stack.emulator?.calls.map((call) => call.profileId.split('.')[0]);
    expect(profiles).toEqual(['global', 'global', 'global', 'global', 'eu']);
  });

  it('never falls back from EU to global: personal work that stays throttled ends failed', async () => {
    stack.emulator?.injectFault({ errorType: 'ThrottlingException', times: 10 });
    const report = await stack.execute({ text: PERSONAL });
    expect(report.audit).toMatchObject({
      outcome: 'failed',
      errorName: 'ModelThrottledError',
      route: 'eu',
    });
    expect(stack.emulator?.calls.every((call) => call.profileId.startsWith('eu.'))).toBe(true);
    expect(stack.emulator?.calls).toHaveLength(5);
  });

  it('writes exactly one audit record per execution, whatever the path', async () => {
    const names = ['one-ok', 'one-failed', 'one-rejected'];
    await stack.execute({ text: NEUTRAL }, names[0]);
    stack.emulator?.injectFault({ errorType: 'AccessDeniedException', times: 1 });
    await stack.execute({ text: PERSONAL }, names[1]);
    await stack.execute({ text: 42 }, names[2]);
    const records = (await stack.audit.list()).filter((r) => names.includes(r.requestId));
    expect(records.map((r) => [r.requestId, r.outcome]).sort()).toEqual([
      ['one-failed', 'failed'],
      ['one-ok', 'ok'],
      ['one-rejected', 'rejected'],
    ]);
  });
});
