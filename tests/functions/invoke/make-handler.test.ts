import {
  checkInvokeConfig,
  invokeModel,
  makeInvokeHandler,
} from '../../../functions/invoke/make-handler';
import type { ModelInvoker, ModelRequest } from '../../../shared/adapters/model-invoker';
import { loadInvokeConfig } from '../../../shared/config';
import {
  PersonalDataRefusedError,
  RegionPolicyError,
  UnknownModelError,
} from '../../../shared/errors';
import { context, markerClassifier, silentLogger } from '../../helpers/factories';

const recordingInvoker = () => {
  const requests: ModelRequest[] = [];
  const invoker: ModelInvoker = {
    converse: async (request) => {
      requests.push(request);
      return {
        outputText: 'answer',
        stopReason: 'end_turn',
        usage: { inputTokens: 3, outputTokens: 1, totalTokens: 4 },
        latencyMs: 5,
      };
    },
  };
  return { invoker, requests };
};

const depsFor = (route: 'eu' | 'global', env: Record<string, string> = {}) => {
  const { invoker, requests } = recordingInvoker();
  return {
    requests,
    deps: {
      config: loadInvokeConfig({
        ROUTE: route,
        AWS_REGION: 'eu-central-1',
        MAX_TOKENS: '256',
        ...env,
      }),
      invoker,
      logger: silentLogger(),
      classify: markerClassifier(),
    },
  };
};

describe('invoke handler', () => {
  it('calls the eu profile with maxTokens set and returns the profile and its destinations', async () => {
    const { deps, requests } = depsFor('eu');
    const result = await makeInvokeHandler(deps)(
      { requestId: 'r1', classification: 'personal', request: { text: 'PERSONAL text' } },
      context(),
    );
    expect(requests).toEqual([
      {
        requestId: 'r1',
        profileId: 'eu.amazon.nova-2-lite-v1:0',
        text: 'PERSONAL text',
        maxTokens: 256,
      },
    ]);
    expect(result).toMatchObject({
      route: 'eu',
      profileId: 'eu.amazon.nova-2-lite-v1:0',
      outputText: 'answer',
      stopReason: 'end_turn',
    });
    expect(result.destinationRegions).toHaveLength(6);
  });

  it('calls the global profile for a non-sensitive payload', async () => {
    const { deps, requests } = depsFor('global');
    await invokeModel(
      { requestId: 'r', classification: 'non-sensitive', request: { text: 'weather' } },
      deps,
    );
    expect(requests[0]?.profileId).toBe('global.amazon.nova-2-lite-v1:0');
  });

  it.each([
    ['classified personal', 'personal', 'weather'],
    ['claiming non-sensitive but personal on re-classification', 'non-sensitive', 'PERSONAL data'],
    ['with no classification at all', undefined, 'weather'],
  ])(
    'the global invoker refuses a payload %s and sends nothing',
    async (_what, classification, text) => {
      const { deps, requests } = depsFor('global');
      await expect(
        invokeModel({ requestId: 'r', classification, request: { text } }, deps),
      ).rejects.toBeInstanceOf(PersonalDataRefusedError);
      expect(requests).toHaveLength(0);
    },
  );

  it('refuses a model outside the allow-list', async () => {
    const { deps, requests } = depsFor('eu');
    await expect(
      invokeModel(
        {
          requestId: 'r',
          classification: 'personal',
          request: { text: 't', model: 'amazon.nova-pro-v1:0' },
        },
        deps,
      ),
    ).rejects.toBeInstanceOf(UnknownModelError);
    expect(requests).toHaveLength(0);
  });

  it('uses a requested model from the allow-list', async () => {
    const { deps, requests } = depsFor('eu', { ALLOWED_MODELS: 'amazon.nova-pro-v1:0' });
    await invokeModel(
      {
        requestId: 'r',
        classification: 'personal',
        request: { text: 't', model: 'amazon.nova-pro-v1:0' },
      },
      deps,
    );
    expect(requests[0]?.profileId).toBe('eu.amazon.nova-pro-v1:0');
  });

  it('fails the cold start when the source region may not call the profile', () => {
    expect(() =>
      checkInvokeConfig(loadInvokeConfig({ ROUTE: 'eu', AWS_REGION: 'eu-west-2' })),
    ).toThrow(RegionPolicyError);
  });
});
