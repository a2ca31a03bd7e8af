import { type LocalStack, startLocalStack } from '../../local/runner';
import { context, sqsEvent, sqsRecord } from '../helpers/factories';

// Real stack: the ASL file executed by aws-local-stepfunctions, the real handlers, the Bedrock
// emulator over HTTP through the real BedrockRuntimeClient, dynalite through the real DynamoDB client.
const IBAN = 'DE89 3704 0044 0532 0130 00';
const EMAIL = 'anna.schmidt@example.de';
const PERSONAL = `Hallo Team, bitte die Gehaltszahlung an ${IBAN} anweisen. Rückfragen an ${EMAIL}.`;
const NEUTRAL =
  'Summarise the release notes: the build pipeline now caches dependencies and runs tests in parallel.';

describe('the pipeline on the local stack', () => {
  let stack: LocalStack;

  beforeAll(async () => {
    stack = await startLocalStack({ seed: 7 });
  });
  afterAll(async () => {
    await stack.close();
  });
  beforeEach(() => {
    stack.emulator?.reset();
  });

  it('sends a personal payload through the EU profile and never the global one', async () => {
    const report = await stack.execute({ id: 'hr-1', text: PERSONAL });
    expect(report.status).toBe('SUCCEEDED');
    expect(report.output).toMatchObject({
      outcome: 'ok',
      classification: 'personal',
      route: 'eu',
      profileId: 'eu.amazon.nova-2-lite-v1:0',
    });
    expect(report.audit).toMatchObject({
      outcome: 'ok',
      route: 'eu',
      findingCounts: { IBAN: 1, EMAIL_ADDRESS: 1 },
    });
    const calls = stack.emulator?.calls ?? [];
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((call) => call.profileId.startsWith('eu.'))).toBe(true);
  });

  it('sends a non-sensitive payload through the global profile', async () => {
    const report = await stack.execute({ text: NEUTRAL });
    expect(report.output).toMatchObject({
      outcome: 'ok',
      classification: 'non-sensitive',
      route: 'global',
      profileId: 'global.amazon.nova-2-lite-v1:0',
    });
    expect(report.output?.output?.text).toEqual(expect.any(String));
  });

  it('keeps a non-sensitive payload with residency eu in the EU', async () => {
    const report = await stack.execute({ text: NEUTRAL, residency: 'eu' });
    expect(report.audit).toMatchObject({ classification: 'non-sensitive', route: 'eu' });
  });

  it('ignores a classification and route forged in the execution input', async () => {
    const report = await stack.execute({
      text: PERSONAL,
      classification: 'non-sensitive',
      route: 'global',
    });
    expect(report.audit).toMatchObject({ classification: 'personal', route: 'eu' });
    expect(stack.emulator?.calls.every((call) => call.profileId.startsWith('eu.'))).toBe(true);
  });

  it('retries a throttled invoke and succeeds', async () => {
    stack.emulator?.injectFault({ errorType: 'ThrottlingException', times: 2 });
    const report = await stack.execute({ text: PERSONAL });
    expect(report.audit).toMatchObject({ outcome: 'ok', route: 'eu' });
    const statuses = stack.emulator?.calls.map((call) => call.errorType ?? 'ok');
    expect(statuses).toEqual(['ThrottlingException', 'ThrottlingException', 'ok']);
  });

  it('does not retry a validation error and still leaves an audit record of the failure', async () => {
    stack.emulator?.injectFault({ errorType: 'ValidationException', times: 1 });
    const report = await stack.execute({ text: PERSONAL });
    expect(report.status).toBe('FAILED');
    expect(report.audit).toMatchObject({
      outcome: 'failed',
      errorName: 'ModelRequestError',
      route: 'eu',
    });
    expect(stack.emulator?.calls).toHaveLength(1);
  });

  it('rejects malformed input with a clear error and an audit record of the rejection', async () => {
    const report = await stack.execute({ source: 'sqs', payload: '{"text": "unterminated' });
    expect(report.status).toBe('FAILED');
    expect(report.error).toBe('PayloadRejected');
    expect(report.audit).toMatchObject({
      outcome: 'rejected',
      errorName: 'InvalidPayloadError',
      classification: 'unclassified',
      route: 'none',
    });
    expect(stack.emulator?.calls).toHaveLength(0);
  });

  it('starts no second execution for a redelivered SQS message', async () => {
    const record = sqsRecord(
      '6f1e3c1a-2b7d-4c55-9f0e-0c2b8a9d1e01',
      JSON.stringify({ id: 'ticket-9', text: PERSONAL }),
    );
    const event = sqsEvent(record);
    expect(await stack.ingest(event, context())).toEqual({ batchItemFailures: [] });
    expect(await stack.ingest(event, context())).toEqual({ batchItemFailures: [] });
    const reports = await stack.starter.settled();
    const name = `sqs-${record.messageId}`;
    expect(reports.filter((r) => r.executionName === name)).toHaveLength(1);
    expect(stack.emulator?.calls).toHaveLength(1);
    const audits = (await stack.audit.list()).filter((r) => r.requestId === name);
    expect(audits).toHaveLength(1);
  });
});
