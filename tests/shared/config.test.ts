import {
  loadAuditConfig,
  loadClassifyConfig,
  loadIngestConfig,
  loadInvokeConfig,
} from '../../shared/config';
import { ConfigError } from '../../shared/errors';

describe('config', () => {
  it('fills invoke defaults and always includes the configured model in the allow-list', () => {
    const config = loadInvokeConfig({
      ROUTE: 'eu',
      AWS_REGION: 'eu-west-3',
      ALLOWED_MODELS: 'amazon.nova-pro-v1:0, ',
    });
    expect(config).toMatchObject({
      route: 'eu',
      sourceRegion: 'eu-west-3',
      modelId: 'amazon.nova-2-lite-v1:0',
      maxTokens: 512,
      allowedModels: ['amazon.nova-2-lite-v1:0', 'amazon.nova-pro-v1:0'],
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect('temperature' in config).toBe(false);
  });

  it('lists every problem in one error', () => {
    expect(() => loadInvokeConfig({ ROUTE: 'mars', MAX_TOKENS: '-1', TEMPERATURE: 'hot' })).toThrow(
      /ROUTE must be one of eu, global; MAX_TOKENS must be an integer from 1 to 65536; TEMPERATURE must be a number/,
    );
  });

  it('requires the table and the state machine', () => {
    expect(() => loadAuditConfig({})).toThrow(ConfigError);
    expect(() => loadIngestConfig({})).toThrow(/STATE_MACHINE_ARN is missing/);
  });

  it('keeps global processing off unless it is explicitly enabled', () => {
    expect(loadClassifyConfig({}).globalAllowed).toBe(false);
    expect(loadClassifyConfig({ GLOBAL_PROCESSING: 'enabled' }).globalAllowed).toBe(true);
    expect(() => loadClassifyConfig({ GLOBAL_PROCESSING: 'yes' })).toThrow(ConfigError);
  });
});
