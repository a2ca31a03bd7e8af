import { classifyPayload, makeClassifyHandler } from '../../../functions/classify/make-handler';
import { ClassificationError, InvalidPayloadError } from '../../../shared/errors';
import { context, markerClassifier, silentLogger } from '../../helpers/factories';

const deps = (overrides: Partial<{ globalAllowed: boolean; strict: boolean }> = {}) => ({
  config: {
    maxTextBytes: 1000,
    globalAllowed: true,
    strict: false,
    defaultModelId: 'amazon.nova-2-lite-v1:0',
    ...overrides,
  },
  logger: silentLogger(),
  classify: markerClassifier(),
});

describe('classify handler', () => {
  it('builds the new state from an ingest envelope', async () => {
    const handler = makeClassifyHandler(deps());
    const state = await handler(
      {
        requestId: 'sqs-1',
        input: { source: 'sqs', payload: '{"id":"a1","text":"hello PERSONAL"}' },
      },
      context(),
    );
    expect(state).toMatchObject({
      requestId: 'sqs-1',
      source: 'sqs',
      request: { id: 'a1', text: 'hello PERSONAL' },
      classification: 'personal',
      route: 'eu',
      policyVersion: 'test-policy',
    });
  });

  it('routes non-sensitive payloads global only when global processing is on', () => {
    const event = { requestId: 'r', input: { text: 'weather report' } };
    expect(classifyPayload(event, deps()).route).toBe('global');
    expect(classifyPayload(event, deps({ globalAllowed: false })).route).toBe('eu');
  });

  it('ignores a classification or route forged in the input', () => {
    const event = {
      requestId: 'r',
      input: { text: 'PERSONAL data', classification: 'non-sensitive', route: 'global' },
    };
    expect(classifyPayload(event, deps())).toMatchObject({
      classification: 'personal',
      route: 'eu',
    });
  });

  it('keeps non-sensitive work in the EU when the requested model has no global profile', () => {
    const event = { requestId: 'r', input: { text: 'weather', model: 'amazon.nova-pro-v1:0' } };
    expect(classifyPayload(event, deps()).route).toBe('eu');
  });

  it('honours residency eu for non-sensitive data', () => {
    expect(
      classifyPayload({ requestId: 'r', input: { text: 'weather', residency: 'eu' } }, deps())
        .route,
    ).toBe('eu');
  });

  it('rejects malformed input with a typed error', async () => {
    const handler = makeClassifyHandler(deps());
    await expect(
      handler({ requestId: 'r', input: { source: 'sqs', payload: 'not json' } }, context()),
    ).rejects.toBeInstanceOf(InvalidPayloadError);
  });

  it('turns a classifier crash into ClassificationError (the state machine then never goes global)', () => {
    const broken = {
      ...deps(),
      classify: () => {
        throw new TypeError('bug');
      },
    };
    expect(() => classifyPayload({ requestId: 'r', input: { text: 'x' } }, broken)).toThrow(
      ClassificationError,
    );
  });
});
