import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  ScanCommand,
} from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '../audit/record.js';
import { AuditWriteError } from '../errors.js';

/** Where audit records live. `put` is idempotent: a second put of the same requestId is a no-op. */
export interface AuditStore {
  put(record: AuditRecord): Promise<'created' | 'duplicate'>;
}

/** Read access, for the CLI and tests only: the audit Lambda's role can only PutItem. */
export interface AuditReader {
  get(requestId: string): Promise<AuditRecord | undefined>;
  list(limit?: number): Promise<AuditRecord[]>;
}

export const dynamoAuditStore = (
  client: DynamoDBDocumentClient,
  tableName: string,
): AuditStore & AuditReader => ({
  async put(record) {
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: record,
          ConditionExpression: 'attribute_not_exists(requestId)',
        }),
      );
      return 'created';
    } catch (error) {
      if (
        error instanceof ConditionalCheckFailedException ||
        (error as Error).name === 'ConditionalCheckFailedException'
      ) {
        return 'duplicate';
      }
      throw new AuditWriteError(
        `audit record ${record.requestId} could not be written to ${tableName}: ${(error as Error).name}`,
        {
          cause: error,
        },
      );
    }
  },
  async get(requestId) {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: { requestId }, ConsistentRead: true }),
    );
    return Item as AuditRecord | undefined;
  },
  async list(limit = 1000) {
    const items: AuditRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new ScanCommand({ TableName: tableName, ExclusiveStartKey: start, ConsistentRead: true }),
      );
      items.push(...((page.Items ?? []) as AuditRecord[]));
      start = page.LastEvaluatedKey;
    } while (start && items.length < limit);
    return items.slice(0, limit).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  },
});
