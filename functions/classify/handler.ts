import { createLogger } from '../../shared/adapters/logger.js';
import { loadClassifyConfig } from '../../shared/config.js';
import { classify } from '../../shared/pii/classify.js';
import { makeClassifyHandler } from './make-handler.js';

export const handler = makeClassifyHandler({
  config: loadClassifyConfig(process.env),
  logger: createLogger('cris-router-classify'),
  classify,
});
