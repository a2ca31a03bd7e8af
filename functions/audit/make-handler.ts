import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { AuditStore } from '../../shared/adapters/audit-store.js';
import type { Logger } from '../../shared/adapters/logger.js';
import {
  type AuditInput,
  type AuditSummary,
  buildAuditRecord,
  summarize,
} from '../../shared/audit/record.js';
import type { AuditConfig } from '../../shared/config.js';
import type { classify as classifyText } from '../../shared/pii/classify.js';

export interface AuditDeps {
  readonly config: AuditConfig;
  readonly store: AuditStore;
  readonly logger: Logger;
  readonly classify: typeof classifyText;
  readonly now?: () => Date;
}

export const auditExecution = async (event: AuditInput, deps: AuditDeps): Promise<AuditSummary> => {
  const record = buildAuditRecord(event, {
    now: deps.now?.() ?? new Date(),
    sourceRegion: deps.config.sourceRegion,
    defaultModelId: deps.config.defaultModelId,
    ttlDays: deps.config.ttlDays,
    isSafeToStore: (value) => deps.classify(value).classification === 'non-sensitive',
  });
  const written = await deps.store.put(record);
  deps.logger.info('audited', {
    requestId: record.requestId,
    outcome: record.outcome,
    classification: record.classification,
    route: record.route,
    findingCounts: record.findingCounts,
    errorName: record.errorName,
    duplicate: written === 'duplicate',
  });
  return summarize(record, event.state, written === 'duplicate');
};

export const makeAuditHandler = (deps: AuditDeps) =>
  middy((event: AuditInput) => auditExecution(event, deps)).use(injectLambdaContext(deps.logger));
