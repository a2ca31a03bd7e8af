import { randomUUID } from 'node:crypto';
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, EventBridgeEvent, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { ExecutionStarter } from '../../shared/adapters/execution-starter.js';
import type { Logger } from '../../shared/adapters/logger.js';
import { executionName } from '../../shared/ingest/execution-name.js';

export interface IngestDeps {
  readonly starter: ExecutionStarter;
  readonly logger: Logger;
}

export interface StartedExecution {
  readonly executionName: string;
  readonly status: 'started' | 'duplicate';
}

type IngestEvent = SQSEvent | EventBridgeEvent<string, unknown> | Record<string, unknown>;

const isSqsEvent = (event: IngestEvent): event is SQSEvent =>
  Array.isArray((event as SQSEvent).Records) &&
  (event as SQSEvent).Records.every((r) => r?.eventSource === 'aws:sqs');

const isEventBridgeEvent = (event: IngestEvent): event is EventBridgeEvent<string, unknown> =>
  typeof (event as EventBridgeEvent<string, unknown>)['detail-type'] === 'string' &&
  typeof (event as EventBridgeEvent<string, unknown>).id === 'string';

const directId = (event: Record<string, unknown>): string =>
  typeof event.id === 'string' && event.id.length > 0 ? event.id : randomUUID();

/**
 * Starts one execution per message or event. The name derives from the delivery id and the input
 * from the message alone, so a redelivery maps to the same execution (StartExecution is idempotent
 * on name + input) and never starts a second one. The payload is passed on unparsed: the state
 * machine validates it, so a malformed one is rejected there with an audit record.
 */
export const makeIngestHandler = (deps: IngestDeps) => {
  const processor = new BatchProcessor(EventType.SQS);

  const start = async (name: string, input: object): Promise<StartedExecution> => {
    const status = await deps.starter.start(name, input);
    deps.logger.info('execution requested', { executionName: name, status });
    return { executionName: name, status };
  };

  const startFromSqs = (record: SQSRecord) =>
    start(executionName('sqs', record.messageId), {
      source: 'sqs',
      messageId: record.messageId,
      sentAt: new Date(Number(record.attributes.SentTimestamp)).toISOString(),
      payload: record.body,
    });

  return middy(
    async (event: IngestEvent, context: Context): Promise<SQSBatchResponse | StartedExecution> => {
      if (isSqsEvent(event)) {
        return processPartialResponse(event, startFromSqs, processor, { context });
      }
      if (isEventBridgeEvent(event)) {
        return start(executionName('eb', event.id), {
          source: 'eventbridge',
          eventId: event.id,
          detailType: event['detail-type'],
          payload: event.detail,
        });
      }
      const id = directId(event);
      return start(executionName('direct', id), { source: 'direct', payload: event });
    },
  ).use(injectLambdaContext(deps.logger));
};
