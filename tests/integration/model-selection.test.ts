import { type LocalStack, startLocalStack } from '../../local/runner';

const PERSONAL = 'Termin für Frau Nowak, Rückruf an nowak.anna@example.de';
const NEUTRAL = 'Give me three tips for writing clear commit messages.';

describe('model selection on the local stack', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack({ env: { ALLOWED_MODELS: 'amazon.nova-pro-v1:0' } });
  });
  afterAll(async () => {
    await stack.close();
  });
  beforeEach(() => stack.emulator?.reset());

  it('uses a model from the allow-list through its EU profile', async () => {
    const report = await stack.execute({ text: PERSONAL, model: 'amazon.nova-pro-v1:0' });
    expect(report.audit).toMatchObject({
      outcome: 'ok',
      route: 'eu',
      profileId: 'eu.amazon.nova-pro-v1:0',
      modelId: 'amazon.nova-pro-v1:0',
    });
    expect(report.audit?.destinationRegions).toEqual([
      'eu-central-1',
      'eu-north-1',
      'eu-west-1',
      'eu-west-3',
    ]);
  });

  it('keeps non-sensitive work on a model without a global profile in the EU', async () => {
    const report = await stack.execute({ text: NEUTRAL, model: 'amazon.nova-pro-v1:0' });
    expect(report.audit).toMatchObject({
      outcome: 'ok',
      classification: 'non-sensitive',
      route: 'eu',
      profileId: 'eu.amazon.nova-pro-v1:0',
    });
  });

  it.each([
    ['a model outside the allow-list', 'anthropic.claude-sonnet-4-5-20250929-v1:0'],
    ['a model unknown to the catalog', 'acme.unknown-v1:0'],
  ])('refuses %s with a clear, audited error and calls nothing', async (_what, model) => {
    const report = await stack.execute({ text: PERSONAL, model });
    expect(report.status).toBe('FAILED');
    expect(report.audit).toMatchObject({
      outcome: 'failed',
      errorName: 'UnknownModelError',
      route: 'eu',
    });
    expect(stack.emulator?.calls).toHaveLength(0);
  });
});
