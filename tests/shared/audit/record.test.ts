import { createHash } from 'node:crypto';
import { type AuditContext, buildAuditRecord, summarize } from '../../../shared/audit/record';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const context: AuditContext = {
  now: NOW,
  sourceRegion: 'eu-central-1',
  defaultModelId: 'amazon.nova-2-lite-v1:0',
  ttlDays: 10,
  isSafeToStore: (value) => !value.includes('@'),
};
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const TEXT = 'Bitte überweisen Sie an DE89370400440532013000, Gruß max@posteo.de';

const classified = {
  requestId: 'sqs-1',
  source: 'sqs',
  request: { id: 'ticket-7', text: TEXT },
  classification: 'personal',
  findings: [
    { type: 'IBAN', category: 'financial', start: 24, end: 46, score: 1, recognizer: 'iban' },
    {
      type: 'EMAIL_ADDRESS',
      category: 'contact',
      start: 53,
      end: 68,
      score: 1,
      recognizer: 'email',
    },
    {
      type: 'EMAIL_ADDRESS',
      category: 'contact',
      start: 70,
      end: 80,
      score: 1,
      recognizer: 'email',
    },
  ],
  policyVersion: 'p1',
  route: 'eu',
};
const invocation = {
  route: 'eu',
  profileId: 'eu.amazon.nova-2-lite-v1:0',
  modelId: 'amazon.nova-2-lite-v1:0',
  destinationRegions: ['eu-central-1', 'eu-west-1'],
  sourceRegion: 'eu-central-1',
  outputText: 'done',
  stopReason: 'end_turn',
  usage: { inputTokens: 10, outputTokens: 2, totalTokens: 12 },
  latencyMs: 80,
};

describe('buildAuditRecord', () => {
  it('records a served payload with counts, hash, profile and usage but no text', () => {
    const record = buildAuditRecord(
      {
        requestId: 'sqs-1',
        startedAt: '2026-11-28T11:59:59.000Z',
        state: { ...classified, invocation },
      },
      context,
    );
    expect(record).toMatchObject({
      requestId: 'sqs-1',
      outcome: 'ok',
      classification: 'personal',
      findingCounts: { IBAN: 1, EMAIL_ADDRESS: 2 },
      textSha256: sha(TEXT),
      route: 'eu',
      profileId: 'eu.amazon.nova-2-lite-v1:0',
      destinationRegions: ['eu-central-1', 'eu-west-1'],
      usage: { totalTokens: 12 },
      latencyMs: 80,
      totalLatencyMs: 1000,
      source: 'sqs',
      clientRef: 'ticket-7',
      expiresAt: Math.floor(NOW.getTime() / 1000) + 10 * 86_400,
    });
    const stored = JSON.stringify(record);
    expect(stored).not.toContain('DE89370400440532013000');
    expect(stored).not.toContain('max@posteo.de');
    expect(stored).not.toContain('überweisen');
  });

  it('records a failed invocation with the error name and the profile that was attempted', () => {
    const record = buildAuditRecord(
      {
        requestId: 'r',
        state: { ...classified, error: { Error: 'ModelThrottledError', Cause: 'secret cause' } },
      },
      context,
    );
    expect(record).toMatchObject({
      outcome: 'failed',
      errorName: 'ModelThrottledError',
      route: 'eu',
      profileId: 'eu.amazon.nova-2-lite-v1:0',
    });
    expect(JSON.stringify(record)).not.toContain('secret cause');
  });

  it('records a rejected payload as unclassified, routed nowhere, with the hash of what arrived', () => {
    const raw = '{"text": broken';
    const record = buildAuditRecord(
      {
        requestId: 'r',
        state: {
          source: 'sqs',
          payload: raw,
          error: { Error: 'InvalidPayloadError', Cause: '...' },
        },
      },
      context,
    );
    expect(record).toMatchObject({
      outcome: 'rejected',
      classification: 'unclassified',
      route: 'none',
      textSha256: sha(raw),
    });
    expect(record.profileId).toBeUndefined();
  });

  it('marks a global attempt that fell back to EU', () => {
    const state = {
      ...classified,
      classification: 'non-sensitive',
      route: 'global',
      globalFailure: { Error: 'ModelThrottledError' },
      invocation,
    };
    expect(buildAuditRecord({ requestId: 'r', state }, context)).toMatchObject({
      route: 'eu',
      fallbackFromGlobal: true,
      outcome: 'ok',
    });
  });

  it('hashes a client id that looks personal instead of storing it', () => {
    const state = { ...classified, request: { id: 'max@posteo.de', text: TEXT } };
    const record = buildAuditRecord({ requestId: 'r', state }, context);
    expect(record.clientRef).toBe(`sha256:${sha('max@posteo.de')}`);
  });

  it('fails closed on a state with no invocation and no error', () => {
    expect(buildAuditRecord({ requestId: 'r', state: classified }, context).outcome).toBe('failed');
  });
});

describe('summarize', () => {
  it('returns the model output for a served payload and never the input text', () => {
    const state = { ...classified, invocation };
    const summary = summarize(buildAuditRecord({ requestId: 'r', state }, context), state, false);
    expect(summary.output).toEqual({
      text: 'done',
      stopReason: 'end_turn',
      usage: invocation.usage,
    });
    expect(JSON.stringify(summary)).not.toContain('DE89370400440532013000');
  });
});
