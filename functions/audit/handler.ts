import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { dynamoAuditStore } from '../../shared/adapters/audit-store.js';
import { createLogger } from '../../shared/adapters/logger.js';
import { loadAuditConfig } from '../../shared/config.js';
import { classify } from '../../shared/pii/classify.js';
import { makeAuditHandler } from './make-handler.js';

const config = loadAuditConfig(process.env);
const client = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: config.sourceRegion,
    ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}),
  }),
  { marshallOptions: { removeUndefinedValues: true } },
);

export const handler = makeAuditHandler({
  config,
  store: dynamoAuditStore(client, config.tableName),
  logger: createLogger('cris-router-audit'),
  classify,
});
