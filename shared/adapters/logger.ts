import { Logger } from '@aws-lambda-powertools/logger';

export type { Logger };

/** One Powertools logger per function. Level comes from POWERTOOLS_LOG_LEVEL unless given. */
export const createLogger = (
  serviceName: string,
  options: { logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT' } = {},
): Logger => new Logger({ serviceName, ...options });
