import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { createLogger } from '../../shared/adapters/logger.js';
import { bedrockModelInvoker } from '../../shared/adapters/model-invoker.js';
import { loadInvokeConfig } from '../../shared/config.js';
import { classify } from '../../shared/pii/classify.js';
import { checkInvokeConfig, makeInvokeHandler } from './make-handler.js';

const config = loadInvokeConfig(process.env);
checkInvokeConfig(config);

/** Step Functions retries with backoff and jitter, so the SDK makes one attempt per task. */
const client = new BedrockRuntimeClient({
  region: config.sourceRegion,
  maxAttempts: 1,
  ...(config.bedrockEndpoint ? { endpoint: config.bedrockEndpoint } : {}),
});

export const handler = makeInvokeHandler({
  config,
  invoker: bedrockModelInvoker(client, { timeoutMs: config.timeoutMs }),
  logger: createLogger(`cris-router-invoke-${config.route}`),
  classify,
});
