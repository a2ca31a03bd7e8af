import { makeIngestHandler } from '../../../functions/ingest/make-handler';
import type { ExecutionStarter } from '../../../shared/adapters/execution-starter';
import { ExecutionStartError } from '../../../shared/errors';
import { context, silentLogger, sqsEvent, sqsRecord } from '../../helpers/factories';

const recordingStarter = (failFor: string[] = []) => {
  const started = new Map<string, object>();
  const starter: ExecutionStarter = {
    start: async (name, input) => {
      if (failFor.some((id) => name.includes(id))) throw new ExecutionStartError('throttled');
      if (started.has(name)) return 'duplicate';
      started.set(name, input);
      return 'started';
    },
  };
  return { starter, started };
};

describe('ingest handler', () => {
  it('starts one execution per SQS message, named after the message id, with the body unparsed', async () => {
    const { starter, started } = recordingStarter();
    const handler = makeIngestHandler({ starter, logger: silentLogger() });
    const event = sqsEvent(sqsRecord('m-1', '{"text":"a"}'), sqsRecord('m-2', 'not json'));
    expect(await handler(event, context())).toEqual({ batchItemFailures: [] });
    expect([...started.keys()]).toEqual(['sqs-m-1', 'sqs-m-2']);
    expect(started.get('sqs-m-2')).toEqual({
      source: 'sqs',
      messageId: 'm-2',
      sentAt: '2025-11-28T12:00:00.000Z',
      payload: 'not json',
    });
  });

  it('starts no second execution for a redelivered message', async () => {
    const { starter, started } = recordingStarter();
    const handler = makeIngestHandler({ starter, logger: silentLogger() });
    const event = sqsEvent(sqsRecord('m-1', '{"text":"a"}'));
    await handler(event, context());
    await handler(event, context());
    expect(started.size).toBe(1);
  });

  it('reports only the failed messages back to SQS', async () => {
    const { starter } = recordingStarter(['m-2']);
    const handler = makeIngestHandler({ starter, logger: silentLogger() });
    const event = sqsEvent(sqsRecord('m-1', '{}'), sqsRecord('m-2', '{}'));
    expect(await handler(event, context())).toEqual({
      batchItemFailures: [{ itemIdentifier: 'm-2' }],
    });
  });

  it('starts an execution for an EventBridge event named after the event id', async () => {
    const { starter, started } = recordingStarter();
    const handler = makeIngestHandler({ starter, logger: silentLogger() });
    const result = await handler(
      {
        version: '0',
        id: 'e-123',
        'detail-type': 'cris-router.payload',
        source: 'cris-router.client',
        account: '123456789012',
        time: '2026-11-28T12:00:00Z',
        region: 'eu-central-1',
        resources: [],
        detail: { text: 'hello' },
      },
      context(),
    );
    expect(result).toEqual({ executionName: 'eb-e-123', status: 'started' });
    expect(started.get('eb-e-123')).toMatchObject({
      source: 'eventbridge',
      payload: { text: 'hello' },
    });
  });
});
