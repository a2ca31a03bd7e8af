import { makeAuditHandler } from '../../../functions/audit/make-handler';
import type { AuditStore } from '../../../shared/adapters/audit-store';
import type { AuditRecord } from '../../../shared/audit/record';
import { loadAuditConfig } from '../../../shared/config';
import { context, markerClassifier, silentLogger } from '../../helpers/factories';

const memoryStore = () => {
  const records = new Map<string, AuditRecord>();
  const store: AuditStore = {
    put: async (record) => {
      if (records.has(record.requestId)) return 'duplicate';
      records.set(record.requestId, record);
      return 'created';
    },
  };
  return { store, records };
};

describe('audit handler', () => {
  it('writes one record per request id, and a retry writes no duplicate', async () => {
    const { store, records } = memoryStore();
    const handler = makeAuditHandler({
      config: loadAuditConfig({ AUDIT_TABLE: 't', AWS_REGION: 'eu-central-1' }),
      store,
      logger: silentLogger(),
      classify: markerClassifier(),
    });
    const event = {
      requestId: 'exec-1',
      state: {
        source: 'direct',
        payload: 'garbage',
        error: { Error: 'InvalidPayloadError', Cause: 'x' },
      },
    };
    const first = await handler(event, context());
    const second = await handler(event, context());
    expect(first).toMatchObject({ requestId: 'exec-1', outcome: 'rejected', duplicate: false });
    expect(second).toMatchObject({ outcome: 'rejected', duplicate: true });
    expect(records.size).toBe(1);
  });
});
