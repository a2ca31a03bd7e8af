import { mkdirSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import auditTableResource from '../resources/audit-table.json' with { type: 'json' };

export interface LocalDynamo {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  readonly documentClient: DynamoDBDocumentClient;
  close(): Promise<void>;
}

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** Starts dynalite on 127.0.0.1 (a random port unless given): in memory, or LevelDB files under `path`. */
export const startLocalDynamo = async (options: {
  path?: string;
  region: string;
  port?: number;
}): Promise<LocalDynamo> => {
  if (options.path) mkdirSync(options.path, { recursive: true });
  const server: Server = dynalite({
    ...(options.path ? { path: options.path } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    region: options.region,
    endpoint,
    credentials: LOCAL_CREDENTIALS,
  });
  const documentClient = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return {
    endpoint,
    client,
    documentClient,
    close: async () => {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

/** The audit table's key and billing, read from the same CloudFormation fragment serverless.yml deploys. */
export const auditTableDefinition = () => {
  const properties = auditTableResource.AuditTable.Properties;
  return {
    AttributeDefinitions: properties.AttributeDefinitions,
    KeySchema: properties.KeySchema,
    BillingMode: properties.BillingMode,
  };
};

/** Creates the audit table unless it exists (a table on disk survives between runs). */
export const ensureAuditTable = async (
  client: DynamoDBClient,
  tableName: string,
): Promise<void> => {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return;
  } catch (error) {
    if (
      !(error instanceof ResourceNotFoundException) &&
      (error as Error).name !== 'ResourceNotFoundException'
    )
      throw error;
  }
  const definition = auditTableDefinition();
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      AttributeDefinitions:
        definition.AttributeDefinitions as CreateTableCommand['input']['AttributeDefinitions'],
      KeySchema: definition.KeySchema as CreateTableCommand['input']['KeySchema'],
      BillingMode: definition.BillingMode as CreateTableCommand['input']['BillingMode'],
    }),
  );
};
