import { SFNClient } from '@aws-sdk/client-sfn';
import { sfnExecutionStarter } from '../../shared/adapters/execution-starter.js';
import { createLogger } from '../../shared/adapters/logger.js';
import { loadIngestConfig } from '../../shared/config.js';
import { makeIngestHandler } from './make-handler.js';

const config = loadIngestConfig(process.env);

export const handler = makeIngestHandler({
  starter: sfnExecutionStarter(
    new SFNClient({
      region: config.sourceRegion,
      ...(config.stepFunctionsEndpoint ? { endpoint: config.stepFunctionsEndpoint } : {}),
    }),
    config.stateMachineArn,
  ),
  logger: createLogger('cris-router-ingest'),
});
