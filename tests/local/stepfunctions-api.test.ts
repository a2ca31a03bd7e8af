import { SFNClient } from '@aws-sdk/client-sfn';
import { makeIngestHandler } from '../../functions/ingest/make-handler';
import { type LocalServices, startLocalServices } from '../../local/serve';
import { sfnExecutionStarter } from '../../shared/adapters/execution-starter';
import { context, silentLogger, sqsEvent, sqsRecord } from '../helpers/factories';

const waitFor = async <T>(probe: () => Promise<T | undefined>, ms = 5000): Promise<T> => {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('the local Step Functions API', () => {
  let services: LocalServices;
  let client: SFNClient;

  beforeAll(async () => {
    services = await startLocalServices();
    client = new SFNClient({
      region: 'eu-central-1',
      endpoint: services.stepFunctions.endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  });
  afterAll(async () => {
    client.destroy();
    await services.close();
  });

  it('runs the real ingest handler through the real SFN client, once per message despite redelivery', async () => {
    const ingest = makeIngestHandler({
      starter: sfnExecutionStarter(client, services.stateMachineArn),
      logger: silentLogger(),
    });
    const event = sqsEvent(
      sqsRecord(
        '9a1b2c3d-0000-4000-8000-000000000001',
        JSON.stringify({ text: 'Kontakt: erika.musterfrau@example.de' }),
      ),
    );
    expect(await ingest(event, context())).toEqual({ batchItemFailures: [] });
    expect(await ingest(event, context())).toEqual({ batchItemFailures: [] });
    const record = await waitFor(() =>
      services.stack.audit.get('sqs-9a1b2c3d-0000-4000-8000-000000000001'),
    );
    expect(record).toMatchObject({
      outcome: 'ok',
      classification: 'personal',
      route: 'eu',
      source: 'sqs',
    });
    expect(services.stack.emulator?.calls).toHaveLength(1);
  });

  it('refuses a reused name with different input, as Standard workflows do', async () => {
    const starter = sfnExecutionStarter(client, services.stateMachineArn);
    expect(await starter.start('dup-name', { payload: { text: 'a' } })).toBe('started');
    expect(await starter.start('dup-name', { payload: { text: 'a' } })).toBe('started');
    expect(await starter.start('dup-name', { payload: { text: 'b' } })).toBe('duplicate');
  });
});
